package dev.anvilcheck.python.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * What the whole-corpus comparisons share: every distinct file (by content) of every installed interpreter's
 * corpus that CPython 3.13 compiles, and a parallel loop on the settings' threads.
 */
final class CompiledCorpus {

    /** A corpus file, its corpus and the hash of its bytes. */
    record Item(Path file, Corpus corpus, String sha) {
        /** The path under the library that holds it ({@code python3.13/test/test_grammar.py}). */
        String rel() {
            return corpus.root().getFileName() + "/" + corpus.relative(file);
        }
    }

    private CompiledCorpus() {
    }

    /**
     * The distinct files of every corpus (selected by the settings) that the judge compiles, sorted by path.
     *
     * @param settings sample or full, threads
     * @param judge the interpreter whose compile() decides (3.13)
     * @return the files
     * @throws InterruptedException when interrupted
     */
    static List<Item> thatCompile(OracleSettings settings, CpythonOracle judge) throws InterruptedException {
        Map<String, Item> items = new ConcurrentHashMap<>();
        for (Interpreter i : Interpreters.all()) {
            Corpus c = Corpus.of(i).select(settings);
            forEach(settings, c.files(), f -> {
                String sha = Corpus.sha256Hex(read(f));
                items.putIfAbsent(sha, new Item(f, c, sha));
            });
        }
        List<Item> compiled = new ArrayList<>();
        forEach(settings, List.copyOf(items.values()), it -> {
            if (judge.verdict(OracleKind.COMPILE, it.file(), it.sha()).ok()) {
                synchronized (compiled) {
                    compiled.add(it);
                }
            }
        });
        compiled.sort(Comparator.comparing(Item::rel));
        return compiled;
    }

    static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> void forEach(OracleSettings settings, List<T> list, Consumer<T> action) throws InterruptedException {
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try {
            pool.submit(() -> list.parallelStream().forEach(action)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("comparison failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
