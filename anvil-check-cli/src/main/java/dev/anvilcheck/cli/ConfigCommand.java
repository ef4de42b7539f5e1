package dev.anvilcheck.cli;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import picocli.CommandLine.Command;

/** {@code anvil-check config PATH}: anvil.yaml and anvil-check.yaml. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Validate anvil.yaml and anvil-check.yaml.")
final class ConfigCommand extends ProjectCommand {

    @Override
    boolean needsAnvilYaml() {
        return false;
    }

    @Override
    CheckRun run(AnvilProject project) {
        return project.validateConfig();
    }
}
