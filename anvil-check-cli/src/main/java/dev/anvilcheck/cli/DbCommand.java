package dev.anvilcheck.cli;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckResult;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.Finding;
import dev.anvilcheck.db.AnvilDatabase;
import dev.anvilcheck.db.DbRule;
import dev.anvilcheck.db.MigrateResult;
import dev.anvilcheck.db.SnapshotResult;
import dev.anvilcheck.report.Report;
import dev.anvilcheck.report.ReportFormat;
import java.io.IOException;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code anvil-check db create|migrate|apply|drift|verify|snapshot|info|repair|baseline PATH}: the live database.
 * The target is {@code --url}, {@code --env NAME} (anvil-check.yaml's environment) or {@code --embedded} (a
 * throwaway embedded PostgreSQL, the default); the password comes from the environment variable named by
 * {@code --password-env}, never from the command line. A database that cannot be reached at all exits 2.
 */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "The app's PostgreSQL database: create, migrate, apply the schema, drift, verify, ...",
        subcommands = {DbCommand.Create.class, DbCommand.Migrate.class, DbCommand.Apply.class, DbCommand.Drift.class,
                DbCommand.Verify.class, DbCommand.Snapshot.class, DbCommand.Info.class, DbCommand.Repair.class,
                DbCommand.Baseline.class})
