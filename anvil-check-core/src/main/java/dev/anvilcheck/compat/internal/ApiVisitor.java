package dev.anvilcheck.compat.internal;

import dev.anvilcheck.python.PythonVersion;
import dev.anvilcheck.python.TextRange;
import dev.anvilcheck.python.ast.Alias;
import dev.anvilcheck.python.ast.Arg;
import dev.anvilcheck.python.ast.Arguments;
import dev.anvilcheck.python.ast.Comprehension;
import dev.anvilcheck.python.ast.ConstantValue;
import dev.anvilcheck.python.ast.ExceptHandler;
import dev.anvilcheck.python.ast.Expr;
import dev.anvilcheck.python.ast.Keyword;
import dev.anvilcheck.python.ast.MatchCase;
import dev.anvilcheck.python.ast.Module;
import dev.anvilcheck.python.ast.Ops;
import dev.anvilcheck.python.ast.Pattern;
import dev.anvilcheck.python.ast.Stmt;
import dev.anvilcheck.python.ast.TypeParam;
import dev.anvilcheck.python.ast.WithItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the standard-library API a module uses: resolves imports, aliases, attribute chains, builtins and methods
 * on literals through a scope model (a local {@code prod} is not {@code math.prod}), and records the version guards
 * around each use ({@code if sys.version_info >= (3, 8):}, {@code try/except ImportError}, {@code hasattr},
 * {@code TYPE_CHECKING}). Annotations that are never evaluated (strings, {@code from __future__ import annotations},
 * local variable annotations) are skipped. One instance per file; not thread-safe.
 */
public final class ApiVisitor {

    /** What a use is about. */
    public enum UseKind {
        /** An imported module. */
        MODULE,
        /** A module member, builtin or method. */
        MEMBER,
        /** A keyword argument. */
        KWARG,
        /** A type expression evaluated at run time ({@code list[int]}, {@code X | Y}, dict {@code |}). */
        GENERIC,
        /** A standard-library module Skulpt lacks (client code only). */
        CLIENT_MODULE,
        /** A server-only anvil module or decorator (client code only). */
        CLIENT_SERVER_ONLY,
        /** A builtin Skulpt lacks (client code only). */
        CLIENT_BUILTIN
    }

    /**
     * One use of something version-dependent.
     *
     * @param kind what it is
     * @param symbol the symbol as users write it
     * @param added first version that has it (after 3.0), if any
     * @param removed first version without it, if any
     * @param range where
     * @param low the oldest version this code runs on by its guards, if guarded
     * @param high the newest version this code runs on by its guards, if guarded
     * @param topLevel whether it runs when the module is imported (not inside a function)
     */
    public record Use(UseKind kind, String symbol, Optional<PythonVersion> added, Optional<PythonVersion> removed,
                      TextRange range, Optional<PythonVersion> low, Optional<PythonVersion> high,
                      boolean topLevel) {
    }

    /** Backport packages that install a module under the standard library's own name. */
    static final Map<String, String> SAME_NAME_BACKPORTS = Map.ofEntries(Map.entry("dataclasses", "dataclasses"),
            Map.entry("contextvars", "contextvars"), Map.entry("enum34", "enum"), Map.entry("typing", "typing"),
            Map.entry("statistics", "statistics"), Map.entry("ipaddress", "ipaddress"),
            Map.entry("pathlib", "pathlib"), Map.entry("asyncio", "asyncio"),
            Map.entry("graphlib-backport", "graphlib"), Map.entry("graphlib_backport", "graphlib"),
            Map.entry("secrets", "secrets"), Map.entry("selectors34", "selectors"),
            Map.entry("singledispatch", "functools.singledispatch"));

    private static final Set<String> GENERIC_BUILTINS = Set.of("list", "dict", "set", "frozenset", "tuple", "type");
    private static final Set<String> GENERIC_COLLECTIONS = Set.of("collections.deque", "collections.defaultdict",
            "collections.OrderedDict", "collections.Counter", "collections.ChainMap");
    /** Methods of str that return a str. */
    private static final Set<String> STR_TO_STR = Set.of("strip", "lstrip", "rstrip", "lower", "upper",
            "casefold", "title", "capitalize", "swapcase", "replace", "format", "format_map", "join", "zfill",
            "center", "ljust", "rjust", "expandtabs", "translate", "removeprefix", "removesuffix");
    private static final Set<String> TYPE_BUILTINS = Set.of("int", "str", "float", "bytes", "bool", "complex",
            "list", "dict", "set", "frozenset", "tuple", "type", "object", "bytearray", "memoryview", "range");
    /** How a use fails where its API is missing: what a surrounding try must catch to make it safe. */
    private static final int IMPORT_FAILS = 1;
    private static final int ATTRIBUTE_FAILS = 2;
    private static final int NAME_FAILS = 4;
    private static final int TYPE_FAILS = 8;
    private static final int ALL_FAIL = IMPORT_FAILS | ATTRIBUTE_FAILS | NAME_FAILS | TYPE_FAILS;
    /**
     * The failures each exception class catches. A broad handler (Exception, BaseException, a bare except) guards
     * imports, the common fallback idiom, but not other code: a use of a missing API inside general error
     * handling fails on every run of the old version, which a user needs to hear about.
     */
    private static final Map<String, Integer> CAUGHT = Map.of("ImportError", IMPORT_FAILS,
            "ModuleNotFoundError", IMPORT_FAILS, "AttributeError", ATTRIBUTE_FAILS, "NameError", NAME_FAILS,
            "TypeError", TYPE_FAILS, "Exception", IMPORT_FAILS, "BaseException", IMPORT_FAILS);
    private static final PythonVersion PY39 = PythonVersion.of(3, 9);
    private static final PythonVersion PY310 = PythonVersion.of(3, 10);

    /** A name binding: an import of {@code qualified} ({@code known} leading names are the import), or a local. */
    private record Bind(String qualified, int known, boolean local) {
        static final Bind LOCAL = new Bind("", 0, true);
        static final Bind AMBIGUOUS = new Bind("", 0, true);

        /** A local always assigned a value of one builtin type ({@code s = "x"}): {@code qualified} is the type. */
        static Bind typed(String type) {
            return new Bind(type, 0, true);
        }

        boolean isTyped() {
            return local && !qualified.isEmpty();
        }
    }

    private static final class Scope {
        final Scope parent;
        final boolean isClass;
        final Map<String, Bind> names = new HashMap<>();
        final Set<String> globals = new HashSet<>();
        /** A comprehension's own scope: an assignment expression in it binds in the enclosing scope. */
        boolean comprehension;

        Scope(Scope parent, boolean isClass) {
            this.parent = parent;
            this.isClass = isClass;
        }

        void bind(String name, Bind b) {
            Bind old = names.get(name);
            if (old == null) {
                names.put(name, b);
            } else if (!old.equals(b)) {
                boolean plainLocals = old.local() && b.local() && !old.isTyped() && !b.isTyped();
                names.put(name, plainLocals && old != Bind.AMBIGUOUS ? old : Bind.AMBIGUOUS);
            }
        }
    }

    /**
     * The guards in force: a version interval, the failures a surrounding {@code try} catches (bits of
     * {@link #IMPORT_FAILS} and the like; all of them where the code never runs), and hasattr-checked symbols.
     */
    private record Guard(PythonVersion low, PythonVersion high, int caught, Set<String> checked) {
        static final Guard NONE = new Guard(null, null, 0, Set.of());

