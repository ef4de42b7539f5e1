package dev.anvilcheck.internal.config;

import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.config.AnvilYaml;
import dev.anvilcheck.config.AnvilYaml.Column;
import dev.anvilcheck.config.AnvilYaml.ColumnType;
import dev.anvilcheck.config.AnvilYaml.Permission;
import dev.anvilcheck.config.AnvilYaml.Table;
import dev.anvilcheck.config.ConfigRule;
import dev.anvilcheck.internal.yaml.YNode;
import dev.anvilcheck.internal.yaml.YNode.YMap;
import dev.anvilcheck.internal.yaml.YNode.YScalar;
import dev.anvilcheck.internal.yaml.YNode.YSeq;
import dev.anvilcheck.python.PythonVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Validates an anvil.yaml document against the format Anvil writes (reference/anvil-format.md section 1) and
 * builds the typed {@link AnvilYaml} from what is valid.
 */
public final class AnvilYamlValidator {

    static final Set<String> TOP_LEVEL = Set.of("name", "package_name", "allow_embedding", "runtime_options",
            "services", "db_schema", "secrets", "dependencies", "startup", "startup_form", "native_deps", "metadata",
            "scheduled_tasks", "uplink_visible", "renamed", "correct_dependency_ids", "client_init_module",
            "code_prelude", "toolbox_sections", "toolbox", "layouts", "config_schema", "table_id_hints", "cta");
    static final Set<String> RUNTIME_KEYS = Set.of("version", "client_version", "server_version", "server_spec",
            "server_spec_disabled", "server_persist", "legacy_features", "preview_v3");
    static final Set<String> SERVICE_KEYS = Set.of("source", "client_config", "server_config");
    static final Set<String> TABLE_KEYS = Set.of("title", "client", "server", "columns", "indexes");
    static final Set<String> COLUMN_KEYS = Set.of("name", "type", "target", "admin_ui", "client_hidden");
    static final Set<String> LIST_TABLE_KEYS = Set.of("name", "id", "python_name", "columns", "access", "indexes");
    static final Set<String> LIST_COLUMN_KEYS = Set.of("name", "type", "admin_ui", "client_hidden", "backend",
            "table_id", "init", "sql_name", "indexes", "target");
    static final Set<String> ACCESS_KEYS = Set.of("python_name", "app_id", "server", "client", "table_id",
            "table_mapping_name", "table_mapping_id");
    static final Set<String> SECRET_KEYS = Set.of("type", "value");
    static final Set<String> DEPENDENCY_KEYS = Set.of("dep_id", "app_id", "version", "resolution_hints", "config");
    static final Set<String> SCHEDULED_KEYS = Set.of("task_name", "time_spec", "job_id");
    static final Set<String> EVERY = Set.of("minute", "hour", "day", "week", "month");
    static final Set<String> STARTUP_KEYS = Set.of("type", "module");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PACKAGE = Pattern.compile("[a-zA-Z0-9_]+");
    /** server_spec.base values seen in real apps (reference/anvil-format.md section 2.1). */
    static final Set<String> KNOWN_BASES = Set.of("python310-minimal", "python310-standard");
    private static final Pattern BASE = Pattern.compile("python(\\d)(\\d{1,2})-.+");

    /** Columns the Users service reads or writes, with their types. */
    static final Map<String, ColumnType> USER_COLUMNS;

    static {
        Map<String, ColumnType> m = new LinkedHashMap<>();
        m.put("email", ColumnType.STRING);
        m.put("enabled", ColumnType.BOOL);
        m.put("signed_up", ColumnType.DATETIME);
        m.put("password_hash", ColumnType.STRING);
        m.put("confirmed_email", ColumnType.BOOL);
        m.put("remembered_logins", ColumnType.SIMPLE_OBJECT);
        USER_COLUMNS = java.util.Collections.unmodifiableMap(m);
    }

    private final Nodes n;
    private final List<Finding> findings;
    private final List<String> requiredSections;
    private final Optional<Predicate<String>> clientModuleExists;

    private AnvilYamlValidator(String path, List<Finding> findings, List<String> requiredSections,
                               Optional<Predicate<String>> clientModuleExists) {
        this.findings = findings;
        this.n = new Nodes(path, findings);
        this.requiredSections = requiredSections;
        this.clientModuleExists = clientModuleExists;
    }

    /** The validated model and every finding. */
    public record Outcome(Optional<AnvilYaml> model, List<Finding> findings) {
    }

