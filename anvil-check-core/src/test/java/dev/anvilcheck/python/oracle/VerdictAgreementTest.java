package dev.anvilcheck.python.oracle;

import static org.junit.jupiter.api.Assertions.fail;

import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Verdict agreement: for each installed CPython 3.6 ... 3.13, over its own library (standard library, test suite,
 * site-packages), our parser asked for that version accepts exactly the files that the interpreter compiles.
 *
 * <p>Default build: a seeded sample plus CPython's edge-case files; {@code -Pcorpus}: every file. CPython's
 * verdicts come from the cache ({@code .ci/warm-cpython-cache}) or a worker on a miss. Figures go to stdout,
 * disagreements to {@code target/oracle/verdict-agreement.txt}; the test fails on any disagreement not listed in
 * {@code known-differences.txt}.
 */
class VerdictAgreementTest {

    /** The oldest version compared: 3.6, or {@code -Danvil.oracle.oldest=2.7} to include Python 2.7 as well. */
    static final PythonVersion OLDEST = PythonVersion.parse(System.getProperty("anvil.oracle.oldest", "3.6"));
    static final PythonVersion NEWEST = PythonVersion.of(3, 13);

    private static final List<String> SUMMARY = new ArrayList<>();
    private static OracleSettings settings;
    private static KnownDifferences known;

    @BeforeAll
    static void setUp() throws IOException {
        settings = OracleSettings.fromSystem();
        known = KnownDifferences.load();
        Files.deleteIfExists(reportDir().resolve("verdict-agreement.txt"));
        Files.deleteIfExists(reportDir().resolve("known-differences.proposed.txt"));
    }

    static Path reportDir() {
        return Path.of(System.getProperty("basedir", ".")).resolve("target/oracle");
    }

    static Stream<Arguments> versions() {
        List<Interpreter> all = Interpreters.all().stream()
                .filter(i -> i.version().atLeast(OLDEST) && !i.version().atLeast(PythonVersion.of(3, 14)))
                .toList();
        if (all.isEmpty()) {
            return Stream.of(Arguments.of((Object) null));
        }
        return all.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    void parserAcceptsExactlyWhatCPythonCompiles(Interpreter interpreter) throws Exception {
        Skips.unless(interpreter != null, "skipped: " + Interpreters.whereLooked());
        Corpus corpus = Corpus.of(interpreter).select(settings);
        CpythonOracle oracle = CpythonOracle.of(interpreter, settings);
        PythonVersion v = interpreter.version();
        DifferentialReport report = new DifferentialReport("CPython " + interpreter.fullVersion() + " verdicts ["
                + settings.label() + "]", KnownDifferences.Kind.VERDICT, v);
        long t0 = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try {
            pool.submit(() -> corpus.files().parallelStream().forEach(f -> compare(f, corpus, v, oracle, report)))
                    .get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("comparison failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        int[] hm = oracle.hitsAndMisses();
        String line = report.figures() + String.format(" [%.1f s, CPython cache: %d hits, %d asked]",
                (System.nanoTime() - t0) / 1e9, hm[0], hm[1]);
        System.out.println(line);
        SUMMARY.add(line);
        Path file = report.write("verdict-agreement.txt");
        if (!report.unexcused().isEmpty()) {
            fail(report.failureMessage(file));
        }
    }

    private static void compare(Path file, Corpus corpus, PythonVersion v, CpythonOracle oracle,
            DifferentialReport report) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String rel = corpus.relative(file);
        Verdict cpython = oracle.verdict(OracleKind.COMPILE, file, Corpus.sha256Hex(bytes));
        ParsedFile ours = ParsedFile.parse(bytes, file.toString(), v);
        Optional<KnownDifferences.Entry> excuse = known.find(KnownDifferences.Kind.VERDICT, v, rel);
        if (ours.crash().isPresent()) {
            String trace = ours.crash().get();
            report.disagreed(new DifferentialReport.Disagreement(rel, "parser threw "
                    + trace.lines().findFirst().orElse("?").replaceAll(":.*", ""), "CPython: " + cpython.describe()
                    + "\nours: threw " + trace, excuse));
            return;
        }
        ParseResult r = ours.result().orElseThrow();
        boolean accepted = r.acceptedBy(v);
        if (accepted == cpython.ok()) {
            report.agreed(rel, excuse);
        } else if (accepted) {
            report.disagreed(new DifferentialReport.Disagreement(rel, "we accept, CPython rejects: "
                    + normalize(cpython.message()), "CPython: " + cpython.describe() + "\nours: accepted", excuse));
        } else {
            String why = ParsedFile.rejection(r, v);
            report.disagreed(new DifferentialReport.Disagreement(rel, "we reject, CPython accepts: " + normalize(why),
                    "CPython: ok\nours: " + why, excuse));
        }
    }

    /** A message without its particulars (quoted text, numbers), to group disagreements. */
    static String normalize(String message) {
        return message.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"")
                .replaceAll("\\d+", "N").replaceAll(" at N:N.*", "");
    }

    @AfterAll
    static void printSummary() {
        if (!SUMMARY.isEmpty()) {
            System.out.println("== verdict agreement, " + settings.describe());
            SUMMARY.forEach(s -> System.out.println("   " + s));
        }
    }
}
