package dev.anvilcheck.python.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.Finding;
import dev.anvilcheck.compat.CompatibilityCheck;
import dev.anvilcheck.compat.FileCompatibility;
import dev.anvilcheck.compat.Target;
import dev.anvilcheck.python.PythonFeature;
import dev.anvilcheck.python.PythonVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's proof for the compatibility check itself (not the parser alone): every distinct file of every installed
 * interpreter's library (standard library, test suite, site-packages) that CPython 3.13 compiles, for each installed
 * version V from 3.6 to 3.13, is judged the way a user of {@code anvil-check python} gets it:
 *
 * <ol>
 *   <li><b>no target</b> ({@code anvil-check python FILE}, {@link CompatibilityCheck#ofTree} with no target): one
 *       analysis per file; {@link FileCompatibility#syntaxCompatibleWith}{@code (V)} must equal "interpreter V
 *       compiles the file";</li>
 *   <li><b>target V</b> ({@code anvil-check python --target V FILE}): the analysis against that target; its
 *       {@code syntaxCompatibleWith(V)} must equal the same verdict;</li>
 *   <li><b>minimum version</b> of the no-target analysis, against {@code oldest}, the oldest installed 3.6+
 *       interpreter that compiles the file: (a) the file never "runs on" a version whose interpreter rejects it
 *       ({@link FileCompatibility#runsOn}{@code (V)} implies V compiles it); (b) {@code max(minimumVersion, 3.6) >=
 *       oldest}: we never promise an older version than the interpreters allow; (c) when the minimum is decided by
 *       a syntax feature, or nothing decides it, {@code max(minimumVersion, 3.6) == oldest}: the syntax part of the
 *       minimum is exact (an API use may only raise it).</li>
 * </ol>
 *
 * <p>CPython's verdicts come from the shared verdict cache ({@code .ci/warm-cpython-cache} fills it; a miss asks
 * the interpreter and is cached). Default build: each corpus's seeded sample; {@code -Pcorpus}: every file.
 * Disagreements go to {@code target/oracle/compatibility-agreement.txt}; known ones are listed in
 * {@code known-differences.txt} with kind {@code compat} (per version) or {@code minimum} (version {@code *}), the
 * path prefixed by the library holding the file, as in {@link CrossVersionAgreementTest}.
 */
class CompatibilityAgreementTest {

    private static final PythonVersion V314 = PythonVersion.of(3, 14);

    @Test
    void compatibilityCheckAgreesWithEveryInterpreter() throws Exception {
        List<Interpreter> versions = Interpreters.all().stream()
                .filter(i -> i.version().atLeast(PythonVersion.of(3, 6)) && !i.version().atLeast(V314))
                .toList();
        Optional<Interpreter> newest = Interpreters.find(VerdictAgreementTest.NEWEST);
        Skips.unless(newest.isPresent() && versions.size() > 1, "skipped: the compatibility matrix needs CPython 3.13"
                + " and at least one older 3.x; " + Interpreters.whereLooked());
        OracleSettings settings = OracleSettings.fromSystem();
        KnownDifferences known = KnownDifferences.load();
        CpythonOracle judge313 = CpythonOracle.of(newest.get(), settings);
        long t0 = System.nanoTime();

        List<CompiledCorpus.Item> compiled = CompiledCorpus.thatCompile(settings, judge313);

        Map<PythonVersion, CpythonOracle> oracles = new LinkedHashMap<>();
        Map<PythonVersion, DifferentialReport> reports = new LinkedHashMap<>();
        for (Interpreter vi : versions) {
            oracles.put(vi.version(), CpythonOracle.of(vi, settings));
            reports.put(vi.version(), new DifferentialReport("compatibility check vs CPython " + vi.fullVersion()
                    + " on " + compiled.size() + " files that 3.13 compiles (no target and target "
                    + vi.version() + ") [" + settings.label() + "]", KnownDifferences.Kind.COMPAT, vi.version()));
        }
        PythonVersion oldestInstalled = versions.get(0).version();
        DifferentialReport minimum = new DifferentialReport("minimum version vs the oldest interpreter (of "
                + versions.size() + ") that compiles each of " + compiled.size() + " files [" + settings.label()
                + "]", KnownDifferences.Kind.MINIMUM);
        AtomicLong verdicts = new AtomicLong();
        AtomicLong analyses = new AtomicLong();
        Map<PythonVersion, AtomicLong> oldestCounts = new ConcurrentHashMap<>();
        AtomicLong bySyntax = new AtomicLong();

        CompiledCorpus.forEach(settings, compiled, it -> {
            String rel = it.rel();
            Optional<FileCompatibility> plain = analyze(it.file(), Optional.empty());
            analyses.incrementAndGet();
            Map<PythonVersion, Boolean> cp = new LinkedHashMap<>();
            for (Map.Entry<PythonVersion, CpythonOracle> e : oracles.entrySet()) {
                PythonVersion v = e.getKey();
                Verdict cpython = e.getValue().verdict(OracleKind.COMPILE, it.file(), it.sha());
                cp.put(v, cpython.ok());
                Optional<FileCompatibility> targeted = analyze(it.file(), Optional.of(Target.of(v)));
                analyses.incrementAndGet();
                verdicts.addAndGet(2);
                DifferentialReport report = reports.get(v);
                Optional<KnownDifferences.Entry> excuse = known.find(KnownDifferences.Kind.COMPAT, v, rel);
                List<String> wrong = new ArrayList<>();
                StringBuilder detail = new StringBuilder("CPython " + v + ": " + cpython.describe());
                for (Map.Entry<String, Optional<FileCompatibility>> side : List.of(
                        Map.entry("no target", plain), Map.entry("target " + v, targeted))) {
                    if (side.getValue().isEmpty()) {
                        wrong.add(side.getKey() + ": the check threw");
                        continue;
                    }
                    FileCompatibility f = side.getValue().get();
                    boolean ours = f.syntaxCompatibleWith(v);
                    if (ours != cpython.ok()) {
                        wrong.add(side.getKey() + ": we say " + (ours ? "compatible" : "incompatible"));
                        detail.append('\n').append(side.getKey()).append(": ").append(explain(f, v));
                    }
                }
                if (wrong.isEmpty()) {
                    report.agreed(rel, excuse);
                } else {
                    String category = (cpython.ok() ? "CPython compiles; " : "CPython rejects: "
                            + VerdictAgreementTest.normalize(cpython.message()) + "; ") + String.join(", ", wrong);
                    report.disagreed(new DifferentialReport.Disagreement(rel, category, detail.toString(), excuse));
                }
            }
            PythonVersion oldest = cp.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                    .findFirst().orElse(VerdictAgreementTest.NEWEST);
            oldestCounts.computeIfAbsent(oldest, k -> new AtomicLong()).incrementAndGet();
            Optional<KnownDifferences.Entry> excuse = known.find(KnownDifferences.Kind.MINIMUM, oldest, rel);
            if (plain.isEmpty()) {
                minimum.disagreed(new DifferentialReport.Disagreement(rel, "the check threw", "", excuse));
                return;
            }
            FileCompatibility f = plain.get();
            if (decidedBySyntax(f)) {
                bySyntax.incrementAndGet();
            }
            List<String> problems = minimumProblems(f, cp, oldest, oldestInstalled);
            if (problems.isEmpty()) {
                minimum.agreed(rel, excuse);
            } else {
                minimum.disagreed(new DifferentialReport.Disagreement(rel, problems.get(0).replaceAll(" \\(.*", ""),
                        String.join("\n", problems) + "\nminimum " + f.minimumVersion() + f.maximumVersion()
                                .map(m -> ", maximum " + m).orElse("") + f.decidedBy().map(d -> ", decided by " + d)
                                .orElse("") + "; compiles on " + cp.entrySet().stream().filter(Map.Entry::getValue)
                                .map(e -> e.getKey().toString()).collect(Collectors.joining(" ")), excuse));
            }
        });
        double seconds = (System.nanoTime() - t0) / 1e9;

        Path reportFile = VerdictAgreementTest.reportDir().resolve("compatibility-agreement.txt");
        Files.deleteIfExists(reportFile);
        int mismatches = 0;
        List<String> failures = new ArrayList<>();
        List<DifferentialReport> all = new ArrayList<>(reports.values());
        all.add(minimum);
        for (DifferentialReport report : all) {
            mismatches += report.unexcused().size();
            Path file = report.write(reportFile.getFileName().toString());
            if (!report.unexcused().isEmpty()) {
                failures.add(report.failureMessage(file));
            }
        }
        System.out.println(String.format(Locale.ROOT, "== compatibility check vs CPython [%s]: %d files that 3.13"
                + " compiles, %d interpreters (%s), %d analyses, %d verdicts compared, %d unlisted mismatches, %.1f s",
                settings.describe(), compiled.size(), versions.size(), versions.stream().map(i -> i.version()
                        .toString()).collect(Collectors.joining(" ")), analyses.get(), verdicts.get(), mismatches,
                seconds));
        for (DifferentialReport report : all) {
            System.out.println("   " + report.figures());
        }
        System.out.println("   oldest interpreter compiling each file: " + oldestCounts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
        System.out.println("   minimum decided by syntax or by nothing (rule c, equality): " + bySyntax.get()
                + " files; by an API use (rules a, b only): " + (compiled.size() - bySyntax.get()) + " files");
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    @Test
    void minimumRulesTellTooLowFromTooHighAndLeaveApiMinimaAlone() {
        PythonVersion v36 = PythonVersion.of(3, 6);
        Map<PythonVersion, Boolean> from38 = new LinkedHashMap<>();
        for (int minor = 6; minor <= 13; minor++) {
            from38.put(PythonVersion.of(3, minor), minor >= 8);
        }
        PythonVersion v38 = PythonVersion.of(3, 8);
        // right: the walrus decides 3.8 and 3.8 is the oldest interpreter that compiles the file
        assertThat(minimumProblems(file(v38, "walrus at line 3", PythonFeature.WALRUS), from38, v38, v36)).isEmpty();
        // too low: nothing gated, yet 3.6 and 3.7 reject the file
        assertThat(minimumProblems(file(PythonVersion.PY30, null), from38, v38, v36))
                .anyMatch(p -> p.startsWith("runs on a version CPython rejects (we say it runs on 3.6)"))
                .anyMatch(p -> p.startsWith("minimum too low"));
        // too high: a syntax feature decides 3.10 but 3.8 compiles it
        assertThat(minimumProblems(file(PythonVersion.of(3, 10), "match-statement at line 1",
                PythonFeature.MATCH_STATEMENT), from38, v38, v36)).singleElement().asString()
                .startsWith("syntax minimum too high");
        // an API use may raise the minimum above the syntax one
        assertThat(minimumProblems(file(PythonVersion.of(3, 10), "math.lcm at line 2", PythonFeature.WALRUS),
                from38, v38, v36)).isEmpty();
    }

    private static FileCompatibility file(PythonVersion min, String decidedBy, PythonFeature... features) {
        return new FileCompatibility("a.py", CodeRoot.OTHER, Optional.empty(), min, Optional.empty(),
                Optional.ofNullable(decidedBy), List.of(), List.of(), Set.of(features));
    }

    /**
     * What the minimum-version rules (a), (b), (c) of the class comment find wrong with one file's analysis.
     *
     * @param f the no-target analysis
     * @param compiles each installed version's verdict, oldest first
     * @param oldest the oldest installed version that compiles the file
     * @param oldestInstalled the oldest installed version (3.6)
     * @return the violations, empty when consistent
     */
    static List<String> minimumProblems(FileCompatibility f, Map<PythonVersion, Boolean> compiles,
            PythonVersion oldest, PythonVersion oldestInstalled) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<PythonVersion, Boolean> e : compiles.entrySet()) {
            if (f.runsOn(e.getKey()) && !e.getValue()) {
                out.add("runs on a version CPython rejects (we say it runs on " + e.getKey() + ")");
            }
        }
        PythonVersion floor = f.minimumVersion().before(oldestInstalled) ? oldestInstalled : f.minimumVersion();
        if (floor.before(oldest)) {
            out.add("minimum too low (we say " + f.minimumVersion() + ", the oldest interpreter compiling it is "
                    + oldest + ")");
        } else if (decidedBySyntax(f) && !floor.equals(oldest)) {
            out.add("syntax minimum too high (we say " + f.minimumVersion() + " decided by "
                    + f.decidedBy().orElse("nothing") + ", the oldest interpreter compiling it is " + oldest + ")");
        }
        return out;
    }

    /** Whether a syntax feature decides the file's minimum, or nothing does. */
    static boolean decidedBySyntax(FileCompatibility f) {
        if (f.decidedBy().isEmpty()) {
            return true;
        }
        String d = f.decidedBy().get();
        return f.features().stream().map(PythonFeature::id).anyMatch(id -> d.startsWith(id + " at line "));
    }

    private static String explain(FileCompatibility f, PythonVersion v) {
        StringBuilder b = new StringBuilder();
        List<String> missing = f.features().stream().filter(x -> !x.isAvailableIn(v))
                .map(x -> x.id() + x.addedIn().map(a -> " (" + a + "+)").orElse("")
                        + x.removedIn().map(r -> " (removed " + r + ")").orElse(""))
                .sorted().toList();
        b.append("features unavailable in ").append(v).append(": ").append(missing.isEmpty() ? "none" : missing);
        for (Finding e : f.syntaxErrors().stream().limit(2).toList()) {
            b.append("; syntax error ").append(e.location().map(l -> l.line() + ":" + l.column()).orElse("?"))
                    .append(' ').append(e.message());
        }
        return b.toString();
    }

    private static Optional<FileCompatibility> analyze(Path file, Optional<Target> target) {
        try {
            return Optional.of(CompatibilityCheck.ofTree(file, target).files().get(0));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

}
