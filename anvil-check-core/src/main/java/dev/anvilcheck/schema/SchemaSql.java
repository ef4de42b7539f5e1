package dev.anvilcheck.schema;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import java.util.zip.CRC32;

/**
 * Renders the SQL of the generated schema: quoting and one statement per object. Every identifier is quoted, so
 * names with quotes, spaces or SQL in them stay harmless; every statement creates only what is missing.
 *
 * <pre>{@code
 * String ddl = SchemaSql.createTable("app_tables", model.table("orders").orElseThrow());
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SchemaSql {

    /** PostgreSQL's longest identifier, in bytes ({@code NAMEDATALEN - 1}). */
    public static final int MAX_IDENTIFIER_BYTES = 63;

    private SchemaSql() {
    }

    /**
     * Quotes an identifier: wraps it in double quotes and doubles the double quotes inside.
     *
     * @param identifier the name
     * @return the quoted name
     */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * A schema-qualified, quoted name.
     *
     * @param schema the schema
     * @param name the object
     * @return {@code "schema"."name"}
     */
    public static String qualified(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    /**
     * A string literal: single quotes doubled.
     *
     * @param text the text
     * @return {@code 'text'}
     */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * Whether a name fits PostgreSQL's identifier limit.
     *
     * @param name the name
     * @return true when its UTF-8 form is at most 63 bytes
     */
    public static boolean fits(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length <= MAX_IDENTIFIER_BYTES;
    }

    /**
     * A generated object name (constraint, index) that fits the limit: the name itself when it fits, otherwise
     * its start cut at a character boundary, {@code _} and eight hex digits of a hash of the whole name, so that
     * different long names stay different and the same name always gives the same result.
     *
     * @param name the wanted name
     * @return a name of at most 63 bytes
     */
    public static String shortName(String name) {
        if (fits(name)) {
            return name;
        }
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        String suffix = String.format("_%08x", crc.getValue());
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > MAX_IDENTIFIER_BYTES - suffix.length()) {
                break;
            }
            sb.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return sb + suffix;
    }

    /**
     * {@code create schema if not exists}.
     *
     * @param schema the schema
     * @return the statement
     */
    public static String createSchema(String schema) {
        return "create schema if not exists " + quote(schema) + ";";
    }

    /**
     * {@code create extension if not exists}.
     *
     * @param extension the extension
     * @return the statement
     */
    public static String createExtension(String extension) {
        return "create extension if not exists " + quote(extension) + ";";
    }

    /**
     * Creates the composite type {@code media} in the schema unless it exists.
     *
     * @param schema the schema
     * @return the statement
     */
    public static String createMediaType(String schema) {
        String body = "\nbegin\n  if not exists (select 1 from pg_type t join pg_namespace n on n.oid = t.typnamespace"
                + " where n.nspname = " + literal(schema) + " and t.typname = 'media') then\n"
                + "    create type " + qualified(schema, "media")
                + " as (content_type text, name text, data bytea);\n  end if;\nend\n";
        return doBlock(body);
    }

    /**
     * {@code create table if not exists} with every column and the primary key.
     *
     * @param schema the schema
     * @param table the table
     * @return the statement
     */
    public static String createTable(String schema, SchemaModel.Table table) {
        StringJoiner cols = new StringJoiner(",\n", "create table if not exists " + qualified(schema, table.name())
                + " (\n", "\n);");
        boolean inlineKey = table.primaryKey().size() == 1
                && table.column(table.primaryKey().get(0)).map(SchemaModel.Column::identity).orElse(false);
        for (SchemaModel.Column c : table.columns()) {
            String def = "  " + columnDefinition(schema, c);
            if (inlineKey && c.name().equals(table.primaryKey().get(0))) {
                def += " primary key";
            }
            cols.add(def);
        }
        if (!inlineKey && !table.primaryKey().isEmpty()) {
            cols.add("  primary key (" + quotedList(table.primaryKey()) + ")");
        }
        return cols.toString();
    }

    /**
     * A column definition: name, type, identity and {@code not null}.
     *
     * @param schema the schema (for the media type)
     * @param column the column
     * @return the definition
     */
    public static String columnDefinition(String schema, SchemaModel.Column column) {
        StringBuilder sb = new StringBuilder(quote(column.name())).append(' ').append(column.type().sql(schema));
        if (column.identity()) {
            sb.append(" generated by default as identity");
        } else if (column.notNull()) {
            sb.append(" not null");
        }
        return sb.toString();
    }

    /**
     * {@code alter table ... add column if not exists}.
     *
     * @param schema the schema
     * @param table the table
     * @param column the column
     * @return the statement
     */
    public static String addColumn(String schema, String table, SchemaModel.Column column) {
        return "alter table " + qualified(schema, table) + " add column if not exists "
                + columnDefinition(schema, column) + ";";
    }

    /**
     * Adds a foreign key unless a constraint of that name exists on the table.
     *
     * @param schema the schema
     * @param fk the foreign key
     * @return the statement
     */
    public static String addForeignKey(String schema, SchemaModel.ForeignKey fk) {
        return guardedConstraint(schema, fk.table(), fk.name(), "foreign key (" + quote(fk.column())
                + ") references " + qualified(schema, fk.targetTable()) + " (" + quote(SchemaModel.ID)
                + ") on delete " + fk.onDelete().sql());
    }

    /**
     * Adds a constraint unless one of that name exists on the table.
     *
     * @param schema the schema
     * @param table the table
     * @param name the constraint name
     * @param definition the constraint body
     * @return the statement
     */
    public static String guardedConstraint(String schema, String table, String name, String definition) {
        String body = "\nbegin\n  if not exists (select 1 from pg_constraint c join pg_class t on t.oid = c.conrelid"
                + " join pg_namespace n on n.oid = t.relnamespace\n      where n.nspname = " + literal(schema)
                + " and t.relname = " + literal(table) + " and c.conname = " + literal(name) + ") then\n"
                + "    alter table " + qualified(schema, table) + " add constraint " + quote(name) + " "
                + definition + ";\n  end if;\nend\n";
        return doBlock(body);
    }

    /**
     * {@code create index if not exists}.
     *
     * @param schema the schema
     * @param index the index
     * @return the statement
     */
    public static String createIndex(String schema, SchemaModel.Index index) {
        String head = "create " + (index.unique() ? "unique " : "") + "index if not exists " + quote(index.name())
                + " on " + qualified(schema, index.table());
        switch (index.method()) {
            case TRIGRAM: {
                StringJoiner j = new StringJoiner(", ");
                index.columns().forEach(c -> j.add(quote(c) + " gin_trgm_ops"));
                return head + " using gin (" + j + ");";
            }
            case FULL_TEXT: {
                StringJoiner j = new StringJoiner(" || ' ' || ");
                index.columns().forEach(c -> j.add("coalesce(" + quote(c) + ", '')"));
                return head + " using gin (to_tsvector('english'::regconfig, " + j + "));";
            }
            default:
                return head + " using btree (" + quotedList(index.columns()) + ");";
        }
    }

    /**
     * {@code comment on table} or {@code comment on column}.
     *
     * @param schema the schema
     * @param comment the comment
     * @return the statement
     */
    public static String comment(String schema, SchemaModel.Comment comment) {
        String target = comment.column().map(c -> "column " + qualified(schema, comment.table()) + "." + quote(c))
                .orElse("table " + qualified(schema, comment.table()));
        return "comment on " + target + " is " + literal(comment.text()) + ";";
    }

    /**
     * Names joined as a quoted, comma-separated list.
     *
     * @param names the names
     * @return {@code "a", "b"}
     */
    public static String quotedList(List<String> names) {
        StringJoiner j = new StringJoiner(", ");
        names.forEach(n -> j.add(quote(n)));
        return j.toString();
    }

    /**
     * A {@code do} block whose dollar-quote tag does not occur in the body, so no name can end it early.
     *
     * @param body the PL/pgSQL body
     * @return the statement
     */
    public static String doBlock(String body) {
        String tag = "$anvil$";
        for (int i = 1; body.contains(tag); i++) {
            tag = "$anvil" + i + "$";
        }
        return "do " + tag + body + tag + ";";
    }
}
