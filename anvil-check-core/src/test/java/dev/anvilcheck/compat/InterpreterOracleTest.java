package dev.anvilcheck.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anvilcheck.python.PythonVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The compatibility check's per-file "syntax-compatible with V" equals interpreter V compiling the file, on a fixed
 * seeded sample of each installed interpreter's own standard library, for every installed 3.x. Verdicts are cached
 * by file hash in {@code ~/.cache/anvil-check/compile-verdicts.tsv}. Skips when no interpreter is installed.
 */
class InterpreterOracleTest {

    static final Path PYENV = Path.of("/root/.pyenv/versions");
    static final int PER_INTERPRETER = 40;
    static final long SEED = 20261126L;
    static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "anvil-check",
            "compile-verdicts.tsv");
    static final String COMPILE = """
            import sys
            for line in sys.stdin:
                p = line.rstrip('\\n')
                try:
                    with open(p, 'rb') as f:
                        src = f.read()
                    compile(src, p, 'exec', dont_inherit=True)
                    print('1')
                except BaseException:
                    print('0')
                sys.stdout.flush()
            """;

    /**
     * Known differences, each a parser gap reported to the lead (file name suffix: reason). The test fails on any
     * other difference.
     */
    static final Map<String, String> KNOWN = Map.of(
            "python3.11/test/test_coroutines.py", "async comprehension inside a sync comprehension (3.11) is not "
                    + "a PythonFeature yet",
            "python3.13/test/test_asyncgen.py", "an async generator expression in a sync function (3.7) is not a "
                    + "PythonFeature yet");

    @Test
    void syntaxVerdictsEqualTheInterpreters() throws Exception {
        Map<PythonVersion, Path> pythons = interpreters();
        Assumptions.assumeFalse(pythons.isEmpty(), "no CPython interpreters under " + PYENV
                + ": the differential test needs them (pyenv install 3.6-3.13)");
        List<Path> sample = new ArrayList<>();
        for (Map.Entry<PythonVersion, Path> e : pythons.entrySet()) {
            Path lib = e.getValue().getParent().getParent().resolve("lib/python" + e.getKey());
            List<Path> files;
            try (Stream<Path> s = Files.walk(lib)) {
                files = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
                        .sorted().collect(Collectors.toList());
            }
            Collections.shuffle(files, new Random(SEED));
            sample.addAll(files.subList(0, Math.min(PER_INTERPRETER, files.size())));
        }
        Map<String, String> cache = readCache();
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        Map<Path, String> hashes = new LinkedHashMap<>();
        for (Path p : sample) {
            hashes.put(p, hash(Files.readAllBytes(p)));
        }
        for (Map.Entry<PythonVersion, Path> e : pythons.entrySet()) {
            PythonVersion v = e.getKey();
            List<Path> missing = sample.stream().filter(p -> !cache.containsKey(v + "\t" + hashes.get(p))).toList();
            if (!missing.isEmpty()) {
                List<String> verdicts = compile(e.getValue(), missing);
                for (int i = 0; i < missing.size(); i++) {
                    cache.put(v + "\t" + hashes.get(missing.get(i)), verdicts.get(i));
                }
            }
        }
        writeCache(cache);
        for (Path p : sample) {
            String src = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            FileCompatibility f = CompatibilityCheck.ofTree(p, Optional.empty()).files().get(0);
            boolean anyAccepts = pythons.keySet().stream().anyMatch(v -> "1".equals(cache.get(v + "\t" + hashes.get(p))));
            if (!anyAccepts || src.isEmpty()) {
                continue;
            }
            for (PythonVersion v : pythons.keySet()) {
                boolean cpython = "1".equals(cache.get(v + "\t" + hashes.get(p)));
                boolean ours = f.syntaxCompatibleWith(v);
                compared++;
                if (cpython != ours && KNOWN.keySet().stream().noneMatch(k -> p.toString().endsWith(k))) {
                    mismatches.add(v + " " + p + ": CPython " + (cpython ? "compiles" : "rejects") + ", we say "
                            + (ours ? "compatible" : "incompatible") + " " + f.features() + " "
                            + f.syntaxErrors());
                }
            }
        }
        System.out.println("oracle: " + sample.size() + " files, " + compared + " verdicts, " + mismatches.size()
                + " mismatches");
        mismatches.forEach(m -> System.out.println("  " + m));
        assertThat(mismatches).as("files where our verdict differs from CPython's").isEmpty();
    }

    static Map<PythonVersion, Path> interpreters() throws IOException {
        Map<PythonVersion, Path> out = new TreeMap<>();
        if (!Files.isDirectory(PYENV)) {
            return out;
        }
        try (Stream<Path> s = Files.list(PYENV)) {
            for (Path d : s.toList()) {
                Optional<PythonVersion> v = PythonVersion.tryParse(d.getFileName().toString());
                Path bin = d.resolve("bin/python");
                if (v.isPresent() && v.get().major() == 3 && Files.isExecutable(bin)) {
                    out.put(v.get(), bin);
                }
            }
        }
        return out;
    }

    static List<String> compile(Path python, List<Path> files) throws IOException, InterruptedException {
        return answers(List.of(python.toString(), "-c", COMPILE), files.stream().map(Path::toString).toList());
    }

    /**
     * Runs an interpreter command that answers each line of its standard input with one line, and returns the
     * answers (the test fails when some are missing, with what the interpreter wrote to standard error).
     */
    static List<String> answers(List<String> command, List<String> questions)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        Thread writer = new Thread(() -> {
            try (var w = p.getOutputStream()) {
                for (String q : questions) {
                    w.write((q + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException ignored) {
                // the reader notices the missing answers
            }
        });
        writer.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.MINUTES);
        writer.join();
        List<String> answers = out.lines().toList();
        assertThat(answers).as("answers of %s: %s", command.get(0),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).hasSize(questions.size());
        return answers;
    }

    static String hash(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static Map<String, String> readCache() throws IOException {
        Map<String, String> m = new TreeMap<>();
        if (Files.exists(CACHE)) {
            for (String line : Files.readAllLines(CACHE)) {
                int i = line.lastIndexOf('\t');
                if (i > 0) {
                    m.put(line.substring(0, i), line.substring(i + 1));
                }
            }
        }
        return m;
    }

    static void writeCache(Map<String, String> cache) throws IOException {
        Files.createDirectories(CACHE.getParent());
        List<String> lines = cache.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList();
        Files.write(CACHE, lines);
    }

}
