package dev.anvilcheck.anvil.internal;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Severity;
import dev.anvilcheck.SourceFile;
import dev.anvilcheck.anvil.AnvilResult;
import dev.anvilcheck.anvil.AnvilRule;
import dev.anvilcheck.anvil.DependencyMetadata;
import dev.anvilcheck.config.AnvilYaml;
import dev.anvilcheck.internal.config.Suggest;
import dev.anvilcheck.internal.io.SafeFiles;
import dev.anvilcheck.internal.yaml.YNode;
import dev.anvilcheck.internal.yaml.YamlReader;
import dev.anvilcheck.python.ParseOptions;
import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonParser;
import dev.anvilcheck.python.PythonVersion;
import dev.anvilcheck.python.ast.Arg;
import dev.anvilcheck.python.ast.Arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Runs the AX rules over a project. Stateless; each run builds its own state. */
public final class AnvilAnalyzer {

    /** Files larger than this are not analysed: the parser would report them as one syntax error. */
    static final long MAX_SOURCE = PythonParser.MAX_SOURCE_BYTES;

    /** anvil modules and the service each needs. */
    static final Map<String, String> SERVICE_MODULES = new LinkedHashMap<>();

    static {
        SERVICE_MODULES.put("anvil.users", AnvilYaml.Service.USERS);
        SERVICE_MODULES.put("anvil.secrets", AnvilYaml.Service.SECRETS);
        SERVICE_MODULES.put("anvil.email", AnvilYaml.Service.EMAIL);
        SERVICE_MODULES.put("anvil.google", AnvilYaml.Service.GOOGLE);
        SERVICE_MODULES.put("anvil.facebook", "/runtime/services/facebook.yml");
        SERVICE_MODULES.put("anvil.microsoft", "/runtime/services/anvil/microsoft.yml");
        SERVICE_MODULES.put("anvil.saml", "/runtime/services/anvil/saml.yml");
        SERVICE_MODULES.put("anvil.stripe", "/runtime/services/stripe.yml");
        SERVICE_MODULES.put("anvil.tables", AnvilYaml.Service.TABLES);
        SERVICE_MODULES.put("anvil.files", "/runtime/services/anvil/files.yml");
    }

    private final AnvilProject project;
    private final Optional<AnvilYaml> yaml;
    private final List<Finding> findings = new ArrayList<>();
    private final List<ModuleFacts> modules = new ArrayList<>();
    /** Names called from other Python files of the repository (tests, Uplink scripts): they count as used. */
    private final Set<String> calledElsewhere = new HashSet<>();
    private final boolean soft;

    private AnvilAnalyzer(AnvilProject project) {
        this.project = project;
        this.yaml = project.anvilYaml();
        this.soft = yaml.map(y -> !y.dependencies().isEmpty() || y.uplinkVisible()
                || y.service(AnvilYaml.Service.UPLINK).isPresent()).orElse(true);
    }

    /**
     * Runs every AX rule.
     *
     * @param project the project
     * @param metadata the dependency metadata source
     * @return the result, findings passed through the project's rule settings
     */
    public static AnvilResult run(AnvilProject project, DependencyMetadata metadata) {
        AnvilAnalyzer a = new AnvilAnalyzer(project);
        a.parse();
        List<AnvilResult.ServerFunction> functions = new ArrayList<>();
        List<AnvilResult.ServerCall> calls = new ArrayList<>();
        a.serverCalls(functions, calls);
        a.tables();
        a.services();
        a.openForms();
        List<AnvilResult.Form> forms = FormsCheck.run(project, a.modules, a.findings, a.soft);
        RequirementsCheck.Outcome reqs = RequirementsCheck.run(project, a.modules, metadata);
        a.findings.addAll(reqs.findings());
        return new AnvilResult(project.applyRuleSettings(a.findings), functions, calls, forms, reqs.requirements());
    }

    private void parse() {
        for (SourceFile f : project.pythonFiles()) {
            try {
                byte[] bytes = SafeFiles.readBytes(f.file(), MAX_SOURCE);
                ParseResult r = PythonParser.parse(bytes, new ParseOptions(f.path(), PythonVersion.LATEST));
                ModuleFacts facts = ModuleFacts.of(f.path(), f.root(), r.module(), r.lineIndex());
                if (f.root() == CodeRoot.OTHER) {
                    facts.calls.forEach(c -> calledElsewhere.add(c.name()));
                } else {
                    modules.add(facts);
                }
            } catch (IOException e) {
                // an unreadable file is reported by the syntax checks; nothing to cross-check here
            }
        }
    }

    private Finding soften(Finding f) {
        return soft ? f.withSeverity(Severity.WARNING) : f;
    }

