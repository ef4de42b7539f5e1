package dev.anvilcheck.compat.internal;

import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.Severity;
import dev.anvilcheck.compat.FileCompatibility;
import dev.anvilcheck.compat.PyRule;
import dev.anvilcheck.compat.Target;
import dev.anvilcheck.python.GatedConstruct;
import dev.anvilcheck.python.LineIndex;
import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonFeature;
import dev.anvilcheck.python.PythonVersion;
import dev.anvilcheck.python.SyntaxProblem;
import dev.anvilcheck.python.TextRange;
import dev.anvilcheck.python.Token;
import dev.anvilcheck.python.TokenKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one parsed file into its {@link FileCompatibility}: syntax findings from the parser's gated constructs,
 * API findings from {@link ApiVisitor}, the Skulpt checks for client code, inline suppressions, and the file's
 * minimum and maximum versions. Stateless; thread-safe.
 */
public final class FileAnalyzer {

    /** Syntax the browser runtime does not support whatever the version. */
    public static final Set<PythonFeature> SKULPT_UNSUPPORTED = EnumSet.of(PythonFeature.WALRUS,
            PythonFeature.UNPARENTHESIZED_WALRUS_SET_INDEX, PythonFeature.MATCH_STATEMENT, PythonFeature.ASYNC_AWAIT,
            PythonFeature.ASYNC_GENERATORS, PythonFeature.ASYNC_COMPREHENSIONS,
            PythonFeature.POSITIONAL_ONLY_PARAMETERS, PythonFeature.EXCEPT_STAR, PythonFeature.TYPE_PARAMETERS,
            PythonFeature.TYPE_ALIAS_STATEMENT, PythonFeature.TYPE_PARAMETER_DEFAULTS, PythonFeature.T_STRINGS);

    private static final Pattern IGNORE = Pattern.compile(
            "anvil-check:\\s*ignore(?:\\[([A-Za-z0-9_,\\s]*)\\])?|\\bnovm\\b|\\bnovermin\\b");

    private static final java.util.concurrent.ConcurrentHashMap<PythonVersion, String> VERSION_TEXT =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<PythonVersion, String> GUARD_HINT =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final String GENERIC_HINT = "quote the annotation, add 'from __future__ import annotations', or "
            + "use the typing module's equivalent";
    /** Orders findings of one file cheaply (they all have a location), so the records' sort has little to do. */
    private static final java.util.Comparator<Finding> IN_FILE = (a, b) -> {
        Location x = a.location().orElseThrow();
        Location y = b.location().orElseThrow();
        int c = Integer.compare(x.line(), y.line());
        if (c == 0) {
            c = Integer.compare(x.column(), y.column());
        }
        if (c == 0) {
            c = a.rule().code().compareTo(b.rule().code());
        }
        return c != 0 ? c : a.message().compareTo(b.message());
    };

    private FileAnalyzer() {
    }

    static String text(PythonVersion v) {
        return VERSION_TEXT.computeIfAbsent(v, PythonVersion::toString);
    }

    private static String guardHint(PythonVersion v) {
        return GUARD_HINT.computeIfAbsent(v, x -> "guard it with 'if sys.version_info >= (" + x.major() + ", "
                + x.minor() + "):', use a backport, or raise the target");
    }

    /** A candidate finding with what it means for the file's versions. */
    private record Item(Finding finding, Optional<PythonVersion> requires, Optional<PythonVersion> lastVersion,
                        boolean python2Only, String what, LazyLocation where) {
        int line() {
            return where.line();
        }

        String describe() {
            return what + " at line " + line();
        }
    }

