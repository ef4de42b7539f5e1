package dev.anvilcheck.python.oracle;

import static org.junit.jupiter.api.Assertions.fail;

import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The compatibility matrix (issue 4's proof at the syntax level): every file of every installed interpreter's
 * library that CPython 3.13 compiles, judged for each version V from 3.6 to 3.13: our parser asked for V accepts
 * it exactly when interpreter V compiles it. This is where version gating is proven: 3.13 code with a walrus,
 * {@code match} or PEP 701 f-strings must be rejected for the versions before them, and Python 3.6 code using
 * {@code async} as a name accepted only where it still was one.
 *
 * <p>Files with the same bytes are judged once. Default build: each corpus's seeded sample; {@code -Pcorpus}:
 * all. Disagreements go to {@code target/oracle/cross-version-agreement.txt}, one section per version; known
 * differences use kind {@code verdict} with the version V and the path prefixed by the library holding the file
 * ({@code python3.13/test/test_grammar.py}).
 */
class CrossVersionAgreementTest {

    @Test
    void parserAgreesWithEveryInterpreterOnEveryCorpus() throws Exception {
        List<Interpreter> versions = Interpreters.all().stream()
                .filter(i -> i.version().atLeast(VerdictAgreementTest.OLDEST)
                        && !i.version().atLeast(PythonVersion.of(3, 14)))
                .toList();
        Optional<Interpreter> newest = Interpreters.find(VerdictAgreementTest.NEWEST);
        Skips.unless(newest.isPresent() && versions.size() > 1, "skipped: the matrix needs CPython 3.13 and at least"
                + " one older 3.x; " + Interpreters.whereLooked());
        OracleSettings settings = OracleSettings.fromSystem();
        KnownDifferences known = KnownDifferences.load();
        CpythonOracle judge313 = CpythonOracle.of(newest.get(), settings);

        List<CompiledCorpus.Item> compiled = CompiledCorpus.thatCompile(settings, judge313);
        Path reportFile = VerdictAgreementTest.reportDir().resolve("cross-version-agreement.txt");
        Files.deleteIfExists(reportFile);
        Map<String, DifferentialReport> reports = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        for (Interpreter vi : versions) {
            PythonVersion v = vi.version();
            CpythonOracle oracle = CpythonOracle.of(vi, settings);
            DifferentialReport report = new DifferentialReport("CPython " + vi.fullVersion() + " on "
                    + compiled.size() + " files that 3.13 compiles, from all corpora [" + settings.label() + "]",
                    KnownDifferences.Kind.VERDICT, v);
            reports.put(vi.fullVersion(), report);
            CompiledCorpus.forEach(settings, compiled, it -> {
                byte[] bytes = CompiledCorpus.read(it.file());
                // named with the library it came from: python3.13/test/test_grammar.py
                String rel = it.corpus().root().getFileName() + "/" + it.corpus().relative(it.file());
                Verdict cpython = oracle.verdict(OracleKind.COMPILE, it.file(), it.sha());
                ParsedFile ours = ParsedFile.parse(bytes, it.file().toString(), v);
                Optional<KnownDifferences.Entry> excuse = known.find(KnownDifferences.Kind.VERDICT, v, rel);
                if (ours.crash().isPresent()) {
                    report.disagreed(new DifferentialReport.Disagreement(rel, "parser threw",
                            "ours: threw " + ours.crash().get(), excuse));
                    return;
                }
                ParseResult r = ours.result().orElseThrow();
                boolean accepted = r.acceptedBy(v);
                if (accepted == cpython.ok()) {
                    report.agreed(rel, excuse);
                } else if (accepted) {
                    report.disagreed(new DifferentialReport.Disagreement(rel, "we accept, CPython rejects: "
                            + VerdictAgreementTest.normalize(cpython.message()),
                            "CPython " + v + ": " + cpython.describe() + "\nours: accepted", excuse));
                } else {
                    String why = ParsedFile.rejection(r, v);
                    report.disagreed(new DifferentialReport.Disagreement(rel, "we reject, CPython accepts: "
                            + VerdictAgreementTest.normalize(why), "CPython " + v + ": ok\nours: " + why, excuse));
                }
            });
        }
        System.out.println("== cross-version agreement (" + String.format("%.1f s", (System.nanoTime() - t0) / 1e9)
                + ")");
        List<String> failures = new ArrayList<>();
        for (DifferentialReport report : reports.values()) {
            System.out.println("   " + report.figures());
            Path file = report.write(reportFile.getFileName().toString());
            if (!report.unexcused().isEmpty()) {
                failures.add(report.failureMessage(file));
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

}
