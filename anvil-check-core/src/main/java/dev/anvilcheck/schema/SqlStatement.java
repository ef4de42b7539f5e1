package dev.anvilcheck.schema;

import dev.anvilcheck.Location;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of generated SQL, with the object it creates and where that object is declared, so that a
 * statement PostgreSQL rejects can be reported at its anvil.yaml or anvil-check.yaml line.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what the statement creates
 * @param object the object's qualified name, unquoted ({@code app_tables.orders})
 * @param sql the statement, ending with {@code ;}
 * @param source where the object is declared, if in a file
 */
public record SqlStatement(Kind kind, String object, String sql, Optional<Location> source) {

    /** Checks for nulls. */
    public SqlStatement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(source, "source");
    }

    /** What a statement creates. */
    public enum Kind {
        /** The schema. */
        SCHEMA,
        /** An extension. */
        EXTENSION,
        /** The media type. */
        TYPE,
        /** A table. */
        TABLE,
        /** A column added to an existing table. */
        COLUMN,
        /** A foreign key. */
        FOREIGN_KEY,
        /** An index. */
        INDEX,
        /** An extra constraint. */
        CONSTRAINT,
        /** An extra function. */
        FUNCTION,
        /** A comment. */
        COMMENT
    }
}
