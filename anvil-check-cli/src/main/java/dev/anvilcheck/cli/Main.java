package dev.anvilcheck.cli;

import dev.anvilcheck.ToolInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code anvil-check} command line. Exit codes: 0 nothing at or above {@code --fail-on}; 1 findings at or above
 * it; 2 usage error or a PATH that cannot be used; 3 internal error (one line on stderr naming the log file).
 */
@Command(name = "anvil-check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks an Anvil app before it deploys: Python compatibility, anvil.yaml, secrets, database.",
        subcommands = {CheckCommand.class, ConfigCommand.class, AnvilCommand.class, MatrixCommand.class,
                PythonCommand.class, RulesCommand.class, SchemaCommand.class, DbCommand.class, SecretsCommand.class,
                VaultCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage error, or PATH missing, unreadable or not an Anvil app",
                "3:internal error (details in the log file named on stderr)"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line without exiting (for tests and embedding).
     *
     * @param args the arguments
     * @return the exit code
     */
    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    /**
     * Runs the command line with the given streams (for tests and embedding).
     *
     * @param out where reports go
     * @param err where progress and errors go
     * @param args the arguments
     * @return the exit code
     */
    public static int run(java.io.OutputStream out, java.io.OutputStream err, String... args) {
        return execute(commandLine(out, err), args);
    }

    /** Executes a configured command line: an Error (out of memory, stack overflow) is one line and exit 3 too. */
    static int execute(CommandLine cli, String... args) {
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli hands Errors on; the contract is still one line and exit 3, never a stack trace
            String hint = e instanceof OutOfMemoryError
                    ? "; give Java more memory (java -Xmx2g, or ANVIL_CHECK_JAVA_OPTS=-Xmx2g for ./anvil-check)" : "";
            cli.getErr().println("anvil-check: internal error: " + e.getClass().getSimpleName() + hint
                    + " (details in " + log(e) + ")");
            code = ExitCodes.INTERNAL;
        }
        cli.getOut().flush();
        cli.getErr().flush();
        return code;
    }

    static CommandLine commandLine(java.io.OutputStream out, java.io.OutputStream err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter errWriter = ex.getCommandLine().getErr();
            errWriter.println("anvil-check: " + ex.getMessage());
            errWriter.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String where = log(ex);
            commandLine.getErr().println("anvil-check: internal error: " + ex.getClass().getSimpleName()
                    + " (details in " + where + ")");
            return ExitCodes.INTERNAL;
        });
        return cli;
    }

    /** Writes the stack trace to a log file and returns its path (or "stderr unavailable"). */
    private static String log(Throwable ex) {
        StringWriter sw = new StringWriter();
        ex.printStackTrace(new PrintWriter(sw));
        try {
            Path file = Files.createTempFile("anvil-check-", ".log");
            Files.writeString(file, "anvil-check " + ToolInfo.version() + "\n" + sw);
            return file.toString();
        } catch (IOException | RuntimeException e) {
            return "no log file could be written";
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Prints the tool's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ToolInfo.NAME + " " + ToolInfo.version()};
        }
    }
}
