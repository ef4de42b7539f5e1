package dev.anvilcheck.db.internal;

import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.db.DbRule;
import dev.anvilcheck.schema.SchemaModel;
import dev.anvilcheck.schema.SchemaSql;
import dev.anvilcheck.schema.SqlType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Compares a generated {@link SchemaModel} with a {@link LiveSchema}. Stateless. */
final class Drift {

    /**
     * One difference.
     *
     * @param rule the rule
     * @param object the object ({@code app_tables.orders.total})
     * @param expected what the app needs
     * @param actual what the database has
     * @param message the message
     * @param fix SQL that fixes it safely, if any
     * @param destructive SQL that fixes it by dropping or narrowing, if any
     * @param change a line describing the fix for apply results
     * @param reported false for a fix that only follows from another finding (the keys and indexes of a missing
     *                 table), which is not reported on its own
     */
    record Item(DbRule rule, String object, Optional<String> expected, Optional<String> actual, String message,
                Optional<String> fix, Optional<String> destructive, String change, boolean reported) {

        Item(DbRule rule, String object, Optional<String> expected, Optional<String> actual, String message,
             Optional<String> fix, Optional<String> destructive, String change) {
            this(rule, object, expected, actual, message, fix, destructive, change, true);
        }

        Item follower() {
            return new Item(rule, object, expected, actual, message, fix, destructive, change, false);
        }

        Finding finding() {
            Finding f = Finding.of(rule, null, message).withDetails(new Details.Database(object, expected, actual));
            if (fix.isPresent()) {
                return f.withHint("fix: " + fix.get());
            }
            if (destructive.isPresent()) {
                return f.withHint("not fixed automatically (drops or narrows); with database.allow_destructive: "
                        + destructive.get());
            }
            return f;
        }
    }

    private Drift() {
    }

