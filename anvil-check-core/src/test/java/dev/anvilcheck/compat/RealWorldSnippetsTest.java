package dev.anvilcheck.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.python.PythonVersion;
import dev.anvilcheck.report.Report;
import dev.anvilcheck.report.ReportFormat;
import dev.anvilcheck.testing.Golden;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * About 300 realistic snippets of our own writing (Anvil server modules and forms, utility modules, scripts, tests,
 * Python 2-era and newest-Python code) under {@code src/test/resources/compat/realworld}, checked three ways:
 * <ol>
 *   <li>each file's header, written by a person: {@code # expect-min: V} (the minimum version we must report),
 *   optionally {@code # expect-max: V} (absent: no maximum, except for 2.7 files), {@code # expect: PYnnn feature
 *   [line N]} findings that must be reported (by the plain check without target, or, for files of the Anvil app
 *   under {@code app/}, by the project check with the app's own targets) and {@code # expect: none} (no finding at
 *   all in either);</li>
 *   <li>golden JSON of the whole tree at several targets, and of the app checked as an Anvil project;</li>
 *   <li>a CPython oracle: our per-file "syntax-compatible with V" equals interpreter V's {@code compile()} for every
 *   installed 3.6-3.13, and every API finding's version is confirmed by importing the symbol in the interpreter of
 *   that version (present) and of the version before (absent), removals likewise.</li>
 * </ol>
 * Where we disagree with the header or the interpreters because our analysis is wrong, the disagreement is listed in
 * {@code realworld/KNOWN-GAPS.md}; the test accepts exactly the listed entries (a fixed gap fails until its row is
 * removed), so that file is the bug report.
 */
class RealWorldSnippetsTest {

    static final Path ROOT = Path.of("src/test/resources/compat/realworld");
    static final Path APP = ROOT.resolve("app");
    static final Path GAPS = ROOT.resolve("KNOWN-GAPS.md");
    static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*(PY\\d{3})\\s+(.+?)(?:\\s+line\\s+(\\d+))?\\s*$");
    static final Pattern EXPECT_NONE = Pattern.compile("#\\s*expect:\\s*none\\s*$");
    static final Pattern EXPECT_MIN = Pattern.compile("#\\s*expect-min:\\s*(\\d+\\.\\d+)\\s*$");
    static final Pattern EXPECT_MAX = Pattern.compile("#\\s*expect-max:\\s*(\\d+\\.\\d+)\\s*$");
    static final List<String> API_RULES = List.of("PY201", "PY202", "PY302");
    static final String PROBE = String.join("\n",
            "import sys, warnings",
            "warnings.simplefilter('ignore')",
            "import importlib",
            "try:",
            "    import builtins",
            "except ImportError:",
            "    import __builtin__ as builtins",
            "def resolve(name):",
            "    parts = name.split('.')",
            "    for i in range(len(parts), 0, -1):",
            "        try:",
            "            obj = importlib.import_module('.'.join(parts[:i]))",
            "        except Exception:",
            "            continue",
            "        rest = parts[i:]",
            "        break",
            "    else:",
            "        obj, rest = builtins, parts",
            "    for p in rest:",
            "        obj = getattr(obj, p)",
            "    return obj",
            "def verdict(name):",
            "    kw = None",
            "    if name.endswith('=)'):",
            "        name, kw = name[:-2].split('(')",
            "    try:",
            "        obj = resolve(name)",
            "    except Exception:",
            "        return '0'",
            "    if kw is None:",
            "        return '1'",
            "    try:",
            "        import inspect",
            "        params = inspect.signature(obj).parameters",
            "    except Exception:",
            "        return '?'",
            "    if kw in params:",
            "        return '1'",
            "    if any(p.kind == p.VAR_KEYWORD for p in params.values()):",
            "        return '?'",
            "    return '0'",
            "for line in sys.stdin:",
            "    sys.stdout.write(verdict(line.strip()) + '\\n')",
            "    sys.stdout.flush()",
            "");