        Guard narrow(Range r) {
            PythonVersion lo = low;
            PythonVersion hi = high;
            if (r.low != null && (lo == null || r.low.atLeast(lo))) {
                lo = r.low;
            }
            if (r.high != null && (hi == null || r.high.before(hi))) {
                hi = r.high;
            }
            return new Guard(lo, hi, caught, checked);
        }

        Guard turnOff() {
            return new Guard(low, high, ALL_FAIL, checked);
        }

        Guard catching(int failures) {
            return failures == 0 ? this : new Guard(low, high, caught | failures, checked);
        }

        Guard check(String symbol) {
            Set<String> c = new HashSet<>(checked);
            c.add(symbol);
            return new Guard(low, high, caught, c);
        }
    }

    /** A version interval, bounds inclusive, null for unbounded. */
    private record Range(PythonVersion low, PythonVersion high) {
        Optional<Range> complement() {
            if (low != null && high == null) {
                return Optional.of(new Range(null, previous(low)));
            }
            if (high != null && low == null) {
                return Optional.of(new Range(next(high), null));
            }
            return Optional.empty();
        }
    }

    private final ApiTable table;
    private final boolean client;
    private final Set<String> backports;
    private final List<Use> uses = new ArrayList<>();
    private final Map<String, Range> versionFlags = new HashMap<>();
    private final List<String> starModules = new ArrayList<>();
    private final Set<String> importedModules = new HashSet<>();
    private final Set<String> clientReported = new HashSet<>();
    /** Imported names split at their dots, once per name. */
    private final Map<String, List<String>> dotted = new HashMap<>();
    private boolean lazyAnnotations;
    /** Set while an import statement's uses are reported (they fail with ImportError). */
    private boolean importing;
    /** Set while a bare name's use is reported (it fails with NameError). */
    private boolean naming;
    private Scope module;

    private ApiVisitor(ApiTable table, boolean client, Set<String> backports) {
        this.table = table;
        this.client = client;
        this.backports = backports;
    }

    /**
     * Finds the uses in a module.
     *
     * @param table the API table
     * @param tree the parsed module
     * @param client whether the file is Anvil client code (adds the Skulpt checks)
     * @param backports module names a backport package provides (from the project's requirements)
     * @return the uses in source order
     */
    public static List<Use> uses(ApiTable table, Module tree, boolean client, Set<String> backports) {
        ApiVisitor v = new ApiVisitor(table, client, backports);
        v.module = new Scope(null, false);
        v.collect(tree.body(), v.module);
        v.stmts(tree.body(), v.module, Guard.NONE, true);
        return v.uses;
    }

    // ---------------------------------------------------------------- binding collection

    private void collect(List<Stmt> body, Scope s) {
        for (int i = 0, size = body.size(); i < size; i++) {
            Stmt st = body.get(i);
            collect(st, s);
        }
    }

