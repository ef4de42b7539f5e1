package dev.anvilcheck.schema.internal;

import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.schema.SchemaModel;
import dev.anvilcheck.schema.SchemaModel.Index;
import dev.anvilcheck.schema.SchemaModel.IndexMethod;
import dev.anvilcheck.schema.SchemaModel.Table;
import dev.anvilcheck.schema.SchemaRule;
import dev.anvilcheck.schema.SchemaSql;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code database.extra} of anvil-check.yaml: {@code indexes: [{table, columns, type, name, unique}]},
 * {@code functions: [{name, sql}]}, {@code constraints: [{table, name, check | unique}]} and
 * {@code comments: {"table": text, "table.column": text}}.
 */
final class Extras {

    private final List<Table> tables;
    private final List<Finding> findings;
    private final List<Located> indexEntries = new ArrayList<>();
    private final List<SchemaModel.Constraint> constraints = new ArrayList<>();
    private final List<SchemaModel.Function> functions = new ArrayList<>();
    private final List<SchemaModel.Comment> comments = new ArrayList<>();

    Extras(List<Table> tables, List<Finding> findings) {
        this.tables = tables;
        this.findings = findings;
    }

    void read(Located extra) {
        Optional<Map<String, Located>> m = extra.map();
        if (m.isEmpty()) {
            problem(extra, "database.extra must be a mapping");
            return;
        }
        Located idx = m.get().get("indexes");
        if (idx != null) {
            idx.list().ifPresentOrElse(indexEntries::addAll, () -> problem(idx, "database.extra.indexes must be a list"));
        }
        Located fns = m.get().get("functions");
        if (fns != null) {
            fns.list().ifPresentOrElse(l -> l.forEach(this::function),
                    () -> problem(fns, "database.extra.functions must be a list"));
        }
        Located cons = m.get().get("constraints");
        if (cons != null) {
            cons.list().ifPresentOrElse(l -> l.forEach(this::constraint),
                    () -> problem(cons, "database.extra.constraints must be a list"));
        }
        Located com = m.get().get("comments");
        if (com != null) {
            com.map().ifPresentOrElse(this::comments, () -> problem(com, "database.extra.comments must be a mapping"));
        }
        constraints.sort(Comparator.comparing(SchemaModel.Constraint::table).thenComparing(SchemaModel.Constraint::name));
        comments.sort(Comparator.comparing(SchemaModel.Comment::table)
                .thenComparing(c -> c.column().orElse("")));
    }

    List<Index> indexes(List<Index> existing) {
        List<Index> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        existing.forEach(i -> names.add(i.name()));
        for (Located e : indexEntries) {
            Optional<Map<String, Located>> m = e.map();
            if (m.isEmpty()) {
                problem(e, "an extra index must be a mapping with table and columns");
                continue;
            }
            Optional<Table> t = table(e, m.get(), "an extra index");
            List<String> cols = strings(m.get().get("columns"));
            if (t.isEmpty()) {
                continue;
            }
            if (cols.isEmpty()) {
                problem(e, "an extra index on '" + t.get().name() + "' needs columns: a non-empty list of names");
                continue;
            }
            String type = text(m.get().get("type")).orElse("b_tree");
            IndexMethod method;
            switch (type) {
                case "b_tree": method = IndexMethod.B_TREE; break;
                case "trigram": method = IndexMethod.TRIGRAM; break;
                case "full_text": method = IndexMethod.FULL_TEXT; break;
                default:
                    problem(e, "extra index type '" + type + "' is not b_tree, trigram or full_text");
                    continue;
            }
            boolean unique = Boolean.TRUE.equals(value(m.get().get("unique")));
            if (unique && method != IndexMethod.B_TREE) {
                problem(e, "only a b_tree index can be unique");
                continue;
            }
            Optional<String> name = text(m.get().get("name"));
            if (name.isPresent() && (name.get().isEmpty() || name.get().indexOf('\0') >= 0
                    || !SchemaSql.fits(name.get()))) {
                problem(e, "extra index name '" + name.get() + "' is empty or longer than 63 bytes");
                continue;
            }
            Optional<Index> ix = indexFor(t.get(), cols, method, unique, name, e.location());
            if (ix.isEmpty()) {
                continue;
            }
            if (!names.add(ix.get().name())) {
                problem(e, "extra index '" + ix.get().name() + "' has the name of another index");
                continue;
            }
            out.add(ix.get());
        }
        return out;
    }

    private Optional<Index> indexFor(Table t, List<String> cols, IndexMethod method, boolean unique,
                                     Optional<String> name, Optional<Location> at) {
        for (String c : cols) {
            Optional<SchemaModel.Column> col = t.column(c);
            if (col.isEmpty()) {
                findings.add(finding(at, "an extra index on '" + t.name() + "' names column '" + c
                        + "', which the table lacks"));
                return Optional.empty();
            }
            if (method != IndexMethod.B_TREE && col.get().type() != dev.anvilcheck.schema.SqlType.TEXT) {
                findings.add(finding(at, "an extra " + method.name().toLowerCase(java.util.Locale.ROOT)
                        + " index on '" + t.name() + "' names column '" + c + "', which is not a string column"));
                return Optional.empty();
            }
        }
        String suffix = method == IndexMethod.TRIGRAM ? "_trgm" : method == IndexMethod.FULL_TEXT ? "_fts"
                : unique ? "_key" : "_idx";
        String n = name.orElse(SchemaSql.shortName(t.name() + "_" + String.join("_", cols) + suffix));
        return Optional.of(new Index(n, t.name(), cols, method, unique, at));
    }

