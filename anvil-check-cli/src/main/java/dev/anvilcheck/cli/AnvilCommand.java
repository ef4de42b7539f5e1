package dev.anvilcheck.cli;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import picocli.CommandLine.Command;

/** {@code anvil-check anvil PATH}: code against anvil.yaml and form templates, server requirements (AX rules). */
@Command(name = "anvil", mixinStandardHelpOptions = true,
        description = "Cross-check the app's code against anvil.yaml and its form templates (server calls, "
                + "background tasks, tables, services, forms) and its server requirements against the server's "
                + "Python (AX rules).")
final class AnvilCommand extends ProjectCommand {

    @Override
    CheckRun run(AnvilProject project) {
        return project.checkAnvil();
    }
}
