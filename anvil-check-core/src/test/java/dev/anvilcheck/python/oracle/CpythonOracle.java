package dev.anvilcheck.python.oracle;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * CPython as an oracle: verdicts from the cache, and from a small pool of {@link CpythonWorker}s on a miss
 * (the answer is then appended to the cache).
 *
 * <p>One oracle per interpreter and cache directory per JVM ({@link #of}); its workers stop when the JVM exits.
 * Thread-safe: concurrent questions use up to {@code workers} processes.
 */
public final class CpythonOracle implements AutoCloseable {

    private static final Map<String, CpythonOracle> OPEN = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.values().forEach(CpythonOracle::close),
                "cpython-oracle-shutdown"));
    }

    private final Interpreter interpreter;
    private final Map<OracleKind, VerdictCache> caches = new EnumMap<>(OracleKind.class);
    private final LinkedBlockingDeque<CpythonWorker> idle = new LinkedBlockingDeque<>();
    private final List<CpythonWorker> all = new ArrayList<>();
    private final int maxWorkers;
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger hits = new AtomicInteger();

    /**
     * A new oracle; prefer {@link #of}, which shares one per interpreter.
     *
     * @param interpreter the interpreter
     * @param cacheRoot the cache directory
     * @param maxWorkers the most processes to run at once
     */
    public CpythonOracle(Interpreter interpreter, Path cacheRoot, int maxWorkers) {
        this.interpreter = interpreter;
        this.maxWorkers = Math.max(1, maxWorkers);
        for (OracleKind kind : OracleKind.values()) {
            caches.put(kind, VerdictCache.open(cacheRoot, interpreter.fullVersion(), kind));
        }
    }

    /**
     * The shared oracle of one interpreter for these settings.
     *
     * @param interpreter the interpreter
     * @param settings cache directory and parallelism
     * @return the oracle
     */
    public static CpythonOracle of(Interpreter interpreter, OracleSettings settings) {
        String key = interpreter.executable() + "|" + settings.cacheRoot().toAbsolutePath();
        return OPEN.computeIfAbsent(key, k -> new CpythonOracle(interpreter, settings.cacheRoot(),
                settings.threads()));
    }

    /** The interpreter. */
    public Interpreter interpreter() {
        return interpreter;
    }

    /**
     * The cache of one question.
     *
     * @param kind the question
     * @return its cache
     */
    public VerdictCache cache(OracleKind kind) {
        return caches.get(kind);
    }

    /** How many questions were answered from the cache, and how many asked CPython: {@code [hits, misses]}. */
    public int[] hitsAndMisses() {
        return new int[] {hits.get(), misses.get()};
    }

    /**
     * CPython's verdict on a file, from the cache when known.
     *
     * @param kind the question
     * @param file the file (CPython reads it itself)
     * @param sha256 hex SHA-256 of the file's bytes, the cache key
     * @return the verdict
     */
    public Verdict verdict(OracleKind kind, Path file, String sha256) {
        VerdictCache cache = caches.get(kind);
        Optional<Verdict> known = cache.get(sha256);
        if (known.isPresent()) {
            hits.incrementAndGet();
            return known.get();
        }
        misses.incrementAndGet();
        Verdict v = withWorker(w -> w.ask(kind, file));
        // a crash, timeout or interruption may be the machine's fault (OOM killer, load): asked again next run
        if (!v.message().startsWith("timeout:") && !v.message().startsWith("crash:")
                && !v.message().startsWith("interrupted")) {
            cache.put(sha256, v);
        }
        return v;
    }

    /**
     * The full AST dump of a file by this interpreter (never cached: only needed to show a difference).
     *
     * @param file the file
     * @return the dump, or empty when {@code ast.parse} fails
     */
    public Optional<String> dump(Path file) {
        return withWorker(w -> w.dump(file));
    }

    private <T> T withWorker(Function<CpythonWorker, T> action) {
        CpythonWorker w = idle.pollFirst();
        if (w == null) {
            synchronized (all) {
                if (all.size() < maxWorkers) {
                    w = new CpythonWorker(interpreter, Duration.ofMinutes(2));
                    all.add(w);
                }
            }
        }
        try {
            if (w == null) {
                w = idle.takeFirst();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a CPython worker", e);
        }
        try {
            return action.apply(w);
        } finally {
            idle.addFirst(w);
        }
    }

    /** Stops every worker process. */
    @Override
    public void close() {
        synchronized (all) {
            all.forEach(CpythonWorker::close);
            all.clear();
        }
        idle.clear();
    }
}
