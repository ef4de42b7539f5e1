package dev.anvilcheck.compat;

import static org.junit.jupiter.api.Assertions.fail;

import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.python.PythonVersion;
import dev.anvilcheck.python.oracle.Corpus;
import dev.anvilcheck.python.oracle.Interpreter;
import dev.anvilcheck.python.oracle.Interpreters;
import dev.anvilcheck.python.oracle.OracleSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * API false positives against the interpreters' own code: each installed interpreter V's standard library, checked
 * at target V (the path of {@code anvil-check python --target V}), must not be told that it needs a newer Python
 * than V ({@code PY201}, {@code PY202}, {@code PY203}) or uses something removed by V ({@code PY302}), except for the
 * (rule, symbol) pairs listed with their class in {@code stdlib-api-known.txt}:
 *
 * <ul>
 *   <li>{@code analysis}: our resolution is wrong (shadowing, guards, attribute chains); each is an {@code OPEN BUG}
 *       written up in {@code api-false-positives.md};</li>
 *   <li>{@code table}: the API table dates the symbol wrongly;</li>
 *   <li>{@code true}: the finding is right for code that cannot see the guard that makes it safe (platform-only
 *       members, names defined by the module itself under a version check we do not follow, private helpers).</li>
 * </ul>
 *
 * <p>Corpus: every {@code .py} file under V's {@code lib/pythonX.Y} except {@code site-packages/} (not the
 * interpreter's own code) and test directories ({@code test/}, {@code tests/}, {@code idle_test/}: test suites
 * probe removed and platform-only names on purpose, under {@code skipUnless} decorators and {@code hasattr} checks
 * no static check follows, and hold Python 2 test data); files the check finds a syntax error in at V are left out
 * (they are the test data of {@code lib2to3} and the like, and {@link
 * dev.anvilcheck.python.oracle.CompatibilityAgreementTest} proves those verdicts). Default build: a seeded sample of
 * each library ({@code anvil.oracle.sample} files, seed {@code anvil.oracle.seed}); {@code -Pcorpus}: every file.
 * Every occurrence is written to {@code target/oracle/stdlib-api-findings.txt}. The test fails on any pair not in
 * the list; in the whole-corpus run it also fails on listed pairs that no longer occur (stale entries).
 */
class StdlibApiFalsePositiveTest {

    static final String KNOWN = "stdlib-api-known.txt";
    static final Set<PyRule> API_RULES = Set.of(PyRule.API_TOO_NEW, PyRule.KWARG_TOO_NEW, PyRule.RUNTIME_GENERIC,
            PyRule.API_REMOVED);
    static final Set<String> TEST_DIRS = Set.of("test", "tests", "idle_test", "site-packages");

    /** One listed pair. */
    record Known(String rule, String symbol, String kind, String reason) {
    }

    /** One occurrence of an API finding in the standard library. */
    record Hit(PythonVersion version, String rule, String symbol, String where, String message) {
    }