    private String softHint() {
        return soft ? " The app has dependencies or Uplink, so it may be registered there." : "";
    }

    // ---- 1 and 2: server functions, calls, tasks ----

    private void serverCalls(List<AnvilResult.ServerFunction> functions, List<AnvilResult.ServerCall> callsOut) {
        Map<String, List<ModuleFacts.Registration>> callables = new LinkedHashMap<>();
        Map<String, List<ModuleFacts.Registration>> tasks = new LinkedHashMap<>();
        for (ModuleFacts m : modules) {
            if (m.root != CodeRoot.SERVER) {
                continue;
            }
            for (ModuleFacts.Registration r : m.registrations) {
                (r.task() ? tasks : callables).computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
                functions.add(new AnvilResult.ServerFunction(r.name(), r.task()
                        ? AnvilResult.ServerFunction.Kind.BACKGROUND_TASK : AnvilResult.ServerFunction.Kind.CALLABLE,
                        r.function(), r.location()));
            }
        }
        Set<String> called = new HashSet<>();
        for (ModuleFacts m : modules) {
            for (ModuleFacts.Call c : m.calls) {
                Map<String, List<ModuleFacts.Registration>> pool = c.launch() ? tasks : callables;
                boolean resolved = pool.containsKey(c.name());
                callsOut.add(new AnvilResult.ServerCall(c.name(), c.launch(), m.root, resolved, c.location()));
                if (!c.launch()) {
                    called.add(c.name());
                }
                if (c.launch() && m.root == CodeRoot.CLIENT) {
                    findings.add(Finding.of(AnvilRule.CLIENT_LAUNCHES_TASK, c.location(),
                            "client code launches background task '" + c.name() + "'; launch_background_task "
                                    + "runs only on the server")
                            .withHint("Call a server function that launches the task, e.g. "
                                    + "anvil.server.call('start_" + c.name() + "')."));
                }
                if (!resolved) {
                    String what = c.launch() ? "background task" : "server function";
                    AnvilRule rule = c.launch() ? AnvilRule.UNKNOWN_BACKGROUND_TASK : AnvilRule.UNKNOWN_SERVER_FUNCTION;
                    String hint = Suggest.closest(c.name(), pool.keySet())
                            .map(s -> "Did you mean '" + s + "'?")
                            .orElse(c.launch() ? "Decorate the task with @anvil.server.background_task."
                                    : "Decorate the function with @anvil.server.callable in server_code.");
                    findings.add(soften(Finding.of(rule, c.location(), "no " + what + " named '" + c.name()
                            + "' is registered in server code" + (soft ? " of this app" : ""))
                            .withHint(hint + softHint())));
                    continue;
                }
                List<ModuleFacts.Registration> regs = pool.get(c.name());
                if (regs.size() == 1 && regs.get(0).signature().isPresent()) {
                    arguments(c, regs.get(0));
                }
            }
        }
        for (Map.Entry<String, List<ModuleFacts.Registration>> e : callables.entrySet()) {
            if (!called.contains(e.getKey()) && !calledElsewhere.contains(e.getKey())) {
                ModuleFacts.Registration r = e.getValue().get(0);
                findings.add(Finding.of(AnvilRule.UNUSED_SERVER_FUNCTION, r.location(), "server function '"
                        + e.getKey() + "' is not called by name anywhere in the app's code")
                        .withHint("Remove it if nothing (Uplink, HTTP, a computed name) calls it."));
            }
        }
        boolean hasServerCode = modules.stream().anyMatch(m -> m.root == CodeRoot.SERVER);
        if (yaml.isPresent() && hasServerCode) {
            for (AnvilYaml.ScheduledTask st : yaml.get().scheduledTasks()) {
                if (!tasks.containsKey(st.taskName())) {
                    findings.add(soften(Finding.of(AnvilRule.UNKNOWN_SCHEDULED_TASK, st.location(), "scheduled task '"
                            + st.taskName() + "' names no @anvil.server.background_task in server code")
                            .withHint(Suggest.closest(st.taskName(), tasks.keySet())
                                    .map(s -> "Did you mean '" + s + "'?")
                                    .orElse("Add @anvil.server.background_task to the function, or remove the "
                                            + "scheduled task.") + softHint())));
                }
            }
        }
    }