final class DbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a db command is required: create, migrate, "
                + "apply, drift, verify, snapshot, info, repair or baseline");
    }

    /** A misuse found while setting up the database (unknown environment, unset variable, bad URL). */
    static final class SetupException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SetupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The options and flow every db subcommand shares. */
    abstract static class DbSubcommand extends ProjectCommand {

        @Option(names = "--url", paramLabel = "URL",
                description = "jdbc:postgresql://host:port/db or postgresql://user@host:port/db")
        String url;

        @Option(names = "--user", paramLabel = "USER", description = "Database user (overrides the URL's).")
        String user;

        @Option(names = "--password-env", paramLabel = "VAR", defaultValue = "PGPASSWORD",
                description = "Environment variable holding the password (default: ${DEFAULT-VALUE}).")
        String passwordEnv;

        @Option(names = "--embedded", description = "Use a throwaway embedded PostgreSQL (the default).")
        boolean embedded;

        /** SQL (or a listing) to print instead of the report in text format, if this command produces one. */
        String sql;

        abstract CheckResult operate(AnvilDatabase db);

        @Override
        CheckRun run(AnvilProject project) {
            AnvilDatabase.Builder b = AnvilDatabase.configure().project(project);
            int targets = (url != null ? 1 : 0) + (common.env != null ? 1 : 0) + (embedded ? 1 : 0);
            if (targets > 1) {
                throw new SetupException("choose one of --url, --env and --embedded", null);
            }
            if (url != null) {
                b.url(url);
            } else if (common.env != null) {
                b.environment(common.env);
            } else {
                b.embedded();
                progress("using a throwaway embedded PostgreSQL");
            }
            if (user != null) {
                b.user(user);
            }
            b.passwordEnv(passwordEnv);
            AnvilDatabase db;
            try {
                db = b.load();
            } catch (IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
                throw new SetupException(e.getMessage(), e);
            }
            try (db) {
                CheckResult r = operate(db);
                return project.then(p -> r);
            }
        }

        @Override
        public Integer call() throws IOException {
            try {
                return super.call();
            } catch (SetupException e) {
                err().println("anvil-check: " + e.getMessage());
                err().flush();
                return ExitCodes.USAGE;
            }
        }

        @Override
        void write(Report report) throws IOException {
            if (sql == null || common.format != ReportFormat.TEXT) {
                super.write(report);
                return;
            }
            for (Finding f : report.findings()) {
                err().println(f);
            }
            err().flush();
            SqlOutput.write(this, sql);
        }

        @Override
        int exitCode(Report report) {
            if (report.findings().stream().anyMatch(f -> f.rule() == DbRule.CONNECTION)) {
                return ExitCodes.USAGE;
            }
            return super.exitCode(report);
        }
    }

    /** A subcommand that is one call on the database. */
    abstract static class Simple extends DbSubcommand {
        private final BiFunction<Simple, AnvilDatabase, CheckResult> op;

        Simple(BiFunction<Simple, AnvilDatabase, CheckResult> op) {
            this.op = op;
        }

        @Override
        CheckResult operate(AnvilDatabase db) {
            return op.apply(this, db);
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create the database if it is missing.")
    static final class Create extends Simple {
        Create() {
            super((c, db) -> db.createIfMissing());
        }
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Apply pending migrations (--dry-run prints the plan's SQL and changes nothing).")
    static final class Migrate extends DbSubcommand {
        @Option(names = "--dry-run", description = "Print what would run; change nothing.")
        boolean dryRun;

        @Override
        CheckResult operate(AnvilDatabase db) {
            if (dryRun) {
                MigrateResult r = db.dryRun();
                sql = r.planSql().isEmpty() ? "-- nothing to migrate\n" : r.planSql();
                return r;
            }
            MigrateResult r = db.migrate();
            progress(r.executed().size() + " migration(s) applied; schema version "
                    + r.schemaVersion().orElse("none"));
            return r;
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Bring the database to the generated schema (--dry-run prints the fixes instead).")
    static final class Apply extends DbSubcommand {
        @Option(names = "--dry-run", description = "Print the SQL that would run; change nothing.")
        boolean dryRun;

        @Override
        CheckResult operate(AnvilDatabase db) {
            if (dryRun) {
                dev.anvilcheck.db.DriftResult d = db.drift();
                sql = d.fixSql().isEmpty() ? "-- nothing to apply\n" : d.fixSql();
                return d;
            }
            dev.anvilcheck.db.ApplyResult r = db.applySchema();
            r.changes().forEach(this::progress);
            return r;
        }
    }

    @Command(name = "drift", mixinStandardHelpOptions = true,
            description = "Report differences between the live database and the app's schema.")
    static final class Drift extends Simple {
        Drift() {
            super((c, db) -> db.drift());
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Apply every migration and the schema to a throwaway PostgreSQL; failures at file:line.")
    static final class Verify extends Simple {
        Verify() {
            super((c, db) -> db.verify());
        }
    }

    @Command(name = "snapshot", mixinStandardHelpOptions = true,
            description = "Print the live schema as DDL read from the catalog.")
    static final class Snapshot extends DbSubcommand {
        @Override
        CheckResult operate(AnvilDatabase db) {
            SnapshotResult r = db.snapshot();
            sql = r.sql();
            return r;
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "List applied, pending, failed and missing migrations.")
    static final class Info extends DbSubcommand {
        @Override
        CheckResult operate(AnvilDatabase db) {
            dev.anvilcheck.db.InfoResult r = db.info();
            StringBuilder sb = new StringBuilder(String.format("%-16s %-16s %s%n", "VERSION", "STATE", "SCRIPT"));
            r.migrations().forEach(m -> sb.append(String.format("%-16s %-16s %s%n", m.version(), m.state(),
                    m.script())));
            sql = sb.toString();
            return r;
        }
    }

    @Command(name = "repair", mixinStandardHelpOptions = true,
            description = "Clear failed migration records and realign checksums after a fix.")
    static final class Repair extends Simple {
        Repair() {
            super((c, db) -> db.repair());
        }
    }

    @Command(name = "baseline", mixinStandardHelpOptions = true,
            description = "Adopt an existing database at a version (--at VERSION).")
    static final class Baseline extends DbSubcommand {
        @Option(names = "--at", paramLabel = "VERSION", required = true, description = "The version to adopt.")
        String at;

        @Override
        CheckResult operate(AnvilDatabase db) {
            try {
                return db.baseline(at);
            } catch (IllegalArgumentException e) {
                throw new SetupException(e.getMessage(), e);
            }
        }
    }

}
