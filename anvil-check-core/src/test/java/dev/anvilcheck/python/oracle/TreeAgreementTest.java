package dev.anvilcheck.python.oracle;

import static org.junit.jupiter.api.Assertions.fail;

import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonVersion;
import dev.anvilcheck.python.internal.AstDumper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * Tree agreement: over the CPython 3.13 library (standard library, test suite, site-packages), our AST rendered by
 * {@link AstDumper} equals {@code ast.dump(ast.parse(bytes), include_attributes=True)} of CPython 3.13, text for
 * text (node kinds, fields, and every start and end position, columns in UTF-8 bytes).
 *
 * <p>The cache keeps only the SHA-256 of CPython's dump; the full dump is asked of CPython only for a file whose
 * hash differs from ours, to show the first differing position in {@code target/oracle/tree-agreement.txt}. Files
 * that {@code ast.parse} rejects are not compared here (the verdict test covers them).
 */
class TreeAgreementTest {

    static final PythonVersion V313 = PythonVersion.of(3, 13);

    @Test
    void astDumpsEqualCPython313() throws Exception {
        Optional<Interpreter> found = Interpreters.find(V313);
        Skips.unless(found.isPresent(), "skipped: CPython 3.13 is needed for tree agreement; "
                + Interpreters.whereLooked());
        Interpreter interpreter = found.get();
        OracleSettings settings = OracleSettings.fromSystem();
        KnownDifferences known = KnownDifferences.load();
        Corpus corpus = Corpus.of(interpreter).select(settings);
        CpythonOracle oracle = CpythonOracle.of(interpreter, settings);
        DifferentialReport report = new DifferentialReport("CPython " + interpreter.fullVersion() + " AST dumps ["
                + settings.label() + "]", KnownDifferences.Kind.TREE, V313);
        Files.deleteIfExists(VerdictAgreementTest.reportDir().resolve("tree-agreement.txt"));
        long t0 = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try {
            pool.submit(() -> corpus.files().parallelStream().forEach(f -> compare(f, corpus, oracle, known, report)))
                    .get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("comparison failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        int[] hm = oracle.hitsAndMisses();
        System.out.println(report.figures() + String.format(" [%.1f s, CPython cache: %d hits, %d asked]",
                (System.nanoTime() - t0) / 1e9, hm[0], hm[1]));
        Path file = report.write("tree-agreement.txt");
        if (!report.unexcused().isEmpty()) {
            fail(report.failureMessage(file));
        }
    }

    private static void compare(Path file, Corpus corpus, CpythonOracle oracle, KnownDifferences known,
            DifferentialReport report) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String rel = corpus.relative(file);
        Verdict cpython = oracle.verdict(OracleKind.DUMP_SHA, file, Corpus.sha256Hex(bytes));
        if (!cpython.ok()) {
            report.skipped();
            return;
        }
        Optional<KnownDifferences.Entry> excuse = known.find(KnownDifferences.Kind.TREE, V313, rel);
        ParsedFile ours = ParsedFile.parse(bytes, file.toString(), V313);
        if (ours.crash().isPresent()) {
            String trace = ours.crash().get();
            report.disagreed(new DifferentialReport.Disagreement(rel, "parser threw "
                    + trace.lines().findFirst().orElse("?").replaceAll(":.*", ""), "ours: threw " + trace, excuse));
            return;
        }
        ParseResult r = ours.result().orElseThrow();
        String dump;
        try {
            dump = AstDumper.dump(r.module(), r.lineIndex());
        } catch (RuntimeException | StackOverflowError e) {
            report.disagreed(new DifferentialReport.Disagreement(rel, "AstDumper threw " + e.getClass().getSimpleName(),
                    "ours: AstDumper threw " + e, excuse));
            return;
        }
        if (Corpus.sha256Hex(dump.getBytes(StandardCharsets.UTF_8)).equals(cpython.dumpSha())) {
            report.agreed(rel, excuse);
            return;
        }
        String errors = r.syntaxErrors().isEmpty() ? "" : "\nours also reports: " + ParsedFile.rejection(r, V313);
        Optional<String> expected = oracle.dump(file);
        if (expected.isEmpty()) {
            report.disagreed(new DifferentialReport.Disagreement(rel, "CPython dump unavailable",
                    "CPython's dump hash differs from ours, and its full dump could not be had" + errors, excuse));
            return;
        }
        Optional<DumpDiff> diff = DumpDiff.of(expected.get(), dump);
        if (diff.isEmpty()) {
            // the cached hash is stale (another CPython build wrote it): the texts agree
            report.agreed();
            return;
        }
        DumpDiff d = diff.get();
        report.disagreed(new DifferentialReport.Disagreement(rel, (r.syntaxErrors().isEmpty() ? "" : "ours errs; ")
                + d.category(), "first difference at dump offset " + d.offset() + ", in " + d.category()
                + ", near source " + d.sourceLine() + ":" + d.sourceCol() + " (CPython's next position)"
                + "\n  CPython: " + d.expected() + "\n  ours:    " + d.actual() + errors, excuse));
    }
}