    private void arguments(ModuleFacts.Call c, ModuleFacts.Registration r) {
        Arguments a = r.signature().get();
        List<Arg> positional = new ArrayList<>(a.posonlyargs());
        positional.addAll(a.args());
        int required = positional.size() - a.defaults().size();
        Set<String> byName = new HashSet<>();
        a.args().forEach(x -> byName.add(x.arg()));
        a.kwonlyargs().forEach(x -> byName.add(x.arg()));
        String fn = "'" + c.name() + "' (" + r.location().path() + ":" + r.location().line() + ")";
        if (!c.starArgs() && a.vararg().isEmpty() && c.positional() > positional.size()) {
            findings.add(Finding.of(AnvilRule.SERVER_CALL_ARGUMENTS, c.location(), "server function " + fn
                    + " takes at most " + positional.size() + " positional argument" + (positional.size() == 1 ? ""
                    : "s") + " but the call passes " + c.positional())
                    .withHint("Match the call to def " + r.function() + "(...)."));
            return;
        }
        if (a.kwarg().isEmpty()) {
            for (String k : c.keywords()) {
                if (!byName.contains(k)) {
                    findings.add(Finding.of(AnvilRule.SERVER_CALL_ARGUMENTS, c.location(), "server function " + fn
                            + " has no parameter '" + k + "'")
                            .withHint(Suggest.closest(k, byName).map(s -> "Did you mean " + s + "=?")
                                    .orElse("Remove the keyword or add the parameter.")));
                    return;
                }
            }
        }
        if (!c.starArgs()) {
            for (int i = 0; i < Math.min(c.positional(), positional.size()); i++) {
                String name = positional.get(i).arg();
                if (c.keywords().contains(name)) {
                    findings.add(Finding.of(AnvilRule.SERVER_CALL_ARGUMENTS, c.location(), "the call of server "
                            + "function " + fn + " passes '" + name + "' both by position and by keyword")
                            .withHint("Pass " + name + " once."));
                    return;
                }
            }
        }
        if (c.starArgs() || c.starKwargs()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (int i = c.positional(); i < required; i++) {
            String name = positional.get(i).arg();
            if (!c.keywords().contains(name)) {
                missing.add(name);
            }
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            if (a.kwDefaults().get(i).isEmpty() && !c.keywords().contains(a.kwonlyargs().get(i).arg())) {
                missing.add(a.kwonlyargs().get(i).arg());
            }
        }
        if (!missing.isEmpty()) {
            findings.add(Finding.of(AnvilRule.SERVER_CALL_ARGUMENTS, c.location(), "the call of server function "
                    + fn + " lacks required argument" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing))
                    .withHint("Pass " + String.join(", ", missing) + "."));
        }
    }

    // ---- 3: tables ----

    private void tables() {
        if (yaml.isEmpty()) {
            return;
        }
        AnvilYaml y = yaml.get();
        boolean deps = !y.dependencies().isEmpty();
        Set<String> names = new HashSet<>();
        y.tables().forEach(t -> names.add(t.pythonName()));
        Set<String> reported = new HashSet<>();
        for (ModuleFacts m : modules) {
            for (ModuleFacts.TableRef ref : m.tables) {
                Optional<AnvilYaml.Table> table = y.table(ref.table());
                if (table.isEmpty()) {
                    if (!ref.write() && reported.add(m.path + ":" + ref.location())) {
                        Finding f = Finding.of(AnvilRule.UNKNOWN_TABLE, ref.location(), "table '" + ref.table()
                                + "' is not declared in db_schema")
                                .withHint(Suggest.closest(ref.table(), names).map(s -> "Did you mean '" + s + "'?")
                                        .orElse("Add the table in the Data Tables editor, or fix the name.")
                                        + (deps ? " The app has dependencies; the table may be one of theirs." : ""));
                        findings.add(deps ? f.withSeverity(Severity.WARNING) : f);
                    }
                    continue;
                }
                if (m.root != CodeRoot.CLIENT) {
                    continue;
                }
                AnvilYaml.Permission p = table.get().client();
                if (p == AnvilYaml.Permission.NONE && !ref.write()) {
                    findings.add(Finding.of(AnvilRule.CLIENT_TABLE_ACCESS, ref.location(), "client code uses table '"
                            + ref.table() + "' whose client permission is none")
                            .withHint("Move this into a server function, or give the table client access "
                                    + "(search or full) if the browser may see every row."));
                } else if (p == AnvilYaml.Permission.SEARCH && ref.write()) {
                    findings.add(Finding.of(AnvilRule.CLIENT_TABLE_WRITE, ref.location(), "client code "
                            + ref.what() + " on table '" + ref.table() + "', which clients may only search")
                            .withHint("Write through a server function, or set the table's client permission "
                                    + "to full."));
                }
            }
            for (ModuleFacts.ColumnRef c : m.columns) {
                Optional<AnvilYaml.Table> table = y.table(c.table());
                if (table.isEmpty() || table.get().column(c.column()).isPresent()
                        || rawColumns().getOrDefault(c.table(), Set.of()).contains(c.column())) {
                    continue;
                }
                Set<String> cols = new HashSet<>(rawColumns().getOrDefault(c.table(), Set.of()));
                table.get().columns().forEach(col -> cols.add(col.name()));
                findings.add(Finding.of(AnvilRule.UNKNOWN_COLUMN, c.location(), "table '" + c.table()
                        + "' has no column '" + c.column() + "' (" + c.how() + ")")
                        .withHint(Suggest.closest(c.column(), cols).map(s -> "Did you mean '" + s + "'?")
                                .orElse(cols.isEmpty() ? "The table declares no valid columns; add the column in "
                                        + "the Data Tables editor." : "Columns: "
                                        + String.join(", ", new java.util.TreeSet<>(cols)) + ".")));
            }
        }
    }

