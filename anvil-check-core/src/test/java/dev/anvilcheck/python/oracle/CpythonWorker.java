package dev.anvilcheck.python.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One long-lived {@code cpython_worker.py} process of one interpreter: writes a request line, reads one JSON
 * answer line.
 *
 * <p>A worker that dies or does not answer within the timeout is killed, the request gets a failed verdict
 * ({@code "crash: ..."} or {@code "timeout: ..."}) and the next request starts a new process. Requests are
 * serialized ({@code synchronized}); use several workers for parallelism.
 */
public final class CpythonWorker implements AutoCloseable {

    /** The worker script's resource name, next to this class. */
    public static final String SCRIPT_RESOURCE = "cpython_worker.py";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile Path scriptFile;

    private final Interpreter interpreter;
    private final Duration timeout;
    private final ExecutorService reader;
    private Process process;
    private OutputStream stdin;
    private BufferedReader stdout;
    private String lastFailure = "";

    /**
     * A worker for one interpreter; the process starts on the first request.
     *
     * @param interpreter the interpreter
     * @param timeout the longest wait for one answer
     */
    public CpythonWorker(Interpreter interpreter, Duration timeout) {
        this.interpreter = interpreter;
        this.timeout = timeout;
        this.reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cpython-worker-" + interpreter.fullVersion());
            t.setDaemon(true);
            return t;
        });
    }

    /** The interpreter this worker runs. */
    public Interpreter interpreter() {
        return interpreter;
    }

    /**
     * Asks one question about one file.
     *
     * @param kind compile or dump hash
     * @param file the file
     * @return the verdict
     */
    public synchronized Verdict ask(OracleKind kind, Path file) {
        Optional<JsonNode> answer = request(kind.command() + "\t" + file);
        return answer.map(CpythonWorker::verdict).orElseGet(() -> Verdict.failure(lastFailure));
    }

    /**
     * The full {@code ast.dump(ast.parse(bytes), include_attributes=True)} text.
     *
     * @param file the file
     * @return the dump, or empty when {@code ast.parse} failed or the worker broke
     */
    public synchronized Optional<String> dump(Path file) {
        Optional<JsonNode> answer = request("dump\t" + file);
        return answer.filter(a -> a.path("ok").asBoolean(false) && a.has("dump")).map(a -> a.get("dump").asText());
    }

    /**
     * The interpreter's release as the worker sees it, {@code 3.13.0}.
     *
     * @return the release, or empty when the worker broke
     */
    public synchronized Optional<String> version() {
        return request("version").map(a -> a.path("version").asText());
    }

    private static Verdict verdict(JsonNode a) {
        return new Verdict(a.path("ok").asBoolean(false), a.path("msg").asText(""), a.path("line").asInt(0),
                a.path("col").asInt(0), a.path("dumpsha").asText(""));
    }

    private Optional<JsonNode> request(String line) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            lastFailure = "path contains a line break";
            return Optional.empty();
        }
        try {
            ensureStarted();
            stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            Future<String> next = reader.submit(stdout::readLine);
            String answer;
            try {
                answer = next.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                next.cancel(true);
                lastFailure = "timeout: " + interpreter.fullVersion() + " gave no answer in " + timeout.toSeconds()
                        + " s";
                kill();
                return Optional.empty();
            }
            if (answer == null) {
                lastFailure = "crash: " + interpreter.fullVersion() + " exited with code " + exitCode();
                kill();
                return Optional.empty();
            }
            return Optional.of(JSON.readTree(answer));
        } catch (IOException e) {
            lastFailure = "crash: " + interpreter.fullVersion() + ": " + e.getMessage();
            kill();
            return Optional.empty();
        } catch (ExecutionException e) {
            lastFailure = "crash: " + interpreter.fullVersion() + ": " + e.getCause();
            kill();
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lastFailure = "interrupted";
            kill();
            return Optional.empty();
        }
    }

    private String exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private void ensureStarted() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        ProcessBuilder pb = new ProcessBuilder(interpreter.executable().toString(), "-E", "-s",
                script().toString());
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().remove("PYTHONPATH");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        process = pb.start();
        stdin = process.getOutputStream();
        stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8),
                1 << 16);
    }

    private void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Stops the process. */
    @Override
    public synchronized void close() {
        if (process != null) {
            try {
                stdin.close();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (IOException e) {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
            process = null;
        }
        reader.shutdownNow();
    }

    /**
     * The worker script, copied once per JVM out of the test resources into a temporary file.
     *
     * @return its path
     */
    public static Path script() {
        Path s = scriptFile;
        if (s == null) {
            synchronized (CpythonWorker.class) {
                s = scriptFile;
                if (s == null) {
                    try (InputStream in = CpythonWorker.class.getResourceAsStream(SCRIPT_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing test resource " + SCRIPT_RESOURCE);
                        }
                        s = Files.createTempFile("anvil-check-cpython-worker", ".py");
                        Files.copy(in, s, StandardCopyOption.REPLACE_EXISTING);
                        s.toFile().deleteOnExit();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    scriptFile = s;
                }
            }
        }
        return s;
    }
}
