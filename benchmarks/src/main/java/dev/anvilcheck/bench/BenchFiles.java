package dev.anvilcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The representative files the JMH benchmarks parse: real modules of the CPython 3.13 standard library, read from
 * the installed interpreter ({@code -Danvil.bench.lib=DIR} moves it; default
 * {@code /root/.pyenv/versions/3.13.0/lib/python3.13}).
 */
final class BenchFiles {

    /** A mix: typing-heavy code, a large class-based module, long functions, the grammar test, many literals. */
    static final String[] NAMES = {"typing.py", "argparse.py", "_pydecimal.py", "test/test_grammar.py",
        "pydoc_data/topics.py"};

    private BenchFiles() {
    }

    static Path lib() {
        return Path.of(System.getProperty("anvil.bench.lib", "/root/.pyenv/versions/3.13.0/lib/python3.13"));
    }

    static byte[] read(String name) {
        Path file = lib().resolve(name);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("benchmark input " + file + " is missing: install CPython 3.13 or set "
                    + "-Danvil.bench.lib to a lib/python3.13 directory", e);
        }
    }
}
