package dev.anvilcheck.schema.internal;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.config.AnvilYaml;
import dev.anvilcheck.config.AnvilYaml.ColumnType;
import dev.anvilcheck.config.CheckConfig;
import dev.anvilcheck.internal.yaml.YNode;
import dev.anvilcheck.internal.yaml.YamlReader;
import dev.anvilcheck.schema.SchemaModel;
import dev.anvilcheck.schema.SchemaModel.Column;
import dev.anvilcheck.schema.SchemaModel.ForeignKey;
import dev.anvilcheck.schema.SchemaModel.Index;
import dev.anvilcheck.schema.SchemaModel.IndexMethod;
import dev.anvilcheck.schema.SchemaModel.OnDelete;
import dev.anvilcheck.schema.SchemaModel.Table;
import dev.anvilcheck.schema.SchemaModel.TableKind;
import dev.anvilcheck.schema.SchemaResult;
import dev.anvilcheck.schema.SchemaRule;
import dev.anvilcheck.schema.SchemaSql;
import dev.anvilcheck.schema.SqlStatement;
import dev.anvilcheck.schema.SqlStatement.Kind;
import dev.anvilcheck.schema.SqlType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the {@link SchemaModel} and its SQL from an app's tables and {@code database.extra} (DESIGN section 9).
 * Stateless; one instance per run.
 */
public final class SchemaGenerator {

    /** The columns the Users service writes, in the order they are added when missing. */
    static final List<Map.Entry<String, ColumnType>> USER_COLUMNS = List.of(
            Map.entry("email", ColumnType.STRING), Map.entry("enabled", ColumnType.BOOL),
            Map.entry("signed_up", ColumnType.DATETIME), Map.entry("password_hash", ColumnType.STRING),
            Map.entry("confirmed_email", ColumnType.BOOL), Map.entry("remembered_logins", ColumnType.SIMPLE_OBJECT));

    private final List<Finding> findings = new ArrayList<>();
    private String schema;

    private SchemaGenerator() {
    }

    /**
     * The chain step: generates the schema of a loaded project.
     *
     * @param project the project
     * @return the result, with the project's rule settings applied
     */
    public static SchemaResult check(AnvilProject project) {
        CheckConfig.Database db = project.checkConfig().database();
        Path cfg = project.options().configFile().orElse(project.root().resolve(AnvilProject.CHECK_YAML));
        Optional<Located> extra = locatedExtra(project.root(), cfg);
        SchemaResult r = new SchemaGenerator().run(project.anvilYaml(), db, extra);
        return new SchemaResult(r.schema(), r.statements(), project.applyRuleSettings(r.findings()));
    }

    /**
     * Generates the schema from a manifest and database settings; extra objects carry no file locations.
     *
     * @param app the manifest, if any
     * @param db the database settings
     * @return the result, at the rules' default severities
     */
    public static SchemaResult generate(Optional<AnvilYaml> app, CheckConfig.Database db) {
        return new SchemaGenerator().run(app, db, Optional.of(Located.of(db.extra())));
    }

