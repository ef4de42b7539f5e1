package dev.anvilcheck.cli;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.Finding;
import dev.anvilcheck.ProjectLoadException;
import dev.anvilcheck.internal.io.SafeFiles;
import dev.anvilcheck.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Base of the commands that take one Anvil project folder: loads it with the common options, runs the command's
 * checks, writes the report and returns the exit code.
 */
abstract class ProjectCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "PATH", description = "The Anvil app's folder (the one holding anvil.yaml).")
    Path path;

    @Spec
    CommandSpec spec;

    /**
     * Runs this command's checks.
     *
     * @param project the loaded project
     * @return the chain with the results
     */
    abstract CheckRun run(AnvilProject project);

    /**
     * Whether this command needs a readable anvil.yaml. When anvil.yaml cannot be read at all, such a command does
     * not run on an empty manifest (an empty schema, no cross-checks: a false "all clear", or worse a database
     * brought to nothing); it reports why anvil.yaml cannot be read instead, and exits 1.
     *
     * @return true unless the command validates anvil.yaml itself or does not use it
     */
    boolean needsAnvilYaml() {
        return true;
    }

    @Override
    public Integer call() throws IOException {
        Optional<Integer> badOutput = refuseOutput();
        if (badOutput.isPresent()) {
            return badOutput.get();
        }
        AnvilProject project;
        try {
            AnvilProject.Builder b = AnvilProject.configure().path(path);
            if (common.config != null) {
                b.configFile(common.config);
            }
            if (common.target != null) {
                b.target(common.target);
            }
            if (common.clientTarget != null) {
                b.clientTarget(common.clientTarget);
            }
            b.exclude(common.excludes.toArray(new String[0]));
            project = b.load();
        } catch (ProjectLoadException e) {
            err().println("anvil-check: " + e.getMessage());
            err().flush();
            return ExitCodes.USAGE;
        }
        progress("checking " + path);
        CheckRun run;
        if (project.anvilYaml().isEmpty() && needsAnvilYaml()) {
            progress("anvil.yaml cannot be read; reporting why instead of running '" + spec.name() + "'");
            run = project.validateConfig();
        } else {
            run = run(project);
        }
        Report report = Report.of(path.toString(), run.results());
        try {
            write(report);
        } catch (IOException e) {
            if (common.output == null) {
                throw e;
            }
            err().println("anvil-check: " + common.output + ": cannot write the report (" + describe(e) + ")");
            err().flush();
            return ExitCodes.USAGE;
        }
        return exitCode(report);
    }

    /**
     * Refuses, before anything runs, an {@code --output} that is a folder or a socket. A FIFO is written to as asked
     * ({@code --output /dev/stdout} into a pipe, {@code --output >(jq .)}: the user named it, and its reader is
     * there), as is a character device such as /dev/null.
     *
     * @return exit code 2 after a one-line message, or empty when the output can be written
     */
    Optional<Integer> refuseOutput() {
        if (common.output == null) {
            return Optional.empty();
        }
        Optional<String> problem = SafeFiles.problem(common.output);
        if (problem.isEmpty() || problem.get().startsWith("does not exist")
                || problem.get().startsWith("is a symbolic link to a file that does not exist")
                || problem.get().startsWith("is a character device") || problem.get().startsWith("is a FIFO")) {
            // absent (or a link to an absent file): created when the report is written
            return Optional.empty();
        }
        err().println("anvil-check: " + common.output + ": cannot write the report (" + problem.get()
                + "); give a regular file, or leave out --output to write to stdout");
        err().flush();
        return Optional.of(ExitCodes.USAGE);
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file is in the way";
        }
        String reason = e instanceof java.nio.file.FileSystemException
                ? ((java.nio.file.FileSystemException) e).getReason() : null;
        return reason != null ? reason : e.getClass().getSimpleName();
    }

    void write(Report report) throws IOException {
        if (common.output != null) {
            Path parent = common.output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(common.output, StandardCharsets.UTF_8)) {
                common.format.write(report, w, false);
            }
            progress("report written to " + common.output);
        } else {
            PrintWriter w = spec.commandLine().getOut();
            common.format.write(report, w, useColor());
            w.flush();
        }
    }

    int exitCode(Report report) {
        for (Finding f : report.findings()) {
            if (common.failOn.fails(f.severity())) {
                return ExitCodes.FINDINGS;
            }
        }
        return ExitCodes.OK;
    }

    boolean useColor() {
        return !common.noColor && System.getenv("NO_COLOR") == null && System.console() != null
                && common.format == dev.anvilcheck.report.ReportFormat.TEXT;
    }

    void progress(String message) {
        if (!common.quiet) {
            err().println(message);
            err().flush();
        }
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