    private void function(Located e) {
        Optional<Map<String, Located>> m = e.map();
        Optional<String> name = m.flatMap(x -> text(x.get("name")));
        Optional<String> sql = m.flatMap(x -> text(x.get("sql"))).filter(s -> !s.isBlank());
        if (name.isEmpty() || sql.isEmpty()) {
            problem(e, "an extra function needs name and sql (the whole create or replace function statement)");
            return;
        }
        functions.add(new SchemaModel.Function(name.get(), sql.get(), e.location()));
    }

    private void constraint(Located e) {
        Optional<Map<String, Located>> m = e.map();
        if (m.isEmpty()) {
            problem(e, "an extra constraint must be a mapping with table, name and check or unique");
            return;
        }
        Optional<Table> t = table(e, m.get(), "an extra constraint");
        if (t.isEmpty()) {
            return;
        }
        Optional<String> name = text(m.get().get("name"));
        if (name.isEmpty() || name.get().isEmpty() || name.get().indexOf('\0') >= 0 || !SchemaSql.fits(name.get())) {
            problem(e, "an extra constraint on '" + t.get().name() + "' needs a name of 1 to 63 bytes");
            return;
        }
        Optional<String> check = text(m.get().get("check")).filter(s -> !s.isBlank());
        List<String> unique = strings(m.get().get("unique"));
        String definition;
        if (check.isPresent() && unique.isEmpty()) {
            definition = "check (" + check.get() + ")";
        } else if (check.isEmpty() && !unique.isEmpty()) {
            for (String c : unique) {
                if (t.get().column(c).isEmpty()) {
                    problem(e, "extra constraint '" + name.get() + "' names column '" + c + "', which table '"
                            + t.get().name() + "' lacks");
                    return;
                }
            }
            definition = "unique (" + SchemaSql.quotedList(unique) + ")";
        } else {
            problem(e, "extra constraint '" + name.get() + "' needs exactly one of check (an SQL condition) or "
                    + "unique (a list of columns)");
            return;
        }
        constraints.add(new SchemaModel.Constraint(name.get(), t.get().name(), definition, e.location()));
    }

    private void comments(Map<String, Located> m) {
        for (Map.Entry<String, Located> e : new java.util.TreeMap<>(m).entrySet()) {
            Optional<String> text = text(e.getValue());
            if (text.isEmpty()) {
                problem(e.getValue(), "the comment on '" + e.getKey() + "' must be text");
                continue;
            }
            String key = e.getKey();
            int dot = key.indexOf('.');
            String table = dot < 0 ? key : key.substring(0, dot);
            Optional<String> column = dot < 0 ? Optional.empty() : Optional.of(key.substring(dot + 1));
            Optional<Table> t = tables.stream().filter(x -> x.name().equals(table)).findFirst();
            if (t.isEmpty()) {
                problem(e.getValue(), "comment on '" + key + "': the schema has no table '" + table + "'");
                continue;
            }
            if (column.isPresent() && t.get().column(column.get()).isEmpty()) {
                problem(e.getValue(), "comment on '" + key + "': table '" + table + "' has no column '"
                        + column.get() + "'");
                continue;
            }
            comments.add(new SchemaModel.Comment(table, column, text.get(), e.getValue().location()));
        }
    }

    private Optional<Table> table(Located e, Map<String, Located> m, String what) {
        Optional<String> name = text(m.get("table"));
        if (name.isEmpty()) {
            problem(e, what + " needs table");
            return Optional.empty();
        }
        Optional<Table> t = tables.stream().filter(x -> x.name().equals(name.get())).findFirst();
        if (t.isEmpty()) {
            problem(e, what + " names table '" + name.get() + "', which the schema lacks");
        }
        return t;
    }

    private static Optional<String> text(Located l) {
        return l == null ? Optional.empty() : l.text();
    }

    private static Object value(Located l) {
        return l == null ? null : l.value();
    }

    private static List<String> strings(Located l) {
        if (l == null) {
            return List.of();
        }
        if (l.text().isPresent()) {
            return List.of(l.text().get());
        }
        List<String> out = new ArrayList<>();
        for (Located i : l.list().orElse(List.of())) {
            i.text().ifPresent(out::add);
        }
        return out;
    }

    private void problem(Located at, String message) {
        findings.add(finding(at.location(), message));
    }

    private static Finding finding(Optional<Location> at, String message) {
        return new Finding(SchemaRule.EXTRA_OBJECT, SchemaRule.EXTRA_OBJECT.defaultSeverity(), at, message,
                Optional.empty(), Details.NONE);
    }

    List<SchemaModel.Constraint> constraints() {
        return List.copyOf(constraints);
    }

    List<SchemaModel.Function> functions() {
        return List.copyOf(functions);
    }

    List<SchemaModel.Comment> comments() {
        return List.copyOf(comments);
    }
}