    private SchemaResult run(Optional<AnvilYaml> app, CheckConfig.Database db, Optional<Located> extra) {
        schema = db.schema();
        if (!validName(schema, "schema name", Optional.empty())) {
            schema = CheckConfig.defaults().database().schema();
        }
        List<AnvilYaml.Table> tables = app.map(AnvilYaml::tables).orElse(List.of());
        tables = withUserColumns(app, tables);
        // App tables and join tables, with names checked.
        Map<String, Table> byName = new LinkedHashMap<>();
        Map<String, List<Table>> joinTables = new LinkedHashMap<>();
        List<AnvilYaml.Table> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparing(AnvilYaml.Table::pythonName));
        Set<String> appNames = new HashSet<>();
        for (AnvilYaml.Table t : sorted) {
            if (validName(t.pythonName(), "table name", Optional.of(t.location()))) {
                appNames.add(t.pythonName());
            }
        }
        List<ForeignKey> fks = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        boolean media = false;
        Set<String> allNames = new HashSet<>(appNames);
        for (AnvilYaml.Table t : sorted) {
            if (!appNames.contains(t.pythonName())) {
                continue;
            }
            List<Column> cols = new ArrayList<>();
            cols.add(new Column(SchemaModel.ID, SqlType.BIGINT, true, true, Optional.empty(), Optional.empty()));
            Set<String> colNames = new HashSet<>();
            colNames.add(SchemaModel.ID);
            List<Table> joins = new ArrayList<>();
            for (AnvilYaml.Column c : t.columns()) {
                Optional<Location> at = Optional.of(c.location());
                String what = "column '" + t.pythonName() + "." + c.name() + "'";
                if (!validName(c.name(), "column name", at)) {
                    continue;
                }
                if (!colNames.add(c.name())) {
                    findings.add(Finding.of(SchemaRule.NAME_COLLISION, c.location(), what + " has the name of "
                            + (c.name().equals(SchemaModel.ID) ? "the generated key column" : "another column")
                            + "; it is left out"));
                    continue;
                }
                if (c.type().isLink()) {
                    Optional<String> target = c.target().filter(appNames::contains);
                    if (target.isEmpty()) {
                        findings.add(Finding.of(SchemaRule.LINK_TARGET, c.location(), what + " links to table '"
                                + c.target().orElse("") + "', which the generated schema lacks; no "
                                + (c.type() == ColumnType.LINK_SINGLE ? "foreign key" : "join table")
                                + " is generated"));
                        continue;
                    }
                    if (c.type() == ColumnType.LINK_SINGLE) {
                        cols.add(column(c));
                        fks.add(new ForeignKey(SchemaSql.shortName(t.pythonName() + "_" + c.name() + "_fkey"),
                                t.pythonName(), c.name(), target.get(), OnDelete.SET_NULL, at));
                    } else {
                        String jt = t.pythonName() + "__" + c.name();
                        if (!SchemaSql.fits(jt)) {
                            findings.add(Finding.of(SchemaRule.NAME_TOO_LONG, c.location(), "join table name '" + jt
                                    + "' of " + what + " is longer than 63 bytes; the join table is left out")
                                    .withHint("shorten the table or column name"));
                            continue;
                        }
                        if (!allNames.add(jt)) {
                            findings.add(Finding.of(SchemaRule.NAME_COLLISION, c.location(), "join table '" + jt
                                    + "' of " + what + " has the name of another table; it is left out"));
                            continue;
                        }
                        joins.add(new Table(jt, TableKind.JOIN_TABLE, List.of(
                                new Column("from_id", SqlType.BIGINT, true, false, Optional.empty(), at),
                                new Column("to_id", SqlType.BIGINT, true, false, Optional.empty(), at),
                                new Column("position", SqlType.INTEGER, true, false, Optional.empty(), at)),
                                List.of("from_id", "position"), at));
                        fks.add(new ForeignKey(SchemaSql.shortName(jt + "_from_id_fkey"), jt, "from_id",
                                t.pythonName(), OnDelete.CASCADE, at));
                        fks.add(new ForeignKey(SchemaSql.shortName(jt + "_to_id_fkey"), jt, "to_id", target.get(),
                                OnDelete.CASCADE, at));
                    }
                } else {
                    media |= c.type() == ColumnType.MEDIA;
                    cols.add(column(c));
                }
            }
            Table table = new Table(t.pythonName(), TableKind.APP_TABLE, cols, List.of(SchemaModel.ID),
                    Optional.of(t.location()));
            byName.put(t.pythonName(), table);
            joinTables.put(t.pythonName(), joins);
            for (AnvilYaml.Index i : t.indexes()) {
                IndexMethod m = IndexMethod.valueOf(i.type().name());
                index(table, i.columns(), m, false, Optional.empty(), Optional.of(i.location()), t.pythonName())
                        .ifPresent(ix -> addIndex(indexes, ix));
            }
        }
        // Cycles: the tables first, then keys. A join table's columns are not in byName, look them up separately.
        List<Table> allTables = new ArrayList<>();
        for (Table t : byName.values()) {
            allTables.add(t);
            allTables.addAll(joinTables.get(t.name()));
        }
        Extras extras = new Extras(allTables, findings);
        extra.ifPresent(extras::read);
        indexes.addAll(extras.indexes(indexes));
        Set<String> extensions = new TreeSet<>();
        if (indexes.stream().anyMatch(i -> i.method() == IndexMethod.TRIGRAM)) {
            extensions.add("pg_trgm");
        }
        fks.sort(Comparator.comparing(ForeignKey::table).thenComparing(ForeignKey::column));
        SchemaModel model = new SchemaModel(schema, List.copyOf(extensions), media, allTables, fks, indexes,
                extras.constraints(), extras.functions(), extras.comments());
        return new SchemaResult(model, statements(model), findings);
    }

    /** The statements that create a model, in order. */
    static List<SqlStatement> statements(SchemaModel m) {
        String s = m.name();
        List<SqlStatement> out = new ArrayList<>();
        out.add(new SqlStatement(Kind.SCHEMA, s, SchemaSql.createSchema(s), Optional.empty()));
        for (String e : m.extensions()) {
            out.add(new SqlStatement(Kind.EXTENSION, e, SchemaSql.createExtension(e), Optional.empty()));
        }
        if (m.mediaType()) {
            out.add(new SqlStatement(Kind.TYPE, s + ".media", SchemaSql.createMediaType(s), Optional.empty()));
        }
        for (Table t : m.tables()) {
            out.add(new SqlStatement(Kind.TABLE, s + "." + t.name(), SchemaSql.createTable(s, t), t.source()));
        }
        for (ForeignKey fk : m.foreignKeys()) {
            out.add(new SqlStatement(Kind.FOREIGN_KEY, s + "." + fk.table() + "." + fk.name(),
                    SchemaSql.addForeignKey(s, fk), fk.source()));
        }
        for (Index i : m.indexes()) {
            out.add(new SqlStatement(Kind.INDEX, s + "." + i.name(), SchemaSql.createIndex(s, i), i.source()));
        }
        for (SchemaModel.Constraint c : m.constraints()) {
            out.add(new SqlStatement(Kind.CONSTRAINT, s + "." + c.table() + "." + c.name(),
                    SchemaSql.guardedConstraint(s, c.table(), c.name(), c.definition()), c.source()));
        }
        for (SchemaModel.Function f : m.functions()) {
            String sql = f.sql().strip();
            out.add(new SqlStatement(Kind.FUNCTION, f.name(), sql.endsWith(";") ? sql : sql + ";", f.source()));
        }
        for (SchemaModel.Comment c : m.comments()) {
            out.add(new SqlStatement(Kind.COMMENT, s + "." + c.table() + c.column().map(x -> "." + x).orElse(""),
                    SchemaSql.comment(s, c), c.source()));
        }
        return out;
    }

    private Column column(AnvilYaml.Column c) {
        return new Column(c.name(), SqlType.of(c.type()), false, false, Optional.of(c.type().yamlName()),
                Optional.of(c.location()));
    }

    /** Builds an index on a table's columns, or reports why it cannot be. */
    Optional<Index> index(Table table, List<String> columns, IndexMethod method, boolean unique,
                          Optional<String> name, Optional<Location> at, String tableName) {
        for (String col : columns) {
            Optional<Column> c = table.column(col);
            String problem = null;
            if (c.isEmpty()) {
                problem = "names column '" + col + "', which the generated table lacks";
            } else if (method != IndexMethod.B_TREE && c.get().type() != SqlType.TEXT) {
                problem = "is " + method.name().toLowerCase(java.util.Locale.ROOT) + " on column '" + col
                        + "', which is not a string column";
            }
            if (problem != null) {
                findings.add(new Finding(SchemaRule.INDEX_COLUMN, SchemaRule.INDEX_COLUMN.defaultSeverity(), at,
                        "index on '" + tableName + "' " + problem + "; it is left out", Optional.empty(),
                        dev.anvilcheck.Details.NONE));
                return Optional.empty();
            }
        }
        String suffix = method == IndexMethod.TRIGRAM ? "_trgm" : method == IndexMethod.FULL_TEXT ? "_fts"
                : unique ? "_key" : "_idx";
        String n = name.orElse(SchemaSql.shortName(tableName + "_" + String.join("_", columns) + suffix));
        return Optional.of(new Index(n, tableName, columns, method, unique, at));
    }

    private void addIndex(List<Index> indexes, Index ix) {
        if (indexes.stream().anyMatch(i -> i.name().equals(ix.name()))) {
            findings.add(new Finding(SchemaRule.NAME_COLLISION, SchemaRule.NAME_COLLISION.defaultSeverity(),
                    ix.source(), "index '" + ix.name() + "' is declared twice; the second is left out",
                    Optional.empty(), dev.anvilcheck.Details.NONE));
            return;
        }
        indexes.add(ix);
    }

    /** Checks that a name can be a PostgreSQL identifier; reports it when not. */
    boolean validName(String name, String what, Optional<Location> at) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            findings.add(new Finding(SchemaRule.INVALID_NAME, SchemaRule.INVALID_NAME.defaultSeverity(), at,
                    what + " '" + name.replace("\0", "\\0") + "' " + (name.isEmpty() ? "is empty" : "holds a NUL")
                            + "; PostgreSQL cannot take it", Optional.empty(), dev.anvilcheck.Details.NONE));
            return false;
        }
        if (!SchemaSql.fits(name)) {
            findings.add(new Finding(SchemaRule.NAME_TOO_LONG, SchemaRule.NAME_TOO_LONG.defaultSeverity(), at,
                    what + " '" + name + "' is " + name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                            + " bytes long; PostgreSQL takes at most 63", Optional.of("shorten the name"),
                    dev.anvilcheck.Details.NONE));
            return false;
        }
        return true;
    }

    /** Adds the Users service's columns to its table (and the table itself) when missing. */
    private List<AnvilYaml.Table> withUserColumns(Optional<AnvilYaml> app, List<AnvilYaml.Table> tables) {
        Optional<AnvilYaml.Service> users = app.flatMap(a -> a.service(AnvilYaml.Service.USERS));
        if (users.isEmpty()) {
            return tables;
        }
        Object configured = users.get().serverConfig().get("user_table");
        Optional<AnvilYaml.Table> table;
        if (configured instanceof Long) {
            table = tables.stream().filter(t -> t.legacyId().equals(Optional.of((Long) configured))).findFirst();
            if (table.isEmpty()) {
                return tables;
            }
        } else if (configured == null || configured instanceof String) {
            String name = configured == null ? "users" : (String) configured;
            table = tables.stream().filter(t -> t.pythonName().equals(name)).findFirst();
            if (table.isEmpty()) {
                Location at = users.get().location();
                table = Optional.of(new AnvilYaml.Table(name, name, AnvilYaml.Permission.NONE,
                        AnvilYaml.Permission.FULL, List.of(), List.of(), Optional.empty(), at));
                List<AnvilYaml.Table> more = new ArrayList<>(tables);
                more.add(table.get());
                tables = more;
            }
        } else {
            return tables;
        }
        AnvilYaml.Table t = table.get();
        List<AnvilYaml.Column> cols = new ArrayList<>(t.columns());
        List<String> added = new ArrayList<>();
        for (Map.Entry<String, ColumnType> e : USER_COLUMNS) {
            if (t.column(e.getKey()).isEmpty()) {
                cols.add(new AnvilYaml.Column(e.getKey(), e.getValue(), Optional.empty(), false, t.location()));
                added.add(e.getKey() + " " + e.getValue().yamlName());
            }
        }
        if (added.isEmpty()) {
            return tables;
        }
        findings.add(Finding.of(SchemaRule.USERS_COLUMN, t.location(), "the Users service needs "
                + String.join(", ", added) + " in table '" + t.pythonName() + "'; the generated table has "
                + (added.size() == 1 ? "it" : "them")).withHint("add the column" + (added.size() == 1 ? "" : "s")
                + " to the table in Anvil's editor so the app and the database agree"));
        AnvilYaml.Table changed = new AnvilYaml.Table(t.pythonName(), t.title(), t.client(), t.server(), cols,
                t.indexes(), t.legacyId(), t.location());
        List<AnvilYaml.Table> out = new ArrayList<>();
        for (AnvilYaml.Table x : tables) {
            out.add(x == t ? changed : x);
        }
        return out;
    }

    /** Reads database.extra from anvil-check.yaml with locations. */
    private static Optional<Located> locatedExtra(Path root, Path cfg) {
        if (!Files.isRegularFile(cfg)) {
            return Optional.empty();
        }
        String rel = cfg.toAbsolutePath().normalize().startsWith(root)
                ? root.relativize(cfg.toAbsolutePath().normalize()).toString().replace('\\', '/')
                : cfg.toString().replace('\\', '/');
        try {
            YamlReader.Read read = YamlReader.read(cfg, rel);
            return read.root().filter(r -> r instanceof YNode.YMap)
                    .flatMap(r -> ((YNode.YMap) r).get("database"))
                    .filter(d -> d instanceof YNode.YMap)
                    .flatMap(d -> ((YNode.YMap) d).get("extra"))
                    .map(n -> Located.of(n, rel));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

}
