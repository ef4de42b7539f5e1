package dev.anvilcheck.python.oracle;

import static org.junit.jupiter.api.Assertions.fail;

import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonFeature;
import dev.anvilcheck.python.PythonVersion;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The feature table checked against the real interpreters: for every {@link PythonFeature} fixture
 * ({@code python/features/<id>.py}) and every installed interpreter (2.7, 3.6 ... 3.13), our parser asked for that
 * version accepts the fixture exactly when the interpreter compiles it. This proves each feature's version (a
 * feature dated 3.8 that is really 3.9 fails here) at every installed version, not only at the boundary.
 *
 * <p>Disagreements go to {@code target/oracle/feature-fixtures.txt}; known differences use kind {@code verdict}
 * and the path {@code features/<id>.py}.
 */
class FeatureFixtureOracleTest {

    @Test
    void everyFeatureFixtureIsJudgedLikeEveryInterpreterJudgesIt() throws Exception {
        List<Interpreter> interpreters = Interpreters.all().stream()
                .filter(i -> !i.version().atLeast(PythonVersion.of(3, 14))).toList();
        Skips.unless(!interpreters.isEmpty(), "skipped: " + Interpreters.whereLooked());
        OracleSettings settings = OracleSettings.fromSystem();
        KnownDifferences known = KnownDifferences.load();
        Files.deleteIfExists(VerdictAgreementTest.reportDir().resolve("feature-fixtures.txt"));
        List<String> failures = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Interpreter interpreter : interpreters) {
            PythonVersion v = interpreter.version();
            CpythonOracle oracle = CpythonOracle.of(interpreter, settings);
            DifferentialReport report = new DifferentialReport("CPython " + interpreter.fullVersion()
                    + " on the feature fixtures", KnownDifferences.Kind.VERDICT, v);
            for (PythonFeature feature : PythonFeature.values()) {
                Optional<Path> fixture = fixture(feature);
                if (fixture.isEmpty()) {
                    if (interpreter == interpreters.get(0)) {
                        missing.add(feature.id());
                    }
                    continue;
                }
                Path file = fixture.get();
                byte[] bytes = Files.readAllBytes(file);
                String rel = "features/" + file.getFileName();
                Verdict cpython = oracle.verdict(OracleKind.COMPILE, file, Corpus.sha256Hex(bytes));
                ParsedFile ours = ParsedFile.parse(bytes, file.toString(), v);
                Optional<KnownDifferences.Entry> excuse = known.find(KnownDifferences.Kind.VERDICT, v, rel);
                String dated = feature.addedIn().map(a -> "added in " + a).orElse("")
                        + feature.removedIn().map(r -> "removed in " + r).orElse("");
                if (ours.crash().isPresent()) {
                    report.disagreed(new DifferentialReport.Disagreement(rel, "parser threw",
                            "ours: threw " + ours.crash().get(), excuse));
                    continue;
                }
                ParseResult r = ours.result().orElseThrow();
                boolean accepted = r.acceptedBy(v);
                if (accepted == cpython.ok()) {
                    report.agreed(rel, excuse);
                } else if (accepted) {
                    report.disagreed(new DifferentialReport.Disagreement(rel, "we accept, CPython " + v
                            + " rejects (" + feature.id() + ", " + dated + ")", "CPython: " + cpython.describe()
                            + "\nours: accepted", excuse));
                } else {
                    report.disagreed(new DifferentialReport.Disagreement(rel, "we reject, CPython " + v
                            + " accepts (" + feature.id() + ", " + dated + ")", "CPython: ok\nours: "
                            + ParsedFile.rejection(r, v), excuse));
                }
            }
            System.out.println(report.figures());
            Path out = report.write("feature-fixtures.txt");
            if (!report.unexcused().isEmpty()) {
                failures.add(report.failureMessage(out));
            }
        }
        if (!missing.isEmpty()) {
            System.out.println("feature fixtures missing (not judged): " + String.join(", ", missing));
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    private static Optional<Path> fixture(PythonFeature feature) {
        URL url = FeatureFixtureOracleTest.class.getResource("/python/features/"
                + feature.id().toLowerCase(Locale.ROOT) + ".py");
        if (url == null || !"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