    static List<Item> compare(SchemaModel m, LiveSchema live, Set<String> ignoredTables) {
        String s = m.name();
        List<Item> items = new ArrayList<>();
        if (!live.exists()) {
            items.add(new Item(DbRule.MISSING_SCHEMA, s, Optional.of("schema"), Optional.empty(),
                    "schema " + s + " is missing", Optional.of(SchemaSql.createSchema(s)), Optional.empty(),
                    "created schema " + s));
        }
        for (String ext : m.extensions()) {
            if (!live.extensions().contains(ext)) {
                items.add(new Item(DbRule.MISSING_TYPE, ext, Optional.of("extension"), Optional.empty(),
                        "extension " + ext + " is not installed", Optional.of(SchemaSql.createExtension(ext)),
                        Optional.empty(), "created extension " + ext));
            }
        }
        if (m.mediaType() && !live.mediaType()) {
            items.add(new Item(DbRule.MISSING_TYPE, s + ".media", Optional.of("composite type"), Optional.empty(),
                    "type " + s + ".media is missing", Optional.of(SchemaSql.createMediaType(s)), Optional.empty(),
                    "created type " + s + ".media"));
        }
        Set<String> expectedTables = new HashSet<>();
        for (SchemaModel.Table t : m.tables()) {
            expectedTables.add(t.name());
            String obj = s + "." + t.name();
            if (!live.tables().containsKey(t.name())) {
                items.add(new Item(DbRule.MISSING_TABLE, obj, Optional.of("table"), Optional.empty(),
                        "table " + obj + " is missing", Optional.of(SchemaSql.createTable(s, t)), Optional.empty(),
                        "created table " + obj));
                continue;
            }
            Set<String> expectedCols = new HashSet<>();
            for (SchemaModel.Column c : t.columns()) {
                expectedCols.add(c.name());
                String cobj = obj + "." + c.name();
                String want = c.type().sql(s);
                Optional<LiveSchema.LiveColumn> lc = live.column(t.name(), c.name());
                if (lc.isEmpty()) {
                    String def = SchemaSql.columnDefinition(s, c) + (t.primaryKey().equals(List.of(c.name()))
                            ? " primary key" : "");
                    items.add(new Item(DbRule.MISSING_COLUMN, cobj, Optional.of(want), Optional.empty(),
                            "column " + cobj + " (" + want + ") is missing", Optional.of("alter table "
                            + SchemaSql.qualified(s, t.name()) + " add column if not exists " + def + ";"),
                            Optional.empty(), "added column " + cobj));
                    continue;
                }
                if (!sameType(c.type(), lc.get(), s)) {
                    items.add(new Item(DbRule.COLUMN_TYPE, cobj, Optional.of(want), Optional.of(lc.get().formatted()),
                            "column " + cobj + " is " + lc.get().formatted() + ", the app needs " + want,
                            Optional.empty(), Optional.of("alter table " + SchemaSql.qualified(s, t.name())
                            + " alter column " + SchemaSql.quote(c.name()) + " type " + want + " using "
                            + SchemaSql.quote(c.name()) + "::" + want + ";"),
                            "changed the type of " + cobj + " to " + want));
                }
                boolean wantNotNull = c.notNull() || c.identity();
                if (wantNotNull != lc.get().notNull()) {
                    String fixSql = "alter table " + SchemaSql.qualified(s, t.name()) + " alter column "
                            + SchemaSql.quote(c.name()) + (wantNotNull ? " set not null;" : " drop not null;");
                    items.add(new Item(DbRule.NULLABILITY, cobj, Optional.of(wantNotNull ? "not null" : "nullable"),
                            Optional.of(lc.get().notNull() ? "not null" : "nullable"), "column " + cobj + " is "
                            + (lc.get().notNull() ? "not null" : "nullable") + ", the generated schema has it "
                            + (wantNotNull ? "not null" : "nullable"), wantNotNull ? Optional.empty()
                            : Optional.of(fixSql), wantNotNull ? Optional.of(fixSql) : Optional.empty(),
                            "made " + cobj + (wantNotNull ? " not null" : " nullable")));
                }
                if (c.identity() && lc.get().identity().isEmpty()) {
                    items.add(new Item(DbRule.PRIMARY_KEY, cobj, Optional.of("identity"), Optional.of("no identity"),
                            "column " + cobj + " is not an identity column", Optional.empty(), Optional.empty(),
                            ""));
                }
            }
            for (LiveSchema.LiveColumn lc : live.tables().get(t.name())) {
                if (!expectedCols.contains(lc.name())) {
                    String cobj = obj + "." + lc.name();
                    items.add(new Item(DbRule.EXTRA_COLUMN, cobj, Optional.empty(), Optional.of(lc.formatted()),
                            "column " + cobj + " (" + lc.formatted() + ") is not in the app's schema",
                            Optional.empty(), Optional.of("alter table " + SchemaSql.qualified(s, t.name())
                            + " drop column " + SchemaSql.quote(lc.name()) + ";"), "dropped column " + cobj));
                }
            }
            List<String> pk = live.primaryKeys().get(t.name());
            if (!t.primaryKey().isEmpty() && !t.primaryKey().equals(pk)) {
                items.add(new Item(DbRule.PRIMARY_KEY, obj, Optional.of("primary key (" + String.join(", ",
                        t.primaryKey()) + ")"), Optional.ofNullable(pk).map(p -> "primary key (" + String.join(", ", p)
                        + ")"), "table " + obj + (pk == null ? " has no primary key" : " has its primary key on ("
                        + String.join(", ", pk) + ")") + ", the app needs (" + String.join(", ", t.primaryKey())
                        + ")", pk == null ? Optional.of("alter table " + SchemaSql.qualified(s, t.name())
                        + " add primary key (" + SchemaSql.quotedList(t.primaryKey()) + ");") : Optional.empty(),
                        Optional.empty(), "added the primary key of " + obj));
            }
        }
        for (String lt : live.tables().keySet()) {
            if (!expectedTables.contains(lt) && !ignoredTables.contains(lt)) {
                String obj = s + "." + lt;
                items.add(new Item(DbRule.EXTRA_TABLE, obj, Optional.empty(), Optional.of("table"),
                        "table " + obj + " is not in the app's schema", Optional.empty(),
                        Optional.of("drop table " + SchemaSql.qualified(s, lt) + ";"), "dropped table " + obj));
            }
        }
        for (SchemaModel.ForeignKey fk : m.foreignKeys()) {
            if (!live.tables().containsKey(fk.table()) || !live.tables().containsKey(fk.targetTable())) {
                // follows from a missing table: its fix must run, but the missing table is the finding
                items.add(missingFk(s, fk).follower());
                continue;
            }
            Optional<LiveSchema.LiveForeignKey> match = live.foreignKeys().stream()
                    .filter(l -> l.table().equals(fk.table()) && l.columns().equals(List.of(fk.column()))
                            && l.targetSchema().equals(s) && l.targetTable().equals(fk.targetTable())
                            && l.onDelete().equals(fk.onDelete().sql()))
                    .findFirst();
            if (match.isEmpty()) {
                Optional<LiveSchema.LiveForeignKey> sameName = live.foreignKeys().stream()
                        .filter(l -> l.table().equals(fk.table()) && l.name().equals(fk.name())).findFirst();
                if (sameName.isPresent()) {
                    LiveSchema.LiveForeignKey l = sameName.get();
                    String obj = s + "." + fk.table() + "." + fk.column();
                    String want = "references " + s + "." + fk.targetTable() + " on delete " + fk.onDelete().sql();
                    String have = "(" + String.join(", ", l.columns()) + ") references " + l.targetSchema() + "."
                            + l.targetTable() + " on delete " + l.onDelete();
                    items.add(new Item(DbRule.FOREIGN_KEY, obj, Optional.of(want), Optional.of(have), "foreign key "
                            + fk.name() + " of " + s + "." + fk.table() + " is " + have + ", the app needs " + want,
                            Optional.of("alter table " + SchemaSql.qualified(s, fk.table()) + " drop constraint "
                                    + SchemaSql.quote(fk.name()) + ";\n" + SchemaSql.addForeignKey(s, fk)),
                            Optional.empty(), "replaced foreign key " + fk.name()));
                } else {
                    items.add(missingFk(s, fk));
                }
            }
        }
        for (SchemaModel.Index i : m.indexes()) {
            if (!live.indexes().containsKey(i.name())) {
                String obj = s + "." + i.name();
                Item item = new Item(DbRule.MISSING_INDEX, obj, Optional.of("index on " + i.table() + " ("
                        + String.join(", ", i.columns()) + ")"), Optional.empty(), "index " + obj + " on "
                        + i.table() + " is missing", Optional.of(SchemaSql.createIndex(s, i)), Optional.empty(),
                        "created index " + obj);
                items.add(live.tables().containsKey(i.table()) ? item : item.follower());
            }
        }
        for (SchemaModel.Constraint c : m.constraints()) {
            if (!live.constraints().getOrDefault(c.table(), Set.of()).contains(c.name())) {
                String obj = s + "." + c.table() + "." + c.name();
                Item item = new Item(DbRule.MISSING_CONSTRAINT, obj, Optional.of(c.definition()), Optional.empty(),
                        "constraint " + obj + " is missing", Optional.of(SchemaSql.guardedConstraint(s, c.table(),
                        c.name(), c.definition())), Optional.empty(), "added constraint " + obj);
                items.add(live.tables().containsKey(c.table()) ? item : item.follower());
            }
        }
        return items;
    }

    private static Item missingFk(String s, SchemaModel.ForeignKey fk) {
        String obj = s + "." + fk.table() + "." + fk.column();
        String want = "references " + s + "." + fk.targetTable() + " on delete " + fk.onDelete().sql();
        return new Item(DbRule.FOREIGN_KEY, obj, Optional.of(want), Optional.empty(),
                "column " + obj + " lacks its foreign key (" + want + ")", Optional.of(SchemaSql.addForeignKey(s, fk)),
                Optional.empty(), "added foreign key " + fk.name());
    }

    static boolean sameType(SqlType want, LiveSchema.LiveColumn lc, String schema) {
        if (want.inAppSchema()) {
            return lc.typeName().equals(want.catalogName()) && lc.typeSchema().equals(schema);
        }
        return lc.typeName().equals(want.catalogName()) && lc.typeSchema().equals("pg_catalog");
    }
}