    /**
     * Analyzes one file.
     *
     * @param path the path for locations
     * @param root where the file runs
     * @param target the target, empty for "report only" (plain tree without a target: each construct is then
     *               reported once per file, as information, at its first use)
     * @param parse the parse result
     * @param table the API table
     * @param backports modules that backport packages provide
     * @return the file's compatibility (rule settings not yet applied)
     */
    public static FileCompatibility analyze(String path, CodeRoot root, Optional<Target> target, ParseResult parse,
            ApiTable table, Set<String> backports) {
        Supplier<LineIndex> lines = parse::lineIndex;
        boolean skulpt = target.map(Target::skulpt).orElse(false);
        List<Finding> syntaxErrors = new ArrayList<>();
        for (SyntaxProblem p : parse.syntaxErrors()) {
            Finding f = Finding.of(PyRule.SYNTAX_ERROR, location(path, lines.get(), p.range()), p.message());
            syntaxErrors.add(p.hint().map(f::withHint).orElse(f));
        }
        List<Item> items = new ArrayList<>();
        EnumSet<PythonFeature> features = EnumSet.noneOf(PythonFeature.class);
        List<PythonVersion> versions = target.map(Target::versions).orElse(List.of());
        for (GatedConstruct g : parse.gatedConstructs()) {
            features.add(g.feature());
            Item it = syntax(path, lines, g, target, versions, skulpt);
            if (it != null) {
                items.add(it);
            }
        }
        if (parse.syntaxErrors().isEmpty() || parse.module().body().size() > 0) {
            for (ApiVisitor.Use u : ApiVisitor.uses(table, parse.module(), skulpt, backports)) {
                Item it = api(path, lines, u, target);
                if (it != null) {
                    items.add(it);
                }
            }
        }
        Map<Integer, Set<String>> suppressed = suppressions(parse);
        List<Item> kept = new ArrayList<>();
        for (Item it : items) {
            if (suppressed.isEmpty()
                    || !isSuppressed(suppressed, it.line(), it.finding == null ? ALL : it.finding.rule().code())) {
                kept.add(it);
            }
        }
        syntaxErrors.removeIf(f -> isSuppressed(suppressed, f.location().map(Location::line).orElse(0),
                f.rule().code()));
        return summarize(path, root, target, kept, syntaxErrors, features);
    }

