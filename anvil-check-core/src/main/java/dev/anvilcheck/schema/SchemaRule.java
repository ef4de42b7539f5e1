package dev.anvilcheck.schema;

import dev.anvilcheck.RuleDescriptor;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.Severity;

/**
 * Rules of schema generation from {@code db_schema} (prefix {@code SC}). An object a rule reports is left out of
 * the generated SQL, so the rest still applies.
 *
 * <p>Thread-safe (an enum).
 */
public enum SchemaRule implements RuleId {
    /** A name is longer than PostgreSQL's 63-byte identifier limit. */
    NAME_TOO_LONG("SC001", "name-too-long", Severity.ERROR,
            "A table, column, join table or schema name is longer than 63 bytes in UTF-8; PostgreSQL would cut it "
                    + "short silently. Shorten the name; the object is left out of the generated SQL."),
    /** A name PostgreSQL cannot take at all. */
    INVALID_NAME("SC002", "invalid-name", Severity.ERROR,
            "A name is empty or holds a NUL character, which no PostgreSQL identifier can; the object is left out."),
    /** Two generated objects would have the same name. */
    NAME_COLLISION("SC003", "name-collision", Severity.ERROR,
            "Two objects of the generated schema get the same name (a column called _id, a table named like the "
                    + "join table <table>__<column> of another, an index declared twice); the second is left out."),
    /** A link column points at a table the schema does not have. */
    LINK_TARGET("SC004", "link-target", Severity.ERROR,
            "A link column targets a table that is not in the generated schema (missing, or left out because of "
                    + "another finding); no foreign key or join table is generated for it."),
    /** An index that cannot be built on its columns. */
    INDEX_COLUMN("SC005", "index-column", Severity.WARNING,
            "An index names a column it cannot index: trigram and full_text need string columns, and "
                    + "link_multiple columns have no column in the table. The index is left out."),
    /** An extra object in anvil-check.yaml that cannot be generated. */
    EXTRA_OBJECT("SC006", "extra-object", Severity.ERROR,
            "An entry of database.extra in anvil-check.yaml is malformed or names a table or column the schema "
                    + "does not have; it is left out."),
    /** A column the Users service needs was added to the users table. */
    USERS_COLUMN("SC007", "users-column", Severity.INFO,
            "The Users service is on and its table lacks a column the service writes; the generated table has "
                    + "it, so the service works against the database.");

    private final RuleDescriptor descriptor;

    SchemaRule(String code, String title, Severity severity, String description) {
        this.descriptor = new RuleDescriptor(code, title, severity, description);
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }
}
