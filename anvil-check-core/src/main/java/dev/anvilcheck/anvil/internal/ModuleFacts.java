package dev.anvilcheck.anvil.internal;

import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.Location;
import dev.anvilcheck.python.LineIndex;
import dev.anvilcheck.python.TextRange;
import dev.anvilcheck.python.ast.Alias;
import dev.anvilcheck.python.ast.Arguments;
import dev.anvilcheck.python.ast.Comprehension;
import dev.anvilcheck.python.ast.Expr;
import dev.anvilcheck.python.ast.Keyword;
import dev.anvilcheck.python.ast.Module;
import dev.anvilcheck.python.ast.Node;
import dev.anvilcheck.python.ast.Ops;
import dev.anvilcheck.python.ast.Stmt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one Python module says about Anvil: imports, server functions and tasks it registers, server calls and
 * task launches, open_form targets, table and column uses, and its classes' methods. Names are resolved through
 * the module's imports ({@code import anvil.server}, {@code from anvil import server as s},
 * {@code from anvil.server import call}); local shadowing is not tracked. Built once; not thread-safe while
 * being built, immutable in use.
 */
final class ModuleFacts {

    static final String APP_TABLES = "anvil.tables.app_tables";

    /** An imported module. */
    record Import(String module, Location location, boolean guarded) {
    }

    /** A registered server function or background task. */
    record Registration(String name, boolean task, Optional<Arguments> signature, Location location,
                        String function) {
    }

    /** A server call or task launch with a literal name. */
    record Call(String name, boolean launch, int positional, List<String> keywords, boolean starArgs,
                boolean starKwargs, Location location) {
    }

    /** A string naming something (a form). */
    record NameRef(String name, Location location) {
    }

    /** A table use; {@code write} when it adds, deletes or assigns. */
    record TableRef(String table, Location location, boolean write, String what) {
    }

    /** A column use on a known table. */
    record ColumnRef(String table, String column, Location location, String how) {
    }

    final String path;
    final CodeRoot root;
    final List<Import> imports = new ArrayList<>();
    final List<Registration> registrations = new ArrayList<>();
    final List<Call> calls = new ArrayList<>();
    final List<NameRef> openForms = new ArrayList<>();
    final List<TableRef> tables = new ArrayList<>();
    final List<ColumnRef> columns = new ArrayList<>();
    final Map<String, Set<String>> classMethods = new LinkedHashMap<>();
    final Set<String> dynamicClasses = new HashSet<>();
    boolean importsDesigner;

    private final LineIndex index;
    private final Map<String, String> aliases = new HashMap<>();
    private final List<String> stars = new ArrayList<>();
    private final Map<String, Stmt.FunctionDef> topFunctions = new HashMap<>();

    private static final Set<String> STAR_NAMES = Set.of("anvil.open_form", "anvil.tables.app_tables",
            "anvil.server.call", "anvil.server.call_s", "anvil.server.launch_background_task",
            "anvil.server.callable", "anvil.server.background_task", "anvil.server.register",
            "anvil.server.callable_as");

    private ModuleFacts(String path, CodeRoot root, LineIndex index) {
        this.path = path;
        this.root = root;
        this.index = index;
    }

