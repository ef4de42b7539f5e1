package dev.anvilcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anvilcheck.python.internal.AstDumper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** PythonParser is stateless: parsing the same files on many threads gives the same trees and findings. */
class ConcurrentParsingTest {

    @Test
    void parallel_parses_match_sequential_ones() throws Exception {
        List<Path> files = new ArrayList<>(ParserFixturesTest.fixtures("ok"));
        files.addAll(ParserFixturesTest.fixtures("err"));
        List<String> expected = new ArrayList<>();
        List<byte[]> sources = new ArrayList<>();
        for (Path f : files) {
            byte[] src = Files.readAllBytes(f);
            sources.add(src);
            expected.add(render(PythonParser.parse(src, ParseOptions.defaults())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (byte[] src : sources) {
                    futures.add(pool.submit(() -> render(PythonParser.parse(src, ParseOptions.defaults()))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % sources.size()), futures.get(i).get(), files.get(i % sources.size())
                        .toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String render(ParseResult r) {
        return AstDumper.dump(r.module(), r.lineIndex()) + r.syntaxErrors() + r.gatedConstructs() + r.tokens().size();
    }
}