    /**
     * Validates a parsed document.
     *
     * @param root the document root, if the YAML could be read
     * @param readFindings findings from reading
     * @param path the file's project-relative path
     * @param requiredSections top-level keys that must exist
     * @param clientModuleExists tells whether a dotted module exists in client_code; empty when client_code is
     *     absent (the startup check is then skipped)
     * @return the outcome
     */
    public static Outcome validate(Optional<YNode> root, List<Finding> readFindings, String path,
                                   List<String> requiredSections, Optional<Predicate<String>> clientModuleExists) {
        List<Finding> findings = new ArrayList<>(readFindings);
        if (root.isEmpty()) {
            if (readFindings.isEmpty()) {
                findings.add(Finding.of(ConfigRule.ROOT_NOT_MAPPING, Location.file(path), path + " is empty"));
            }
            return new Outcome(Optional.empty(), findings);
        }
        if (!(root.get() instanceof YMap)) {
            findings.add(Finding.of(ConfigRule.ROOT_NOT_MAPPING, Location.at(path, root.get().line(),
                    root.get().column()), path + " must be a mapping at the top level, not " + root.get().kindName()));
            return new Outcome(Optional.empty(), findings);
        }
        AnvilYamlValidator v = new AnvilYamlValidator(path, findings, requiredSections, clientModuleExists);
        AnvilYaml model = v.top((YMap) root.get());
        return new Outcome(Optional.of(model), findings);
    }

    private AnvilYaml top(YMap root) {
        n.unknownKeys("anvil.yaml", root, TOP_LEVEL);
        for (String section : requiredSections) {
            if (root.get(section).isEmpty()) {
                n.add(Finding.of(ConfigRule.MISSING_SECTION, Location.file(n.path()),
                        "anvil.yaml has no '" + section + "' section"));
            }
        }
        Optional<String> name = n.string("name", root.get("name"), true);
        Optional<String> packageName = n.string("package_name", root.get("package_name"), true);
        packageName.filter(p -> !PACKAGE.matcher(p).matches()).ifPresent(p -> n.add(Finding.of(
                ConfigRule.INVALID_NAME, n.at(root.get("package_name").get()),
                "package_name '" + p + "' must match [a-zA-Z0-9_]+")));
        n.bool("allow_embedding", root.get("allow_embedding"), true);
        n.bool("renamed", root.get("renamed"), true);
        boolean uplink = n.bool("uplink_visible", root.get("uplink_visible"), true).orElse(false);
        for (String key : List.of("native_deps", "metadata", "correct_dependency_ids", "code_prelude", "toolbox",
                "config_schema", "table_id_hints")) {
            n.map(key, root.get(key), true);
        }
        Optional<String> clientInit = n.string("client_init_module", root.get("client_init_module"), true);
        AnvilYaml.RuntimeOptions runtime = runtime(root.entry("runtime_options"));
        List<AnvilYaml.Service> services = services(root.get("services"));
        Optional<YNode> db = root.get("db_schema");
        AnvilYaml.SchemaForm form = AnvilYaml.SchemaForm.NONE;
        List<Table> tables = new ArrayList<>();
        if (db.isPresent()) {
            if (db.get() instanceof YMap) {
                form = ((YMap) db.get()).entries().isEmpty() ? AnvilYaml.SchemaForm.NONE
                        : AnvilYaml.SchemaForm.MAPPING;
                tables = mappingTables((YMap) db.get());
            } else if (db.get() instanceof YSeq) {
                form = ((YSeq) db.get()).items().isEmpty() ? AnvilYaml.SchemaForm.NONE : AnvilYaml.SchemaForm.LIST;
                tables = listTables((YSeq) db.get());
            } else if (!(db.get() instanceof YScalar && ((YScalar) db.get()).isNull())) {
                n.wrongType("db_schema", db.get(), "a mapping of tables (or the older list form)");
            }
        }
        tables = checkLinksAndIndexes(tables);
        checkUsers(services, tables);
        List<AnvilYaml.SecretDeclaration> secrets = secrets(root.get("secrets"));
        List<AnvilYaml.Dependency> deps = dependencies(root.get("dependencies"));
        Optional<AnvilYaml.Startup> startup = startup(root);
        List<AnvilYaml.ScheduledTask> tasks = scheduled(root.get("scheduled_tasks"));
        return new AnvilYaml(name, packageName, runtime, services, form, tables, secrets, deps, startup, tasks,
                uplink, clientInit, Nodes.keys(root));
    }