    static final AtomicInteger HEADER_CHECKS = new AtomicInteger();
    static final AtomicInteger SYNTAX_VERDICTS = new AtomicInteger();
    static final AtomicInteger API_VERDICTS = new AtomicInteger();
    static final Set<String> MISMATCHES = java.util.Collections.synchronizedSet(new TreeSet<>());

    private static CompatibilityResult plain;
    private static CompatibilityResult project;

    static synchronized CompatibilityResult plain() throws IOException {
        if (plain == null) {
            plain = CompatibilityCheck.ofTree(ROOT, Optional.empty());
        }
        return plain;
    }

    static synchronized CompatibilityResult project() {
        if (project == null) {
            project = CompatibilityCheck.run(AnvilProject.load(APP));
        }
        return project;
    }

    static List<String> snippets() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".py")).map(p -> ROOT.relativize(p).toString()
                    .replace('\\', '/')).sorted().toList();
        }
    }

    /**
     * The rows of KNOWN-GAPS.md as {@code file | check}. The line column is for the reader (where the construct
     * is): API rows carry the finding's line in the check itself.
     */
    static Set<String> knownGaps() throws IOException {
        Set<String> out = new TreeSet<>();
        if (!Files.exists(GAPS)) {
            return out;
        }
        for (String line : Files.readAllLines(GAPS)) {
            if (!line.startsWith("| ") || line.startsWith("| file") || line.startsWith("| ---")) {
                continue;
            }
            String[] cells = line.split("\\|");
            if (cells.length >= 4) {
                out.add(key(cells[1].strip().replace("`", ""), cells[3].strip().replace("`", "")));
            }
        }
        return out;
    }

    static String key(String file, String check) {
        return file + " | " + check;
    }

    static String row(String file, String line, String check, String ours, String truth) {
        return "| `" + file + "` | " + line + " | `" + check + "` | " + ours + " | " + truth + " |";
    }

    // ---------------------------------------------------------------------------------------------- 1. headers

    @Test
    void theCorpusIsLargeAndEveryFileHasAHeader() throws IOException {
        List<String> files = snippets();
        assertThat(files).as("snippet count").hasSizeGreaterThanOrEqualTo(290);
        for (String f : files) {
            String first = Files.readAllLines(ROOT.resolve(f), StandardCharsets.ISO_8859_1).get(0);
            assertThat(first).as("first line of %s", f).matches(EXPECT_MIN);
            int lines = Files.readAllLines(ROOT.resolve(f), StandardCharsets.ISO_8859_1).size();
            assertThat(lines).as("length of %s", f).isBetween(8, 64);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void headerMatchesOurResult(String path) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve(path), StandardCharsets.ISO_8859_1);
        FileCompatibility f = plain().file(path).orElseThrow();
        List<Finding> findings = new ArrayList<>(f.findings());
        findings.addAll(f.syntaxErrors());
        if (path.startsWith("app/")) {
            FileCompatibility pf = project().file(path.substring(4)).orElseThrow();
            findings.addAll(pf.findings());
            findings.addAll(pf.syntaxErrors());
        }
        Map<String, String[]> mismatches = new TreeMap<>();
        Optional<String> min = Optional.empty();
        Optional<String> max = Optional.empty();
        boolean none = false;
        for (String l : lines) {
            Matcher m;
            if ((m = EXPECT_MIN.matcher(l.strip())).matches()) {
                min = Optional.of(m.group(1));
            } else if ((m = EXPECT_MAX.matcher(l.strip())).matches()) {
                max = Optional.of(m.group(1));
            } else if (EXPECT_NONE.matcher(l.strip()).matches()) {
                none = true;
            } else if ((m = EXPECT.matcher(l.strip())).matches()) {
                String rule = m.group(1);
                String feature = m.group(2);
                Optional<Integer> at = Optional.ofNullable(m.group(3)).map(Integer::parseInt);
                boolean found = findings.stream().anyMatch(x -> x.rule().descriptor().code().equals(rule)
                        && feature(x).equals(feature)
                        && at.map(n -> x.location().map(loc -> loc.line() == n).orElse(false)).orElse(true));
                HEADER_CHECKS.incrementAndGet();
                if (!found) {
                    mismatches.put(key(path, "expect " + rule + " " + feature),
                            new String[] {at.map(String::valueOf).orElse("-"), "not reported", "reported"});
                }
            } else {
                assertThat(l.strip()).as("%s: a header line that is not expect-min/expect-max/expect", path)
                        .doesNotStartWith("# expect");
            }
        }
        assertThat(min).as("%s has an expect-min header", path).isPresent();
        HEADER_CHECKS.incrementAndGet();
        if (!f.minimumVersion().toString().equals(min.get())) {
            mismatches.put(key(path, "expect-min"), new String[] {"-", f.minimumVersion() + " (decided by "
                    + f.decidedBy().orElse("nothing") + ")", min.get()});
        }
        if (max.isPresent() || !min.get().equals("2.7")) {
            HEADER_CHECKS.incrementAndGet();
            String ours = f.maximumVersion().map(PythonVersion::toString).orElse("none");
            if (!ours.equals(max.orElse("none"))) {
                mismatches.put(key(path, "expect-max"), new String[] {"-", ours, max.orElse("none")});
            }
        }
        if (none) {
            HEADER_CHECKS.incrementAndGet();
            if (!findings.isEmpty()) {
                mismatches.put(key(path, "expect none"), new String[] {"-", findings.stream()
                        .map(x -> x.rule().descriptor().code() + " " + feature(x) + " line "
                                + x.location().map(dev.anvilcheck.Location::line).orElse(0))
                        .distinct().collect(Collectors.joining(", ")), "no finding"});
            }
        }
        Set<String> known = knownGaps().stream().filter(k -> k.startsWith(path + " | expect")).collect(Collectors.toCollection(TreeSet::new));
        MISMATCHES.addAll(mismatches.keySet());
        assertThat(mismatches.keySet()).as("disagreements with the header of %s (not listed in KNOWN-GAPS.md):%n%s",
                path, mismatches.entrySet().stream().map(e -> {
                    String[] k = e.getKey().split(" \\| ");
                    return row(k[0], e.getValue()[0], k[1], e.getValue()[1], e.getValue()[2]);
                }).collect(Collectors.joining("\n"))).containsExactlyInAnyOrderElementsOf(known);
    }

    static String feature(Finding f) {
        return f.details() instanceof Details.Compatibility c ? c.feature() : f.rule().descriptor().title();
    }

    // ---------------------------------------------------------------------------------------------- 2. goldens

    @ParameterizedTest
    @ValueSource(strings = {"none", "3.7", "3.10", "3.8-3.13"})
    void goldenTree(String target) throws Exception {
        Optional<Target> t = target.equals("none") ? Optional.empty() : Optional.of(Target.parse(target));
        Golden.assertMatches("compat/realworld-" + target + ".json", json(CompatibilityCheck.ofTree(ROOT, t),
                "realworld"));
    }

    /** The python command's JSON with the tool version masked; no JSON null (the snippets may say "null" in code). */
    static String json(CompatibilityResult r, String name) throws IOException {
        StringWriter w = new StringWriter();
        ReportFormat.JSON.write(Report.of(name, List.of(r)), w, false);
        assertThat(w.toString()).as("no null value in the JSON").doesNotContainPattern(":\\s*null\\b");
        return w.toString().replaceAll("\"version\" : \"[^\"]*\"", "\"version\" : \"X\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"app", "3.8-3.13"})
    void goldenAnvilApp(String target) throws Exception {
        AnvilProject p = AnvilProject.load(APP);
        CompatibilityResult r = target.equals("app") ? CompatibilityCheck.run(p) : CompatibilityCheck.run(p, target);
        Golden.assertMatches("compat/realworld-app-" + target + ".json", json(r, "realworld/app"));
    }

    // ---------------------------------------------------------------------------------------------- 3. oracle

    @Test
    void syntaxVerdictsEqualTheInterpreters() throws Exception {
        Map<PythonVersion, Path> pythons = InterpreterOracleTest.interpreters();
        Assumptions.assumeFalse(pythons.isEmpty(), "no CPython 3.x interpreters under " + InterpreterOracleTest.PYENV
                + ": the oracle needs them (pyenv install 3.6-3.13)");
        List<String> files = snippets();
        Map<String, String> cache = InterpreterOracleTest.readCache();
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String f : files) {
            hashes.put(f, InterpreterOracleTest.hash(Files.readAllBytes(ROOT.resolve(f))));
        }
        for (Map.Entry<PythonVersion, Path> e : pythons.entrySet()) {
            PythonVersion v = e.getKey();
            List<String> missing = files.stream().filter(f -> !cache.containsKey(v + "\t" + hashes.get(f))).toList();
            if (!missing.isEmpty()) {
                List<String> verdicts = InterpreterOracleTest.compile(e.getValue(),
                        missing.stream().map(f -> ROOT.resolve(f).toAbsolutePath()).toList());
                for (int i = 0; i < missing.size(); i++) {
                    cache.put(v + "\t" + hashes.get(missing.get(i)), verdicts.get(i));
                }
            }
        }
        InterpreterOracleTest.writeCache(cache);
        Map<String, String[]> mismatches = new TreeMap<>();
        for (String f : files) {
            FileCompatibility fc = plain().file(f).orElseThrow();
            for (PythonVersion v : pythons.keySet()) {
                boolean cpython = "1".equals(cache.get(v + "\t" + hashes.get(f)));
                boolean ours = fc.syntaxCompatibleWith(v);
                SYNTAX_VERDICTS.incrementAndGet();
                if (cpython != ours) {
                    mismatches.put(key(f, "compile " + v), new String[] {"-", ours ? "compatible"
                            : "incompatible " + fc.features().stream().filter(x -> !x.isAvailableIn(v))
                                    .map(Object::toString).toList() + (fc.syntaxErrors().isEmpty() ? ""
                                    : " syntax error " + fc.syntaxErrors().get(0).message()),
                            cpython ? "compiles" : "rejects"});
                }
            }
        }
        assertAccepted("syntax", mismatches, k -> k.contains("| compile ") && forInstalled(k, pythons.keySet()));
    }

    @Test
    void apiVersionsAgreeWithTheInterpreters() throws Exception {
        Map<PythonVersion, Path> pythons = new TreeMap<>(InterpreterOracleTest.interpreters());
        Path py27 = InterpreterOracleTest.PYENV.resolve("2.7.18/bin/python");
        if (Files.isExecutable(py27)) {
            pythons.put(PythonVersion.PY27, py27);
        }
        Assumptions.assumeFalse(pythons.isEmpty(), "no CPython interpreters under " + InterpreterOracleTest.PYENV
                + ": the API oracle needs them (pyenv install 2.7 3.6-3.13)");
        List<Use> uses = new ArrayList<>();
        for (FileCompatibility f : plain().files()) {
            for (Finding x : f.findings()) {
                if (!API_RULES.contains(x.rule().descriptor().code())
                        || !(x.details() instanceof Details.Compatibility c)) {
                    continue;
                }
                int line = x.location().map(dev.anvilcheck.Location::line).orElse(0);
                c.minVersion().ifPresent(v -> uses.add(new Use(f.path(), line, c.feature(), false,
                        PythonVersion.parse(v))));
                c.removedIn().ifPresent(v -> uses.add(new Use(f.path(), line, c.feature(), true,
                        PythonVersion.parse(v))));
            }
        }
        Set<String> symbols = uses.stream().map(Use::symbol).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<PythonVersion, Map<String, String>> has = new TreeMap<>();
        for (Map.Entry<PythonVersion, Path> e : pythons.entrySet()) {
            has.put(e.getKey(), probe(e.getValue(), List.copyOf(symbols)));
        }
        Map<String, String[]> mismatches = new TreeMap<>();
        for (Use u : uses) {
            PythonVersion at = u.version();
            PythonVersion before = at.minor() == 0 ? PythonVersion.PY27 : PythonVersion.of(at.major(), at.minor() - 1);
            // added in X: X has it, X-1 does not; removed in X: X-1 has it, X does not
            check(has.get(at), u, at, !u.removal(), mismatches);
            if (!u.removal() && BACKPORTED.contains(u.symbol())) {
                continue; // the installed X-1 is a late patch release with the security backport
            }
            check(has.get(before), u, before, u.removal(), mismatches);
        }
        assertAccepted("api", mismatches, k -> k.contains("| api ") && forInstalled(k, pythons.keySet()));
    }

    /**
     * Members dated by their documented version although late patch releases of older minors have
     * them as security backports (API table source {@code backport}/{@code docs-backport}): the
     * installed interpreters are such patch releases, so "X-1 lacks it" cannot be checked.
     */
    private static final Set<String> BACKPORTED = dev.anvilcheck.compat.internal.StdlibApiTable.get().entries()
            .stream()
            .filter(e -> e.source().endsWith("backport") && e.kind() != dev.anvilcheck.compat.internal.ApiKind.KWARG)
            .map(dev.anvilcheck.compat.internal.ApiEntry::qualifiedName)
            .collect(Collectors.toUnmodifiableSet());

    /** One API finding: the symbol and the version that adds or removes it. */
    record Use(String file, int line, String symbol, boolean removal, PythonVersion version) {
    }

    private static void check(Map<String, String> verdicts, Use u, PythonVersion v, boolean expected,
            Map<String, String[]> mismatches) {
        if (verdicts == null) {
            return;
        }
        String verdict = verdicts.get(u.symbol());
        if (verdict == null || verdict.equals("?")) {
            return;
        }
        API_VERDICTS.incrementAndGet();
        boolean present = verdict.equals("1");
        if (present != expected) {
            mismatches.put(key(u.file(), "api " + u.symbol() + " line " + u.line() + " " + v),
                    new String[] {String.valueOf(u.line()), (u.removal() ? "removed in " : "added in ") + u.version(),
                            v + (present ? " has it" : " lacks it")});
        }
    }

    static Map<String, String> probe(Path python, List<String> symbols) throws IOException, InterruptedException {
        List<String> verdicts = InterpreterOracleTest.answers(List.of(python.toString(), "-S", "-c", PROBE), symbols);
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < symbols.size(); i++) {
            m.put(symbols.get(i), verdicts.get(i));
        }
        return m;
    }

    /** Whether a compile or api row's interpreter version (its check's last word) is installed here. */
    static boolean forInstalled(String key, Set<PythonVersion> installed) {
        String version = key.substring(key.lastIndexOf(' ') + 1);
        return PythonVersion.tryParse(version).map(installed::contains).orElse(false);
    }

    private static void assertAccepted(String what, Map<String, String[]> mismatches,
            java.util.function.Predicate<String> kind) throws IOException {
        MISMATCHES.addAll(mismatches.keySet());
        Set<String> known = knownGaps().stream().filter(kind).collect(Collectors.toCollection(TreeSet::new));
        assertThat(mismatches.keySet()).as("%s disagreements with CPython not listed in KNOWN-GAPS.md (or listed and "
                + "gone):%n%s", what, mismatches.entrySet().stream().map(e -> {
                    String[] k = e.getKey().split(" \\| ");
                    return row(k[0], e.getValue()[0], k[1], e.getValue()[1], e.getValue()[2]);
                }).collect(Collectors.joining("\n"))).containsExactlyInAnyOrderElementsOf(known);
    }

    @AfterAll
    static void summary() throws IOException {
        int findings = plain == null ? 0 : plain.findings().size();
        System.out.println("realworld snippets: " + snippets().size() + " files, " + findings
                + " findings (plain tree, no target), " + HEADER_CHECKS.get() + " header expectations checked, "
                + SYNTAX_VERDICTS.get() + " compile verdicts compared, " + API_VERDICTS.get()
                + " API presence verdicts compared, " + MISMATCHES.size() + " mismatches, "
                + MISMATCHES.stream().filter(knownGaps()::contains).count() + " of them listed in KNOWN-GAPS.md ("
                + knownGaps().size() + " rows)");
    }
}
