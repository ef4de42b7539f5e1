package dev.anvilcheck.cli;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.compat.CompatibilityCheck;
import dev.anvilcheck.compat.CompatibilityResult;
import dev.anvilcheck.compat.Target;
import dev.anvilcheck.internal.io.SafeFiles;
import dev.anvilcheck.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * {@code anvil-check python [--target V|V-W] PATH}: Python compatibility of an Anvil app (its runtime's targets) or
 * of any Python file or folder (the given target, or versions only).
 */
@Command(name = "python", mixinStandardHelpOptions = true,
        description = "Python compatibility of an Anvil app or any Python file or folder: syntax and standard-library "
                + "API against the target (server: runtime_options; client: the browser's Skulpt).")
final class PythonCommand extends ProjectCommand {

    @Override
    CheckRun run(AnvilProject project) {
        return project.checkCompatibility();
    }

    @Override
    public Integer call() throws IOException {
        Optional<Target> target = Optional.empty();
        for (String given : new String[] {common.target, common.clientTarget}) {
            if (given != null && Target.tryParse(given).isEmpty()) {
                err().println("anvil-check: target '" + given
                        + "' is not a version (3.10), a range (3.7-3.13) or 3.7-skulpt");
                err().flush();
                return ExitCodes.USAGE;
            }
        }
        if (common.target != null) {
            target = Target.tryParse(common.target);
        }
        if (Files.isDirectory(path) && Files.exists(path.resolve(AnvilProject.ANVIL_YAML))) {
            return super.call();
        }
        Optional<Integer> badOutput = refuseOutput();
        if (badOutput.isPresent()) {
            return badOutput.get();
        }
        if (!SafeFiles.entryExists(path)) {
            err().println("anvil-check: " + path + ": no such file or folder");
            err().flush();
            return ExitCodes.USAGE;
        }
        Optional<String> problem = Files.isDirectory(path) ? Optional.empty() : SafeFiles.problem(path);
        if (problem.isPresent() || !Files.isReadable(path)) {
            // a FIFO or a device given as the path is never opened (it would block or never end)
            err().println("anvil-check: " + path + ": " + problem.orElse("cannot be read: permission denied"));
            err().flush();
            return ExitCodes.USAGE;
        }
        progress("checking " + path);
        CompatibilityResult result = CompatibilityCheck.ofTree(path, target);
        Report report = Report.of(path.toString(), List.of(result));
        write(report);
        return exitCode(report);
    }
}
