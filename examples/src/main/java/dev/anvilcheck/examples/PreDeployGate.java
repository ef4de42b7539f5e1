package dev.anvilcheck.examples;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.ProjectLoadException;
import dev.anvilcheck.Severity;
import dev.anvilcheck.report.Report;
import dev.anvilcheck.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;

/**
 * An example of a team's own pre-deploy gate built on the library: it runs the offline checks on an app, prints a
 * Markdown-ready text report, and decides whether the deploy may go on.
 *
 * <pre>
 * java -cp ... dev.anvilcheck.examples.PreDeployGate path/to/app
 * </pre>
 */
public final class PreDeployGate {

    private PreDeployGate() {
    }

    /**
     * Runs the gate.
     *
     * @param args the app folder
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        System.exit(run(args.length == 1 ? Path.of(args[0]) : null, out));
    }

    /**
     * Runs the gate and returns its exit code: 0 deploy, 1 blocked by findings, 2 unusable input.
     *
     * @param app the app folder
     * @param out where the report goes
     * @return the exit code
     */
    public static int run(Path app, Writer out) {
        try {
            if (app == null) {
                out.write("usage: PreDeployGate APP_FOLDER\n");
                return 2;
            }
            CheckRun run = AnvilProject.load(app).checkAll();
            ReportFormat.TEXT.write(Report.of(app.toString(), run.results()), out, false);
            boolean blocked = run.hasFindingsAtOrAbove(Severity.ERROR);
            out.write(blocked ? "DEPLOY BLOCKED\n" : "DEPLOY OK\n");
            out.flush();
            return blocked ? 1 : 0;
        } catch (ProjectLoadException e) {
            try {
                out.write("cannot check: " + e.getMessage() + "\n");
                out.flush();
            } catch (IOException ignored) {
                return 2;
            }
            return 2;
        } catch (IOException e) {
            return 2;
        }
    }
}
