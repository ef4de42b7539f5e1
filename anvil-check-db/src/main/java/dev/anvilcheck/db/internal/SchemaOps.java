package dev.anvilcheck.db.internal;

import dev.anvilcheck.Finding;
import dev.anvilcheck.db.ApplyResult;
import dev.anvilcheck.db.DbRule;
import dev.anvilcheck.db.DriftResult;
import dev.anvilcheck.db.SnapshotResult;
import dev.anvilcheck.schema.SchemaResult;
import dev.anvilcheck.schema.SchemaSql;
import dev.anvilcheck.schema.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.util.PSQLException;

/** Drift, apply and snapshot against a live database. Stateless and thread-safe. */
public final class SchemaOps {

    private SchemaOps() {
    }

    /**
     * Compares the live database with a generated schema.
     *
     * @param target the database
     * @param schema the generated schema
     * @param ignoredTables tables of the schema that are not the app's (the migration history)
     * @return the drift
     */
    public static DriftResult drift(Target target, SchemaResult schema, Set<String> ignoredTables) {
        String name = schema.schema().name();
        try (Handle h = Jdbi.open(target.open())) {
            List<Drift.Item> items = Drift.compare(schema.schema(), LiveSchema.read(h, name), ignoredTables);
            List<Finding> findings = new ArrayList<>();
            List<String> fixes = new ArrayList<>();
            for (Drift.Item i : items) {
                if (i.reported()) {
                    findings.add(i.finding());
                }
                i.fix().ifPresent(fixes::add);
            }
            return new DriftResult(name, findings, fixes);
        } catch (Target.ConnectException e) {
            return new DriftResult(name, List.of(e.finding()), List.of());
        } catch (org.jdbi.v3.core.JdbiException e) {
            return new DriftResult(name, List.of(Migrator.databaseError(e)), List.of());
        }
    }

