package dev.anvilcheck.python.internal;

import dev.anvilcheck.python.PythonFeature;
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
import dev.anvilcheck.python.ast.Ops.ExprContext;
import dev.anvilcheck.python.ast.Pattern;
import dev.anvilcheck.python.ast.Stmt;
import dev.anvilcheck.python.ast.TypeParam;
import dev.anvilcheck.python.ast.WithItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks CPython's compiler and symbol table make after parsing (so that "CPython compiles it" agrees):
 * return/yield/await/break/continue placement, nonlocal rules, starred expression placement, __future__ imports,
 * unreachable match cases, and the context-dependent gated constructs (async generators and comprehensions).
 */
public final class SemanticChecker {

    private static final Set<String> FUTURES = Set.of("nested_scopes", "generators", "division", "absolute_import",
            "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
            "annotations");

    private final Diagnostics diags;
    /** {@code from __future__ import print_function}: Python 2 then accepts print() calls of any form. */
    private boolean printFunctionFuture;
    /** The {@code print} name that heads a statement Python 2 reads as a print statement ({@code print >>f, x}). */
    private Expr printStatementHead;

    private static Expr py2PrintHead(Expr value) {
        Expr v = value instanceof Expr.Tuple t && !t.elts().isEmpty() ? t.elts().get(0) : value;
        if (v instanceof Expr.Name n && n.id().equals("print")) {
            return n;
        }
        while (v instanceof Expr.BinOp b) {
            if (b.op() == dev.anvilcheck.python.ast.Ops.Operator.RSHIFT && b.left() instanceof Expr.Name n
                    && n.id().equals("print")) {
                return n;
            }
            v = b.left();
        }
        return null;
    }

    /** The kind of the innermost scope. */
    private enum ScopeKind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    private static final class Scope {
        final ScopeKind kind;
        final Scope parent;
        final Set<String> bound = new HashSet<>();
        final Set<String> params = new HashSet<>();
        final Set<String> globals = new HashSet<>();
        final Set<String> nonlocals = new HashSet<>();
        final List<Stmt.Nonlocal> pendingNonlocals = new ArrayList<>();
        boolean hasYield;
        /** For comprehension scopes: whether one of its generators is {@code async for}. */
        boolean asyncComprehension;
        final List<Stmt.Return> valueReturns = new ArrayList<>();

        Scope(ScopeKind kind, Scope parent) {
            this.kind = kind;
            this.parent = parent;
        }

        boolean isFunction() {
            return kind == ScopeKind.FUNCTION || kind == ScopeKind.ASYNC_FUNCTION || kind == ScopeKind.LAMBDA;
        }
    }

    private Scope scope = new Scope(ScopeKind.MODULE, null);
    private boolean inLoop;
    private boolean inFinally;
    private int comprehensionDepth;

    private SemanticChecker(Diagnostics diags) {
        this.diags = diags;
    }

    /** Runs the checks over {@code module}, recording problems in {@code diags}. */
    public static void check(Module module, String text, Diagnostics diags) {
        SemanticChecker c = new SemanticChecker(diags);
        c.futureImports(module.body());
        c.body(module.body());
        c.finishScope(c.scope);
        for (Scope sc : c.nonlocalScopes) {
            for (Stmt.Nonlocal n : sc.pendingNonlocals) {
                for (String name : n.names()) {
                    if (!boundInEnclosingFunction(sc.parent, name) && !(name.equals("__class__") && inClass(sc))) {
                        c.error("no binding for nonlocal '" + name + "' found", n.range());
                    }
                }
            }
        }
    }

    private final List<Scope> nonlocalScopes = new ArrayList<>();

    private static boolean inClass(Scope s) {
        for (Scope c = s; c != null; c = c.parent) {
            if (c.kind == ScopeKind.CLASS) {
                return true;
            }
        }
        return false;
    }

    private void error(String msg, TextRange r) {
        diags.error(msg, r.start(), r.end());
    }