    private static FileCompatibility summarize(String path, CodeRoot root, Optional<Target> target, List<Item> items,
            List<Finding> syntaxErrors, Set<PythonFeature> features) {
        PythonVersion min = PythonVersion.PY30;
        Optional<PythonVersion> max = Optional.empty();
        Item decided = null;
        Item capped = null;
        boolean py2 = false;
        boolean py3Only = false;
        Item py3What = null;
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Item it : items) {
            if (it.finding != null && (target.isPresent() || seen.add(it.finding.rule().code() + " " + it.what))) {
                findings.add(it.finding);
            }
            if (it.python2Only) {
                py2 = true;
                continue;
            }
            if (it.requires.isPresent() && it.requires.get().major() == 3) {
                py3Only = true;
                if (py3What == null) {
                    py3What = it;
                }
                if (it.requires.get().compareTo(min) > 0) {
                    min = it.requires.get();
                    decided = it;
                }
            }
            if (it.lastVersion.isPresent() && (max.isEmpty() || it.lastVersion.get().before(max.get()))) {
                max = it.lastVersion;
                capped = it;
            }
        }
        if (py2) {
            if (py3Only || max.isPresent() && max.get().before(PythonVersion.PY27)) {
                findings.add(Finding.of(PyRule.NO_VERSION, Location.file(path),
                        "no Python version runs this file: it has Python 2 forms and "
                                + (py3What == null ? "removed constructs" : py3What.describe()))
                        .withHint("port the Python 2 forms to Python 3"));
            }
            findings.sort(IN_FILE);
            return new FileCompatibility(path, root, target, PythonVersion.PY27, Optional.of(PythonVersion.PY27),
                    Optional.of("Python 2 forms"), syntaxErrors, findings, features);
        } else if (decided == null && max.isPresent() && max.get().major() == 2) {
            findings.sort(IN_FILE);
            return new FileCompatibility(path, root, target, PythonVersion.PY27, max,
                    Optional.of(capped.describe()), syntaxErrors, findings, features);
        } else if (max.isPresent() && max.get().before(min)) {
            findings.add(Finding.of(PyRule.NO_VERSION, Location.file(path),
                    "no Python version runs this file: " + decided.describe() + " needs Python " + min
                            + " or newer but " + capped.describe() + " needs Python " + max.get() + " or older")
                    .withHint("rewrite one of the two constructs"));
        }
        findings.sort(IN_FILE);
        return new FileCompatibility(path, root, target, min, max, Optional.ofNullable(decided).map(Item::describe),
                syntaxErrors, findings, features);
    }

    // ---------------------------------------------------------------- syntax

    private static Item syntax(String path, Supplier<LineIndex> lines, GatedConstruct g,
            Optional<Target> target, List<PythonVersion> versions, boolean skulpt) {
        PythonFeature f = g.feature();
        Optional<PythonVersion> requires = f.addedIn().filter(v -> v.minor() > 0 || v.major() > 3);
        boolean py2 = f.isPython2Only();
        boolean unconstrained = requires.isEmpty() && f.removedIn().isEmpty() && !py2;
        if (unconstrained && !(skulpt && SKULPT_UNSUPPORTED.contains(f))
                && (target.isEmpty() || target.get().lowest().major() == 3)) {
            return null;
        }
        LazyLocation loc = new LazyLocation(path, lines, g.range());
        Optional<PythonVersion> last = f.removedIn().map(ApiVisitor::previous);
        if (f == PythonFeature.EXCEPT_COMMA_NAME) {
            requires = Optional.empty();
            last = Optional.of(PythonVersion.PY27);
        }
        String what = f.id();
        Details.Compatibility removedDetails = new Details.Compatibility("syntax", f.id(), Optional.empty(),
                f.removedIn().map(FileAnalyzer::text));
        Details.Compatibility addedDetails = new Details.Compatibility("syntax", f.id(),
                Optional.of(text(f.addedIn().orElse(PythonVersion.PY30))), Optional.empty());
        Finding finding = null;
        if (skulpt && SKULPT_UNSUPPORTED.contains(f)) {
            finding = Finding.of(PyRule.CLIENT_SYNTAX, loc.get(), "client code (Skulpt) does not support "
                    + describe(f))
                    .withHint(f.hint() + ", or move the code to a server module")
                    .withDetails(addedDetails);
        } else if (target.isEmpty()) {
            if (py2) {
                finding = Finding.of(PyRule.PYTHON2_ONLY, loc.get(), f.message()).withHint(f.hint())
                        .withSeverity(Severity.INFO).withDetails(removedDetails);
            } else if (requires.isPresent()) {
                finding = Finding.of(PyRule.SYNTAX_TOO_NEW, loc.get(), f.message()).withHint(f.hint())
                        .withSeverity(Severity.INFO).withDetails(addedDetails);
            } else if (f.removedIn().isPresent()) {
                finding = Finding.of(PyRule.SYNTAX_REMOVED, loc.get(), f.message()).withHint(f.hint())
                        .withSeverity(Severity.INFO).withDetails(removedDetails);
            }
        } else {
            Target t = target.get();
            boolean tooNew = false;
            boolean removed = false;
            for (PythonVersion v : versions) {
                if (f.isAvailableIn(v)) {
                    continue;
                }
                if (v.major() == 2 || f.addedIn().isPresent() && v.before(f.addedIn().get())) {
                    tooNew = true;
                } else {
                    removed = true;
                }
            }
            if (py2 && (removed || tooNew)) {
                finding = Finding.of(PyRule.PYTHON2_ONLY, loc.get(), f.message()).withHint(f.hint())
                        .withDetails(removedDetails);
            } else if (tooNew) {
                finding = Finding.of(PyRule.SYNTAX_TOO_NEW, loc.get(), f.message() + " (target " + t + ")")
                        .withHint(f.hint()).withDetails(addedDetails);
            } else if (removed) {
                finding = Finding.of(PyRule.SYNTAX_REMOVED, loc.get(), f.message() + " (target " + t + ")")
                        .withHint(f.hint()).withDetails(removedDetails);
            }
        }
        if (finding == null && requires.isEmpty() && last.isEmpty() && !py2) {
            return null;
        }
        return new Item(finding, requires, last, py2, what, loc);
    }

    /** The feature's description: its message without the version clause. */
    static String describe(PythonFeature f) {
        return f.message().replaceFirst("\\s+(requires?|is Python 2 only|was removed)\\b.*$", "");
    }

    // ---------------------------------------------------------------- API

    private static Item api(String path, Supplier<LineIndex> lines, ApiVisitor.Use u,
            Optional<Target> target) {
        switch (u.kind()) {
            case CLIENT_MODULE, CLIENT_SERVER_ONLY, CLIENT_BUILTIN -> {
                return clientItem(location(path, lines.get(), u.range()), u);
            }
            default -> {
            }
        }
        Optional<PythonVersion> requires = u.added().filter(a -> u.low().isEmpty() || a.compareTo(u.low().get()) > 0);
        Optional<PythonVersion> last = u.removed()
                .filter(r -> u.high().isEmpty() || !u.high().get().before(r))
                .map(ApiVisitor::previous);
        if (requires.isEmpty() && last.isEmpty()) {
            return null;
        }
        LazyLocation loc = new LazyLocation(path, lines, u.range());
        String kindWord = switch (u.kind()) {
            case MODULE -> "module ";
            case KWARG -> "keyword argument ";
            default -> "";
        };
        Finding finding = null;
        PythonVersion low = target.map(Target::lowest).orElse(null);
        PythonVersion high = target.map(Target::highest).orElse(null);
        if (u.low().isPresent() && (low == null || u.low().get().compareTo(low) > 0)) {
            low = u.low().get();
        }
        if (u.high().isPresent() && (high == null || u.high().get().before(high))) {
            high = u.high().get();
        }
        boolean dead = low != null && high != null && high.before(low);
        PyRule addedRule = u.kind() == ApiVisitor.UseKind.KWARG ? PyRule.KWARG_TOO_NEW
                : u.kind() == ApiVisitor.UseKind.GENERIC ? PyRule.RUNTIME_GENERIC : PyRule.API_TOO_NEW;
        String suffix = target.map(t -> " (target " + t + ")").orElse("");
        if (!dead && requires.isPresent() && (target.isEmpty() || low.before(requires.get()))) {
            String msg = u.kind() == ApiVisitor.UseKind.GENERIC
                    ? u.symbol() + " at run time requires Python " + requires.get() + " or newer"
                    : kindWord + u.symbol() + " requires Python " + requires.get() + " or newer";
            finding = Finding.of(addedRule, loc.get(), msg + suffix)
                    .withHint(u.kind() == ApiVisitor.UseKind.GENERIC ? GENERIC_HINT : guardHint(requires.get()))
                    .withDetails(new Details.Compatibility("api", u.symbol(), Optional.of(text(requires.get())),
                            Optional.empty()));
        } else if (!dead && u.removed().isPresent() && last.isPresent()
                && (target.isEmpty() || !high.before(u.removed().get()))) {
            finding = Finding.of(PyRule.API_REMOVED, loc.get(), kindWord + u.symbol() + " was removed in Python "
                    + u.removed().get() + suffix)
                    .withHint("use its replacement (see the Python " + u.removed().get() + " What's New)")
                    .withDetails(new Details.Compatibility("api", u.symbol(), Optional.empty(),
                            Optional.of(text(u.removed().get()))));
        }
        if (finding != null && target.isEmpty()) {
            finding = finding.withSeverity(Severity.INFO);
        }
        return new Item(finding, requires, last, false, u.symbol(), loc);
    }

    private static Item clientItem(Location loc, ApiVisitor.Use u) {
        Finding f;
        switch (u.kind()) {
            case CLIENT_MODULE -> f = Finding.of(PyRule.CLIENT_MODULE, loc, "module " + u.symbol()
                    + " is not available in client code (Skulpt)")
                    .withHint("move this code to a server module and call it with anvil.server.call");
            case CLIENT_SERVER_ONLY -> f = Finding.of(PyRule.CLIENT_SERVER_ONLY, loc, u.symbol()
                    + " is server-only and cannot be used in client code")
                    .withHint("move this code to a server module and call it with anvil.server.call");
            default -> f = Finding.of(PyRule.CLIENT_BUILTIN, loc, u.symbol()
                    + "() is not implemented in client code (Skulpt)")
                    .withHint("pass the values explicitly");
        }
        f = f.withDetails(new Details.Compatibility("api", u.symbol(), Optional.empty(), Optional.empty()));
        if (u.kind() != ApiVisitor.UseKind.CLIENT_BUILTIN && !u.topLevel()) {
            f = f.withSeverity(Severity.WARNING).withHint(f.hint().orElse("") + " (it fails only when this "
                    + "function runs)");
        }
        return new Item(f, Optional.empty(), Optional.empty(), false, u.symbol(), new LazyLocation(loc));
    }

    // ---------------------------------------------------------------- suppressions

    private static final String ALL = "*";

    /** Lines with suppression comments: line -> rule codes (or ALL). A comment covers its line and the next. */
    private static Map<Integer, Set<String>> suppressions(ParseResult parse) {
        String src = parse.source();
        if (!mayHaveSuppression(src)) {
            return Map.of();
        }
        Map<Integer, Set<String>> out = new HashMap<>();
        Matcher m = IGNORE.matcher(src);
        List<Token> tokens = parse.tokens();
        while (m.find()) {
            Token t = tokenAt(tokens, m.start());
            if (t == null || t.kind() != TokenKind.COMMENT) {
                continue;
            }
            Set<String> codes = new java.util.HashSet<>();
            if (m.group(1) != null && src.startsWith("anvil-check", m.start())) {
                for (String c : m.group(1).split("[,\\s]+")) {
                    if (!c.isBlank()) {
                        codes.add(c.trim().toUpperCase(java.util.Locale.ROOT));
                    }
                }
            } else {
                codes.add(ALL);
            }
            int line = parse.lineIndex().line(t.range().start());
            out.computeIfAbsent(line, k -> new java.util.HashSet<>()).addAll(codes);
            out.computeIfAbsent(line + 1, k -> new java.util.HashSet<>()).addAll(codes);
        }
        return out;
    }

    /**
     * Whether some {@code #} starts a text that contains a suppression marker before the line ends: looks at
     * comment text only (and {@code #} inside strings), which is a small part of most files, so that the regular
     * expression runs only on files that may have a suppression.
     */
    private static boolean mayHaveSuppression(String src) {
        for (int i = src.indexOf('#'); i >= 0; i = src.indexOf('#', i + 1)) {
            int end = src.indexOf('\n', i);
            if (end < 0) {
                end = src.length();
            }
            // every marker has an 'n' at a fixed place: "anvil-check:" at 1, "novm" and "novermin" at 0
            for (int j = src.indexOf('n', i); j >= 0 && j < end; j = src.indexOf('n', j + 1)) {
                if (src.startsWith("novm", j) || src.startsWith("novermin", j)
                        || src.startsWith("anvil-check:", j - 1)) {
                    return true;
                }
            }
            i = end;
        }
        return false;
    }

    /** The token covering {@code offset}, by binary search over the tokens (sorted by start). */
    private static Token tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.range().end() <= offset) {
                lo = mid + 1;
            } else if (t.range().start() > offset) {
                hi = mid - 1;
            } else {
                return t;
            }
        }
        return null;
    }

    private static boolean isSuppressed(Map<Integer, Set<String>> suppressed, int line, String code) {
        Set<String> s = suppressed.get(line);
        return s != null && (s.contains(ALL) || !code.equals(ALL) && s.contains(code));
    }

    /** A finding's location, computed only when a finding needs it; the line alone is cheaper. */
    private static final class LazyLocation {
        private final String path;
        private final Supplier<LineIndex> lines;
        private final TextRange range;
        private Location location;

        LazyLocation(String path, Supplier<LineIndex> lines, TextRange range) {
            this.path = path;
            this.lines = lines;
            this.range = range;
        }

        LazyLocation(Location known) {
            this(known.path(), null, null);
            this.location = known;
        }

        Location get() {
            if (location == null) {
                location = location(path, lines.get(), range);
            }
            return location;
        }

        /** The 1-based line (the parser's line index comes ready from its tokenizer for files without errors). */
        int line() {
            return location != null ? location.line() : lines.get().line(range.start());
        }
    }

    static Location location(String path, LineIndex lines, TextRange r) {
        int line = lines.line(r.start());
        int col = lines.column(r.start()) + 1;
        int endLine = lines.line(r.end());
        int endCol = lines.column(r.end()) + 1;
        if (endLine < line || endLine == line && endCol <= col) {
            endLine = line;
            endCol = col + 1;
        }
        return new Location(path, line, col, endLine, endCol);
    }
}
