package dev.anvilcheck.python.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anvilcheck.python.PythonVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The oracle's own parts: interpreter discovery, the worker, the verdict cache, corpus and sample. */
class OracleInfrastructureTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> interpreters() {
        List<Interpreter> all = Interpreters.all();
        if (all.isEmpty()) {
            // one placeholder so the test runs and reports why it skipped
            return Stream.of(Arguments.of((Object) null));
        }
        return all.stream().map(Arguments::of);
    }

    private static Interpreter require(Interpreter i) {
        assumeTrue(i != null, Interpreters.whereLooked());
        return i;
    }

    private static Interpreter newest() {
        List<Interpreter> all = Interpreters.all();
        assumeTrue(!all.isEmpty(), Interpreters.whereLooked());
        return all.get(all.size() - 1);
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void discoveryFindsEachInterpreterWithItsOwnVersionAndLibrary() {
        List<Interpreter> all = Interpreters.all();
        assumeTrue(!all.isEmpty(), Interpreters.whereLooked());
        for (Interpreter i : all) {
            // pyenv names the directory after the release; the probe asked the interpreter itself
            assertThat(i.executable().getParent().getParent().getFileName().toString()).isEqualTo(i.fullVersion());
            assertThat(i.libDir().getFileName().toString()).isEqualTo("python" + i.version());
            assertThat(i.libDir().resolve("os.py")).isRegularFile();
        }
        assertThat(all).isSortedAccordingTo((a, b) -> a.version().compareTo(b.version()));
    }

    @Test
    void discoveryOfAMissingRootIsEmpty() {
        assertThat(Interpreters.discover(tmp.resolve("nowhere"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interpreters")
    void workerJudgesGoodAndBadFiles(Interpreter interpreter) throws IOException {
        Interpreter i = require(interpreter);
        Path good = write("good.py", "x = [1,\n     2]\n");
        Path bad = write("bad.py", "x = 1\ndef f(:\n    pass\n");
        Path nul = write("nul.py", new byte[] {'x', ' ', '=', ' ', '1', 0, '\n'});
        Path latin1 = write("latin1.py", "# -*- coding: latin-1 -*-\ns = '\u00e9'\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        try (CpythonWorker w = new CpythonWorker(i, Duration.ofSeconds(60))) {
            assertThat(w.version()).contains(i.fullVersion());
            assertThat(w.ask(OracleKind.COMPILE, good)).isEqualTo(new Verdict(true, "", 0, 0, ""));
            Verdict v = w.ask(OracleKind.COMPILE, bad);
            assertThat(v.ok()).isFalse();
            assertThat(v.message()).startsWith("SyntaxError: ");
            assertThat(v.line()).isEqualTo(2);
            assertThat(v.col()).isPositive();
            assertThat(w.ask(OracleKind.COMPILE, nul).ok()).isFalse();
            assertThat(w.ask(OracleKind.COMPILE, latin1).ok()).isTrue();
            Verdict missing = w.ask(OracleKind.COMPILE, tmp.resolve("missing.py"));
            assertThat(missing.ok()).isFalse();
            assertThat(missing.message()).startsWith("unreadable: ");
            // the worker survives every failure above
            assertThat(w.ask(OracleKind.COMPILE, good).ok()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interpreters")
    void python2OnlySyntaxIsAcceptedOnlyByPython2(Interpreter interpreter) throws IOException {
        Interpreter i = require(interpreter);
        Path py2 = write("py2.py", "print 'hello'\nexec 'x = 1'\n");
        try (CpythonWorker w = new CpythonWorker(i, Duration.ofSeconds(60))) {
            assertThat(w.ask(OracleKind.COMPILE, py2).ok()).isEqualTo(i.version().major() == 2);
        }
    }

    @Test
    void workerDumpsTheAstWithAttributesAndItsHash() throws IOException {
        Interpreter i = newest();
        assumeTrue(i.version().atLeast(PythonVersion.of(3, 8)), "end positions need 3.8+");
        Path good = write("good.py", "x = 1\n");
        try (CpythonWorker w = new CpythonWorker(i, Duration.ofSeconds(60))) {
            Optional<String> dump = w.dump(good);
            assertThat(dump).isPresent();
            assertThat(dump.get()).startsWith("Module(body=[Assign(targets=[Name(id='x'")
                    .contains("lineno=1, col_offset=0, end_lineno=1, end_col_offset=1");
            Verdict sha = w.ask(OracleKind.DUMP_SHA, good);
            assertThat(sha.ok()).isTrue();
            assertThat(sha.dumpSha()).isEqualTo(Corpus.sha256Hex(dump.get().getBytes(StandardCharsets.UTF_8)));
            Verdict bad = w.ask(OracleKind.DUMP_SHA, write("bad.py", "(\n"));
            assertThat(bad.ok()).isFalse();
            assertThat(bad.dumpSha()).isEmpty();
            assertThat(w.dump(tmp.resolve("bad.py"))).isEmpty();
        }
    }

    @Test
    void aDeadInterpreterGivesACrashVerdictNotAnException() throws IOException {
        Path fake = tmp.resolve("bin/python");
        Files.createDirectories(fake.getParent());
        Files.writeString(fake, "#!/bin/sh\nexit 3\n");
        assumeTrue(fake.toFile().setExecutable(true), "cannot make a script executable here");
        Interpreter dead = new Interpreter(PythonVersion.of(3, 99), "3.99.0", fake, tmp);
        try (CpythonWorker w = new CpythonWorker(dead, Duration.ofSeconds(10))) {
            Verdict v = w.ask(OracleKind.COMPILE, write("x.py", "x = 1\n"));
            assertThat(v.ok()).isFalse();
            assertThat(v.message()).startsWith("crash: 3.99.0");
        }
    }

    @Test
    void cacheRoundTripsThroughTheFile() {
        VerdictCache c = VerdictCache.open(tmp, "3.13.0", OracleKind.COMPILE);
        assertThat(c.file()).isEqualTo(tmp.resolve("cpython/3.13.0.tsv"));
        String a = sha('a');
        String b = sha('b');
        Verdict tricky = new Verdict(false, "SyntaxError: bad\tthing\nhere \\n done\r", 12, 4, "");
        c.put(a, new Verdict(true, "", 0, 0, ""));
        c.put(b, tricky);
        VerdictCache again = VerdictCache.open(tmp, "3.13.0", OracleKind.COMPILE);
        assertThat(again.size()).isEqualTo(2);
        assertThat(again.get(a)).contains(new Verdict(true, "", 0, 0, ""));
        assertThat(again.get(b)).contains(tricky);
        assertThat(again.get(sha('c'))).isEmpty();
        assertThat(again.skippedLines()).isZero();
    }

    @Test
    void dumpCacheKeepsTheDumpHashInItsOwnFile() {
        VerdictCache c = VerdictCache.open(tmp, "3.13.0", OracleKind.DUMP_SHA);
        assertThat(c.file()).isEqualTo(tmp.resolve("cpython/3.13.0-astdump.tsv"));
        c.put(sha('1'), new Verdict(true, "", 0, 0, sha('2')));
        c.put(sha('3'), new Verdict(false, "SyntaxError: x", 1, 1, ""));
        VerdictCache again = VerdictCache.open(tmp, "3.13.0", OracleKind.DUMP_SHA);
        assertThat(again.get(sha('1'))).contains(new Verdict(true, "", 0, 0, sha('2')));
        assertThat(again.get(sha('3'))).contains(new Verdict(false, "SyntaxError: x", 1, 1, ""));
    }

    @Test
    void truncatedAndMalformedLinesAreIgnoredAndTheNextRecordStartsOnItsOwnLine() throws IOException {
        Path file = tmp.resolve("cpython/3.8.18.tsv");
        Files.createDirectories(file.getParent());
        String good = sha('a') + "\t1\t0\t0\t\t.\n";
        Files.writeString(file, "# comment\n" + good + "garbage line\n" + sha('b') + "\t2\t0\t0\tx\t.\n"
                + sha('c') + "\t0\t1\t2\tSyntaxError: trunc");
        VerdictCache c = VerdictCache.open(tmp, "3.8.18", OracleKind.COMPILE);
        assertThat(c.size()).isEqualTo(1);
        assertThat(c.skippedLines()).isEqualTo(3);
        c.put(sha('d'), new Verdict(false, "SyntaxError: y", 3, 1, ""));
        VerdictCache again = VerdictCache.open(tmp, "3.8.18", OracleKind.COMPILE);
        assertThat(again.get(sha('a'))).isPresent();
        assertThat(again.get(sha('c'))).isEmpty();
        assertThat(again.get(sha('d'))).contains(new Verdict(false, "SyntaxError: y", 3, 1, ""));
        assertThat(again.skippedLines()).isEqualTo(3);
    }

    @Test
    void concurrentWritersLoseNoRecord() throws Exception {
        int threads = 4;
        int each = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            // a cache instance per thread, like separate test runs sharing the file
            VerdictCache c = VerdictCache.open(tmp, "3.12.1", OracleKind.COMPILE);
            done.add(pool.submit(() -> {
                for (int k = 0; k < each; k++) {
                    c.put(Corpus.sha256Hex((id + ":" + k).getBytes(StandardCharsets.UTF_8)),
                            new Verdict(k % 2 == 0, "m" + id + "-" + k, k, id, ""));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        VerdictCache all = VerdictCache.open(tmp, "3.12.1", OracleKind.COMPILE);
        assertThat(all.size()).isEqualTo(threads * each);
        assertThat(all.skippedLines()).isZero();
    }

    @Test
    void pythonWarmModeAndJavaShareTheCacheFormat() throws Exception {
        Interpreter i = newest();
        Path good = write("src/good.py", "x = 1\n");
        Path bad = write("src/bad.py", "x = = 1\n");
        Path tab = write("src/tab.py", "if x:\n        a\n\tb\n");
        Path list = Files.write(tmp.resolve("list.txt"), List.of(good.toString(), bad.toString(), tab.toString()));
        Path cacheFile = tmp.resolve("cache/cpython/" + OracleKind.COMPILE.cacheFileName(i.fullVersion()));
        String first = runWarm(i, "compile", cacheFile, list);
        assertThat(first).contains("3 computed, 0 already cached");
        CpythonOracle oracle = new CpythonOracle(i, tmp.resolve("cache"), 1);
        try {
            assertThat(oracle.cache(OracleKind.COMPILE).size()).isEqualTo(3);
            Verdict fromCache = oracle.verdict(OracleKind.COMPILE, bad, Corpus.sha256Hex(Files.readAllBytes(bad)));
            assertThat(oracle.hitsAndMisses()).containsExactly(1, 0);
            try (CpythonWorker w = new CpythonWorker(i, Duration.ofSeconds(60))) {
                assertThat(fromCache).isEqualTo(w.ask(OracleKind.COMPILE, bad));
                assertThat(oracle.verdict(OracleKind.COMPILE, tab, Corpus.sha256Hex(Files.readAllBytes(tab))))
                        .isEqualTo(w.ask(OracleKind.COMPILE, tab));
            }
            // a file only Java has judged is then known to the Python side
            Path other = write("src/other.py", "y = 2\n");
            oracle.verdict(OracleKind.COMPILE, other, Corpus.sha256Hex(Files.readAllBytes(other)));
            assertThat(oracle.hitsAndMisses()).containsExactly(2, 1);
            Files.write(list, List.of(good.toString(), other.toString()));
            assertThat(runWarm(i, "compile", cacheFile, list)).contains("0 computed, 2 already cached");
        } finally {
            oracle.close();
        }
        Path dumpFile = tmp.resolve("cache/cpython/" + OracleKind.DUMP_SHA.cacheFileName(i.fullVersion()));
        assertThat(runWarm(i, "dumpsha", dumpFile, list)).contains("2 computed");
        VerdictCache dumps = VerdictCache.open(tmp.resolve("cache"), i.fullVersion(), OracleKind.DUMP_SHA);
        assertThat(dumps.size()).isEqualTo(2);
        assertThat(dumps.skippedLines()).isZero();
        assertThat(dumps.get(Corpus.sha256Hex(Files.readAllBytes(good))).orElseThrow().dumpSha()).hasSize(64);
    }

    private static String runWarm(Interpreter i, String kind, Path cacheFile, Path list) throws Exception {
        Process p = new ProcessBuilder(i.executable().toString(), CpythonWorker.script().toString(), "--warm", kind,
                cacheFile.toString(), list.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void oracleAsksCPythonOnceThenAnswersFromTheCache() throws IOException {
        Interpreter i = newest();
        Path bad = write("bad.py", "def f(:\n");
        String sha = Corpus.sha256Hex(Files.readAllBytes(bad));
        try (CpythonOracle oracle = new CpythonOracle(i, tmp.resolve("cache"), 2)) {
            Verdict first = oracle.verdict(OracleKind.COMPILE, bad, sha);
            Verdict second = oracle.verdict(OracleKind.COMPILE, bad, sha);
            assertThat(first.ok()).isFalse();
            assertThat(second).isEqualTo(first);
            assertThat(oracle.hitsAndMisses()).containsExactly(1, 1);
        }
        assertThat(VerdictCache.open(tmp.resolve("cache"), i.fullVersion(), OracleKind.COMPILE).get(sha)).isPresent();
    }

    @Test
    void corpusListsPythonFilesInPathOrderWithoutFollowingLinks() throws IOException {
        write("lib/b.py", "");
        write("lib/a/z.py", "");
        write("lib/a/y.txt", "");
        write("lib/site-packages/pkg/__init__.py", "");
        Files.createDirectories(tmp.resolve("outside"));
        write("outside/hidden.py", "");
        Files.createSymbolicLink(tmp.resolve("lib/link"), tmp.resolve("outside"));
        Corpus c = Corpus.of(tmp.resolve("lib"));
        assertThat(c.files().stream().map(c::relative)).containsExactly("a/z.py", "b.py",
                "site-packages/pkg/__init__.py");
    }

    @Test
    void sampleIsDeterministicSeededAndStable() throws IOException {
        for (int k = 0; k < 300; k++) {
            write("lib/d" + (k % 7) + "/m" + k + ".py", "");
        }
        Corpus c = Corpus.of(tmp.resolve("lib"));
        Corpus s1 = c.sample(40, 7);
        Corpus s2 = Corpus.of(tmp.resolve("lib")).sample(40, 7);
        assertThat(s1.files()).hasSize(40).isEqualTo(s2.files());
        assertThat(s1.files()).isSortedAccordingTo((a, b) -> c.relative(a).compareTo(c.relative(b)));
        assertThat(c.sample(40, 8).files()).isNotEqualTo(s1.files());
        assertThat(c.sample(1000, 7).files()).isEqualTo(c.files());
        // a new file moves at most one file out of the sample
        write("lib/new.py", "");
        Corpus grown = Corpus.of(tmp.resolve("lib")).sample(40, 7);
        Set<Path> kept = new HashSet<>(grown.files());
        kept.retainAll(s1.files());
        assertThat(kept.size()).isGreaterThanOrEqualTo(39);
    }

    @Test
    void realCorpusHoldsLibraryTestsAndSitePackages() {
        Interpreter i = newest();
        Corpus c = Corpus.of(i);
        List<String> rel = c.files().stream().map(c::relative).toList();
        assertThat(rel).contains("os.py", "test/test_grammar.py");
        assertThat(rel).anyMatch(r -> r.startsWith("site-packages/"));
        Corpus edge = c.edgeCases();
        assertThat(edge.files().stream().map(c::relative)).contains("test/tokenizedata/bad_coding.py")
                .allMatch(r -> r.contains("bad") || r.startsWith("test/tokenizedata/"));
        Corpus selected = c.select(new OracleSettings(false, 25, 1, 1, tmp));
        assertThat(selected.files()).containsAll(c.sample(25, 1).files()).containsAll(edge.files());
        assertThat(selected.size()).isLessThanOrEqualTo(25 + edge.size());
        assertThat(c.select(new OracleSettings(true, 25, 1, 1, tmp)).size()).isEqualTo(c.size());
    }

    @Test
    void knownDifferencesNeedAKindAVersionAGlobAndAReason() {
        KnownDifferences k = KnownDifferences.parse("""
                # comment
                verdict 3.8 lib2to3/tests/data/*.py   Python 2 test data, CPython 3.8 does X
                tree    *   test/**                   dumps of Y differ because Z
                """);
        assertThat(k.entries()).hasSize(2);
        PythonVersion v38 = PythonVersion.of(3, 8);
        assertThat(k.find(KnownDifferences.Kind.VERDICT, v38, "lib2to3/tests/data/bom.py")).isPresent();
        assertThat(k.find(KnownDifferences.Kind.VERDICT, PythonVersion.of(3, 9), "lib2to3/tests/data/bom.py"))
                .isEmpty();
        assertThat(k.find(KnownDifferences.Kind.TREE, v38, "lib2to3/tests/data/bom.py")).isEmpty();
        assertThat(k.find(KnownDifferences.Kind.TREE, v38, "test/a/b.py").orElseThrow().reason())
                .isEqualTo("dumps of Y differ because Z");
        assertThatThrownBy(() -> KnownDifferences.parse("verdict 3.8 a.py\n")).hasMessageContaining(":1:");
        assertThatThrownBy(() -> KnownDifferences.parse("\nverdikt 3.8 a.py why\n")).hasMessageContaining(":2:");
        assertThatThrownBy(() -> KnownDifferences.parse("tree 3.x a.py why\n")).hasMessageContaining("3.x");
        KnownDifferences c = KnownDifferences.parse("""
                compat  3.7 python3.13/a.py  CPython 3.7 quirk
                minimum *   python3.13/a.py  minimum follows the quirk
                """);
        assertThat(c.find(KnownDifferences.Kind.COMPAT, PythonVersion.of(3, 7), "python3.13/a.py")).isPresent();
        assertThat(c.find(KnownDifferences.Kind.VERDICT, PythonVersion.of(3, 7), "python3.13/a.py")).isEmpty();
        assertThat(c.find(KnownDifferences.Kind.MINIMUM, PythonVersion.of(3, 12), "python3.13/a.py")).isPresent();
    }

    @Test
    void committedKnownDifferencesFileIsWellFormed() {
        KnownDifferences k = KnownDifferences.load();
        assertThat(k.entries()).allSatisfy(e -> assertThat(e.reason()).hasSizeGreaterThan(10));
    }

    private static String sha(char c) {
        return String.valueOf(c).repeat(64);
    }
}