    static ModuleFacts of(String path, CodeRoot root, Module module, LineIndex index) {
        ModuleFacts f = new ModuleFacts(path, root, index);
        f.collectImports(module.body(), false);
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.FunctionDef fd) {
                f.topFunctions.put(fd.name(), fd);
            }
        }
        f.scope(module.body());
        return f;
    }

    private Location loc(TextRange r) {
        return Ast.loc(path, index, r);
    }

    // ---- imports ----

    private void collectImports(List<? extends Node> nodes, boolean guarded) {
        for (Node n : nodes) {
            if (n instanceof Stmt.Import imp) {
                for (Alias a : imp.names()) {
                    imports.add(new Import(a.name(), loc(a.range()), guarded));
                    if (a.asname().isPresent()) {
                        aliases.put(a.asname().get(), a.name());
                    } else {
                        String first = a.name().contains(".") ? a.name().substring(0, a.name().indexOf('.'))
                                : a.name();
                        aliases.put(first, first);
                    }
                }
            } else if (n instanceof Stmt.ImportFrom from) {
                String mod = from.module().orElse("");
                if (from.level() > 0) {
                    if (mod.equals("_anvil_designer") || mod.startsWith("_anvil_designer.")) {
                        importsDesigner = true;
                    }
                    for (Alias a : from.names()) {
                        aliases.put(a.asname().orElse(a.name()), "." + mod + "." + a.name());
                    }
                    continue;
                }
                for (Alias a : from.names()) {
                    if (a.name().equals("*")) {
                        stars.add(mod);
                        imports.add(new Import(mod, loc(a.range()), guarded));
                    } else {
                        aliases.put(a.asname().orElse(a.name()), mod + "." + a.name());
                        imports.add(new Import(mod + "." + a.name(), loc(a.range()), guarded));
                    }
                }
            } else if (n instanceof Stmt.Try t) {
                collectImports(t.body(), true);
                for (var h : t.handlers()) {
                    collectImports(h.body(), true);
                }
                collectImports(t.orelse(), guarded);
                collectImports(t.finalbody(), guarded);
            } else if (n instanceof Stmt || n instanceof dev.anvilcheck.python.ast.ExceptHandler
                    || n instanceof dev.anvilcheck.python.ast.MatchCase) {
                List<Node> kids = new ArrayList<>();
                for (Node c : Ast.children(n)) {
                    if (c instanceof Stmt || c instanceof dev.anvilcheck.python.ast.ExceptHandler
                            || c instanceof dev.anvilcheck.python.ast.MatchCase) {
                        kids.add(c);
                    }
                }
                collectImports(kids, guarded);
            }
        }
    }

    /** The dotted name an expression refers to through the module's imports, if any. */
    Optional<String> qname(Expr e) {
        if (e instanceof Expr.Name n) {
            String a = aliases.get(n.id());
            if (a != null) {
                return Optional.of(a);
            }
            for (String star : stars) {
                String cand = star + "." + n.id();
                if (STAR_NAMES.contains(cand)) {
                    return Optional.of(cand);
                }
            }
            return Optional.empty();
        }
        if (e instanceof Expr.Attribute at) {
            return qname(at.value()).map(q -> q + "." + at.attr());
        }
        return Optional.empty();
    }

    private boolean is(Expr e, String... names) {
        Optional<String> q = qname(e);
        if (q.isEmpty()) {
            return false;
        }
        for (String n : names) {
            if (q.get().equals(n)) {
                return true;
            }
        }
        return false;
    }

    // ---- scopes ----

    /** Walks one scope: binds row variables first, then visits every node. */
    private void scope(List<? extends Node> body) {
        Map<String, String> rows = new HashMap<>();
        Set<String> conflicting = new HashSet<>();
        List<Node> nodes = new ArrayList<>();
        List<List<? extends Node>> nested = new ArrayList<>();
        for (Node n : body) {
            flatten(n, nodes, nested);
        }
        for (Node n : nodes) {
            bindRows(n, rows, conflicting);
        }
        conflicting.forEach(rows::remove);
        for (Node n : nodes) {
            visit(n, rows);
        }
        for (List<? extends Node> b : nested) {
            scope(b);
        }
    }

    /**
     * Collects the nodes of a scope, deferring nested function, lambda and class bodies. Iterative, because long
     * operator chains make deep trees.
     */
    private void flatten(Node root, List<Node> out, List<List<? extends Node>> nested) {
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            out.add(n);
            List<Node> kids;
            if (n instanceof Stmt.FunctionDef fd) {
                kids = new ArrayList<>(fd.decoratorList());
                nested.add(fd.body());
            } else if (n instanceof Stmt.ClassDef cd) {
                kids = new ArrayList<>(cd.decoratorList());
                kids.addAll(cd.bases());
                nested.add(cd.body());
            } else if (n instanceof Expr.Lambda l) {
                kids = List.of();
                nested.add(List.of(l.body()));
            } else {
                kids = Ast.children(n);
            }
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
    }

    private void bindRows(Node n, Map<String, String> rows, Set<String> conflicting) {
        if (n instanceof Stmt.Assign a) {
            Optional<String> t = rowTable(a.value());
            for (Expr target : a.targets()) {
                bind(target, t, rows, conflicting);
            }
        } else if (n instanceof Stmt.AnnAssign a && a.value().isPresent()) {
            bind(a.target(), rowTable(a.value().get()), rows, conflicting);
        } else if (n instanceof Stmt.AugAssign a) {
            bind(a.target(), Optional.empty(), rows, conflicting);
        } else if (n instanceof Stmt.For f) {
            bind(f.target(), rowsTable(f.iter()), rows, conflicting);
        } else if (n instanceof Comprehension c) {
            bind(c.target(), rowsTable(c.iter()), rows, conflicting);
        } else if (n instanceof Expr.NamedExpr ne) {
            bind(ne.target(), rowTable(ne.value()), rows, conflicting);
        } else if (n instanceof dev.anvilcheck.python.ast.WithItem w && w.optionalVars().isPresent()) {
            bind(w.optionalVars().get(), Optional.empty(), rows, conflicting);
        } else if (n instanceof Stmt.FunctionDef fd) {
            conflicting.add(fd.name());
        }
    }

    private static void bind(Expr target, Optional<String> table, Map<String, String> rows, Set<String> conflicting) {
        if (target instanceof Expr.Name n) {
            if (table.isEmpty()) {
                conflicting.add(n.id());
                return;
            }
            String prev = rows.putIfAbsent(n.id(), table.get());
            if (prev != null && !prev.equals(table.get())) {
                conflicting.add(n.id());
            }
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(e -> bind(e, Optional.empty(), rows, conflicting));
        } else if (target instanceof Expr.List_ l) {
            l.elts().forEach(e -> bind(e, Optional.empty(), rows, conflicting));
        } else if (target instanceof Expr.Starred s) {
            bind(s.value(), Optional.empty(), rows, conflicting);
        }
    }

    /** The table whose name an expression like {@code app_tables.t} or {@code app_tables['t']} is. */
    Optional<String> tableOf(Expr e) {
        if (e instanceof Expr.Attribute a && is(a.value(), APP_TABLES)) {
            return Optional.of(a.attr());
        }
        if (e instanceof Expr.Subscript s && is(s.value(), APP_TABLES)) {
            return Ast.str(s.slice());
        }
        return Optional.empty();
    }

    /** The table of the row an expression yields ({@code app_tables.t.get(...)}, {@code add_row}). */
    private Optional<String> rowTable(Expr e) {
        if (e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a
                && Set.of("get", "add_row", "get_by_id").contains(a.attr())) {
            return tableOf(a.value());
        }
        return Optional.empty();
    }

    /** The table of the rows an iterable expression yields ({@code app_tables.t.search(...)}). */
    private Optional<String> rowsTable(Expr e) {
        if (e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && a.attr().equals("search")) {
            return tableOf(a.value());
        }
        return tableOf(e);
    }

    // ---- the visit ----

    private void visit(Node n, Map<String, String> rows) {
        if (n instanceof Stmt.FunctionDef fd) {
            registration(fd);
        } else if (n instanceof Stmt.ClassDef cd) {
            Set<String> methods = new HashSet<>();
            for (Stmt s : cd.body()) {
                if (s instanceof Stmt.FunctionDef fd) {
                    methods.add(fd.name());
                    if (fd.name().equals("__getattr__") || fd.name().equals("__getattribute__")) {
                        dynamicClasses.add(cd.name());
                    }
                } else if (s instanceof Stmt.Assign a) {
                    a.targets().stream().filter(t -> t instanceof Expr.Name)
                            .forEach(t -> methods.add(((Expr.Name) t).id()));
                } else if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name nm) {
                    methods.add(nm.id());
                } else if (!(s instanceof Stmt.Pass || s instanceof Stmt.ExprStmt)) {
                    dynamicClasses.add(cd.name());
                }
            }
            if (cd.bases().stream().anyMatch(b -> !(b instanceof Expr.Name nm && nm.id().endsWith("Template")))) {
                dynamicClasses.add(cd.name());
            }
            classMethods.put(cd.name(), methods);
        } else if (n instanceof Expr.Call c) {
            call(c, rows);
        } else if (n instanceof Expr.Attribute || n instanceof Expr.Subscript) {
            Expr e = (Expr) n;
            Optional<String> t = tableOf(e);
            if (t.isPresent()) {
                tables.add(new TableRef(t.get(), tableNameLoc(e), false, "use"));
            }
            if (e instanceof Expr.Subscript s && s.value() instanceof Expr.Name nm && rows.containsKey(nm.id())) {
                Optional<String> col = Ast.str(s.slice());
                String table = rows.get(nm.id());
                if (col.isPresent()) {
                    columns.add(new ColumnRef(table, col.get(), loc(s.slice().range()),
                            nm.id() + "['" + col.get() + "']"));
                }
                if (s.ctx() != Ops.ExprContext.LOAD) {
                    tables.add(new TableRef(table, loc(s.range()), true, "assigns " + nm.id() + "[...]"));
                }
            }
        }
    }

    private Location tableNameLoc(Expr e) {
        if (e instanceof Expr.Attribute a) {
            int end = a.range().end();
            return loc(new TextRange(Math.max(a.range().start(), end - a.attr().length()), end));
        }
        return loc(((Expr.Subscript) e).slice().range());
    }

    private void call(Expr.Call c, Map<String, String> rows) {
        Expr f = c.func();
        if (is(f, "anvil.server.call", "anvil.server.call_s", "anvil.server.launch_background_task")) {
            if (!c.args().isEmpty()) {
                Optional<String> name = Ast.str(c.args().get(0));
                if (name.isPresent()) {
                    boolean star = c.args().stream().anyMatch(a -> a instanceof Expr.Starred);
                    boolean kwStar = c.keywords().stream().anyMatch(k -> k.arg().isEmpty());
                    List<String> kws = new ArrayList<>();
                    c.keywords().forEach(k -> k.arg().ifPresent(kws::add));
                    calls.add(new Call(name.get(), qname(f).orElse("").endsWith("launch_background_task"),
                            c.args().size() - 1, kws, star, kwStar, loc(c.args().get(0).range())));
                }
            }
            return;
        }
        if (is(f, "anvil.open_form") || (f instanceof Expr.Name nm && nm.id().equals("open_form")
                && !aliases.containsKey("open_form"))) {
            if (!c.args().isEmpty()) {
                Ast.str(c.args().get(0)).ifPresent(s -> openForms.add(new NameRef(s, loc(c.args().get(0).range()))));
            }
            return;
        }
        if (is(f, "anvil.server.register")) {
            register(c);
            return;
        }
        if (f instanceof Expr.Attribute a) {
            Optional<String> table = tableOf(a.value());
            if (table.isPresent()) {
                String m = a.attr();
                if (Set.of("add_row", "search", "get", "get_or_create", "has_row").contains(m)) {
                    for (Keyword k : c.keywords()) {
                        if (k.arg().isPresent()) {
                            columns.add(new ColumnRef(table.get(), k.arg().get(), loc(k.range()),
                                    m + "(" + k.arg().get() + "=...)"));
                        }
                    }
                }
                if (Set.of("add_row", "delete_all_rows", "add_rows", "get_or_create").contains(m)) {
                    tables.add(new TableRef(table.get(), loc(a.range()), true, m + "()"));
                }
            } else if (a.value() instanceof Expr.Name nm && rows.containsKey(nm.id())) {
                String table2 = rows.get(nm.id());
                if (a.attr().equals("update")) {
                    for (Keyword k : c.keywords()) {
                        k.arg().ifPresent(col -> columns.add(new ColumnRef(table2, col, loc(k.range()),
                                nm.id() + ".update(" + col + "=...)")));
                    }
                    tables.add(new TableRef(table2, loc(a.range()), true, nm.id() + ".update()"));
                } else if (a.attr().equals("delete")) {
                    tables.add(new TableRef(table2, loc(a.range()), true, nm.id() + ".delete()"));
                }
            }
        }
    }

    private void registration(Stmt.FunctionDef fd) {
        for (Expr d : fd.decoratorList()) {
            Expr target = d instanceof Expr.Call c ? c.func() : d;
            boolean task = is(target, "anvil.server.background_task");
            boolean callable = is(target, "anvil.server.callable", "anvil.server.callable_as");
            if (!task && !callable) {
                continue;
            }
            String name = fd.name();
            if (d instanceof Expr.Call c) {
                if (!c.args().isEmpty()) {
                    Optional<String> s = Ast.str(c.args().get(0));
                    if (s.isEmpty()) {
                        continue;
                    }
                    name = s.get();
                }
                for (Keyword k : c.keywords()) {
                    if (k.arg().isPresent() && k.arg().get().equals("name")) {
                        Optional<String> s = Ast.str(k.value());
                        if (s.isEmpty()) {
                            name = null;
                            break;
                        }
                        name = s.get();
                    }
                }
                if (name == null) {
                    continue;
                }
            }
            registrations.add(new Registration(name, task, Optional.of(fd.args()), loc(d.range()), fd.name()));
        }
    }

    /** {@code anvil.server.register(fn, "name")}, {@code register(fn)} or {@code register("name", fn)}. */
    private void register(Expr.Call c) {
        Optional<String> literal = Optional.empty();
        Optional<String> fn = Optional.empty();
        for (Expr a : c.args()) {
            if (Ast.str(a).isPresent()) {
                literal = Ast.str(a);
            } else if (a instanceof Expr.Name n) {
                fn = Optional.of(n.id());
            }
        }
        for (Keyword k : c.keywords()) {
            if (k.arg().isPresent() && k.arg().get().equals("name")) {
                literal = Ast.str(k.value());
            }
        }
        Optional<String> fnName = fn;
        Optional<String> name = literal.or(() -> fnName);
        if (name.isEmpty()) {
            return;
        }
        Optional<Arguments> sig = fn.map(topFunctions::get).map(Stmt.FunctionDef::args);
        registrations.add(new Registration(name.get(), false, sig, loc(c.range()), fn.orElse(name.get())));
    }
}
