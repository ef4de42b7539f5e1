package dev.anvilcheck.cli;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import picocli.CommandLine.Command;

/** {@code anvil-check check PATH}: every offline check. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run every offline check: configuration, Python, Anvil, secrets, schema.")
final class CheckCommand extends ProjectCommand {

    @Override
    CheckRun run(AnvilProject project) {
        return project.validateConfig().checkCompatibility();
    }
}