    @Test
    void standardLibrariesPassTheirOwnVersion() throws Exception {
        List<Interpreter> versions = Interpreters.all().stream()
                .filter(i -> i.version().atLeast(PythonVersion.of(3, 6))
                        && i.version().before(PythonVersion.of(3, 14)))
                .toList();
        if (versions.isEmpty()) {
            System.out.println("SKIPPED: " + Interpreters.whereLooked());
        }
        Assumptions.assumeFalse(versions.isEmpty(), "skipped: " + Interpreters.whereLooked());
        OracleSettings settings = OracleSettings.fromSystem();
        Map<String, Known> known = loadKnown();
        long t0 = System.nanoTime();
        List<Hit> hits = new ArrayList<>();
        Map<PythonVersion, Integer> fileCounts = new LinkedHashMap<>();
        Map<PythonVersion, Integer> skippedCounts = new ConcurrentHashMap<>();
        for (Interpreter vi : versions) {
            PythonVersion v = vi.version();
            Corpus all = Corpus.of(vi.libDir());
            Corpus lib = new Corpus(all.root(), all.files().stream().filter(f -> !isTestOrSitePackages(all, f))
                    .toList());
            Corpus chosen = settings.full() ? lib : lib.sample(settings.sampleSize(), settings.seed());
            fileCounts.put(v, chosen.size());
            Target target = Target.of(v);
            ForkJoinPool pool = new ForkJoinPool(settings.threads());
            try {
                pool.submit(() -> chosen.files().parallelStream().forEach(f -> {
                    FileCompatibility fc;
                    try {
                        fc = CompatibilityCheck.ofTree(f, java.util.Optional.of(target)).files().get(0);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (!fc.syntaxErrors().isEmpty()) {
                        skippedCounts.merge(v, 1, Integer::sum);
                        return;
                    }
                    String rel = "python" + v + "/" + lib.relative(f);
                    for (Finding x : fc.findings()) {
                        if (API_RULES.contains(x.rule()) && x.details() instanceof Details.Compatibility c) {
                            Hit h = new Hit(v, x.rule().code(), c.feature(), rel + ":" + x.location()
                                    .map(l -> l.line() + ":" + l.column()).orElse("?"), x.message());
                            synchronized (hits) {
                                hits.add(h);
                            }
                        }
                    }
                })).get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the check failed on the standard library of " + vi, e.getCause());
            } finally {
                pool.shutdown();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;

        // per pair: versions and occurrences; per version: counts by rule and by class
        Map<String, List<Hit>> byPair = new TreeMap<>();
        hits.forEach(h -> byPair.computeIfAbsent(h.rule() + " " + h.symbol(), k -> new ArrayList<>()).add(h));
        Map<PythonVersion, Map<String, Integer>> perVersion = new TreeMap<>();
        for (Hit h : hits) {
            Known k = known.get(h.rule() + " " + h.symbol());
            String cls = k == null ? "UNLISTED" : k.kind();
            Map<String, Integer> m = perVersion.computeIfAbsent(h.version(), x -> new TreeMap<>());
            m.merge(h.rule(), 1, Integer::sum);
            m.merge(cls, 1, Integer::sum);
        }
        List<String> unlisted = byPair.keySet().stream().filter(p -> !known.containsKey(p)).toList();
        List<String> stale = known.keySet().stream().filter(p -> !byPair.containsKey(p)).sorted().toList();
        writeReport(byPair, known, unlisted, stale);

        System.out.println(String.format(Locale.ROOT, "== API findings on each interpreter's own standard library at "
                + "its own version [%s; %s]: %d files, %d findings, %d distinct "
                + "(rule, symbol) pairs, %d unlisted, %.1f s", settings.describe(),
                Boolean.getBoolean("anvil.stdlib.tests") ? "site-packages excluded, test suites INCLUDED"
                        : "test dirs and site-packages excluded",
                fileCounts.values().stream().mapToInt(Integer::intValue).sum(), hits.size(), byPair.size(),
                unlisted.size(), seconds));
        for (PythonVersion v : fileCounts.keySet()) {
            System.out.println("   " + v + ": files=" + fileCounts.get(v) + " (" + skippedCounts.getOrDefault(v, 0)
                    + " with syntax errors left out) findings " + perVersion.getOrDefault(v, Map.of()));
        }
        Map<String, Long> pairsByClass = byPair.keySet().stream().collect(Collectors.groupingBy(
                p -> known.containsKey(p) ? known.get(p).kind() : "UNLISTED", TreeMap::new, Collectors.counting()));
        System.out.println("   distinct pairs by class: " + pairsByClass);
        known.values().stream().filter(k -> k.reason().startsWith("OPEN BUG") && byPair.containsKey(k.rule() + " "
                + k.symbol())).forEach(k -> System.out.println("   " + k.rule() + " " + k.symbol() + ": " + k.reason()));
        List<String> failures = new ArrayList<>();
        for (String p : unlisted) {
            Hit first = byPair.get(p).get(0);
            failures.add(p + " (" + byPair.get(p).size() + "x, e.g. " + first.where() + ": " + first.message() + ")");
        }
        if (settings.full()) {
            stale.forEach(p -> failures.add(p + ": listed in " + KNOWN + " but no longer found: remove the entry"));
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " API finding(s) on the standard libraries are not classified in " + KNOWN
                    + " (details in target/oracle/stdlib-api-findings.txt):\n  " + String.join("\n  ", failures));
        }
    }

    @Test
    void everyOpenBugIsWrittenUp() throws IOException {
        String writeUp;
        try (InputStream in = StdlibApiFalsePositiveTest.class.getResourceAsStream("api-false-positives.md")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource api-false-positives.md");
            }
            writeUp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> missing = new ArrayList<>();
        for (Known k : loadKnown().values()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^OPEN BUG (\\d+):").matcher(k.reason());
            if (k.kind().equals("analysis") && (!m.find() || !writeUp.contains("### OPEN BUG " + m.group(1) + ":"))) {
                missing.add(k.rule() + " " + k.symbol());
            }
        }
        if (!missing.isEmpty()) {
            fail("analysis entries of " + KNOWN + " need 'OPEN BUG N:' and a '### OPEN BUG N:' section in"
                    + " api-false-positives.md: " + missing);
        }
    }

    static boolean isTestOrSitePackages(Corpus c, Path f) {
        String rel = c.relative(f);
        // -Danvil.stdlib.tests=true keeps the test suites (a one-off survey: their findings are not classified)
        boolean tests = Boolean.getBoolean("anvil.stdlib.tests");
        for (String part : rel.split("/")) {
            if (part.equals("site-packages") || !tests && TEST_DIRS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the list: {@code RULE SYMBOL CLASS REASON...} per line, {@code #} comments.
     *
     * @return the entries by {@code "RULE SYMBOL"}
     */
    static Map<String, Known> loadKnown() throws IOException {
        Map<String, Known> out = new LinkedHashMap<>();
        try (InputStream in = StdlibApiFalsePositiveTest.class.getResourceAsStream(KNOWN)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + KNOWN);
            }
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] f = t.split("\\s+", 4);
                if (f.length < 4 || !Set.of("analysis", "table", "true").contains(f[2])) {
                    throw new IllegalArgumentException(KNOWN + ":" + n + ": expected 'RULE SYMBOL analysis|table|true"
                            + " REASON...', got: " + t);
                }
                if (f[2].equals("analysis") != f[3].startsWith("OPEN BUG")) {
                    throw new IllegalArgumentException(KNOWN + ":" + n + ": an 'analysis' entry, and only one, is an"
                            + " OPEN BUG: " + t);
                }
                if (out.put(f[0] + " " + f[1], new Known(f[0], f[1], f[2], f[3])) != null) {
                    throw new IllegalArgumentException(KNOWN + ":" + n + ": listed twice: " + f[0] + " " + f[1]);
                }
            }
        }
        return out;
    }

    private static void writeReport(Map<String, List<Hit>> byPair, Map<String, Known> known, List<String> unlisted,
            List<String> stale) throws IOException {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("target/oracle");
        Files.createDirectories(dir);
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, List<Hit>> e : byPair.entrySet()) {
            Known k = known.get(e.getKey());
            Set<String> vs = new TreeSet<>();
            e.getValue().forEach(h -> vs.add(h.version().toString()));
            b.append("== ").append(e.getKey()).append("  [").append(k == null ? "UNLISTED" : k.kind()).append("] ")
                    .append(e.getValue().size()).append("x in ").append(vs).append('\n');
            if (k != null) {
                b.append("   ").append(k.reason()).append('\n');
            }
            e.getValue().stream().limit(30).forEach(h -> b.append("   ").append(h.where()).append("  ")
                    .append(h.message()).append('\n'));
        }
        b.append("\nunlisted: ").append(unlisted).append("\nstale: ").append(stale).append('\n');
        Files.writeString(dir.resolve("stdlib-api-findings.txt"), b, StandardCharsets.UTF_8);
    }
}
