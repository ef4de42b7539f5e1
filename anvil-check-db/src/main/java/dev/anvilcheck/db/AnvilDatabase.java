package dev.anvilcheck.db;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.config.CheckConfig;
import dev.anvilcheck.db.internal.EmbeddedServer;
import dev.anvilcheck.db.internal.Migrator;
import dev.anvilcheck.db.internal.SchemaOps;
import dev.anvilcheck.db.internal.Target;
import dev.anvilcheck.schema.SchemaResult;
import dev.anvilcheck.schema.SchemaSql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The app's PostgreSQL database: create it, migrate it, apply the generated schema, and check it for drift. Set up
 * fluently, in the style of {@code Flyway.configure()}:
 *
 * <pre>{@code
 * AnvilProject project = AnvilProject.load(Path.of("my-app"));
 * try (AnvilDatabase db = AnvilDatabase.configure()
 *         .url("jdbc:postgresql://db.example.com/shop")
 *         .user("deploy").passwordEnv("PGPASSWORD")
 *         .project(project)                 // migrations folder, schema name, allow_destructive
 *         .load()) {
 *     db.createIfMissing().orThrow();
 *     db.migrate().orThrow();
 *     db.applySchema().orThrow();
 *     DriftResult drift = db.drift();
 * }
 * }</pre>
 *
 * <p>Nothing here throws for a problem in the database or the files: an unreachable server, a failed migration or
 * drift are findings in the typed results. Only misuse (no target, two targets, an unknown environment) throws.
 * Instances are thread-safe: every operation opens its own connection; the migration lock keeps concurrent
 * migrations (from here or from other processes) from interleaving. {@link #close()} stops an embedded server.
 */
public final class AnvilDatabase implements AutoCloseable {

    /** The history table's default name. */
    public static final String DEFAULT_HISTORY_TABLE = "anvil_schema_history";
    /** The migrations folder used when anvil-check.yaml does not name one. */
    public static final String DEFAULT_MIGRATIONS = "src/database/migrations";

    private final Target target;
    private final Optional<EmbeddedServer> server;
    private final boolean ownsServer;
    private final String schema;
    private final Optional<Path> migrations;
    private final String migrationsDisplay;
    private final String historySchema;
    private final String historyTable;
    private final Duration lockTimeout;
    private final boolean allowDestructive;
    private final Optional<AnvilProject> project;
    private final Optional<Path> snapshotDir;
    private final Migrator migrator;

    private AnvilDatabase(Builder b, Target target, Optional<EmbeddedServer> server, boolean ownsServer,
                          String schema, Optional<Path> migrations, String migrationsDisplay,
                          boolean allowDestructive) {
        this.target = target;
        this.server = server;
        this.ownsServer = ownsServer;
        this.schema = schema;
        this.migrations = migrations;
        this.migrationsDisplay = migrationsDisplay;
        this.historySchema = b.historySchema;
        this.historyTable = b.historyTable;
        this.lockTimeout = b.lockTimeout;
        this.allowDestructive = allowDestructive;
        this.project = Optional.ofNullable(b.project);
        this.snapshotDir = Optional.ofNullable(b.snapshotDir);
        this.migrator = migrator(target);
    }

    private Migrator migrator(Target t) {
        return new Migrator(t, migrations, migrationsDisplay, historySchema, historyTable, lockTimeout);
    }

    /**
     * Starts a configuration.
     *
     * @return a new builder
     */
    public static Builder configure() {
        return new Builder();
    }

    /**
     * The schema that mirrors the app's tables.
     *
     * @return the schema name
     */
    public String schema() {
        return schema;
    }

    /**
     * Creates the target database when it does not exist, connecting to the server's {@code postgres} maintenance
     * database. Two callers racing are both fine (an "already exists" counts as success).
     *
     * @return whether it was created, or the findings
     */
    public CreateResult createIfMissing() {
        if (target.isDataSource()) {
            try (Connection c = target.open()) {
                return new CreateResult("", false, List.of());
            } catch (Target.ConnectException e) {
                return new CreateResult("", false, List.of(e.finding(), Finding.of(DbRule.CREATE_DATABASE, null,
                        "a DataSource gives no database name to create; configure url(...) instead")));
            } catch (SQLException e) {
                return new CreateResult("", false, List.of());
            }
        }
        Optional<String> name = target.database();
        if (name.isEmpty()) {
            return new CreateResult("", false, List.of(Finding.of(DbRule.CREATE_DATABASE, null,
                    "the URL " + target.display() + " names no database")));
        }
        try (Connection c = target.withDatabase("postgres").open(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = "
                    + SchemaSql.literal(name.get()))) {
                if (rs.next()) {
                    return new CreateResult(name.get(), false, List.of());
                }
            }
            st.execute("create database " + SchemaSql.quote(name.get()));
            return new CreateResult(name.get(), true, List.of());
        } catch (Target.ConnectException e) {
            return new CreateResult(name.get(), false, List.of(e.finding()));
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) {
                return new CreateResult(name.get(), false, List.of());
            }
            return new CreateResult(name.get(), false, List.of(Finding.of(DbRule.CREATE_DATABASE, null,
                    "cannot create database " + name.get() + ": " + e.getMessage())));
        }
    }

    /**
     * Applies pending migrations, each in its own transaction, under an advisory lock, after validating the
     * checksums of applied ones. Stops at the first failure (rolled back and recorded as failed).
     *
     * @return what ran
     */
    public MigrateResult migrate() {
        snapshotDir.ifPresent(this::keepSnapshot);
        return migrator.migrate(false);
    }

    /**
     * Plans a migration without changing the database: validates and lists what {@link #migrate()} would run.
     *
     * @return the plan ({@link MigrateResult#pending()} and {@link MigrateResult#planSql()})
     */
    public MigrateResult dryRun() {
        return migrator.migrate(true);
    }

    /**
     * Lists applied, pending, failed and missing migrations.
     *
     * @return the info
     */
    public InfoResult info() {
        return migrator.info();
    }

    /**
     * Clears failed migration records and realigns applied checksums with the files (after a fix).
     *
     * @return the info afterwards
     */
    public InfoResult repair() {
        return migrator.repair();
    }

    /**
     * Adopts an existing database at a version: only later migrations will run.
     *
     * @param version the version the database is at ({@code "3"}, {@code "1.2"})
     * @return the info afterwards
     * @throws IllegalArgumentException when the version is not numbers separated by dots
     */
    public InfoResult baseline(String version) {
        return migrator.baseline(Objects.requireNonNull(version, "version"));
    }

    /**
     * Brings the database to a generated schema in one transaction: creates what is missing; drops or narrows
     * only when {@code allowDestructive} is on.
     *
     * @param schemaResult the generated schema
     * @return what changed
     */
    public ApplyResult applySchema(SchemaResult schemaResult) {
        return SchemaOps.apply(target, schemaResult, allowDestructive, ignored(schemaResult));
    }

    /**
     * {@link #applySchema(SchemaResult)} with the configured project's schema.
     *
     * @return what changed
     * @throws IllegalStateException when no project was configured
     */
    public ApplyResult applySchema() {
        return applySchema(projectSchema());
    }

    /**
     * Compares the live database with a generated schema.
     *
     * @param schemaResult the generated schema
     * @return the differences and the SQL that fixes the safe ones
     */
    public DriftResult drift(SchemaResult schemaResult) {
        return SchemaOps.drift(target, schemaResult, ignored(schemaResult));
    }

    /**
     * {@link #drift(SchemaResult)} with the configured project's schema.
     *
     * @return the differences
     * @throws IllegalStateException when no project was configured
     */
    public DriftResult drift() {
        return drift(projectSchema());
    }

    /**
     * Writes the live schema out as DDL from the catalog.
     *
     * @return the snapshot
     */
    public SnapshotResult snapshot() {
        return SchemaOps.snapshot(target, schema);
    }

    /**
     * Applies every migration and then the project's generated schema to a throwaway database on an embedded
     * PostgreSQL (this one's server when embedded, else a new one), and reports each failure as a finding at
     * file:line. The configured database is never touched.
     *
     * @return the result
     */
    public VerifyResult verify() {
        List<Finding> findings = new ArrayList<>();
        EmbeddedServer s;
        boolean started = false;
        if (server.isPresent()) {
            s = server.get();
        } else {
            try {
                s = EmbeddedServer.start();
                started = true;
            } catch (RuntimeException e) {
                return new VerifyResult(0, false, List.of(Finding.of(DbRule.VERIFY, null,
                        "cannot start a throwaway PostgreSQL: " + e.getMessage())));
            }
        }
        String db = null;
        try {
            db = s.createDatabase("anvil_verify");
            Target t = s.target(db);
            MigrateResult m = migrator(t).migrate(false);
            findings.addAll(m.findings());
            boolean applied = false;
            if (project.isPresent()) {
                SchemaResult sr = projectSchema();
                ApplyResult a = SchemaOps.apply(t, sr, false, ignored(sr));
                findings.addAll(a.findings());
                applied = !a.hasErrors();
                if (applied) {
                    for (Finding f : SchemaOps.drift(t, sr, ignored(sr)).findings()) {
                        findings.add(Finding.of(DbRule.VERIFY, null, "after applying migrations and the generated "
                                + "schema: " + f.message()).withDetails(f.details()));
                    }
                }
            }
            return new VerifyResult(m.executed().size(), applied, findings);
        } finally {
            if (db != null) {
                s.dropDatabase(db);
            }
            if (started) {
                s.close();
            }
        }
    }

    private SchemaResult projectSchema() {
        AnvilProject p = project.orElseThrow(() -> new IllegalStateException(
                "no project configured: call AnvilDatabase.configure().project(project), or pass a SchemaResult"));
        SchemaResult sr = p.generateSchema().result(SchemaResult.class).orElseThrow();
        if (!sr.schema().name().equals(schema)) {
            sr = SchemaResult.generate(p.anvilYaml(),
                    new CheckConfig.Database(Optional.empty(), schema, p.checkConfig().database().extra(), false));
        }
        return sr;
    }

    private Set<String> ignored(SchemaResult sr) {
        return sr.schema().name().equals(historySchema) ? Set.of(historyTable) : Set.of();
    }

    private void keepSnapshot(Path dir) {
        SnapshotResult snap = snapshot();
        if (snap.hasErrors()) {
            return;
        }
        try {
            Files.createDirectories(dir);
            String stamp = Instant.now().toString().replace(":", "").replace("-", "");
            Files.writeString(dir.resolve("snapshot-" + stamp + ".sql"), snap.sql());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the schema snapshot to " + dir, e);
        }
    }

    /** Stops the embedded server this instance started, if any. */
    @Override
    public void close() {
        if (ownsServer) {
            server.ifPresent(EmbeddedServer::close);
        }
    }

    /** Shows the target without credentials. */
    @Override
    public String toString() {
        return "AnvilDatabase[" + target.display() + ", schema " + schema + "]";
    }

    /**
     * Configures an {@link AnvilDatabase}. Choose one target: {@link #dataSource}, {@link #url},
     * {@link #environment} or {@link #embedded()} (the default when none is chosen). Not thread-safe; the
     * database it builds is.
     */
    public static final class Builder {
        private DataSource dataSource;
        private String url;
        private String user;
        private String password;
        private String passwordEnv;
        private boolean embedded;
        private String environment;
        private String database = "anvil";
        private String schema;
        private Path migrations;
        private String historySchema = "public";
        private String historyTable = DEFAULT_HISTORY_TABLE;
        private Duration lockTimeout = Duration.ofSeconds(60);
        private int connectAttempts = 3;
        private Duration connectRetryDelay = Duration.ofMillis(500);
        private int connectTimeoutSeconds = 10;
        private Boolean allowDestructive;
        private AnvilProject project;
        private Path snapshotDir;
        private Function<String, String> env = System::getenv;
        private EmbeddedServer sharedServer;

        private Builder() {
        }

        /**
         * Uses a caller's DataSource.
         *
         * @param value the data source
         * @return this builder
         */
        public Builder dataSource(DataSource value) {
            this.dataSource = Objects.requireNonNull(value, "dataSource");
            return this;
        }

        /**
         * Connects by URL: {@code jdbc:postgresql://host:port/db} or {@code postgresql://user@host/db}.
         *
         * @param value the URL
         * @return this builder
         */
        public Builder url(String value) {
            this.url = Objects.requireNonNull(value, "url");
            return this;
        }

        /**
         * The user, overriding the URL's.
         *
         * @param value the user
         * @return this builder
         */
        public Builder user(String value) {
            this.user = Objects.requireNonNull(value, "user");
            return this;
        }

        /**
         * The password. Prefer {@link #passwordEnv(String)} so the value never sits in code or a command line.
         *
         * @param value the password
         * @return this builder
         */
        public Builder password(String value) {
            this.password = Objects.requireNonNull(value, "password");
            return this;
        }

        /**
         * Reads the password from an environment variable when {@link #load()} runs.
         *
         * @param variable the variable ({@code PGPASSWORD})
         * @return this builder
         */
        public Builder passwordEnv(String variable) {
            this.passwordEnv = Objects.requireNonNull(variable, "variable");
            return this;
        }

        /**
         * Starts an embedded PostgreSQL (zonky) with the database {@link #database(String)}; it is stopped by
         * {@link AnvilDatabase#close()}.
         *
         * @return this builder
         */
        public Builder embedded() {
            this.embedded = true;
            return this;
        }

        /**
         * Targets the database of an environment from anvil-check.yaml: its {@code url_env} variable holds the
         * URL and its {@code schema} names the schema. Needs {@link #project(AnvilProject)}.
         *
         * @param name the environment ({@code staging})
         * @return this builder
         */
        public Builder environment(String name) {
            this.environment = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The database name for {@link #embedded()} (default {@code anvil}).
         *
         * @param value the name
         * @return this builder
         */
        public Builder database(String value) {
            this.database = Objects.requireNonNull(value, "database");
            return this;
        }

        /**
         * The schema that mirrors the app's tables (default: anvil-check.yaml's, else {@code app_tables}).
         *
         * @param value the schema
         * @return this builder
         */
        public Builder schema(String value) {
            this.schema = Objects.requireNonNull(value, "schema");
            return this;
        }

        /**
         * The migrations folder (default: anvil-check.yaml's {@code database.migrations}, else
         * {@value #DEFAULT_MIGRATIONS} in the project when it exists). A folder set here or in anvil-check.yaml
         * must exist.
         *
         * @param value the folder
         * @return this builder
         */
        public Builder migrations(Path value) {
            this.migrations = Objects.requireNonNull(value, "migrations");
            return this;
        }

        /**
         * Where the migration history table is (default {@code public.anvil_schema_history}).
         *
         * @param schemaName the schema
         * @param table the table
         * @return this builder
         */
        public Builder historyTable(String schemaName, String table) {
            this.historySchema = Objects.requireNonNull(schemaName, "schemaName");
            this.historyTable = Objects.requireNonNull(table, "table");
            return this;
        }

        /**
         * How long to wait for another runner's migration lock (default 60 s).
         *
         * @param value the timeout
         * @return this builder
         */
        public Builder lockTimeout(Duration value) {
            this.lockTimeout = Objects.requireNonNull(value, "lockTimeout");
            return this;
        }

        /**
         * How often to try connecting and the first pause between tries, doubling after (default 3, 500 ms).
         *
         * @param attempts the attempts, at least 1
         * @param firstDelay the first pause
         * @return this builder
         */
        public Builder connectRetry(int attempts, Duration firstDelay) {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1");
            }
            this.connectAttempts = attempts;
            this.connectRetryDelay = Objects.requireNonNull(firstDelay, "firstDelay");
            return this;
        }

        /**
         * Whether drift fixes may drop or narrow (default: anvil-check.yaml's {@code allow_destructive}, else
         * false).
         *
         * @param value true to allow
         * @return this builder
         */
        public Builder allowDestructive(boolean value) {
            this.allowDestructive = value;
            return this;
        }

        /**
         * Takes the migrations folder, schema name, allow_destructive and environments from a project, and lets
         * {@link AnvilDatabase#drift()}, {@link AnvilDatabase#applySchema()} and {@link AnvilDatabase#verify()}
         * use its generated schema.
         *
         * @param value the project
         * @return this builder
         */
        public Builder project(AnvilProject value) {
            this.project = Objects.requireNonNull(value, "project");
            return this;
        }

        /**
         * Keeps a snapshot of the live schema in this folder before each migrate.
         *
         * @param dir the folder
         * @return this builder
         */
        public Builder snapshotBeforeMigrate(Path dir) {
            this.snapshotDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /**
         * Where environment variables are read (default {@link System#getenv(String)}); for tests and tools.
         *
         * @param lookup the lookup
         * @return this builder
         */
        public Builder environmentVariables(Function<String, String> lookup) {
            this.env = Objects.requireNonNull(lookup, "lookup");
            return this;
        }

        /** Uses a database on an embedded server someone else owns (the JUnit extension). */
        Builder sharedServer(EmbeddedServer value, String databaseName) {
            this.sharedServer = value;
            this.database = databaseName;
            return this;
        }

        /**
         * Builds the database; starts the embedded server when chosen.
         *
         * @return the database
         * @throws IllegalStateException when two targets are chosen, an environment is unknown or its variable
         *                               is unset, or the embedded server cannot start
         * @throws IllegalArgumentException when the URL is not a PostgreSQL URL
         */
        public AnvilDatabase load() {
            int targets = (dataSource != null ? 1 : 0) + (url != null ? 1 : 0) + (embedded ? 1 : 0)
                    + (environment != null ? 1 : 0) + (sharedServer != null ? 1 : 0);
            if (targets > 1) {
                throw new IllegalStateException("choose one of dataSource(..), url(..), environment(..), embedded()");
            }
            CheckConfig.Database dbConfig = project == null ? CheckConfig.defaults().database()
                    : project.checkConfig().database();
            String schemaName = schema != null ? schema : dbConfig.schema();
            String targetUrl = url;
            if (environment != null) {
                if (project == null) {
                    throw new IllegalStateException("environment(..) needs project(..) to read anvil-check.yaml");
                }
                CheckConfig.Environment e = project.checkConfig().environments().get(environment);
                if (e == null || e.database().isEmpty()) {
                    throw new IllegalStateException("anvil-check.yaml has no environment '" + environment
                            + "' with a database");
                }
                String value = env.apply(e.database().get().urlEnv());
                if (value == null || value.isBlank()) {
                    throw new IllegalStateException("environment variable " + e.database().get().urlEnv()
                            + " (the database URL of environment " + environment + ") is not set");
                }
                targetUrl = value;
                if (schema == null) {
                    schemaName = e.database().get().schema();
                }
            }
            Optional<String> pw = Optional.ofNullable(password);
            if (passwordEnv != null) {
                pw = Optional.ofNullable(env.apply(passwordEnv)).or(() -> Optional.ofNullable(password));
            }
            Optional<Path> folder;
            String display;
            if (migrations != null) {
                folder = Optional.of(migrations);
                display = displayOf(migrations);
            } else if (project != null && dbConfig.migrations().isPresent()) {
                folder = Optional.of(project.root().resolve(dbConfig.migrations().get()));
                display = dbConfig.migrations().get();
            } else if (project != null && Files.isDirectory(project.root().resolve(DEFAULT_MIGRATIONS))) {
                folder = Optional.of(project.root().resolve(DEFAULT_MIGRATIONS));
                display = DEFAULT_MIGRATIONS;
            } else {
                folder = Optional.empty();
                display = DEFAULT_MIGRATIONS;
            }
            boolean destructive = allowDestructive != null ? allowDestructive : dbConfig.allowDestructive();
            if (sharedServer != null) {
                return new AnvilDatabase(this, sharedServer.target(database), Optional.of(sharedServer), false,
                        schemaName, folder, display, destructive);
            }
            if (dataSource != null) {
                return new AnvilDatabase(this, Target.ofDataSource(dataSource, connectAttempts, connectRetryDelay),
                        Optional.empty(), false, schemaName, folder, display, destructive);
            }
            if (targetUrl != null) {
                return new AnvilDatabase(this, Target.ofUrl(targetUrl, Optional.ofNullable(user), pw,
                        connectAttempts, connectRetryDelay, connectTimeoutSeconds), Optional.empty(), false,
                        schemaName, folder, display, destructive);
            }
            EmbeddedServer s = EmbeddedServer.start();
            try {
                s.ensureDatabase(database);
            } catch (RuntimeException e) {
                s.close();
                throw e;
            }
            return new AnvilDatabase(this, s.target(database), Optional.of(s), true, schemaName, folder, display,
                    destructive);
        }

        private String displayOf(Path folder) {
            if (project != null) {
                Path abs = folder.toAbsolutePath().normalize();
                if (abs.startsWith(project.root())) {
                    return project.root().relativize(abs).toString().replace('\\', '/');
                }
            }
            return folder.toString().replace('\\', '/');
        }
    }
}