    private Map<String, Set<String>> rawColumns;

    /**
     * Column names as written in db_schema, including columns the manifest model left out for other problems
     * (an invalid type, a missing link target): those are AY findings, not unknown columns.
     */
    private Map<String, Set<String>> rawColumns() {
        if (rawColumns != null) {
            return rawColumns;
        }
        rawColumns = new HashMap<>();
        Optional<YNode> schema;
        try {
            schema = YamlReader.read(project.root().resolve(AnvilProject.ANVIL_YAML), AnvilProject.ANVIL_YAML).root()
                    .flatMap(r -> r instanceof YNode.YMap m ? m.get("db_schema") : Optional.empty());
        } catch (java.io.IOException e) {
            return rawColumns;
        }
        if (schema.isPresent() && schema.get() instanceof YNode.YMap tables) {
            for (YNode.Entry t : tables.entries().values()) {
                if (t.value() instanceof YNode.YMap tm && tm.get("columns").orElse(null) instanceof YNode.YSeq cols) {
                    cols.items().forEach(c -> columnName(c).ifPresent(n -> rawColumns
                            .computeIfAbsent(t.key(), k -> new HashSet<>()).add(n)));
                }
            }
        } else if (schema.isPresent() && schema.get() instanceof YNode.YSeq tables) {
            for (YNode t : tables.items()) {
                if (t instanceof YNode.YMap tm && tm.get("python_name").orElse(null) instanceof YNode.YScalar pn
                        && tm.get("columns").orElse(null) instanceof YNode.YMap cols) {
                    cols.entries().values().forEach(c -> columnName(c.value()).ifPresent(n -> rawColumns
                            .computeIfAbsent(pn.text(), k -> new HashSet<>()).add(n)));
                }
            }
        }
        return rawColumns;
    }

    private static Optional<String> columnName(YNode column) {
        if (column instanceof YNode.YMap m && m.get("name").orElse(null) instanceof YNode.YScalar s && !s.isNull()) {
            return Optional.of(s.text());
        }
        return Optional.empty();
    }

    // ---- 4: services ----

    private void services() {
        if (yaml.isEmpty()) {
            return;
        }
        for (ModuleFacts m : modules) {
            Set<String> seen = new HashSet<>();
            for (ModuleFacts.Import imp : m.imports) {
                for (Map.Entry<String, String> e : SERVICE_MODULES.entrySet()) {
                    String mod = e.getKey();
                    if (!(imp.module().equals(mod) || imp.module().startsWith(mod + "."))) {
                        continue;
                    }
                    if (yaml.get().service(e.getValue()).isEmpty() && seen.add(mod)) {
                        findings.add(Finding.of(AnvilRule.SERVICE_NOT_ENABLED, imp.location(), mod
                                + " is used but anvil.yaml does not enable its service (" + e.getValue() + ")")
                                .withHint("Add the service in the editor (it writes a services entry with source: "
                                        + e.getValue() + "), or remove the import."));
                    }
                }
            }
        }
    }

    // ---- 5 (part): open_form ----

    private void openForms() {
        for (ModuleFacts m : modules) {
            if (m.root != CodeRoot.CLIENT) {
                continue;
            }
            for (ModuleFacts.NameRef ref : m.openForms) {
                if (!FormsCheck.formExists(project, yaml, ref.name())) {
                    Finding f = Finding.of(AnvilRule.UNKNOWN_OPEN_FORM, ref.location(), "open_form('" + ref.name()
                            + "') names no form in client_code")
                            .withHint(Suggest.closest(ref.name(), FormsCheck.formNames(project))
                                    .map(s -> "Did you mean '" + s + "'?")
                                    .orElse("Use the form's dotted name relative to client_code."));
                    boolean deps = yaml.map(y -> !y.dependencies().isEmpty()).orElse(false);
                    findings.add(deps ? f.withSeverity(Severity.WARNING) : f);
                }
            }
        }
    }
}
