package dev.anvilcheck.db.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * One schema of a live database as its catalog describes it: tables, columns (type by {@code pg_type} name and
 * schema), primary keys, foreign keys, indexes, constraints, the media type and installed extensions.
 *
 * @param exists whether the schema exists
 * @param tables tables by name, each with columns in order
 * @param primaryKeys primary key columns by table
 * @param foreignKeys foreign keys
 * @param indexes index names with their table
 * @param constraints constraint names by table
 * @param mediaType whether the composite type media exists in the schema
 * @param extensions installed extensions
 */
record LiveSchema(boolean exists, Map<String, List<LiveColumn>> tables, Map<String, List<String>> primaryKeys,
                  List<LiveForeignKey> foreignKeys, Map<String, String> indexes, Map<String, Set<String>> constraints,
                  boolean mediaType, Set<String> extensions) {

    /** A column. */
    record LiveColumn(String name, String typeName, String typeSchema, boolean notNull, String identity,
                      String formatted) {
    }

    /** A single- or multi-column foreign key. */
    record LiveForeignKey(String name, String table, List<String> columns, String targetSchema, String targetTable,
                          String onDelete) {
    }

    Optional<LiveColumn> column(String table, String column) {
        return tables.getOrDefault(table, List.of()).stream().filter(c -> c.name().equals(column)).findFirst();
    }

    static LiveSchema read(Handle h, String schema) {
        boolean exists = h.createQuery("select count(*) from pg_namespace where nspname = :s").bind("s", schema)
                .mapTo(Integer.class).one() > 0;
        Map<String, List<LiveColumn>> tables = new LinkedHashMap<>();
        h.createQuery("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                        + "where n.nspname = :s and c.relkind in ('r', 'p') order by c.relname")
                .bind("s", schema).mapTo(String.class).forEach(t -> tables.put(t, new ArrayList<>()));
        h.createQuery("select c.relname, a.attname, t.typname, tn.nspname, a.attnotnull, a.attidentity::text, "
                        + "format_type(a.atttypid, a.atttypmod) from pg_attribute a "
                        + "join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace "
                        + "join pg_type t on t.oid = a.atttypid join pg_namespace tn on tn.oid = t.typnamespace "
                        + "where n.nspname = :s and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped "
                        + "order by c.relname, a.attnum")
                .bind("s", schema)
                .map((rs, ctx) -> new Object[] {rs.getString(1), new LiveColumn(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getString(7))})
                .forEach(r -> tables.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((LiveColumn) r[1]));
        Map<String, List<String>> pks = new LinkedHashMap<>();
        List<LiveForeignKey> fks = new ArrayList<>();
        Map<String, Set<String>> constraints = new LinkedHashMap<>();
        h.createQuery("select c.relname, k.conname, k.contype::text, "
                        + "array(select a.attname::text from unnest(k.conkey) with ordinality u(n, o) "
                        + "join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.o), "
                        + "fn.nspname, fc.relname, k.confdeltype::text from pg_constraint k "
                        + "join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace "
                        + "left join pg_class fc on fc.oid = k.confrelid "
                        + "left join pg_namespace fn on fn.oid = fc.relnamespace "
                        + "where n.nspname = :s order by c.relname, k.conname")
                .bind("s", schema)
                .map((rs, ctx) -> {
                    String table = rs.getString(1);
                    String name = rs.getString(2);
                    String type = rs.getString(3);
                    List<String> cols = List.of((String[]) rs.getArray(4).getArray());
                    constraints.computeIfAbsent(table, k -> new TreeSet<>()).add(name);
                    if ("p".equals(type)) {
                        pks.put(table, cols);
                    } else if ("f".equals(type)) {
                        String del = rs.getString(7);
                        fks.add(new LiveForeignKey(name, table, cols, rs.getString(5), rs.getString(6),
                                "n".equals(del) ? "set null" : "c".equals(del) ? "cascade" : "a".equals(del)
                                        ? "no action" : "r".equals(del) ? "restrict" : "set default"));
                    }
                    return name;
                }).list();
        Map<String, String> indexes = new LinkedHashMap<>();
        h.createQuery("select indexname, tablename from pg_indexes where schemaname = :s order by indexname")
                .bind("s", schema).map((rs, ctx) -> indexes.put(rs.getString(1), rs.getString(2))).list();
        boolean media = h.createQuery("select count(*) from pg_type t join pg_namespace n on n.oid = t.typnamespace "
                        + "where n.nspname = :s and t.typname = 'media' and t.typtype = 'c'")
                .bind("s", schema).mapTo(Integer.class).one() > 0;
        Set<String> ext = new TreeSet<>(h.createQuery("select extname from pg_extension").mapTo(String.class).list());
        return new LiveSchema(exists, tables, pks, fks, indexes, constraints, media, ext);
    }
}