    /**
     * Brings the database to the generated schema in one transaction: creates what is missing, and drops or
     * narrows only when allowed.
     *
     * @param target the database
     * @param schema the generated schema
     * @param allowDestructive whether drops and type changes may run
     * @param ignoredTables tables of the schema that are not the app's
     * @return the result
     */
    public static ApplyResult apply(Target target, SchemaResult schema, boolean allowDestructive,
                                    Set<String> ignoredTables) {
        String name = schema.schema().name();
        List<Finding> findings = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        List<String> destructiveDone = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (Handle h = Jdbi.open(target.open())) {
            Connection c = h.getConnection();
            List<Drift.Item> before = Drift.compare(schema.schema(), LiveSchema.read(h, name), ignoredTables);
            c.setAutoCommit(false);
            SqlStatement current = null;
            try {
                for (SqlStatement st : schema.statements()) {
                    current = st;
                    execute(c, st.sql());
                }
                current = null;
                List<Drift.Item> rest = Drift.compare(schema.schema(), LiveSchema.read(h, name), ignoredTables);
                for (Drift.Item i : rest) {
                    if (i.fix().isPresent()) {
                        execute(c, i.fix().get());
                    } else if (i.destructive().isPresent() && allowDestructive) {
                        execute(c, i.destructive().get());
                        destructiveDone.add(i.change());
                    } else if (i.destructive().isPresent()) {
                        skipped.add(i.destructive().get());
                        findings.add(Finding.of(DbRule.DESTRUCTIVE_SKIPPED, null, i.message() + "; left as it is")
                                .withHint("set database.allow_destructive: true to run: " + i.destructive().get())
                                .withDetails(i.finding().details()));
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                String msg = e instanceof PSQLException && ((PSQLException) e).getServerErrorMessage() != null
                        ? ((PSQLException) e).getServerErrorMessage().getMessage() : e.getMessage();
                Optional<SqlStatement> st = Optional.ofNullable(current);
                findings.add(new Finding(DbRule.APPLY_FAILED, DbRule.APPLY_FAILED.defaultSeverity(),
                        st.flatMap(SqlStatement::source), "applying " + st.map(x -> x.kind().name()
                        .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + x.object()).orElse("a fix")
                        + " failed: " + msg + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")")
                        + "; nothing was applied", Optional.empty(), dev.anvilcheck.Details.NONE));
                return new ApplyResult(List.of(), List.of(), findings);
            } finally {
                c.setAutoCommit(true);
            }
            for (Drift.Item i : before) {
                if (i.fix().isPresent() && i.reported()) {
                    changes.add(i.change());
                }
            }
            changes.addAll(destructiveDone);
            return new ApplyResult(changes, skipped, findings);
        } catch (Target.ConnectException e) {
            return new ApplyResult(List.of(), List.of(), List.of(e.finding()));
        } catch (org.jdbi.v3.core.JdbiException e) {
            return new ApplyResult(List.of(), List.of(), List.of(Migrator.databaseError(e)));
        } catch (SQLException e) {
            return new ApplyResult(List.of(), List.of(), List.of(Finding.of(DbRule.APPLY_FAILED, null,
                    "applying the schema failed: " + e.getMessage())));
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.setEscapeProcessing(false);
            st.execute(sql);
        }
    }

    /**
     * Writes a schema of the live database out as DDL read from the catalog.
     *
     * @param target the database
     * @param schema the schema
     * @return the snapshot
     */
    public static SnapshotResult snapshot(Target target, String schema) {
        try (Handle h = Jdbi.open(target.open())) {
            StringBuilder sb = new StringBuilder("-- Snapshot of schema ").append(schema)
                    .append(" read from the database catalog by anvil-check.\n\n");
            boolean exists = h.createQuery("select count(*) from pg_namespace where nspname = :s").bind("s", schema)
                    .mapTo(Integer.class).one() > 0;
            if (!exists) {
                return new SnapshotResult(schema, sb.append("-- the schema does not exist\n").toString(), List.of());
            }
            sb.append(SchemaSql.createSchema(schema)).append("\n\n");
            h.createQuery("select t.typname, string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, "
                            + "a.atttypmod), ', ' order by a.attnum) from pg_type t "
                            + "join pg_namespace n on n.oid = t.typnamespace join pg_class c on c.oid = t.typrelid "
                            + "join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped "
                            + "where n.nspname = :s and t.typtype = 'c' and c.relkind = 'c' "
                            + "group by t.typname order by t.typname")
                    .bind("s", schema)
                    .map((rs, ctx) -> sb.append("create type ").append(SchemaSql.qualified(schema, rs.getString(1)))
                            .append(" as (").append(rs.getString(2)).append(");\n"))
                    .list();
            List<String[]> cols = h.createQuery("select c.relname, quote_ident(a.attname) || ' ' "
                            + "|| format_type(a.atttypid, a.atttypmod) || case a.attidentity when 'd' then "
                            + "' generated by default as identity' when 'a' then ' generated always as identity' "
                            + "else '' end || case when a.attnotnull and a.attidentity = '' then ' not null' else '' end "
                            + "|| coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') "
                            + "from pg_attribute a join pg_class c on c.oid = a.attrelid "
                            + "join pg_namespace n on n.oid = c.relnamespace "
                            + "left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum "
                            + "where n.nspname = :s and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped "
                            + "order by c.relname, a.attnum")
                    .bind("s", schema).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            String table = null;
            for (String[] col : cols) {
                if (!col[0].equals(table)) {
                    if (table != null) {
                        sb.append("\n);\n");
                    }
                    table = col[0];
                    sb.append("create table ").append(SchemaSql.qualified(schema, table)).append(" (\n  ")
                            .append(col[1]);
                } else {
                    sb.append(",\n  ").append(col[1]);
                }
            }
            if (table != null) {
                sb.append("\n);\n");
            }
            sb.append('\n');
            h.createQuery("select c.relname, k.conname, pg_get_constraintdef(k.oid) from pg_constraint k "
                            + "join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace "
                            + "where n.nspname = :s order by k.contype = 'f', c.relname, k.conname")
                    .bind("s", schema)
                    .map((rs, ctx) -> sb.append("alter table ").append(SchemaSql.qualified(schema, rs.getString(1)))
                            .append(" add constraint ").append(SchemaSql.quote(rs.getString(2))).append(' ')
                            .append(rs.getString(3)).append(";\n"))
                    .list();
            sb.append('\n');
            h.createQuery("select pg_get_indexdef(i.indexrelid) from pg_index i join pg_class c on c.oid = i.indexrelid "
                            + "join pg_namespace n on n.oid = c.relnamespace where n.nspname = :s and not exists "
                            + "(select 1 from pg_constraint k where k.conindid = i.indexrelid) order by c.relname")
                    .bind("s", schema).map((rs, ctx) -> sb.append(rs.getString(1)).append(";\n")).list();
            return new SnapshotResult(schema, sb.toString(), List.of());
        } catch (Target.ConnectException e) {
            return new SnapshotResult(schema, "", List.of(e.finding()));
        } catch (org.jdbi.v3.core.JdbiException e) {
            return new SnapshotResult(schema, "", List.of(Migrator.databaseError(e)));
        }
    }
}