    private void collect(Stmt st, Scope s) {
        if (st instanceof Stmt.ExprStmt || st instanceof Stmt.Return) {
            return; // the most common statements; collection does not look inside expressions
        }
        if (st instanceof Stmt.FunctionDef f) {
            s.bind(f.name(), Bind.LOCAL);
        } else if (st instanceof Stmt.ClassDef c) {
            s.bind(c.name(), Bind.LOCAL);
        } else if (st instanceof Stmt.Assign a) {
            String type = a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name ? literalType(a.value(), s)
                    : null;
            if (type != null) {
                Expr.Name n = (Expr.Name) a.targets().get(0);
                (s.globals.contains(n.id()) ? module : s).bind(n.id(), Bind.typed(type));
            } else {
                for (int i = 0, size = a.targets().size(); i < size; i++) {
                    Expr t = a.targets().get(i);
                    bindTarget(t, s);
                }
            }
            if (s == module && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n) {
                versionRange(a.value()).ifPresent(r -> versionFlags.put(n.id(), r));
            }
        } else if (st instanceof Stmt.AugAssign a) {
            bindTarget(a.target(), s);
        } else if (st instanceof Stmt.AnnAssign a) {
            if (a.value().isPresent() || s != module) {
                bindTarget(a.target(), s);
            }
        } else if (st instanceof Stmt.For f) {
            bindTarget(f.target(), s);
            collect(f.body(), s);
            collect(f.orelse(), s);
        } else if (st instanceof Stmt.While w) {
            collect(w.body(), s);
            collect(w.orelse(), s);
        } else if (st instanceof Stmt.If i) {
            collect(i.body(), s);
            collect(i.orelse(), s);
        } else if (st instanceof Stmt.With w) {
            for (WithItem it : w.items()) {
                it.optionalVars().ifPresent(t -> bindTarget(t, s));
            }
            collect(w.body(), s);
        } else if (st instanceof Stmt.Try t) {
            collect(t.body(), s);
            for (ExceptHandler h : t.handlers()) {
                h.name().ifPresent(n -> s.bind(n, Bind.LOCAL));
                collect(h.body(), s);
            }
            collect(t.orelse(), s);
            collect(t.finalbody(), s);
        } else if (st instanceof Stmt.Match m) {
            for (MatchCase c : m.cases()) {
                bindPattern(c.pattern(), s);
                collect(c.body(), s);
            }
        } else if (st instanceof Stmt.Import im) {
            for (Alias a : im.names()) {
                String[] parts = a.name().split("\\.");
                for (int i = 1; i <= parts.length; i++) {
                    importedModules.add(String.join(".", Arrays.asList(parts).subList(0, i)));
                }
                if (a.asname().isPresent()) {
                    s.bind(a.asname().get(), new Bind(a.name(), a.name().split("\\.").length, false));
                } else {
                    String first = a.name().split("\\.")[0];
                    s.bind(first, new Bind(first, 1, false));
                }
            }
        } else if (st instanceof Stmt.ImportFrom f) {
            for (Alias a : f.names()) {
                if (a.name().equals("*")) {
                    if (f.level() == 0 && f.module().isPresent()) {
                        starModules.add(f.module().get());
                    }
                    continue;
                }
                String local = a.asname().orElse(a.name());
                if (f.level() > 0 || f.module().isEmpty() || f.module().get().equals("__future__")) {
                    s.bind(local, Bind.LOCAL);
                } else {
                    String q = f.module().get() + "." + a.name();
                    s.bind(local, new Bind(q, q.split("\\.").length, false));
                }
            }
        } else if (st instanceof Stmt.Global g) {
            s.globals.addAll(g.names());
        } else if (st instanceof Stmt.Nonlocal n) {
            for (String name : n.names()) {
                s.bind(name, Bind.LOCAL);
            }
        } else if (st instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                bindTarget(t, s);
            }
        } else if (st instanceof Stmt.TypeAlias t && t.name() instanceof Expr.Name n) {
            s.bind(n.id(), Bind.LOCAL);
        }
    }

    private void bindTarget(Expr t, Scope s) {
        if (t instanceof Expr.Name n) {
            Scope target = s.globals.contains(n.id()) ? module : s;
            target.bind(n.id(), Bind.LOCAL);
        } else if (t instanceof Expr.Tuple tu) {
            for (int i = 0, size = tu.elts().size(); i < size; i++) {
                Expr e = tu.elts().get(i);
                bindTarget(e, s);
            }
        } else if (t instanceof Expr.List_ l) {
            for (int i = 0, size = l.elts().size(); i < size; i++) {
                Expr e = l.elts().get(i);
                bindTarget(e, s);
            }
        } else if (t instanceof Expr.Starred st) {
            bindTarget(st.value(), s);
        }
    }

    private void bindPattern(Pattern p, Scope s) {
        if (p instanceof Pattern.MatchAs a) {
            a.name().ifPresent(n -> s.bind(n, Bind.LOCAL));
            a.pattern().ifPresent(q -> bindPattern(q, s));
        } else if (p instanceof Pattern.MatchStar st) {
            st.name().ifPresent(n -> s.bind(n, Bind.LOCAL));
        } else if (p instanceof Pattern.MatchSequence q) {
            q.patterns().forEach(x -> bindPattern(x, s));
        } else if (p instanceof Pattern.MatchMapping m) {
            m.patterns().forEach(x -> bindPattern(x, s));
            m.rest().ifPresent(n -> s.bind(n, Bind.LOCAL));
        } else if (p instanceof Pattern.MatchClass c) {
            c.patterns().forEach(x -> bindPattern(x, s));
            c.kwdPatterns().forEach(x -> bindPattern(x, s));
        } else if (p instanceof Pattern.MatchOr o) {
            o.patterns().forEach(x -> bindPattern(x, s));
        }
    }

    // ---------------------------------------------------------------- statements

    private void stmts(List<Stmt> body, Scope s, Guard g, boolean top) {
        Guard cur = g;
        for (int i = 0, size = body.size(); i < size; i++) {
            Stmt st = body.get(i);
            stmt(st, s, cur, top);
            if (st instanceof Stmt.If test && test.orelse().isEmpty() && exits(test.body())) {
                Optional<Range> r = versionRange(test.test()).flatMap(Range::complement);
                if (r.isPresent()) {
                    cur = cur.narrow(r.get());
                }
            }
        }
    }

    /** Whether a block always leaves its enclosing block (return, raise, continue, break, sys.exit()). */
    private boolean exits(List<Stmt> body) {
        if (body.isEmpty()) {
            return false;
        }
        Stmt last = body.get(body.size() - 1);
        if (last instanceof Stmt.Return || last instanceof Stmt.Raise || last instanceof Stmt.Continue
                || last instanceof Stmt.Break) {
            return true;
        }
        if (last instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Call c && module != null) {
            Chain ch = chain(c.func(), module);
            if (ch == null || !ch.part(ch.size() - 1).endsWith("exit")) {
                return false;
            }
            String sym = ch.dotted();
            return sym.equals("sys.exit") || sym.equals("builtins.exit") || sym.equals("os._exit");
        }
        return false;
    }

    private void stmt(Stmt st, Scope s, Guard g, boolean top) {
        if (st instanceof Stmt.ExprStmt e) {
            expr(e.value(), s, g, top, false);
        } else if (st instanceof Stmt.FunctionDef f) {
            for (int i = 0, size = f.decoratorList().size(); i < size; i++) {
                Expr d = f.decoratorList().get(i);
                expr(d, s, g, top, false);
            }
            arguments(f.args(), s, g, top, true);
            f.returns().ifPresent(r -> annotation(r, s, g, top));
            Scope inner = new Scope(s, false);
            for (TypeParam tp : f.typeParams()) {
                inner.bind(typeParamName(tp), Bind.LOCAL);
            }
            bindArgs(f.args(), inner);
            collect(f.body(), inner);
            stmts(f.body(), inner, g, false);
        } else if (st instanceof Stmt.ClassDef c) {
            for (int i = 0, size = c.decoratorList().size(); i < size; i++) {
                Expr d = c.decoratorList().get(i);
                expr(d, s, g, top, false);
            }
            for (int i = 0, size = c.bases().size(); i < size; i++) {
                Expr b = c.bases().get(i);
                expr(b, s, g, top, false);
            }
            for (int i = 0, size = c.keywords().size(); i < size; i++) {
                Keyword k = c.keywords().get(i);
                expr(k.value(), s, g, top, false);
            }
            Scope inner = new Scope(s, true);
            for (TypeParam tp : c.typeParams()) {
                inner.bind(typeParamName(tp), Bind.LOCAL);
            }
            collect(c.body(), inner);
            stmts(c.body(), inner, g, top);
        } else if (st instanceof Stmt.Return r) {
            optional(r.value(), s, g, top, false);
        } else if (st instanceof Stmt.Delete d) {
            exprs(d.targets(), s, g, top, false);
        } else if (st instanceof Stmt.Assign a) {
            exprs(a.targets(), s, g, top, false);
            expr(a.value(), s, g, top, false);
        } else if (st instanceof Stmt.TypeAlias t) {
            expr(t.value(), s, g, top, false);
        } else if (st instanceof Stmt.AugAssign a) {
            expr(a.target(), s, g, top, false);
            expr(a.value(), s, g, top, false);
            if (a.op() == Ops.Operator.BIT_OR && isDictLike(a.value(), s)) {
                use(UseKind.GENERIC, "dict |=", Optional.of(PY39), Optional.empty(), a.range(), g, top);
            }
        } else if (st instanceof Stmt.AnnAssign a) {
            expr(a.target(), s, g, top, false);
            if (s == module || s.isClass) {
                annotation(a.annotation(), s, g, top);
            }
            optional(a.value(), s, g, top, false);
        } else if (st instanceof Stmt.For f) {
            expr(f.target(), s, g, top, false);
            expr(f.iter(), s, g, top, false);
            stmts(f.body(), s, g, top);
            stmts(f.orelse(), s, g, top);
        } else if (st instanceof Stmt.While w) {
            expr(w.test(), s, g, top, false);
            stmts(w.body(), s, g, top);
            stmts(w.orelse(), s, g, top);
        } else if (st instanceof Stmt.If i) {
            ifStmt(i, s, g, top);
        } else if (st instanceof Stmt.With w) {
            for (WithItem it : w.items()) {
                expr(it.contextExpr(), s, g, top, false);
                optional(it.optionalVars(), s, g, top, false);
            }
            stmts(w.body(), s, g, top);
        } else if (st instanceof Stmt.Match m) {
            expr(m.subject(), s, g, top, false);
            for (MatchCase c : m.cases()) {
                optional(c.guard(), s, g, top, false);
                stmts(c.body(), s, g, top);
            }
        } else if (st instanceof Stmt.Raise r) {
            optional(r.exc(), s, g, top, false);
            optional(r.cause(), s, g, top, false);
        } else if (st instanceof Stmt.Try t) {
            int caught = 0;
            for (ExceptHandler h : t.handlers()) {
                caught |= caught(h, s);
            }
            stmts(t.body(), s, g.catching(caught), top);
            Optional<Range> fallback = (caught & IMPORT_FAILS) != 0 ? importFailure(t.body()) : Optional.empty();
            for (ExceptHandler h : t.handlers()) {
                optional(h.type(), s, g, top, false);
                // the fallback of an import runs only where that import fails: "except ImportError: import old"
                boolean fallsBack = fallback.isPresent() && (caught(h, s) & IMPORT_FAILS) != 0;
                stmts(h.body(), s, fallsBack ? g.narrow(fallback.get()) : g, top);
            }
            stmts(t.orelse(), s, g, top);
            stmts(t.finalbody(), s, g, top);
        } else if (st instanceof Stmt.Assert a) {
            expr(a.test(), s, g, top, false);
            optional(a.msg(), s, g, top, false);
        } else if (st instanceof Stmt.Import im) {
            importing = true;
            for (Alias a : im.names()) {
                importModule(a.name(), a.range(), g, top);
            }
            importing = false;
        } else if (st instanceof Stmt.ImportFrom f) {
            importing = true;
            importFrom(f, g, top);
            importing = false;
        } else if (st instanceof Stmt.Print p) {
            optional(p.dest(), s, g, top, false);
            exprs(p.values(), s, g, top, false);
        } else if (st instanceof Stmt.Exec e) {
            expr(e.body(), s, g, top, false);
        }
    }

    private static String typeParamName(TypeParam tp) {
        if (tp instanceof TypeParam.TypeVar v) {
            return v.name();
        }
        if (tp instanceof TypeParam.ParamSpec p) {
            return p.name();
        }
        return ((TypeParam.TypeVarTuple) tp).name();
    }

    private void ifStmt(Stmt.If i, Scope s, Guard g, boolean top) {
        expr(i.test(), s, g, top, false);
        Guard[] branches = branches(i.test(), s, g);
        stmts(i.body(), s, branches[0], top);
        stmts(i.orelse(), s, branches[1], top);
    }

    /**
     * The guards in force in the two branches of a test ({@code if}/{@code else} statements and conditional
     * expressions): version tests narrow both, {@code TYPE_CHECKING} turns the body off, {@code hasattr} checks
     * cover the branch they protect.
     */
    private Guard[] branches(Expr test, Scope s, Guard g) {
        Guard body = g;
        Guard orelse = g;
        Optional<Range> r = versionRange(test);
        if (r.isPresent()) {
            body = g.narrow(r.get());
            Optional<Range> c = r.get().complement();
            if (c.isPresent()) {
                orelse = g.narrow(c.get());
            }
        } else if (isTypeChecking(test, s)) {
            body = g.turnOff();
        } else {
            Expr t = test;
            boolean negated = false;
            if (t instanceof Expr.UnaryOp u && u.op() == Ops.UnaryOperator.NOT) {
                t = u.operand();
                negated = true;
            }
            for (String c : hasattrChecks(t, s)) {
                if (negated) {
                    orelse = orelse.check(c);
                } else {
                    body = body.check(c);
                }
            }
        }
        return new Guard[] {body, orelse};
    }

    private boolean isTypeChecking(Expr test, Scope s) {
        String sym = symbol(test, s).orElse("");
        return sym.equals("typing.TYPE_CHECKING") || sym.equals("typing_extensions.TYPE_CHECKING")
                || test instanceof Expr.Name n && n.id().equals("TYPE_CHECKING");
    }

    private List<String> hasattrChecks(Expr test, Scope s) {
        List<String> out = new ArrayList<>();
        if (test instanceof Expr.BoolOp b && b.op() == Ops.BoolOperator.AND) {
            for (int i = 0, size = b.values().size(); i < size; i++) {
                Expr v = b.values().get(i);
                out.addAll(hasattrChecks(v, s));
            }
        } else if (test instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("hasattr")
                && c.args().size() == 2 && c.args().get(1) instanceof Expr.Constant k
                && k.value() instanceof ConstantValue.Str str) {
            Optional<String> owner = symbol(c.args().get(0), s);
            owner.ifPresent(o -> out.add(o + "." + str.value()));
        }
        return out;
    }

    /**
     * The versions where the imports of a try block fail, when the table dates them one way: before the newest
     * module or member they need ({@code from urllib.parse import ...}: before 3.0), or from the oldest removal
     * ({@code import cPickle}: 3.0 on). Empty when the block imports nothing dated, or both kinds.
     */
    private Optional<Range> importFailure(List<Stmt> body) {
        PythonVersion needs = null;
        PythonVersion gone = null;
        for (Stmt st : body) {
            List<ApiTable.Entry> rows = new ArrayList<>();
            if (st instanceof Stmt.Import im) {
                for (Alias a : im.names()) {
                    table.module(a.name()).ifPresent(rows::add);
                }
            } else if (st instanceof Stmt.ImportFrom f && f.level() == 0 && f.module().isPresent()) {
                String m = f.module().get();
                table.module(m).ifPresent(rows::add);
                for (Alias a : f.names()) {
                    table.member(m, a.name()).or(() -> table.module(m + "." + a.name())).ifPresent(rows::add);
                }
            }
            for (ApiTable.Entry e : rows) {
                if (e.removed().isPresent()) {
                    gone = gone == null ? e.removed().get() : min(gone, e.removed().get());
                } else if (e.added().isPresent() && !e.python2()) {
                    needs = needs == null ? e.added().get() : max(needs, e.added().get());
                } else if (e.addedAfter30().isPresent()) {
                    return Optional.empty(); // in 2.7, gone in 3.0, back later: not one interval
                }
            }
        }
        if (needs != null && gone == null) {
            return Optional.of(new Range(null, previous(needs)));
        }
        if (gone != null && needs == null) {
            return Optional.of(new Range(gone, null));
        }
        return Optional.empty();
    }

    /** The failures a handler catches (bits of {@link #IMPORT_FAILS} and the like). */
    private int caught(ExceptHandler h, Scope s) {
        if (h.type().isEmpty()) {
            return IMPORT_FAILS; // a bare except: broad, see CAUGHT
        }
        List<Expr> types = h.type().get() instanceof Expr.Tuple t ? t.elts() : List.of(h.type().get());
        int out = 0;
        for (Expr t : types) {
            String name = symbol(t, s).orElse("");
            name = name.startsWith("builtins.") ? name.substring(9) : name;
            out |= CAUGHT.getOrDefault(name, 0);
        }
        return out;
    }

    // ---------------------------------------------------------------- version conditions

    private Optional<Range> versionRange(Expr test) {
        if (test instanceof Expr.Name n && versionFlags.containsKey(n.id())) {
            return Optional.of(versionFlags.get(n.id()));
        }
        if (test instanceof Expr.UnaryOp u && u.op() == Ops.UnaryOperator.NOT) {
            return versionRange(u.operand()).flatMap(Range::complement);
        }
        if (test instanceof Expr.BoolOp b && b.op() == Ops.BoolOperator.AND) {
            Range acc = new Range(null, null);
            boolean any = false;
            for (Expr v : b.values()) {
                Optional<Range> r = versionRange(v);
                if (r.isPresent()) {
                    any = true;
                    PythonVersion lo = max(acc.low, r.get().low);
                    PythonVersion hi = min(acc.high, r.get().high);
                    acc = new Range(lo, hi);
                }
            }
            return any ? Optional.of(acc) : Optional.empty();
        }
        if (module != null && names(test, "six.PY2")) {
            return Optional.of(new Range(null, PythonVersion.PY27));
        }
        if (module != null && names(test, "six.PY3")) {
            return Optional.of(new Range(PythonVersion.PY30, null));
        }
        if (!(test instanceof Expr.Compare c) || c.ops().size() != 1) {
            return Optional.empty();
        }
        Expr left = c.left();
        Expr right = c.comparators().get(0);
        Ops.CmpOperator op = c.ops().get(0);
        Optional<Range> r = compare(left, op, right);
        if (r.isEmpty()) {
            r = compare(right, flip(op), left);
        }
        return r;
    }

    private static Ops.CmpOperator flip(Ops.CmpOperator op) {
        return switch (op) {
            case LT -> Ops.CmpOperator.GT;
            case GT -> Ops.CmpOperator.LT;
            case LT_E -> Ops.CmpOperator.GT_E;
            case GT_E -> Ops.CmpOperator.LT_E;
            default -> op;
        };
    }

    /** {@code left op right} where left is a form of sys.version_info and right a constant. */
    private Optional<Range> compare(Expr left, Ops.CmpOperator op, Expr right) {
        if (module == null) {
            return Optional.empty();
        }
        boolean full;
        int part = -1;
        if (isVersionInfo(left)) {
            full = true;
        } else if (left instanceof Expr.Subscript sub && isVersionInfo(sub.value())) {
            if (sub.slice() instanceof Expr.Slice sl && sl.lower().map(ApiVisitor::isZero).orElse(true)
                    && sl.step().isEmpty() && sl.upper().isPresent()) {
                full = false;
            } else if (sub.slice() instanceof Expr.Constant k && k.value() instanceof ConstantValue.Int i) {
                part = i.value().intValue();
                full = false;
            } else {
                return Optional.empty();
            }
        } else if (left instanceof Expr.Attribute a && isVersionInfo(a.value())) {
            if (a.attr().equals("major")) {
                part = 0;
            } else if (a.attr().equals("minor")) {
                part = 1;
            } else {
                return Optional.empty();
            }
            full = false;
        } else if (names(left, "sys.hexversion") && right instanceof Expr.Constant k
                && k.value() instanceof ConstantValue.Int i) {
            long hex = i.value().longValue();
            int major = (int) (hex >> 24) & 0xff;
            int minor = (int) (hex >> 16) & 0xff;
            return tupleRange(List.of(major, minor, (int) (hex >> 8) & 0xff), op, true);
        } else {
            return Optional.empty();
        }
        if (part >= 0) {
            if (!(right instanceof Expr.Constant k) || !(k.value() instanceof ConstantValue.Int i)) {
                return Optional.empty();
            }
            int n = i.value().intValue();
            if (part == 0) {
                return majorRange(n, op);
            }
            return part == 1 ? tupleRange(List.of(3, n), op, false) : Optional.empty();
        }
        if (!(right instanceof Expr.Tuple t)) {
            return Optional.empty();
        }
        List<Integer> nums = new ArrayList<>();
        for (Expr e : t.elts()) {
            if (!(e instanceof Expr.Constant k) || !(k.value() instanceof ConstantValue.Int i)) {
                return Optional.empty();
            }
            nums.add(i.value().intValue());
        }
        return tupleRange(nums, op, full);
    }

    private static boolean isZero(Expr e) {
        return e instanceof Expr.Constant k && k.value() instanceof ConstantValue.Int i && i.value().signum() == 0;
    }

    private boolean isVersionInfo(Expr e) {
        return names(e, "sys.version_info");
    }

    /**
     * Whether e names the module-level symbol ({@code sys.version_info}), also through an alias
     * ({@code from sys import version_info as vi}). An attribute's own name is compared first, which rules most
     * expressions out before a chain is built.
     */
    private boolean names(Expr e, String symbol) {
        if (e instanceof Expr.Name n) {
            Optional<Bind> b = lookup(n.id(), module);
            if (b.isPresent()) {
                return !b.get().local() && b.get().qualified().equals(symbol);
            }
            return starMember(n.id()).map(symbol::equals).orElse(false);
        }
        if (e instanceof Expr.Attribute a) {
            String own = a.attr();
            return symbol.endsWith(own) && symbol.length() > own.length()
                    && symbol.charAt(symbol.length() - own.length() - 1) == '.'
                    && symbol(e, module).orElse("").equals(symbol);
        }
        return false;
    }

    private static Optional<Range> majorRange(int n, Ops.CmpOperator op) {
        PythonVersion py2 = PythonVersion.PY27;
        PythonVersion py3 = PythonVersion.PY30;
        return switch (op) {
            case EQ -> Optional.of(n == 2 ? new Range(null, py2) : n == 3 ? new Range(py3, null) : null);
            case NOT_EQ -> Optional.of(n == 2 ? new Range(py3, null) : n == 3 ? new Range(null, py2) : null);
            case GT_E -> Optional.of(n <= 2 ? new Range(null, null) : new Range(py3, null));
            case GT -> Optional.of(n >= 3 ? new Range(py3, py2) : new Range(py3, null));
            case LT -> Optional.of(n <= 3 && n > 2 ? new Range(null, py2) : new Range(null, null));
            case LT_E -> Optional.of(n == 2 ? new Range(null, py2) : new Range(null, null));
            default -> Optional.empty();
        };
    }

    /**
     * {@code version op tuple}: with the full version_info a tuple of two compares equal on a prefix and loses
     * ({@code (3, 8, 0, 'final', 0) > (3, 8)}); with a two-item slice it compares exactly.
     */
    private static Optional<Range> tupleRange(List<Integer> nums, Ops.CmpOperator op, boolean full) {
        if (nums.isEmpty()) {
            return Optional.empty();
        }
        int major = nums.get(0);
        int minor = nums.size() > 1 ? nums.get(1) : 0;
        boolean longer = full || nums.size() > 2 || nums.size() == 1;
        if (major == 2) {
            return switch (op) {
                case GT, GT_E -> Optional.of(new Range(null, null));
                case LT, LT_E -> Optional.of(new Range(null, PythonVersion.PY27));
                default -> Optional.empty();
            };
        }
        if (major != 3) {
            return Optional.empty();
        }
        PythonVersion v = PythonVersion.of(3, Math.min(minor, 99));
        boolean extra = nums.size() > 2 && nums.subList(2, nums.size()).stream().anyMatch(x -> x != 0);
        return switch (op) {
            case GT_E -> Optional.of(new Range(v, null));
            case GT -> Optional.of(new Range(longer && !extra ? v : next(v), null));
            case LT -> Optional.of(new Range(null, extra ? v : previous(v)));
            case LT_E -> Optional.of(new Range(null, longer && !extra ? previous(v) : v));
            case EQ -> full ? Optional.empty() : Optional.of(new Range(v, v));
            default -> Optional.empty();
        };
    }

    static PythonVersion previous(PythonVersion v) {
        if (v.major() == 3 && v.minor() == 0) {
            return PythonVersion.PY27;
        }
        return v.minor() == 0 ? v : PythonVersion.of(v.major(), v.minor() - 1);
    }

    static PythonVersion next(PythonVersion v) {
        return v.major() == 2 ? PythonVersion.PY30 : PythonVersion.of(3, v.minor() + 1);
    }

    private static PythonVersion max(PythonVersion a, PythonVersion b) {
        return a == null ? b : b == null ? a : a.atLeast(b) ? a : b;
    }

    private static PythonVersion min(PythonVersion a, PythonVersion b) {
        return a == null ? b : b == null ? a : a.before(b) ? a : b;
    }

    // ---------------------------------------------------------------- imports

    private void importModule(String name, TextRange range, Guard g, boolean top) {
        String[] parts = name.split("\\.");
        StringBuilder prefix = new StringBuilder();
        for (String p : parts) {
            if (prefix.length() > 0) {
                prefix.append('.');
            }
            prefix.append(p);
            String m = prefix.toString();
            if (backported(m)) {
                return;
            }
            table.module(m).ifPresent(e -> use(UseKind.MODULE, e.symbol(), e.addedAfter30(), e.removed(), range, g,
                    top));
        }
        clientModule(name, range, g, top);
    }

    private void importFrom(Stmt.ImportFrom f, Guard g, boolean top) {
        if (f.level() > 0 || f.module().isEmpty()) {
            return;
        }
        String m = f.module().get();
        if (m.equals("__future__")) {
            for (Alias a : f.names()) {
                if (a.name().equals("annotations")) {
                    lazyAnnotations = true;
                }
            }
            return;
        }
        importModule(m, f.range(), g, top);
        if (backported(m)) {
            return;
        }
        for (Alias a : f.names()) {
            if (a.name().equals("*")) {
                continue;
            }
            Optional<ApiTable.Entry> e = table.member(m, a.name());
            if (e.isEmpty()) {
                e = table.module(m + "." + a.name());
            }
            e.ifPresent(x -> use(x.kind().equals("module") ? UseKind.MODULE : UseKind.MEMBER, x.symbol(),
                    x.addedAfter30(), x.removed(), a.range(), g, top));
            if (client) {
                clientSymbol(m + "." + a.name(), a.range(), g, top);
            }
        }
    }

    private boolean backported(String module) {
        for (String b : backports) {
            if (module.equals(b) || module.startsWith(b + ".")) {
                return true;
            }
        }
        return false;
    }

    private void clientModule(String name, TextRange range, Guard g, boolean top) {
        if (!client) {
            return;
        }
        String first = name.split("\\.")[0];
        if (Runtimes.STDLIB_TOP_LEVEL.contains(first) && !Runtimes.SKULPT_MODULES.contains(first)
                || Runtimes.SKULPT_MISSING_SUBMODULES.contains(name)) {
            use(UseKind.CLIENT_MODULE, name, Optional.empty(), Optional.empty(), range, g, top);
        }
        clientSymbol(name, range, g, top);
    }

    private void clientSymbol(String symbol, TextRange range, Guard g, boolean top) {
        if (!client) {
            return;
        }
        for (String m : Runtimes.SERVER_ONLY_ANVIL_MODULES) {
            if (symbol.equals(m) || symbol.startsWith(m + ".")) {
                if (clientReported.add(m)) {
                    use(UseKind.CLIENT_SERVER_ONLY, m, Optional.empty(), Optional.empty(), range, g, top);
                }
                return;
            }
        }
        if (symbol.startsWith("anvil.server.")) {
            String attr = symbol.substring("anvil.server.".length()).split("\\.")[0];
            if (Runtimes.SERVER_ONLY_ANVIL_SERVER.contains(attr)) {
                use(UseKind.CLIENT_SERVER_ONLY, "anvil.server." + attr, Optional.empty(), Optional.empty(), range,
                        g, top);
            }
        }
    }

    // ---------------------------------------------------------------- expressions

    private void arguments(Arguments a, Scope s, Guard g, boolean top, boolean annotations) {
        for (int i = 0, size = a.defaults().size(); i < size; i++) {
            Expr d = a.defaults().get(i);
            expr(d, s, g, top, false);
        }
        for (int i = 0, size = a.kwDefaults().size(); i < size; i++) {
            Optional<Expr> d = a.kwDefaults().get(i);
            optional(d, s, g, top, false);
        }
        if (!annotations) {
            return;
        }
        List<Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        a.vararg().ifPresent(all::add);
        all.addAll(a.kwonlyargs());
        a.kwarg().ifPresent(all::add);
        for (int i = 0, size = all.size(); i < size; i++) {
            Arg arg = all.get(i);
            arg.annotation().ifPresent(x -> annotation(x, s, g, top));
        }
    }

    private void bindArgs(Arguments a, Scope s) {
        for (int i = 0, n = a.posonlyargs().size(); i < n; i++) {
            bindArg(a.posonlyargs().get(i), s);
        }
        for (int i = 0, n = a.args().size(); i < n; i++) {
            bindArg(a.args().get(i), s);
        }
        for (int i = 0, n = a.kwonlyargs().size(); i < n; i++) {
            bindArg(a.kwonlyargs().get(i), s);
        }
        a.vararg().ifPresent(x -> s.bind(x.arg(), Bind.LOCAL));
        a.kwarg().ifPresent(x -> s.bind(x.arg(), Bind.LOCAL));
    }

    /**
     * A parameter: typed when annotated with a builtin type ({@code text: str}), so that {@code text.removeprefix}
     * is dated like a method on a literal.
     */
    private void bindArg(Arg x, Scope s) {
        Optional<Expr> ann = x.annotation();
        if (ann.isPresent() && ann.get() instanceof Expr.Name t && TYPE_BUILTINS.contains(t.id())
                && s.parent != null && bound(t.id(), s.parent) == null && starMember(t.id()).isEmpty()) {
            s.bind(x.arg(), Bind.typed(t.id()));
        } else {
            s.bind(x.arg(), Bind.LOCAL);
        }
    }

    /** An annotation evaluated at definition time, unless annotations are lazy. */
    private void annotation(Expr e, Scope s, Guard g, boolean top) {
        if (!lazyAnnotations) {
            expr(e, s, g, top, true);
        }
    }

    private void expr(Expr e, Scope s, Guard g, boolean top, boolean ann) {
        if (e instanceof Expr.Constant) {
            return;
        }
        if (e instanceof Expr.Name n) {
            if (n.ctx() == Ops.ExprContext.LOAD) {
                name(n, s, g, top);
            }
        } else if (e instanceof Expr.Attribute a) {
            attribute(a, s, g, top, ann);
        } else if (e instanceof Expr.Call c) {
            call(c, s, g, top, ann);
        } else if (e instanceof Expr.Subscript sub) {
            subscript(sub, s, g, top, ann);
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left(), s, g, top, ann);
            expr(b.right(), s, g, top, ann);
            if (b.op() == Ops.Operator.BIT_OR) {
                if (isDictLike(b.left(), s) || isDictLike(b.right(), s)) {
                    use(UseKind.GENERIC, "dict |", Optional.of(PY39), Optional.empty(), b.range(), g, top);
                } else if (ann || isTypeLike(b.left(), s) && isTypeLike(b.right(), s)) {
                    use(UseKind.GENERIC, "X | Y", Optional.of(PY310), Optional.empty(), b.range(), g, top);
                }
            }
        } else if (e instanceof Expr.BoolOp b) {
            exprs(b.values(), s, g, top, ann);
        } else if (e instanceof Expr.NamedExpr n) {
            expr(n.value(), s, g, top, ann);
            if (n.target() instanceof Expr.Name t) {
                // "while buffer := f.read(n):" makes buffer a local from here on (not the Python 2 builtin)
                Scope owner = s;
                while (owner.comprehension && owner.parent != null) {
                    owner = owner.parent;
                }
                (owner.globals.contains(t.id()) ? module : owner).bind(t.id(), Bind.LOCAL);
            }
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand(), s, g, top, ann);
        } else if (e instanceof Expr.Lambda l) {
            arguments(l.args(), s, g, top, false);
            Scope inner = new Scope(s, false);
            bindArgs(l.args(), inner);
            expr(l.body(), inner, g, false, false);
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test(), s, g, top, ann);
            Guard[] branches = branches(i.test(), s, g);
            expr(i.body(), s, branches[0], top, ann);
            expr(i.orelse(), s, branches[1], top, ann);
        } else if (e instanceof Expr.Dict d) {
            for (int i = 0, size = d.keys().size(); i < size; i++) {
                Optional<Expr> k = d.keys().get(i);
                optional(k, s, g, top, ann);
            }
            exprs(d.values(), s, g, top, ann);
        } else if (e instanceof Expr.Set st) {
            exprs(st.elts(), s, g, top, ann);
        } else if (e instanceof Expr.ListComp c) {
            comprehension(List.of(c.elt()), c.generators(), s, g, top);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(List.of(c.elt()), c.generators(), s, g, top);
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(List.of(c.elt()), c.generators(), s, g, top);
        } else if (e instanceof Expr.DictComp c) {
            List<Expr> elts = new ArrayList<>(2);
            elts.add(c.key());
            c.value().ifPresent(elts::add);
            comprehension(elts, c.generators(), s, g, top);
        } else if (e instanceof Expr.Await a) {
            expr(a.value(), s, g, top, ann);
        } else if (e instanceof Expr.Yield y) {
            optional(y.value(), s, g, top, ann);
        } else if (e instanceof Expr.YieldFrom y) {
            expr(y.value(), s, g, top, ann);
        } else if (e instanceof Expr.Compare c) {
            expr(c.left(), s, g, top, ann);
            exprs(c.comparators(), s, g, top, ann);
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value(), s, g, top, false);
            optional(f.formatSpec(), s, g, top, false);
        } else if (e instanceof Expr.Interpolation f) {
            expr(f.value(), s, g, top, false);
            optional(f.formatSpec(), s, g, top, false);
        } else if (e instanceof Expr.JoinedStr j) {
            exprs(j.values(), s, g, top, false);
        } else if (e instanceof Expr.TemplateStr j) {
            exprs(j.values(), s, g, top, false);
        } else if (e instanceof Expr.Starred st) {
            expr(st.value(), s, g, top, ann);
        } else if (e instanceof Expr.List_ l) {
            exprs(l.elts(), s, g, top, ann);
        } else if (e instanceof Expr.Tuple t) {
            exprs(t.elts(), s, g, top, ann);
        } else if (e instanceof Expr.Slice sl) {
            optional(sl.lower(), s, g, top, false);
            optional(sl.upper(), s, g, top, false);
            optional(sl.step(), s, g, top, false);
        } else if (e instanceof Expr.Repr r) {
            expr(r.value(), s, g, top, false);
        }
    }

    private void exprs(List<Expr> es, Scope s, Guard g, boolean top, boolean ann) {
        for (int i = 0, n = es.size(); i < n; i++) {
            expr(es.get(i), s, g, top, ann);
        }
    }

    private void optional(Optional<Expr> e, Scope s, Guard g, boolean top, boolean ann) {
        if (e.isPresent()) {
            expr(e.get(), s, g, top, ann);
        }
    }

    private void comprehension(List<Expr> elts, List<Comprehension> gens, Scope s, Guard g, boolean top) {
        Scope inner = new Scope(s, false);
        inner.comprehension = true;
        for (int i = 0; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            expr(c.iter(), i == 0 ? s : inner, g, top, false);
            bindTarget(c.target(), inner);
            exprs(c.ifs(), inner, g, top, false);
        }
        exprs(elts, inner, g, top, false);
    }

    private void name(Expr.Name n, Scope s, Guard g, boolean top) {
        if (bound(n.id(), s) != null) {
            return;
        }
        Optional<String> star = starMember(n.id());
        if (star.isPresent()) {
            List<String> names = split(star.get());
            report(new Chain(names, NO_ATTRS, names.size() - 1), n.range(), g, top);
            return;
        }
        naming = true;
        table.builtin(n.id()).ifPresent(e -> use(UseKind.MEMBER, e.symbol(), e.addedAfter30(),
                e.removed(), n.range(), g, top));
        if (client && Runtimes.SKULPT_MISSING_BUILTINS.contains(n.id())) {
            use(UseKind.CLIENT_BUILTIN, n.id(), Optional.empty(), Optional.empty(), n.range(), g, top);
        }
        naming = false;
    }

    private Optional<String> starMember(String name) {
        if (starModules.isEmpty()) {
            return Optional.empty();
        }
        for (String m : starModules) {
            if (table.member(m, name).isPresent()) {
                return Optional.of(m + "." + name);
            }
        }
        return Optional.empty();
    }

    /** The binding of a name seen from scope s: empty for a builtin, LOCAL-like for locals. */
    private Optional<Bind> lookup(String name, Scope s) {
        return Optional.ofNullable(bound(name, s));
    }

    /** {@link #lookup} without the Optional, for the hot paths: null for a builtin or unknown name. */
    private Bind bound(String name, Scope s) {
        Scope cur = s;
        boolean first = true;
        while (cur != null) {
            if (cur != module && !cur.globals.isEmpty() && cur.globals.contains(name)) {
                cur = module; // a 'global' statement at module level changes nothing (and must not loop)
                first = false;
                continue;
            }
            if (first || !cur.isClass) {
                Bind b = cur.names.get(name);
                if (b != null) {
                    return b;
                }
            }
            first = false;
            cur = cur.parent;
        }
        return null;
    }

    /**
     * The dotted symbol an expression names ({@code builtins.open}, {@code os.path.join}), when it is a chain of
     * attributes over an imported or builtin name.
     */
    private Optional<String> symbol(Expr e, Scope s) {
        Chain c = chain(e, s);
        return c == null ? Optional.empty() : Optional.of(c.dotted());
    }

    /**
     * A resolved chain: its names ({@code os}, {@code path}, {@code join}; {@code builtins}, {@code str},
     * {@code join}) as the head an import, builtin or literal gives plus the attribute names, and how many leading
     * names the import or builtin accounts for. The dotted text is made only when asked for.
     */
    private static final class Chain {
        final List<String> head;
        final String[] attrs;
        final int known;
        private String dotted;

        Chain(List<String> head, String[] attrs, int known) {
            this.head = head;
            this.attrs = attrs;
            this.known = known;
        }

        int size() {
            return head.size() + attrs.length;
        }

        String part(int i) {
            return i < head.size() ? head.get(i) : attrs[i - head.size()];
        }

        List<String> parts() {
            if (attrs.length == 0) {
                return head;
            }
            String[] all = new String[size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = part(i);
            }
            return Arrays.asList(all);
        }

        String dotted() {
            if (dotted == null) {
                dotted = String.join(".", parts());
            }
            return dotted;
        }
    }

    private static final String[] NO_ATTRS = new String[0];

    private List<String> split(String dottedName) {
        return dotted.computeIfAbsent(dottedName, q -> Arrays.asList(q.split("\\.")));
    }

    private Chain chain(Expr e, Scope s) {
        Expr cur = e;
        int count = 0;
        while (cur instanceof Expr.Attribute a) {
            count++;
            cur = a.value();
        }
        List<String> head;
        int known;
        if (cur instanceof Expr.Name n) {
            Bind b = bound(n.id(), s);
            if (b != null && b.isTyped() && count > 0) {
                head = List.of("builtins", b.qualified());
                known = 2;
            } else if (b != null) {
                if (b.local()) {
                    return null;
                }
                head = split(b.qualified());
                known = b.known();
            } else {
                Optional<String> star = starMember(n.id());
                if (star.isPresent()) {
                    head = split(star.get());
                    known = head.size();
                } else {
                    head = List.of("builtins", n.id());
                    known = 2;
                }
            }
        } else {
            String type = literalType(cur, s);
            if (type == null) {
                return null;
            }
            head = List.of("builtins", type);
            known = 2;
        }
        String[] attrs = count == 0 ? NO_ATTRS : new String[count];
        cur = e;
        for (int k = count - 1; k >= 0; k--) {
            Expr.Attribute a = (Expr.Attribute) cur;
            attrs[k] = a.attr();
            cur = a.value();
        }
        return new Chain(head, attrs, known);
    }

    private String literalType(Expr e, Scope s) {
        if (e instanceof Expr.Constant k) {
            ConstantValue v = k.value();
            if (v instanceof ConstantValue.Str) {
                return "str";
            }
            if (v instanceof ConstantValue.Bytes) {
                return "bytes";
            }
            if (v instanceof ConstantValue.Int) {
                return "int";
            }
            if (v instanceof ConstantValue.Float) {
                return "float";
            }
            return null;
        }
        if (e instanceof Expr.JoinedStr) {
            return "str";
        }
        if (e instanceof Expr.Dict || e instanceof Expr.DictComp) {
            return "dict";
        }
        if (e instanceof Expr.List_ || e instanceof Expr.ListComp) {
            return "list";
        }
        if (e instanceof Expr.Set || e instanceof Expr.SetComp) {
            return "set";
        }
        if (e instanceof Expr.Call c && c.func() instanceof Expr.Name n && TYPE_BUILTINS.contains(n.id())
                && lookup(n.id(), s).isEmpty() && starMember(n.id()).isEmpty()) {
            return n.id();
        }
        if (e instanceof Expr.Call c && c.func() instanceof Expr.Attribute m && STR_TO_STR.contains(m.attr())
                && "str".equals(typeOf(m.value(), s))) {
            return "str"; // text = text.strip(): still a str
        }
        return null;
    }

    /** The builtin type of a literal or of a name always bound to one ({@code d = {}}, {@code s: str}). */
    private String typeOf(Expr e, Scope s) {
        if (e instanceof Expr.Name n) {
            Bind b = bound(n.id(), s);
            return b != null && b.isTyped() ? b.qualified() : null;
        }
        return literalType(e, s);
    }

    private boolean isDictLike(Expr e, Scope s) {
        return e instanceof Expr.Dict || e instanceof Expr.DictComp || "dict".equals(
                e instanceof Expr.Call || e instanceof Expr.Name ? typeOf(e, s) : null);
    }

    private boolean isTypeLike(Expr e, Scope s) {
        if (e instanceof Expr.Constant k && k.value() instanceof ConstantValue.None) {
            return true;
        }
        if (e instanceof Expr.Name n && TYPE_BUILTINS.contains(n.id())) {
            return lookup(n.id(), s).isEmpty() && starMember(n.id()).isEmpty();
        }
        if (e instanceof Expr.BinOp b && b.op() == Ops.Operator.BIT_OR) {
            return isTypeLike(b.left(), s) && isTypeLike(b.right(), s);
        }
        String sym = symbol(e, s).orElse("");
        return sym.startsWith("typing.");
    }

    private void attribute(Expr.Attribute a, Scope s, Guard g, boolean top, boolean ann) {
        Expr base = a.value();
        while (base instanceof Expr.Attribute x) {
            base = x.value();
        }
        Chain c = chain(a, s);
        if (c == null) {
            if (!(base instanceof Expr.Name)) {
                expr(base, s, g, top, ann);
            } // else: a chain over a local name (self.x.y) and a bound name has nothing to report
            return;
        }
        if (base instanceof Expr.Name n) {
            name(n, s, g, top);
        } else {
            expr(base, s, g, top, ann);
        }
        report(c, a.range(), g, top);
    }

    private void report(Chain c, TextRange range, Guard g, boolean top) {
        int known = c.known;
        if (client) {
            clientSymbol(c.dotted(), range, g, top);
        }
        if (c.size() <= known || !backports.isEmpty() && backported(c.dotted())) {
            return;
        }
        Optional<ApiTable.Entry> e = table.resolve(c.parts(), known);
        if (e.isEmpty()) {
            return;
        }
        ApiTable.Entry x = e.get();
        int len = x.kind().equals("module") ? x.name().split("\\.").length
                : x.kind().equals("method") ? 3 : (x.owner() + "." + x.name()).split("\\.").length;
        if (len <= known || x.kind().equals("module") && importedModules.contains(x.name())) {
            return;
        }
        use(x.kind().equals("module") ? UseKind.MODULE : UseKind.MEMBER, x.symbol(), x.addedAfter30(), x.removed(),
                range, g, top);
    }

    private void call(Expr.Call c, Scope s, Guard g, boolean top, boolean ann) {
        expr(c.func(), s, g, top, ann);
        exprs(c.args(), s, g, top, false);
        for (int i = 0, size = c.keywords().size(); i < size; i++) {
            Keyword k = c.keywords().get(i);
            expr(k.value(), s, g, top, false);
        }
        if (c.keywords().isEmpty()) {
            return;
        }
        Chain ch = chain(c.func(), s);
        if (ch == null || !table.mayHaveKeywords(ch.part(ch.size() - 1))) {
            return;
        }
        String callable = ch.dotted();
        if (ch.size() == 3 && ch.part(0).equals("builtins")) {
            callable = callable.substring("builtins.".length());
        }
        for (int i = 0, size = c.keywords().size(); i < size; i++) {
            Keyword k = c.keywords().get(i);
            if (k.arg().isEmpty()) {
                continue;
            }
            table.kwarg(callable, k.arg().get()).ifPresent(e -> use(UseKind.KWARG, e.symbol(), e.addedAfter30(),
                    e.removed(), k.range(), g, top));
        }
    }

    private void subscript(Expr.Subscript sub, Scope s, Guard g, boolean top, boolean ann) {
        expr(sub.value(), s, g, top, ann);
        expr(sub.slice(), s, g, top, ann);
        if (sub.ctx() != Ops.ExprContext.LOAD
                || !(sub.value() instanceof Expr.Name || sub.value() instanceof Expr.Attribute)) {
            return; // {...}[key] and [...][i] look up an item; only a named type is a generic alias
        }
        Chain c = chain(sub.value(), s);
        if (c == null) {
            return;
        }
        String sym = c.dotted();
        boolean generic = sym.startsWith("builtins.") && c.size() == 2
                && GENERIC_BUILTINS.contains(c.part(1)) || GENERIC_COLLECTIONS.contains(sym)
                || sym.startsWith("collections.abc.") && c.size() == 3;
        if (generic) {
            String shown = sym.startsWith("builtins.") ? c.part(1) : sym;
            use(UseKind.GENERIC, shown + "[...]", Optional.of(PY39), Optional.empty(), sub.range(), g, top);
        }
    }

    private void use(UseKind kind, String symbol, Optional<PythonVersion> added, Optional<PythonVersion> removed,
            TextRange range, Guard g, boolean top) {
        int fails = importing ? IMPORT_FAILS : kind == UseKind.KWARG || kind == UseKind.GENERIC ? TYPE_FAILS
                : naming ? NAME_FAILS : ATTRIBUTE_FAILS;
        if ((g.caught() & fails) != 0) {
            return;
        }
        for (String checked : g.checked()) {
            if (symbol.equals(checked) || symbol.startsWith(checked + ".") || ("builtins." + symbol).equals(checked)) {
                return;
            }
        }
        uses.add(new Use(kind, symbol, added, removed, range, Optional.ofNullable(g.low()),
                Optional.ofNullable(g.high()), top));
    }
}
