package dev.anvilcheck.matrix.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anvilcheck.matrix.Interpreter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Compiles files with one long-lived interpreter process (compile() only: no project code runs). */
public final class CompileWorker {

    /** One file's verdict. */
    public record Verdict(boolean ok, String message, int line, int column) {
    }

    /** All verdicts of one interpreter, and whether it finished. */
    public record Outcome(Map<Path, Verdict> verdicts, boolean complete, String problem) {
    }

    private CompileWorker() {
    }

    /**
     * Compiles every file, stopping at the deadline.
     *
     * @param interpreter the interpreter
     * @param files absolute file paths
     * @param timeout time allowed for all files
     * @return the verdicts
     */
    public static Outcome compileAll(Interpreter interpreter, List<Path> files, Duration timeout) {
        Map<Path, Verdict> verdicts = new LinkedHashMap<>();
        Path script;
        try {
            script = Files.createTempFile("anvil-check-compile-", ".py");
            try (InputStream in = CompileWorker.class.getResourceAsStream("/dev/anvilcheck/matrix/compile_worker.py")) {
                Files.write(script, in.readAllBytes());
            }
        } catch (IOException | NullPointerException e) {
            return new Outcome(verdicts, false, "the compile worker script could not be written");
        }
        Process p = null;
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            ProcessBuilder pb = new ProcessBuilder(interpreter.executable().toString(), "-E", "-S",
                    script.toString()).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            p = pb.start();
            Process proc = p;
            Thread feeder = new Thread(() -> {
                try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(proc.getOutputStream(),
                        StandardCharsets.UTF_8))) {
                    for (Path f : files) {
                        w.write(f.toString());
                        w.write('\n');
                    }
                } catch (IOException e) {
                    // the process died; the reader reports what is missing
                }
            }, "anvil-check-compile-feeder");
            feeder.setDaemon(true);
            feeder.start();
            ObjectMapper json = new ObjectMapper();
            // The reader runs on its own daemon thread and hands lines over a queue, so the deadline holds even
            // when a hung interpreter (or a child it started) keeps the pipe open.
            java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
            String endOfStream = new String("EOF");
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the process was killed; what was read stands
                } finally {
                    lines.add(endOfStream);
                }
            }, "anvil-check-compile-reader");
            reader.setDaemon(true);
            reader.start();
            while (verdicts.size() < files.size()) {
                long wait = deadline - System.nanoTime();
                String line = wait <= 0 ? null : lines.poll(wait, TimeUnit.NANOSECONDS);
                if (line == null || line == endOfStream) {
                    break;
                }
                JsonNode n = json.readTree(line);
                Path file = Path.of(n.get("path").asText());
                boolean ok = n.get("ok").asBoolean();
                verdicts.put(file, new Verdict(ok, ok ? "" : n.path("msg").asText(), n.path("line").asInt(),
                        n.path("col").asInt()));
            }
            boolean complete = verdicts.size() == files.size();
            return new Outcome(verdicts, complete, complete ? "" : System.nanoTime() > deadline
                    ? "timed out after " + timeout.toSeconds() + " s" : "the interpreter stopped early");
        } catch (IOException e) {
            return new Outcome(verdicts, false, "could not run " + interpreter.executable() + " ("
                    + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(verdicts, false, "interrupted");
        } finally {
            if (p != null) {
                kill(p);
            }
            try {
                Files.deleteIfExists(script);
            } catch (IOException e) {
                // a leftover temp file is harmless
            }
        }
    }

    /** Kills a process and everything it started, so that no child keeps the output pipe open. */
    static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }
}