    private void futureImports(List<Stmt> body) {
        boolean allowed = true;
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (s instanceof Stmt.ImportFrom f && f.module().orElse("").equals("__future__") && f.level() == 0) {
                if (!allowed) {
                    error("from __future__ imports must occur at the beginning of the file", s.range());
                    continue;
                }
                for (Alias a : f.names()) {
                    if (a.name().equals("print_function")) {
                        printFunctionFuture = true;
                    } else if (a.name().equals("annotations")) {
                        diags.feature(PythonFeature.FUTURE_ANNOTATIONS, a.range().start(), a.range().end());
                    } else if (a.name().equals("generator_stop")) {
                        diags.feature(PythonFeature.FUTURE_GENERATOR_STOP, a.range().start(), a.range().end());
                    }
                    if (a.name().equals("braces")) {
                        error("not a chance", a.range());
                    } else if (!FUTURES.contains(a.name())) {
                        error("future feature " + a.name() + " is not defined", a.range());
                    }
                }
                continue;
            }
            if (i == 0 && s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                    && c.value() instanceof ConstantValue.Str) {
                continue; // docstring
            }
            allowed = false;
        }
    }

    private void body(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            stmt(s);
        }
    }

    private void finishScope(Scope sc) {
        if (!sc.pendingNonlocals.isEmpty()) {
            nonlocalScopes.add(sc);
        }
        if (sc.kind == ScopeKind.ASYNC_FUNCTION && sc.hasYield) {
            for (Stmt.Return r : sc.valueReturns) {
                error("'return' with value in async generator", r.range());
            }
        }
    }

    private static boolean boundInEnclosingFunction(Scope s, String name) {
        for (Scope c = s; c != null; c = c.parent) {
            if (c.kind == ScopeKind.MODULE) {
                return false;
            }
            if (c.kind == ScopeKind.CLASS) {
                continue;
            }
            if (c.globals.contains(name)) {
                return false;
            }
            if (c.bound.contains(name) || c.params.contains(name) || c.nonlocals.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private void bind(Expr target) {
        if (target instanceof Expr.Name n) {
            scope.bound.add(n.id());
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(this::bind);
        } else if (target instanceof Expr.List_ l) {
            l.elts().forEach(this::bind);
        } else if (target instanceof Expr.Starred s) {
            bind(s.value());
        }
    }

    // ------------------------------------------------------------------ statements

    /** CPython's compiler gives up ("maximum recursion depth exceeded during compilation") beyond this depth. */
    static final int MAX_AST_DEPTH = 9998;

    private int astDepth;
    private boolean tooDeepReported;

    private boolean tooDeep(TextRange r) {
        if (astDepth > MAX_AST_DEPTH) {
            if (!tooDeepReported) {
                tooDeepReported = true;
                error("too many nested expressions: maximum recursion depth exceeded during compilation", r);
            }
            return true;
        }
        return false;
    }

    private void stmt(Stmt s) {
        astDepth++;
        try {
            if (!tooDeep(s.range())) {
                stmtInner(s);
            }
        } finally {
            astDepth--;
        }
    }

    private void stmtInner(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            f.decoratorList().forEach(this::expr);
            argDefaults(f.args());
            f.returns().ifPresent(this::expr);
            scope.bound.add(f.name());
            typeParams(f.typeParams());
            Scope sc = new Scope(f.isAsync() ? ScopeKind.ASYNC_FUNCTION : ScopeKind.FUNCTION, scope);
            params(f.args(), sc);
            annotations(f.args());
            enterFunction(sc, () -> body(f.body()));
        } else if (s instanceof Stmt.ClassDef c) {
            c.decoratorList().forEach(this::expr);
            c.bases().forEach(this::expr);
            keywords(c.keywords());
            scope.bound.add(c.name());
            typeParams(c.typeParams());
            Scope sc = new Scope(ScopeKind.CLASS, scope);
            Scope saved = scope;
            boolean loop = inLoop;
            boolean fin = inFinally;
            scope = sc;
            inLoop = false;
            inFinally = false;
            body(c.body());
            finishScope(sc);
            scope = saved;
            inLoop = loop;
            inFinally = fin;
        } else if (s instanceof Stmt.Return r) {
            if (!scope.isFunction()) {
                error("'return' outside function", r.range());
            } else if (r.value().isPresent()) {
                scope.valueReturns.add(r);
            }
            r.value().ifPresent(this::valueExpr);
        } else if (s instanceof Stmt.Delete d) {
            d.targets().forEach(this::expr);
            d.targets().forEach(this::bind);
        } else if (s instanceof Stmt.Assign a) {
            for (Expr t : a.targets()) {
                targetExpr(t);
                bind(t);
            }
            valueExpr(a.value());
        } else if (s instanceof Stmt.TypeAlias t) {
            typeParams(t.typeParams());
            expr(t.value());
            bind(t.name());
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.target());
            bind(a.target());
            valueExpr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            expr(a.target());
            expr(a.annotation());
            if (a.value().isPresent()) {
                bind(a.target());
                valueExpr(a.value().get());
            }
        } else if (s instanceof Stmt.For f) {
            if (f.isAsync() && scope.kind != ScopeKind.ASYNC_FUNCTION) {
                error("'async for' outside async function", f.range());
            }
            targetExpr(f.target());
            bind(f.target());
            valueExpr(f.iter());
            loopBody(f.body());
            body(f.orelse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            loopBody(w.body());
            body(w.orelse());
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            body(i.body());
            body(i.orelse());
        } else if (s instanceof Stmt.With w) {
            if (w.isAsync() && scope.kind != ScopeKind.ASYNC_FUNCTION) {
                error("'async with' outside async function", w.range());
            }
            for (WithItem item : w.items()) {
                expr(item.contextExpr());
                item.optionalVars().ifPresent(v -> {
                    targetExpr(v);
                    bind(v);
                });
            }
            body(w.body());
        } else if (s instanceof Stmt.Match m) {
            expr(m.subject());
            matchCases(m.cases());
        } else if (s instanceof Stmt.Raise r) {
            r.exc().ifPresent(this::expr);
            r.cause().ifPresent(this::expr);
        } else if (s instanceof Stmt.Try t) {
            body(t.body());
            for (ExceptHandler h : t.handlers()) {
                h.type().ifPresent(this::expr);
                h.name().ifPresent(scope.bound::add);
                if (t.star()) {
                    boolean loop = inLoop;
                    inLoop = false;
                    checkExceptStarBody(h.body());
                    inLoop = loop;
                }
                body(h.body());
            }
            body(t.orelse());
            boolean fin = inFinally;
            inFinally = true;
            body(t.finalbody());
            inFinally = fin;
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            a.msg().ifPresent(this::expr);
        } else if (s instanceof Stmt.Import im) {
            for (Alias a : im.names()) {
                String bound = a.asname().orElse(a.name().contains(".") ? a.name().substring(0, a.name().indexOf('.'))
                        : a.name());
                scope.bound.add(bound);
            }
            if (im.lazy() && scope.kind != ScopeKind.MODULE) {
                error("lazy import not allowed inside functions or classes", im.range());
            }
        } else if (s instanceof Stmt.ImportFrom f) {
            for (Alias a : f.names()) {
                if (a.name().equals("*")) {
                    if (scope.kind != ScopeKind.MODULE) {
                        error("import * only allowed at module level", f.range());
                    }
                } else {
                    scope.bound.add(a.asname().orElse(a.name()));
                }
            }
            if (f.lazy() && scope.kind != ScopeKind.MODULE) {
                error("lazy from ... import not allowed inside functions or classes", f.range());
            }
        } else if (s instanceof Stmt.Global g) {
            for (String n : g.names()) {
                if (scope.params.contains(n)) {
                    error("name '" + n + "' is parameter and global", g.range());
                }
                if (scope.nonlocals.contains(n)) {
                    error("name '" + n + "' is nonlocal and global", g.range());
                }
                scope.globals.add(n);
            }
        } else if (s instanceof Stmt.Nonlocal n) {
            if (scope.kind == ScopeKind.MODULE) {
                error("nonlocal declaration not allowed at module level", n.range());
            } else {
                for (String name : n.names()) {
                    if (scope.params.contains(name)) {
                        error("name '" + name + "' is parameter and nonlocal", n.range());
                    }
                    if (scope.globals.contains(name)) {
                        error("name '" + name + "' is nonlocal and global", n.range());
                    }
                    scope.nonlocals.add(name);
                }
                scope.pendingNonlocals.add(n);
            }
        } else if (s instanceof Stmt.ExprStmt e) {
            printStatementHead = py2PrintHead(e.value());
            valueExpr(e.value());
            printStatementHead = null;
        } else if (s instanceof Stmt.Break b) {
            if (!inLoop) {
                error("'break' outside loop", b.range());
            }
        } else if (s instanceof Stmt.Continue c) {
            if (!inLoop) {
                error("'continue' not properly in loop", c.range());
            } else if (inFinally) {
                diags.feature(PythonFeature.CONTINUE_IN_FINALLY, c.range().start(), c.range().end());
            }
        } else if (s instanceof Stmt.Print p) {
            p.dest().ifPresent(this::expr);
            p.values().forEach(this::expr);
        } else if (s instanceof Stmt.Exec x) {
            expr(x.body());
            x.globals().ifPresent(this::expr);
            x.locals().ifPresent(this::expr);
        }
    }

    private void checkExceptStarBody(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            if (s instanceof Stmt.Break || s instanceof Stmt.Continue || s instanceof Stmt.Return) {
                String what = s instanceof Stmt.Break ? "break" : s instanceof Stmt.Continue ? "continue" : "return";
                error("'" + what + "' cannot appear in an except* block", s.range());
            } else if (s instanceof Stmt.If i) {
                checkExceptStarBody(i.body());
                checkExceptStarBody(i.orelse());
            } else if (s instanceof Stmt.With w) {
                checkExceptStarBody(w.body());
            } else if (s instanceof Stmt.Try t) {
                checkExceptStarBody(t.body());
                for (ExceptHandler h : t.handlers()) {
                    checkExceptStarBody(h.body());
                }
                checkExceptStarBody(t.orelse());
                checkExceptStarBody(t.finalbody());
            } else if (s instanceof Stmt.For f) {
                checkNoReturn(f.body());
                checkExceptStarBody(f.orelse());
            } else if (s instanceof Stmt.While w) {
                checkNoReturn(w.body());
                checkExceptStarBody(w.orelse());
            }
        }
    }

    private void checkNoReturn(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            if (s instanceof Stmt.Return) {
                error("'return' cannot appear in an except* block", s.range());
            } else if (s instanceof Stmt.If i) {
                checkNoReturn(i.body());
                checkNoReturn(i.orelse());
            } else if (s instanceof Stmt.With w) {
                checkNoReturn(w.body());
            } else if (s instanceof Stmt.For f) {
                checkNoReturn(f.body());
                checkNoReturn(f.orelse());
            } else if (s instanceof Stmt.While w) {
                checkNoReturn(w.body());
                checkNoReturn(w.orelse());
            } else if (s instanceof Stmt.Try t) {
                checkNoReturn(t.body());
                for (ExceptHandler h : t.handlers()) {
                    checkNoReturn(h.body());
                }
                checkNoReturn(t.orelse());
                checkNoReturn(t.finalbody());
            }
        }
    }

    private void loopBody(List<Stmt> stmts) {
        boolean loop = inLoop;
        boolean fin = inFinally;
        inLoop = true;
        inFinally = false;
        body(stmts);
        inLoop = loop;
        inFinally = fin;
    }

    private void enterFunction(Scope sc, Runnable r) {
        Scope saved = scope;
        boolean loop = inLoop;
        boolean fin = inFinally;
        int comp = comprehensionDepth;
        scope = sc;
        inLoop = false;
        inFinally = false;
        comprehensionDepth = 0;
        r.run();
        finishScope(sc);
        scope = saved;
        inLoop = loop;
        inFinally = fin;
        comprehensionDepth = comp;
    }

    private void params(Arguments a, Scope sc) {
        for (Arg x : a.posonlyargs()) {
            sc.params.add(x.arg());
        }
        for (Arg x : a.args()) {
            sc.params.add(x.arg());
        }
        a.vararg().ifPresent(x -> sc.params.add(x.arg()));
        for (Arg x : a.kwonlyargs()) {
            sc.params.add(x.arg());
        }
        a.kwarg().ifPresent(x -> sc.params.add(x.arg()));
        List<Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        a.vararg().ifPresent(all::add);
        all.addAll(a.kwonlyargs());
        a.kwarg().ifPresent(all::add);
        for (Arg x : all) {
            if (x.arg().equals("__debug__")) {
                error("cannot assign to __debug__", x.range());
            }
        }
    }

    private void argDefaults(Arguments a) {
        a.defaults().forEach(this::expr);
        for (Optional<Expr> d : a.kwDefaults()) {
            d.ifPresent(this::expr);
        }
    }

    private void annotations(Arguments a) {
        List<Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        a.vararg().ifPresent(all::add);
        all.addAll(a.kwonlyargs());
        a.kwarg().ifPresent(all::add);
        for (Arg x : all) {
            x.annotation().ifPresent(ann -> {
                if (ann instanceof Expr.Starred st) {
                    expr(st.value());
                } else {
                    expr(ann);
                }
            });
        }
    }

    private void typeParams(List<TypeParam> tps) {
        Set<String> seen = new HashSet<>();
        for (TypeParam tp : tps) {
            String name;
            if (tp instanceof TypeParam.TypeVar tv) {
                name = tv.name();
                tv.bound().ifPresent(this::expr);
                tv.defaultValue().ifPresent(this::expr);
            } else if (tp instanceof TypeParam.ParamSpec ps) {
                name = ps.name();
                ps.defaultValue().ifPresent(this::expr);
            } else {
                TypeParam.TypeVarTuple tvt = (TypeParam.TypeVarTuple) tp;
                name = tvt.name();
                tvt.defaultValue().ifPresent(d -> expr(d instanceof Expr.Starred st ? st.value() : d));
            }
            if (!seen.add(name)) {
                error("duplicate type parameter '" + name + "'", tp.range());
            }
        }
    }

    private void keywords(List<Keyword> kws) {
        if (kws.isEmpty()) {
            return;
        }
        Set<String> seen = kws.size() > 1 ? new HashSet<>() : null;
        for (Keyword k : kws) {
            if (k.arg().isPresent()) {
                String n = k.arg().get();
                if (seen != null && !seen.add(n)) {
                    error("keyword argument repeated: " + n, k.range());
                }
                if (n.equals("__debug__")) {
                    error("cannot assign to __debug__", k.range());
                }
            }
            expr(k.value());
        }
    }

    // ------------------------------------------------------------------ match

    private void matchCases(List<MatchCase> cases) {
        for (int i = 0; i < cases.size(); i++) {
            MatchCase c = cases.get(i);
            if (i < cases.size() - 1 && c.guard().isEmpty() && irrefutable(c.pattern())) {
                Pattern p = c.pattern();
                while (p instanceof Pattern.MatchOr or) {
                    p = or.patterns().get(or.patterns().size() - 1);
                }
                Pattern.MatchAs as = (Pattern.MatchAs) p;
                if (as.name().isPresent()) {
                    error("name capture '" + as.name().get() + "' makes remaining patterns unreachable", c.pattern()
                            .range());
                } else {
                    error("wildcard makes remaining patterns unreachable", c.pattern().range());
                }
            }
            Set<String> names = new HashSet<>();
            pattern(c.pattern(), names);
            scope.bound.addAll(names);
            c.guard().ifPresent(this::expr);
            body(c.body());
        }
    }

    private static boolean irrefutable(Pattern p) {
        if (p instanceof Pattern.MatchAs as) {
            return as.pattern().isEmpty() || irrefutable(as.pattern().get());
        }
        if (p instanceof Pattern.MatchOr or) {
            for (Pattern x : or.patterns()) {
                if (irrefutable(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void pattern(Pattern p, Set<String> names) {
        if (p instanceof Pattern.MatchAs as) {
            as.pattern().ifPresent(x -> pattern(x, names));
            as.name().ifPresent(n -> capture(n, names, p.range()));
        } else if (p instanceof Pattern.MatchStar st) {
            st.name().ifPresent(n -> capture(n, names, p.range()));
        } else if (p instanceof Pattern.MatchSequence seq) {
            int stars = 0;
            for (Pattern x : seq.patterns()) {
                if (x instanceof Pattern.MatchStar) {
                    stars++;
                    if (stars == 2) {
                        error("multiple starred names in sequence pattern", x.range());
                    }
                }
                pattern(x, names);
            }
        } else if (p instanceof Pattern.MatchMapping m) {
            Set<String> keys = new HashSet<>();
            for (Expr k : m.keys()) {
                if (k instanceof Expr.Constant c) {
                    String key = c.value().toString();
                    if (!keys.add(key)) {
                        error("mapping pattern checks duplicate key (" + keyRepr(c) + ")", k.range());
                    }
                }
            }
            m.patterns().forEach(x -> pattern(x, names));
            m.rest().ifPresent(n -> capture(n, names, p.range()));
        } else if (p instanceof Pattern.MatchClass c) {
            Set<String> attrs = new HashSet<>();
            for (String a : c.kwdAttrs()) {
                if (!attrs.add(a)) {
                    error("attribute name repeated in class pattern: " + a, p.range());
                }
            }
            c.patterns().forEach(x -> pattern(x, names));
            c.kwdPatterns().forEach(x -> pattern(x, names));
        } else if (p instanceof Pattern.MatchOr or) {
            Set<String> first = null;
            for (int i = 0; i < or.patterns().size(); i++) {
                Pattern alt = or.patterns().get(i);
                if (i < or.patterns().size() - 1 && irrefutable(alt)) {
                    String msg = alt instanceof Pattern.MatchAs as && as.name().isPresent()
                            ? "name capture '" + as.name().get() + "' makes remaining patterns unreachable"
                            : "wildcard makes remaining patterns unreachable";
                    error(msg, alt.range());
                }
                Set<String> altNames = new HashSet<>();
                pattern(alt, altNames);
                if (first == null) {
                    first = altNames;
                } else if (!first.equals(altNames)) {
                    error("alternative patterns bind different names", or.range());
                }
            }
            if (first != null) {
                for (String n : first) {
                    capture(n, names, p.range());
                }
            }
        }
    }

    private static String keyRepr(Expr.Constant c) {
        if (c.value() instanceof ConstantValue.Str s) {
            return "'" + s.value() + "'";
        }
        return c.value().toString();
    }

    private void capture(String n, Set<String> names, TextRange r) {
        if (!names.add(n)) {
            error("multiple assignments to name '" + n + "' in pattern", r);
        }
    }

    // ------------------------------------------------------------------ expressions

    /** An expression in a position where a bare starred expression is not allowed. */
    private void valueExpr(Expr e) {
        if (e instanceof Expr.Starred st) {
            error("can't use starred expression here", st.range());
            expr(st.value());
            return;
        }
        expr(e);
    }

    private void targetExpr(Expr e) {
        if (e instanceof Expr.Starred st) {
            error("starred assignment target must be in a list or tuple", st.range());
        }
        expr(e);
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void elements(List<Expr> es) {
        boolean star = false;
        for (Expr e : es) {
            if (e instanceof Expr.Starred st) {
                if (st.ctx() == ExprContext.LOAD) {
                    star = true;
                }
                expr(st.value());
            } else {
                expr(e);
            }
        }
        if (star && !es.isEmpty()) {
            TextRange r = es.get(0).range();
            diags.feature(PythonFeature.UNPACKING_GENERALIZATIONS, r.start(), r.end());
        }
    }

    private void expr(Expr e) {
        astDepth++;
        try {
            if (!tooDeep(e.range())) {
                exprInner(e);
            }
        } finally {
            astDepth--;
        }
    }

    private void exprInner(Expr e) {
        if (e instanceof Expr.Name n) {
            if (n.id().equals("print") && !printFunctionFuture && n != printStatementHead) {
                diags.feature(PythonFeature.PRINT_FUNCTION, n.range().start(), n.range().end());
            }
            return;
        }
        if (e instanceof Expr.Constant c) {
            if (c.value() instanceof ConstantValue.Ellipsis) {
                diags.feature(PythonFeature.ELLIPSIS_LITERAL, c.range().start(), c.range().end());
            }
            return;
        }
        if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Call c) {
            if (c.func() instanceof Expr.Name fn && fn.id().equals("print")) {
                // print(...) is also Python 2's print statement with a parenthesized value, unless it needs
                // keywords or unpacking
                boolean functionOnly = !c.keywords().isEmpty()
                        || c.args().stream().anyMatch(x -> x instanceof Expr.Starred);
                if (functionOnly && !printFunctionFuture) {
                    diags.feature(PythonFeature.PRINT_FUNCTION, c.range().start(), c.range().end());
                }
            } else {
                expr(c.func());
            }
            for (Expr arg : c.args()) {
                expr(arg instanceof Expr.Starred st ? st.value() : arg);
            }
            keywords(c.keywords());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            Expr sl = s.slice();
            if (sl instanceof Expr.Tuple t) {
                for (Expr x : t.elts()) {
                    if (!isEllipsis(x)) {
                        expr(x instanceof Expr.Starred st ? st.value() : x);
                    }
                }
            } else if (!isEllipsis(sl)) {
                expr(sl);
            }
        } else if (e instanceof Expr.Tuple t) {
            elements(t.elts());
        } else if (e instanceof Expr.List_ l) {
            elements(l.elts());
        } else if (e instanceof Expr.Set s) {
            elements(s.elts());
        } else if (e instanceof Expr.Dict d) {
            for (Optional<Expr> k : d.keys()) {
                k.ifPresent(this::expr);
            }
            exprs(d.values());
        } else if (e instanceof Expr.BoolOp b) {
            exprs(b.values());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            exprs(c.comparators());
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Expr.NamedExpr n) {
            if (scope.kind == ScopeKind.COMPREHENSION) {
                Scope s = scope;
                while (s.kind == ScopeKind.COMPREHENSION) {
                    s = s.parent;
                }
                if (s.kind == ScopeKind.CLASS) {
                    error("assignment expression within a comprehension cannot be used in a class body", n.range());
                }
                if (comprehensionTargets.contains(((Expr.Name) n.target()).id())) {
                    error("assignment expression cannot rebind comprehension iteration variable '"
                            + ((Expr.Name) n.target()).id() + "'", n.range());
                }
            }
            if (inComprehensionIter) {
                error("assignment expression cannot be used in a comprehension iterable expression", n.range());
            }
            expr(n.value());
            bindWalrus(((Expr.Name) n.target()).id());
        } else if (e instanceof Expr.Lambda l) {
            argDefaults(l.args());
            Scope sc = new Scope(ScopeKind.LAMBDA, scope);
            params(l.args(), sc);
            enterFunction(sc, () -> expr(l.body()));
        } else if (e instanceof Expr.Await a) {
            if (fstringDepth > 0) {
                diags.feature(PythonFeature.AWAIT_IN_FSTRING, a.range().start(), a.range().end());
            }
            if (scope.kind != ScopeKind.ASYNC_FUNCTION) {
                Scope s = scope;
                while (s.kind == ScopeKind.COMPREHENSION) {
                    s = s.parent;
                }
                if (s.kind == ScopeKind.ASYNC_FUNCTION) {
                    diags.feature(PythonFeature.ASYNC_COMPREHENSIONS, a.range().start(), a.range().end());
                } else if (inGenerator) {
                    diags.feature(PythonFeature.ASYNC_COMPREHENSIONS, a.range().start(), a.range().end());
                } else if (s.kind == ScopeKind.MODULE || s.kind == ScopeKind.CLASS) {
                    error("'await' outside function", a.range());
                } else {
                    error("'await' outside async function", a.range());
                }
            }
            expr(a.value());
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            yieldCheck(e);
            if (e instanceof Expr.Yield y) {
                y.value().ifPresent(this::expr);
            } else {
                expr(((Expr.YieldFrom) e).value());
            }
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c.generators(), List.of(c.elt()), false);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c.generators(), List.of(c.elt()), false);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c.generators(),
                    c.value().isPresent() ? List.of(c.key(), c.value().get()) : List.of(c.key()), false);
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c.generators(), List.of(c.elt()), true);
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.Slice s) {
            s.lower().ifPresent(this::expr);
            s.upper().ifPresent(this::expr);
            s.step().ifPresent(this::expr);
        } else if (e instanceof Expr.JoinedStr j) {
            fstringDepth++;
            try {
                exprs(j.values());
            } finally {
                fstringDepth--;
            }
        } else if (e instanceof Expr.TemplateStr t) {
            exprs(t.values());
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            f.formatSpec().ifPresent(this::expr);
        } else if (e instanceof Expr.Interpolation i) {
            expr(i.value());
            i.formatSpec().ifPresent(this::expr);
        } else if (e instanceof Expr.Repr r) {
            expr(r.value());
        }
    }

    private static boolean isEllipsis(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof ConstantValue.Ellipsis;
    }

    private void bindWalrus(String name) {
        Scope s = scope;
        while (s.kind == ScopeKind.COMPREHENSION && s.parent != null) {
            s = s.parent;
        }
        s.bound.add(name);
    }

    /** How many f-strings enclose the expression being checked (3.6 rejects await inside them). */
    private int fstringDepth;
    private final Set<String> comprehensionTargets = new HashSet<>();
    private boolean inGenerator;
    private boolean inComprehensionIter;

    private void yieldCheck(Expr e) {
        if (scope.kind == ScopeKind.COMPREHENSION) {
            // 3.6 and 3.7 compile it (the comprehension's own function becomes a generator), 3.8 rejects it
            diags.feature(PythonFeature.YIELD_IN_COMPREHENSION, e.range().start(), e.range().end());
            return;
        }
        if (!scope.isFunction()) {
            error("'yield' outside function", e.range());
            return;
        }
        scope.hasYield = true;
        if (scope.kind == ScopeKind.ASYNC_FUNCTION) {
            if (e instanceof Expr.YieldFrom) {
                error("'yield from' inside async function", e.range());
            } else {
                diags.feature(PythonFeature.ASYNC_GENERATORS, e.range().start(), e.range().end());
            }
        }
    }

    private void comprehension(List<Comprehension> gens, List<Expr> elts, boolean generator) {
        // the first iterable is evaluated in the enclosing scope
        boolean savedIter = inComprehensionIter;
        inComprehensionIter = true;
        expr(gens.get(0).iter());
        inComprehensionIter = savedIter;
        Scope sc = new Scope(ScopeKind.COMPREHENSION, scope);
        Scope saved = scope;
        boolean anyAsync = false;
        sc.asyncComprehension = gens.stream().anyMatch(Comprehension::isAsync);
        scope = sc;
        boolean savedGen = inGenerator;
        inGenerator = generator || inGenerator;
        Set<String> added = new HashSet<>();
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            collectNames(g.target(), added);
            if (i > 0) {
                inComprehensionIter = true;
                expr(g.iter());
                inComprehensionIter = savedIter;
            }
            targetExpr(g.target());
            bind(g.target());
            exprs(g.ifs());
            anyAsync |= g.isAsync();
        }
        Set<String> newly = new HashSet<>(added);
        newly.removeAll(comprehensionTargets);
        comprehensionTargets.addAll(newly);
        for (Expr x : elts) {
            expr(x instanceof Expr.Starred st ? st.value() : x);
        }
        comprehensionTargets.removeAll(newly);
        inGenerator = savedGen;
        scope = saved;
        if (anyAsync) {
            Scope s = scope;
            boolean insideSyncComprehension = false;
            while (s.kind == ScopeKind.COMPREHENSION) {
                insideSyncComprehension |= !s.asyncComprehension;
                s = s.parent;
            }
            if (!generator && s.kind != ScopeKind.ASYNC_FUNCTION) {
                error("asynchronous comprehension outside of an asynchronous function", gens.get(0).range());
            } else if (!generator && insideSyncComprehension) {
                // before 3.11 the enclosing comprehension counted as a non-async function
                diags.feature(PythonFeature.ASYNC_COMPREHENSION_IN_COMPREHENSION, gens.get(0).range().start(),
                        gens.get(0).range().end());
            } else if (generator && (s.kind != ScopeKind.ASYNC_FUNCTION || insideSyncComprehension)
                    && !insideAsyncComprehension(scope)) {
                diags.feature(PythonFeature.ASYNC_GENEXP_OUTSIDE_ASYNC, gens.get(0).range().start(),
                        gens.get(0).range().end());
            }
        }
    }

    private static boolean insideAsyncComprehension(Scope s) {
        for (Scope x = s; x != null && x.kind == ScopeKind.COMPREHENSION; x = x.parent) {
            if (x.asyncComprehension) {
                return true;
            }
        }
        return false;
    }

    private static void collectNames(Expr target, Set<String> out) {
        if (target instanceof Expr.Name n) {
            out.add(n.id());
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(x -> collectNames(x, out));
        } else if (target instanceof Expr.List_ l) {
            l.elts().forEach(x -> collectNames(x, out));
        } else if (target instanceof Expr.Starred s) {
            collectNames(s.value(), out);
        }
    }
}
