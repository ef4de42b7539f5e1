package dev.anvilcheck.db;

import dev.anvilcheck.RuleDescriptor;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.Severity;

/**
 * Rules about the live database and its migrations (prefix {@code DB}).
 *
 * <p>Thread-safe (an enum).
 */
public enum DbRule implements RuleId {
    /** The server cannot be reached or refuses the login. */
    CONNECTION("DB001", "connection", Severity.ERROR,
            "The database server could not be reached (after a bounded retry) or refused the login. Check the URL, "
                    + "that the server runs, and the user and password."),
    /** The target database could not be created. */
    CREATE_DATABASE("DB002", "create-database", Severity.ERROR,
            "The target database does not exist and could not be created (the user needs CREATEDB, and a "
                    + "DataSource gives no database name to create)."),
    /** The database answered with an error no other rule covers. */
    DATABASE_ERROR("DB003", "database-error", Severity.ERROR,
            "The database answered with an unexpected error (lost connection, missing privilege on the catalog or "
                    + "the history table); the operation stopped there."),
    /** The migrations folder is missing or unreadable. */
    MIGRATIONS_FOLDER("DB010", "migrations-folder", Severity.ERROR,
            "The migrations folder is missing, not a folder, or cannot be read, or a migration in it is not a "
                    + "regular file (a FIFO, a device, a folder, a broken link) or cannot be read; nothing was "
                    + "migrated."),
    /** An .sql file in the migrations folder whose name is not a migration's. */
    MIGRATION_NAME("DB011", "migration-name", Severity.WARNING,
            "A .sql file in the migrations folder is not named V<version>__<description>.sql or "
                    + "<number>_<description>.sql, so it is not run. Rename it or move it elsewhere."),
    /** Two migrations with the same version. */
    DUPLICATE_VERSION("DB012", "duplicate-version", Severity.ERROR,
            "Two migration files have the same version (001 and 1 are the same); nothing was migrated."),
    /** A gap in plain numbered versions. */
    VERSION_GAP("DB013", "version-gap", Severity.WARNING,
            "Plain numbered migrations skip a number (001, 002, 004); a file may be missing. Flyway-style "
                    + "V<version> files may skip versions freely."),
    /** An applied migration's file was edited afterwards. */
    CHECKSUM_MISMATCH("DB014", "checksum-mismatch", Severity.ERROR,
            "A migration that was already applied has been edited since (its checksum differs; line endings do not "
                    + "count). Restore the file and put the change into a new migration; nothing was migrated."),
    /** A migration failed. */
    MIGRATION_FAILED("DB015", "migration-failed", Severity.ERROR,
            "PostgreSQL rejected a statement of a migration. The migration was rolled back (when it ran in a "
                    + "transaction), recorded as failed, and nothing after it was applied."),
    /** A failed migration is recorded in the history. */
    FAILED_IN_HISTORY("DB016", "failed-in-history", Severity.ERROR,
            "The history records a failed migration. Fix the file and run repair, which clears the record; until "
                    + "then migrate refuses to run."),
    /** An applied migration whose file is gone. */
    APPLIED_MISSING("DB017", "applied-missing", Severity.ERROR,
            "The history records a migration whose file is no longer in the migrations folder."),
    /** A migration that runs without a transaction. */
    NON_TRANSACTIONAL("DB018", "non-transactional", Severity.INFO,
            "A migration holds a statement PostgreSQL cannot run inside a transaction (CREATE INDEX CONCURRENTLY, "
                    + "VACUUM, ...), so it runs statement by statement without one and cannot be rolled back."),
    /** Another runner holds the migration lock. */
    LOCK_TIMEOUT("DB019", "lock-timeout", Severity.ERROR,
            "Another migration runner held the lock longer than the lock timeout; nothing was migrated."),
    /** A pending migration older than the applied version. */
    OUT_OF_ORDER("DB020", "out-of-order", Severity.WARNING,
            "A migration that is not applied has a lower version than one that is; it is not run. Give it a "
                    + "version above the current one."),
    /** Baseline refused. */
    BASELINE("DB021", "baseline", Severity.ERROR,
            "A baseline can only be set on a database whose history is empty."),
    /** The schema is missing. */
    MISSING_SCHEMA("DB030", "missing-schema", Severity.ERROR,
            "The database lacks the schema that mirrors the app's tables."),
    /** A table the app has is missing. */
    MISSING_TABLE("DB031", "missing-table", Severity.ERROR,
            "The database lacks a table of the app (or a link_multiple join table)."),
    /** A table the app does not have. */
    EXTRA_TABLE("DB032", "extra-table", Severity.WARNING,
            "The schema has a table the app does not declare. It is never dropped unless allow_destructive is on."),
    /** A column the app has is missing. */
    MISSING_COLUMN("DB033", "missing-column", Severity.ERROR,
            "A table lacks a column the app declares."),
    /** A column the app does not have. */
    EXTRA_COLUMN("DB034", "extra-column", Severity.WARNING,
            "A table has a column the app does not declare. It is never dropped unless allow_destructive is on."),
    /** A column of another type. */
    COLUMN_TYPE("DB035", "column-type", Severity.ERROR,
            "A column has another type than the app's column type maps to. It is never changed unless "
                    + "allow_destructive is on."),
    /** A column whose nullability differs. */
    NULLABILITY("DB036", "nullability", Severity.WARNING,
            "A column is nullable where the generated schema has not null, or the other way round."),
    /** The primary key is missing or different. */
    PRIMARY_KEY("DB037", "primary-key", Severity.ERROR,
            "A table's primary key is missing or on other columns, or _id is not an identity column."),
    /** A foreign key is missing or different. */
    FOREIGN_KEY("DB038", "foreign-key", Severity.WARNING,
            "A link column lacks its foreign key, or it points elsewhere or has another delete action."),
    /** An index is missing. */
    MISSING_INDEX("DB039", "missing-index", Severity.WARNING,
            "An index declared in db_schema or database.extra is missing."),
    /** The media type or an extension is missing. */
    MISSING_TYPE("DB040", "missing-type", Severity.ERROR,
            "The composite type media or an extension the schema needs (pg_trgm) is missing."),
    /** An extra constraint is missing. */
    MISSING_CONSTRAINT("DB041", "missing-constraint", Severity.WARNING,
            "A constraint declared in database.extra is missing."),
    /** Applying the schema failed. */
    APPLY_FAILED("DB050", "apply-failed", Severity.ERROR,
            "PostgreSQL rejected a statement of the generated schema; the whole apply was rolled back."),
    /** A destructive change was not applied. */
    DESTRUCTIVE_SKIPPED("DB051", "destructive-skipped", Severity.WARNING,
            "Bringing the database to the app's schema would drop or narrow something; that was not done because "
                    + "database.allow_destructive is off."),
    /** verify could not run. */
    VERIFY("DB060", "verify", Severity.ERROR,
            "verify could not start its throwaway PostgreSQL, or the generated schema still drifts after being "
                    + "applied to an empty database.");

    private final RuleDescriptor descriptor;

    DbRule(String code, String title, Severity severity, String description) {
        this.descriptor = new RuleDescriptor(code, title, severity, description);
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }
}