    private AnvilYaml.RuntimeOptions runtime(Optional<YNode.Entry> entry) {
        Optional<YMap> ro = n.map("runtime_options", entry.map(YNode.Entry::value), true);
        if (ro.isEmpty()) {
            return new AnvilYaml.RuntimeOptions(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), false, Optional.empty(), "no runtime_options", Optional.empty());
        }
        YMap m = ro.get();
        n.unknownKeys("runtime_options", m, RUNTIME_KEYS);
        Optional<Long> version = n.integer("runtime_options.version", m.get("version"), true);
        Optional<String> client = n.scalarText("runtime_options.client_version",
                m.get("client_version").filter(v -> !(v instanceof YScalar && ((YScalar) v).isNull())));
        Optional<String> serverVersion = n.string("runtime_options.server_version", m.get("server_version"), true);
        boolean persist = n.bool("runtime_options.server_persist", m.get("server_persist"), true).orElse(false);
        n.map("runtime_options.legacy_features", m.get("legacy_features"), true);
        n.map("runtime_options.server_spec_disabled", m.get("server_spec_disabled"), true);
        Optional<YMap> spec = n.map("runtime_options.server_spec", m.get("server_spec"), true);
        Optional<String> base = spec.flatMap(s -> n.string("server_spec.base", s.get("base"), true));
        Optional<PythonVersion> python = Optional.empty();
        String source;
        Location at = Location.at(n.path(), entry.get().keyLine(), entry.get().keyColumn());
        if (base.isPresent()) {
            var bm = BASE.matcher(base.get());
            if (bm.matches()) {
                python = PythonVersion.tryParse(bm.group(1) + "." + bm.group(2));
                source = "runtime_options.server_spec.base: " + base.get();
                if (!KNOWN_BASES.contains(base.get())) {
                    n.add(Finding.of(ConfigRule.RUNTIME, n.at(spec.get().get("base").get()),
                            "server environment '" + base.get() + "' is not one Anvil is known to offer; assuming "
                                    + "Python " + python.map(Object::toString).orElse("?") + " from its name")
                            .withHint("known: " + String.join(", ", new java.util.TreeSet<>(KNOWN_BASES))
                                    + "; set python.server in anvil-check.yaml to silence this"));
                }
            } else {
                source = "runtime_options.server_spec.base: " + base.get() + " (unknown environment)";
                n.add(Finding.of(ConfigRule.RUNTIME, n.at(spec.get().get("base").get()),
                        "unknown server environment '" + base.get() + "'; its Python version is not known")
                        .withHint("set python.server in anvil-check.yaml to the version it runs"));
            }
        } else if (serverVersion.isPresent()) {
            String sv = serverVersion.get();
            if (sv.startsWith("python3-")) {
                python = Optional.of(PythonVersion.of(3, 7));
                source = "runtime_options.server_version: " + sv + " (legacy Python 3 image, taken as 3.7)";
            } else if (sv.startsWith("python2-")) {
                python = Optional.of(PythonVersion.PY27);
                source = "runtime_options.server_version: " + sv;
            } else {
                source = "runtime_options.server_version: " + sv + " (unknown)";
                n.add(Finding.of(ConfigRule.RUNTIME, n.at(m.get("server_version").get()),
                        "unknown server_version '" + sv + "'; its Python version is not known")
                        .withHint("set python.server in anvil-check.yaml to the version it runs"));
            }
        } else {
            source = "runtime_options names no server environment";
        }
        return new AnvilYaml.RuntimeOptions(version, client, serverVersion, base, persist, python, source,
                Optional.of(at));
    }

    private List<AnvilYaml.Service> services(Optional<YNode> node) {
        List<AnvilYaml.Service> out = new ArrayList<>();
        Optional<YSeq> seq = n.seq("services", node, true);
        if (seq.isEmpty()) {
            return out;
        }
        for (YNode item : seq.get().items()) {
            if (!(item instanceof YMap)) {
                n.wrongType("a services entry", item, "a mapping");
                continue;
            }
            YMap m = (YMap) item;
            n.unknownKeys("a services entry", m, SERVICE_KEYS);
            Optional<String> source = n.string("services[].source", m.get("source"), false);
            if (source.isEmpty()) {
                if (m.get("source").isEmpty()) {
                    n.add(Finding.of(ConfigRule.MISSING_KEY, n.at(m), "a services entry has no 'source'"));
                }
                continue;
            }
            if (!AnvilYaml.Service.BUILT_IN.contains(source.get())) {
                n.add(Finding.of(ConfigRule.SERVICE_SOURCE, n.at(m.get("source").get()),
                        "service source '" + source.get() + "' is not one of Anvil's built-in services")
                        .withHint(Suggest.closest(source.get(), AnvilYaml.Service.BUILT_IN)
                                .map(s -> "did you mean '" + s + "'?")
                                .orElse("fine if a dependency provides it")));
            }
            Map<String, Object> client = Nodes.plainMap(n.map("client_config", m.get("client_config"), true));
            Map<String, Object> server = Nodes.plainMap(n.map("server_config", m.get("server_config"), true));
            out.add(new AnvilYaml.Service(source.get(), client, server, n.at(m)));
        }
        return out;
    }

    private Optional<Permission> permission(String what, Optional<YNode> node) {
        Optional<String> text = n.string(what, node, true);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (Permission p : Permission.values()) {
            if (p.yamlName().equals(text.get())) {
                return Optional.of(p);
            }
        }
        n.add(Finding.of(ConfigRule.PERMISSION, n.at(node.get()),
                what + " is '" + text.get() + "'; it must be none, search or full"));
        return Optional.empty();
    }

    private List<Table> mappingTables(YMap db) {
        List<Table> out = new ArrayList<>();
        for (YNode.Entry e : db.entries().values()) {
            String pythonName = e.key();
            Location at = n.at(e);
            if (!IDENTIFIER.matcher(pythonName).matches()) {
                n.add(Finding.of(ConfigRule.INVALID_NAME, at,
                        "table name '" + pythonName + "' is not a Python identifier, so app_tables cannot reach it"));
            }
            Optional<YMap> t = n.map("table '" + pythonName + "'", Optional.of(e.value()), false);
            if (t.isEmpty()) {
                continue;
            }
            YMap m = t.get();
            n.unknownKeys("table '" + pythonName + "'", m, TABLE_KEYS);
            String title = n.string("title", m.get("title"), true).orElse(pythonName);
            Permission client = permission("client", m.get("client")).orElse(Permission.NONE);
            Permission server = permission("server", m.get("server")).orElse(Permission.FULL);
            List<Column> columns = new ArrayList<>();
            Map<String, Location> seen = new HashMap<>();
            Optional<YSeq> cols = n.seq("columns of '" + pythonName + "'", m.get("columns"), true);
            for (YNode c : cols.map(YSeq::items).orElse(List.of())) {
                if (!(c instanceof YMap)) {
                    n.wrongType("a column", c, "a mapping");
                    continue;
                }
                column(pythonName, (YMap) c, COLUMN_KEYS, seen).ifPresent(columns::add);
            }
            List<AnvilYaml.Index> indexes = indexes(pythonName, m.get("indexes"));
            out.add(new Table(pythonName, title, client, server, columns, indexes, Optional.empty(), at));
        }
        return out;
    }

    private Optional<Column> column(String table, YMap c, Set<String> known, Map<String, Location> seen) {
        n.unknownKeys("a column of '" + table + "'", c, known);
        Optional<String> name = n.scalarText("column name", c.get("name"));
        Optional<String> type = n.string("column type", c.get("type"), false);
        n.bool("client_hidden", c.get("client_hidden"), true);
        if (name.isEmpty() || type.isEmpty()) {
            if (c.get("name").isEmpty() || c.get("type").isEmpty()) {
                n.add(Finding.of(ConfigRule.MISSING_KEY, n.at(c), "a column of '" + table + "' has no "
                        + (c.get("name").isEmpty() ? "name" : "type")));
            }
            return Optional.empty();
        }
        Location at = n.at(c.get("name").get());
        if (name.get().isBlank()) {
            n.add(Finding.of(ConfigRule.INVALID_NAME, at, "a column of '" + table + "' has an empty name"));
            return Optional.empty();
        }
        Location first = seen.putIfAbsent(name.get(), at);
        if (first != null) {
            n.add(Finding.of(ConfigRule.DUPLICATE_COLUMN, at, "column '" + name.get() + "' appears twice in table '"
                    + table + "' (first at line " + first.line() + ")"));
            return Optional.empty();
        }
        Optional<ColumnType> ct = ColumnType.fromYaml(type.get());
        if (ct.isEmpty()) {
            List<String> valid = new ArrayList<>();
            for (ColumnType t : ColumnType.values()) {
                valid.add(t.yamlName());
            }
            n.add(Finding.of(ConfigRule.COLUMN_TYPE, n.at(c.get("type").get()),
                    "column '" + table + "." + name.get() + "' has type '" + type.get()
                            + "', which Data Tables does not have")
                    .withHint(Suggest.closest(type.get(), valid).map(s -> "did you mean '" + s + "'?")
                            .orElse("valid types: " + String.join(", ", valid))));
            return Optional.empty();
        }
        boolean hidden = c.get("client_hidden").flatMap(v -> v instanceof YScalar ? ((YScalar) v).asBoolean()
                : Optional.empty()).orElse(false);
        Optional<String> target = Optional.empty();
        if (ct.get().isLink()) {
            target = n.string("target", c.get("target"), true);
            if (target.isEmpty() && c.get("table_id").isPresent()) {
                target = n.scalarText("table_id", c.get("table_id")).map(id -> "#" + id);
            }
            if (target.isEmpty()) {
                n.add(Finding.of(ConfigRule.MISSING_KEY, at, "link column '" + table + "." + name.get()
                        + "' has no target table"));
            }
        }
        return Optional.of(new Column(name.get(), ct.get(), target, hidden, at));
    }

    private List<AnvilYaml.Index> indexes(String table, Optional<YNode> node) {
        List<AnvilYaml.Index> out = new ArrayList<>();
        for (YNode i : n.seq("indexes of '" + table + "'", node, true).map(YSeq::items).orElse(List.of())) {
            if (!(i instanceof YMap)) {
                n.wrongType("an index", i, "a mapping");
                continue;
            }
            YMap m = (YMap) i;
            n.unknownKeys("an index of '" + table + "'", m, Set.of("columns", "type"));
            List<String> cols = new ArrayList<>();
            for (YNode c : n.seq("index columns", m.get("columns"), false).map(YSeq::items).orElse(List.of())) {
                n.scalarText("index column", Optional.of(c)).ifPresent(cols::add);
            }
            Optional<String> type = n.string("index type", m.get("type"), false);
            if (type.isEmpty() || cols.isEmpty()) {
                if (m.get("type").isEmpty() || m.get("columns").isEmpty()) {
                    n.add(Finding.of(ConfigRule.MISSING_KEY, n.at(m), "an index of '" + table
                            + "' needs columns and a type"));
                }
                continue;
            }
            Optional<AnvilYaml.IndexType> it = AnvilYaml.IndexType.fromYaml(type.get());
            if (it.isEmpty()) {
                n.add(Finding.of(ConfigRule.INDEX, n.at(m.get("type").get()), "index type '" + type.get()
                        + "' is not b_tree, trigram or full_text"));
                continue;
            }
            out.add(new AnvilYaml.Index(cols, it.get(), n.at(m)));
        }
        return out;
    }

    private List<Table> listTables(YSeq db) {
        List<Table> out = new ArrayList<>();
        Map<Long, String> idToName = new HashMap<>();
        List<YMap> maps = new ArrayList<>();
        for (YNode item : db.items()) {
            if (!(item instanceof YMap)) {
                n.wrongType("a db_schema entry", item, "a mapping");
                continue;
            }
            maps.add((YMap) item);
        }
        for (YMap m : maps) {
            Optional<Long> id = m.get("id").flatMap(v -> v instanceof YScalar ? ((YScalar) v).asLong()
                    : Optional.empty());
            Optional<String> pn = m.get("python_name").flatMap(v -> v instanceof YScalar
                    ? Optional.of(((YScalar) v).text()) : Optional.empty());
            if (id.isPresent() && pn.isPresent()) {
                idToName.put(id.get(), pn.get());
            }
        }
        for (YMap m : maps) {
            n.unknownKeys("a db_schema table", m, LIST_TABLE_KEYS);
            Optional<String> pythonName = n.string("python_name", m.get("python_name"), false);
            if (pythonName.isEmpty()) {
                if (m.get("python_name").isEmpty()) {
                    n.add(Finding.of(ConfigRule.MISSING_KEY, n.at(m), "a db_schema table has no python_name"));
                }
                continue;
            }
            String pn = pythonName.get();
            Location at = n.at(m.get("python_name").get());
            if (!IDENTIFIER.matcher(pn).matches()) {
                n.add(Finding.of(ConfigRule.INVALID_NAME, at,
                        "table name '" + pn + "' is not a Python identifier, so app_tables cannot reach it"));
            }
            Optional<Long> id = n.integer("id", m.get("id"), true);
            String title = n.scalarText("name", m.get("name")).orElse(pn);
            Optional<YMap> access = n.map("access", m.get("access"), true);
            access.ifPresent(a -> n.unknownKeys("access of '" + pn + "'", a, ACCESS_KEYS));
            Permission client = access.flatMap(a -> permission("access.client", a.get("client")))
                    .orElse(Permission.NONE);
            Permission server = access.flatMap(a -> permission("access.server", a.get("server")))
                    .orElse(Permission.FULL);
            List<Column> columns = new ArrayList<>();
            Map<String, Location> seen = new HashMap<>();
            Optional<YMap> cols = n.map("columns of '" + pn + "'", m.get("columns"), true);
            for (YNode.Entry e : cols.map(c -> c.entries().values()).orElse(List.of())) {
                if (!(e.value() instanceof YMap)) {
                    n.wrongType("a column", e.value(), "a mapping");
                    continue;
                }
                YMap cm = (YMap) e.value();
                column(pn, cm, LIST_COLUMN_KEYS, seen).ifPresent(c -> {
                    if (c.type().isLink() && c.target().isPresent() && c.target().get().startsWith("#")) {
                        String idText = c.target().get().substring(1);
                        String resolved = null;
                        try {
                            resolved = idToName.get(Long.parseLong(idText));
                        } catch (NumberFormatException ex) {
                            resolved = null;
                        }
                        if (resolved == null) {
                            n.add(Finding.of(ConfigRule.LINK_TARGET, c.location(), "link column '" + pn + "."
                                    + c.name() + "' points at table id " + idText + ", which db_schema lacks"));
                            return;
                        }
                        c = new Column(c.name(), c.type(), Optional.of(resolved), c.clientHidden(), c.location());
                    }
                    columns.add(c);
                });
            }
            List<AnvilYaml.Index> indexes = indexes(pn, m.get("indexes"));
            out.add(new Table(pn, title, client, server, columns, indexes, id, at));
        }
        return out;
    }

    private List<Table> checkLinksAndIndexes(List<Table> tables) {
        Map<String, Table> byName = new LinkedHashMap<>();
        List<Table> unique = new ArrayList<>();
        for (Table t : tables) {
            Table first = byName.putIfAbsent(t.pythonName(), t);
            if (first != null) {
                n.add(Finding.of(ConfigRule.DUPLICATE_TABLE, t.location(), "table '" + t.pythonName()
                        + "' is declared twice (first at line " + first.location().line() + ")"));
                continue;
            }
            unique.add(t);
        }
        List<Table> out = new ArrayList<>();
        for (Table t : unique) {
            List<Column> cols = new ArrayList<>();
            for (Column c : t.columns()) {
                if (c.type().isLink()) {
                    if (c.target().isEmpty()) {
                        continue;
                    }
                    if (!byName.containsKey(c.target().get())) {
                        n.add(Finding.of(ConfigRule.LINK_TARGET, c.location(), "link column '" + t.pythonName() + "."
                                + c.name() + "' targets table '" + c.target().get() + "', which db_schema lacks")
                                .withHint(Suggest.closest(c.target().get(), byName.keySet())
                                        .map(s -> "did you mean '" + s + "'?").orElse(null)));
                        continue;
                    }
                }
                cols.add(c);
            }
            List<AnvilYaml.Index> idx = new ArrayList<>();
            for (AnvilYaml.Index i : t.indexes()) {
                Optional<String> missing = i.columns().stream().filter(c -> t.column(c).isEmpty()).findFirst();
                if (missing.isPresent()) {
                    n.add(Finding.of(ConfigRule.INDEX, i.location(), "index on '" + t.pythonName() + "' names column '"
                            + missing.get() + "', which the table lacks"));
                    continue;
                }
                idx.add(i);
            }
            out.add(new Table(t.pythonName(), t.title(), t.client(), t.server(), cols, idx, t.legacyId(),
                    t.location()));
        }
        return out;
    }

    private void checkUsers(List<AnvilYaml.Service> services, List<Table> tables) {
        Optional<AnvilYaml.Service> users = services.stream()
                .filter(s -> s.source().equals(AnvilYaml.Service.USERS)).findFirst();
        if (users.isEmpty()) {
            return;
        }
        Object configured = users.get().serverConfig().get("user_table");
        String tableName;
        if (configured == null) {
            tableName = "users";
        } else if (configured instanceof Long) {
            Optional<Table> byId = tables.stream().filter(t -> t.legacyId().equals(Optional.of((Long) configured)))
                    .findFirst();
            if (byId.isEmpty()) {
                n.add(Finding.of(ConfigRule.USER_TABLE, users.get().location(), "the Users service names table id "
                        + configured + ", which db_schema lacks"));
                return;
            }
            tableName = byId.get().pythonName();
        } else {
            tableName = configured.toString();
        }
        Optional<Table> table = tables.stream().filter(t -> t.pythonName().equals(tableName)).findFirst();
        if (table.isEmpty()) {
            if (!tables.isEmpty()) {
                n.add(Finding.of(ConfigRule.USER_TABLE, users.get().location(), "the Users service uses table '"
                        + tableName + "', which db_schema lacks")
                        .withHint("add the table, or set server_config.user_table to the right one"));
            }
            return;
        }
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, ColumnType> e : USER_COLUMNS.entrySet()) {
            Optional<Column> c = table.get().column(e.getKey());
            if (c.isEmpty()) {
                missing.add(e.getKey() + ":" + e.getValue().yamlName());
            } else if (c.get().type() != e.getValue()) {
                n.add(Finding.of(ConfigRule.USER_TABLE_COLUMN, c.get().location(), "users column '" + e.getKey()
                        + "' is " + c.get().type().yamlName() + "; the Users service expects "
                        + e.getValue().yamlName()));
            }
        }
        if (!missing.isEmpty()) {
            n.add(Finding.of(ConfigRule.USER_TABLE_COLUMN, table.get().location(), "users table '" + tableName
                    + "' lacks column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing))
                    .withHint("the Users service creates them on first use when auto_create_missing_columns is on"));
        }
    }

    private List<AnvilYaml.SecretDeclaration> secrets(Optional<YNode> node) {
        List<AnvilYaml.SecretDeclaration> out = new ArrayList<>();
        Optional<YMap> m = n.map("secrets", node, true);
        for (YNode.Entry e : m.map(x -> x.entries().values()).orElse(List.of())) {
            Optional<YMap> s = n.map("secret '" + e.key() + "'", Optional.of(e.value()), false);
            if (s.isEmpty()) {
                continue;
            }
            n.unknownKeys("secret '" + e.key() + "'", s.get(), SECRET_KEYS);
            Optional<String> type = n.string("secret type", s.get().get("type"), false);
            AnvilYaml.SecretType st = AnvilYaml.SecretType.SECRET;
            if (type.isEmpty()) {
                if (s.get().get("type").isEmpty()) {
                    n.add(Finding.of(ConfigRule.MISSING_KEY, n.at(e), "secret '" + e.key() + "' has no type"));
                }
                continue;
            } else if (type.get().equals("key")) {
                st = AnvilYaml.SecretType.KEY;
            } else if (!type.get().equals("secret")) {
                n.add(Finding.of(ConfigRule.INVALID_VALUE, n.at(s.get().get("type").get()),
                        "secret '" + e.key() + "' has type '" + type.get() + "'; it must be secret or key"));
                continue;
            }
            out.add(new AnvilYaml.SecretDeclaration(e.key(), st, n.at(e)));
        }
        return out;
    }

    private List<AnvilYaml.Dependency> dependencies(Optional<YNode> node) {
        List<AnvilYaml.Dependency> out = new ArrayList<>();
        for (YNode item : n.seq("dependencies", node, true).map(YSeq::items).orElse(List.of())) {
            if (!(item instanceof YMap)) {
                n.wrongType("a dependency", item, "a mapping");
                continue;
            }
            YMap m = (YMap) item;
            n.unknownKeys("a dependency", m, DEPENDENCY_KEYS);
            Optional<YMap> hints = n.map("resolution_hints", m.get("resolution_hints"), true);
            Optional<String> depId = n.scalarText("dep_id", m.get("dep_id"));
            Optional<String> appId = n.scalarText("app_id", m.get("app_id"))
                    .or(() -> hints.flatMap(h -> n.scalarText("app_id", h.get("app_id"))));
            Optional<String> pkg = hints.flatMap(h -> n.scalarText("package_name", h.get("package_name")));
            Optional<String> name = hints.flatMap(h -> n.scalarText("name", h.get("name")));
            n.map("version", m.get("version"), true);
            if (depId.isEmpty() && appId.isEmpty()) {
                n.add(Finding.of(ConfigRule.MISSING_KEY, n.at(m), "a dependency has neither dep_id nor app_id"));
            }
            out.add(new AnvilYaml.Dependency(depId, appId, pkg, name, n.at(m)));
        }
        return out;
    }

    private Optional<AnvilYaml.Startup> startup(YMap root) {
        Optional<AnvilYaml.Startup> startup = Optional.empty();
        Optional<YMap> s = n.map("startup", root.get("startup"), true);
        if (s.isPresent()) {
            n.unknownKeys("startup", s.get(), STARTUP_KEYS);
            Optional<String> type = n.string("startup.type", s.get().get("type"), false);
            Optional<String> module = n.string("startup.module", s.get().get("module"), false);
            if (type.isPresent() && !type.get().equals("form") && !type.get().equals("module")) {
                n.add(Finding.of(ConfigRule.INVALID_VALUE, n.at(s.get().get("type").get()),
                        "startup.type is '" + type.get() + "'; it must be form or module"));
            } else if (type.isPresent() && module.isPresent()) {
                startup = Optional.of(new AnvilYaml.Startup(type.get().equals("form"), module.get(),
                        n.at(s.get().get("module").get())));
            } else if (s.get().get("module").isEmpty() || s.get().get("type").isEmpty()) {
                n.add(Finding.of(ConfigRule.MISSING_KEY, n.at(s.get()), "startup needs both type and module"));
            }
        }
        Optional<String> legacy = n.string("startup_form", root.get("startup_form"), true);
        if (startup.isEmpty() && legacy.isPresent()) {
            startup = Optional.of(new AnvilYaml.Startup(true, legacy.get(), n.at(root.get("startup_form").get())));
        }
        Optional<AnvilYaml.Startup> chosen = startup;
        if (clientModuleExists.isPresent()) {
            List<AnvilYaml.Startup> toCheck = new ArrayList<>();
            chosen.ifPresent(toCheck::add);
            legacy.filter(l -> chosen.map(st -> !st.module().equals(l)).orElse(false))
                    .ifPresent(l -> toCheck.add(new AnvilYaml.Startup(true, l, n.at(root.get("startup_form").get()))));
            for (AnvilYaml.Startup st : toCheck) {
                if (!clientModuleExists.get().test(st.module())) {
                    n.add(Finding.of(ConfigRule.STARTUP_TARGET, st.location(), "startup " + (st.form() ? "form" : "module")
                            + " '" + st.module() + "' does not exist in client_code"));
                }
            }
        }
        return startup;
    }

    private List<AnvilYaml.ScheduledTask> scheduled(Optional<YNode> node) {
        List<AnvilYaml.ScheduledTask> out = new ArrayList<>();
        for (YNode item : n.seq("scheduled_tasks", node, true).map(YSeq::items).orElse(List.of())) {
            if (!(item instanceof YMap)) {
                n.wrongType("a scheduled task", item, "a mapping");
                continue;
            }
            YMap m = (YMap) item;
            n.unknownKeys("a scheduled task", m, SCHEDULED_KEYS);
            Optional<String> name = n.string("task_name", m.get("task_name"), false);
            Optional<YMap> spec = n.map("time_spec", m.get("time_spec"), false);
            Optional<String> every = spec.flatMap(sp -> n.string("time_spec.every", sp.get("every"), false));
            every.filter(e -> !EVERY.contains(e.toLowerCase(Locale.ROOT))).ifPresent(e -> n.add(Finding.of(
                    ConfigRule.INVALID_VALUE, n.at(spec.get().get("every").get()), "time_spec.every is '" + e
                            + "'; it must be minute, hour, day, week or month")));
            if (name.isEmpty() && m.get("task_name").isEmpty()) {
                n.add(Finding.of(ConfigRule.MISSING_KEY, n.at(m), "a scheduled task has no task_name"));
            }
            if (name.isPresent() && every.isPresent() && EVERY.contains(every.get())) {
                out.add(new AnvilYaml.ScheduledTask(name.get(), every.get(), n.at(m)));
            }
        }
        return out;
    }

    /** The names of all top-level keys this validator knows (for docs and tests). */
    public static Set<String> knownTopLevelKeys() {
        return new LinkedHashSet<>(TOP_LEVEL);
    }
}
