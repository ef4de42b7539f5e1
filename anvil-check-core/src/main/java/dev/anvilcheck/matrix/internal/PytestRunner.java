package dev.anvilcheck.matrix.internal;

import dev.anvilcheck.matrix.Interpreter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a project's pytest suite with one interpreter and reads its JUnit XML. This runs project code. */
public final class PytestRunner {

    /** What the run gave. */
    public record Outcome(List<JunitXml.TestCase> cases, String problem) {
    }

    private PytestRunner() {
    }

    /**
     * Runs {@code python -m pytest TESTS --junitxml=...} in the project root.
     *
     * @param interpreter an interpreter with pytest
     * @param projectRoot the project root (working directory)
     * @param testsDir the tests folder
     * @param timeout the time allowed
     * @return the test cases, or a problem
     */
    public static Outcome run(Interpreter interpreter, Path projectRoot, Path testsDir, Duration timeout) {
        Path xml = null;
        Path log = null;
        try {
            xml = Files.createTempFile("anvil-check-pytest-", ".xml");
            log = Files.createTempFile("anvil-check-pytest-", ".log");
            ProcessBuilder pb = new ProcessBuilder(interpreter.executable().toString(), "-m", "pytest",
                    projectRoot.relativize(testsDir).toString(), "-q", "-p", "no:cacheprovider",
                    "--junitxml=" + xml).directory(projectRoot.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                CompileWorker.kill(p);
                return new Outcome(List.of(), "pytest timed out after " + timeout.toSeconds() + " s");
            }
            if (Files.size(xml) == 0) {
                return new Outcome(List.of(), "pytest wrote no JUnit XML (exit " + p.exitValue() + ")");
            }
            return new Outcome(JunitXml.read(xml), "");
        } catch (IOException e) {
            return new Outcome(List.of(), "could not run pytest (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(List.of(), "interrupted");
        } finally {
            for (Path f : new Path[] {xml, log}) {
                if (f != null) {
                    try {
                        Files.deleteIfExists(f);
                    } catch (IOException e) {
                        // harmless
                    }
                }
            }
        }
    }
}
