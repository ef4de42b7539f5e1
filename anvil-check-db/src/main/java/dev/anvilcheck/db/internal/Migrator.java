package dev.anvilcheck.db.internal;

import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.db.DbRule;
import dev.anvilcheck.db.InfoResult;
import dev.anvilcheck.db.MigrateResult;
import dev.anvilcheck.db.MigrationInfo;
import dev.anvilcheck.db.MigrationInfo.State;
import dev.anvilcheck.internal.io.SafeFiles;
import dev.anvilcheck.schema.SchemaSql;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Versioned SQL migrations with Flyway's guarantees: ordered versions, checksums validated before anything runs,
 * one transaction per migration, a session advisory lock, a history table, failed migrations recorded.
 * Thread-safe: every call opens its own connection.
 */
public final class Migrator {

    /** Type of a migration row. */
    static final String SQL = "SQL";
    /** Type of a baseline row. */
    static final String BASELINE = "BASELINE";
    private static final long LOCK_BASE = 0x616E76696C636B31L;

    private final Target target;
    private final Optional<Path> folder;
    private final String folderDisplay;
    private final String historySchema;
    private final String historyTable;
    private final Duration lockTimeout;

    /**
     * A migrator.
     *
     * @param target where the database is
     * @param folder the migrations folder
     * @param folderDisplay the folder's path for findings
     * @param historySchema the history table's schema
     * @param historyTable the history table's name
     * @param lockTimeout how long to wait for another runner's lock
     */
    public Migrator(Target target, Optional<Path> folder, String folderDisplay, String historySchema,
                    String historyTable, Duration lockTimeout) {
        this.target = target;
        this.folder = folder;
        this.folderDisplay = folderDisplay;
        this.historySchema = historySchema;
        this.historyTable = historyTable;
        this.lockTimeout = lockTimeout;
    }

    /** What a scan of the folder found. */
    record Scan(List<MigrationFile> files, List<Finding> findings, boolean fatal) {
    }

    /** One row of the history table. */
    record Row(int rank, Optional<String> version, String description, String type, String script,
               Optional<Integer> checksum, String installedBy, Instant installedOn, int executionTime,
               boolean success) {
        List<BigInteger> parts() {
            return MigrationFile.parts(version.orElse("0"));
        }
    }

    private String history() {
        return SchemaSql.qualified(historySchema, historyTable);
    }

    /** Largest migration read; a bigger one is a finding (and nothing is migrated). */
    static final long MAX_MIGRATION_BYTES = 64L * 1024 * 1024;

    /**
     * Reads the migrations folder: names, duplicates, gaps, checksums.
     *
     * @return the files in version order and the findings
     */
    Scan scan() {
        List<Finding> findings = new ArrayList<>();
        if (folder.isEmpty()) {
            return new Scan(List.of(), findings, false);
        }
        Path dir = folder.get();
        if (!Files.isDirectory(dir)) {
            findings.add(Finding.of(DbRule.MIGRATIONS_FOLDER, null, "migrations folder " + folderDisplay
                    + (Files.exists(dir) ? " is not a folder" : " does not exist"))
                    .withHint("create it, or set database.migrations in anvil-check.yaml"));
            return new Scan(List.of(), findings, true);
        }
        List<Path> paths;
        try (Stream<Path> s = Files.walk(dir)) {
            // not only regular files: a FIFO, a device, a folder or a broken link named *.sql is reported below
            // (never opened: a FIFO would block forever) rather than skipped as if the migration were not there
            paths = s.filter(p -> !p.equals(dir)).filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            findings.add(Finding.of(DbRule.MIGRATIONS_FOLDER, null, "migrations folder " + folderDisplay
                    + " cannot be read (" + e.getClass().getSimpleName() + ")"));
            return new Scan(List.of(), findings, true);
        }
        List<MigrationFile> files = new ArrayList<>();
        boolean fatal = false;
        for (Path p : paths) {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            String display = folderDisplay + "/" + rel;
            Optional<String[]> name = MigrationFile.parseName(p.getFileName().toString());
            if (name.isEmpty()) {
                findings.add(Finding.of(DbRule.MIGRATION_NAME, Location.file(display), "'" + rel
                        + "' is not named like a migration, so it is not run")
                        .withHint("name it V<version>__<description>.sql (V2__add_orders.sql) or "
                                + "<number>_<description>.sql (002_add_orders.sql)"));
                continue;
            }
            String text;
            try {
                Optional<String> problem = SafeFiles.problem(p);
                if (problem.isEmpty() && Files.size(p) > MAX_MIGRATION_BYTES) {
                    problem = Optional.of("is larger than " + (MAX_MIGRATION_BYTES >> 20) + " MB and was not read");
                }
                if (problem.isPresent()) {
                    findings.add(Finding.of(DbRule.MIGRATIONS_FOLDER, Location.file(display), "'" + rel + "' "
                            + problem.get()));
                    fatal = true;
                    continue;
                }
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                findings.add(Finding.of(DbRule.MIGRATIONS_FOLDER, Location.file(display), "'" + rel
                        + "' cannot be read as UTF-8 text (" + e.getClass().getSimpleName() + ")"));
                fatal = true;
                continue;
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            files.add(new MigrationFile(p, rel, display, String.join(".", name.get()[0].split("\\.")),
                    MigrationFile.parts(name.get()[0]), name.get()[1], text, MigrationFile.checksum(text)));
        }
        files.sort(Comparator.naturalOrder());
        for (int i = 1; i < files.size(); i++) {
            MigrationFile a = files.get(i - 1);
            MigrationFile b = files.get(i);
            if (a.compareTo(b) == 0) {
                findings.add(Finding.of(DbRule.DUPLICATE_VERSION, Location.file(b.displayPath()), "'" + b.script()
                        + "' has version " + b.version() + ", like '" + a.script() + "'")
                        .withHint("give one of them the next free version"));
                fatal = true;
            }
        }
        // Gaps matter only for plain numbered files (001_init.sql): Flyway-style versions skip numbers freely.
        boolean simple = !files.isEmpty() && files.stream().allMatch(f -> f.versionParts().size() == 1
                && !f.file().getFileName().toString().startsWith("V")
                && f.versionParts().get(0).compareTo(BigInteger.valueOf(10000)) < 0);
        if (simple) {
            for (int i = 1; i < files.size(); i++) {
                BigInteger prev = files.get(i - 1).versionParts().get(0);
                BigInteger cur = files.get(i).versionParts().get(0);
                if (cur.subtract(prev).compareTo(BigInteger.ONE) > 0) {
                    findings.add(Finding.of(DbRule.VERSION_GAP, Location.file(files.get(i).displayPath()),
                            "'" + files.get(i).script() + "' has version " + cur + " but the one before has " + prev
                                    + "; " + (cur.subtract(prev).intValue() == 2 ? "version " + prev.add(BigInteger.ONE)
                                    : "versions " + prev.add(BigInteger.ONE) + " to " + cur.subtract(BigInteger.ONE))
                                    + " missing"));
                }
            }
        }
        return new Scan(files, findings, fatal);
    }

    private Handle open() throws Target.ConnectException {
        Connection c = target.open();
        return Jdbi.open(c);
    }

    private boolean historyExists(Handle h) {
        return h.createQuery("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                        + "where n.nspname = :s and c.relname = :t and c.relkind in ('r', 'p')")
                .bind("s", historySchema).bind("t", historyTable).mapTo(Integer.class).one() > 0;
    }

    private void createHistory(Handle h) {
        h.execute("create schema if not exists " + SchemaSql.quote(historySchema));
        h.execute("create table if not exists " + history() + " (\n"
                + "  installed_rank integer primary key,\n  version varchar(50),\n"
                + "  description varchar(200) not null,\n  type varchar(20) not null,\n"
                + "  script varchar(1000) not null,\n  checksum integer,\n  installed_by varchar(100) not null,\n"
                + "  installed_on timestamp not null default now(),\n  execution_time integer not null,\n"
                + "  success boolean not null\n)");
        h.execute("create index if not exists " + SchemaSql.quote(SchemaSql.shortName(historyTable + "_s_idx"))
                + " on " + history() + " (success)");
    }

    private List<Row> readHistory(Handle h) {
        if (!historyExists(h)) {
            return List.of();
        }
        return h.createQuery("select installed_rank, version, description, type, script, checksum, installed_by, "
                + "installed_on, execution_time, success from " + history() + " order by installed_rank")
                .map((rs, ctx) -> new Row(rs.getInt(1), Optional.ofNullable(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5),
                        rs.getObject(6) == null ? Optional.empty() : Optional.of(rs.getInt(6)), rs.getString(7),
                        rs.getTimestamp(8).toInstant(), rs.getInt(9), rs.getBoolean(10)))
                .list();
    }

    private long lockKey() {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update((historySchema + "." + historyTable).getBytes(StandardCharsets.UTF_8));
        return LOCK_BASE ^ crc.getValue();
    }

    private boolean lock(Handle h) {
        long deadline = System.nanoTime() + lockTimeout.toNanos();
        while (true) {
            boolean got = h.createQuery("select pg_try_advisory_lock(:k)").bind("k", lockKey())
                    .mapTo(Boolean.class).one();
            if (got) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private void unlock(Handle h) {
        h.createQuery("select pg_advisory_unlock(:k)").bind("k", lockKey()).mapTo(Boolean.class).one();
    }

    private Finding lockTimeoutFinding() {
        return Finding.of(DbRule.LOCK_TIMEOUT, null, "another migration runner held the lock on " + historySchema
                + "." + historyTable + " for more than " + lockTimeout.toSeconds() + " s");
    }

    /** The merged view of files and history, plus validation findings. */
    private record View(List<MigrationInfo> infos, List<MigrationFile> pending, Optional<String> version,
                        List<Finding> findings, boolean blocked) {
    }

    private View view(List<MigrationFile> files, List<Row> rows) {
        List<Finding> findings = new ArrayList<>();
        List<MigrationInfo> infos = new ArrayList<>();
        Map<List<BigInteger>, MigrationFile> byVersion = new HashMap<>();
        files.forEach(f -> byVersion.put(f.versionParts(), f));
        Map<List<BigInteger>, Row> applied = new HashMap<>();
        List<BigInteger> max = List.of();
        Optional<String> maxText = Optional.empty();
        List<BigInteger> baseline = List.of();
        boolean blocked = false;
        for (Row r : rows) {
            Optional<MigrationFile> f = Optional.ofNullable(byVersion.get(r.parts()));
            Instant on = r.installedOn();
            if (BASELINE.equals(r.type())) {
                baseline = r.parts();
                applied.put(r.parts(), r);
                infos.add(info(r, f, State.BASELINE));
            } else if (!r.success()) {
                blocked = true;
                applied.put(r.parts(), r);
                infos.add(info(r, f, State.FAILED));
                findings.add(Finding.of(DbRule.FAILED_IN_HISTORY, f.map(x -> Location.file(x.displayPath()))
                        .orElse(null), "migration " + r.version().orElse("") + " (" + r.script() + ") failed on "
                        + on + " and is recorded as failed").withHint("fix the file, then run repair"));
                continue;
            } else if (f.isEmpty()) {
                applied.put(r.parts(), r);
                infos.add(info(r, f, State.MISSING));
                blocked = true;
                findings.add(Finding.of(DbRule.APPLIED_MISSING, null, "migration " + r.version().orElse("") + " ("
                        + r.script() + ") was applied on " + on + " but its file is not in " + folderDisplay)
                        .withDetails(new Details.Database(historySchema + "." + historyTable,
                                Optional.empty(), Optional.of(r.script()))));
            } else if (r.checksum().isPresent() && r.checksum().get() != f.get().checksum()) {
                applied.put(r.parts(), r);
                infos.add(info(r, f, State.CHANGED));
                blocked = true;
                findings.add(Finding.of(DbRule.CHECKSUM_MISMATCH, Location.file(f.get().displayPath()), "'"
                        + f.get().script() + "' was edited after it was applied on " + on + " (checksum "
                        + f.get().checksum() + ", applied " + r.checksum().get() + ")")
                        .withHint("restore the applied content and put the change into a new migration"));
            } else {
                applied.put(r.parts(), r);
                infos.add(info(r, f, State.APPLIED));
            }
            if (MigrationFile.compareVersions(r.parts(), max) > 0) {
                max = r.parts();
                maxText = r.version();
            }
        }
        List<MigrationFile> pending = new ArrayList<>();
        for (MigrationFile f : files) {
            if (applied.containsKey(f.versionParts())) {
                continue;
            }
            boolean tx = transactional(f);
            if (!baseline.isEmpty() && MigrationFile.compareVersions(f.versionParts(), baseline) <= 0) {
                infos.add(fileInfo(f, State.BELOW_BASELINE, tx));
            } else if (MigrationFile.compareVersions(f.versionParts(), max) < 0) {
                infos.add(fileInfo(f, State.OUT_OF_ORDER, tx));
                findings.add(Finding.of(DbRule.OUT_OF_ORDER, Location.file(f.displayPath()), "'" + f.script()
                        + "' (version " + f.version() + ") is not applied, but version " + maxText.orElse("")
                        + " is; it is not run").withHint("give it a version above " + maxText.orElse("")));
            } else {
                infos.add(fileInfo(f, State.PENDING, tx));
                pending.add(f);
            }
        }
        infos.sort(Comparator.comparing((MigrationInfo m) -> MigrationFile.parts(m.version()),
                MigrationFile::compareVersions));
        return new View(infos, pending, maxText, findings, blocked);
    }

    private static boolean transactional(MigrationFile f) {
        return SqlScript.split(f.text()).stream().allMatch(s -> s.nonTransactional().isEmpty());
    }

    private static MigrationInfo info(Row r, Optional<MigrationFile> f, State state) {
        return new MigrationInfo(r.version().orElse(""), r.description(), f.map(MigrationFile::script)
                .orElse(r.script()), f.map(MigrationFile::checksum).or(r::checksum), state,
                Optional.of(r.installedOn()), Optional.of(r.installedBy()),
                Optional.of(Duration.ofMillis(r.executionTime())), f.map(Migrator::transactional).orElse(true));
    }

    private static MigrationInfo fileInfo(MigrationFile f, State state, boolean tx) {
        return new MigrationInfo(f.version(), f.description(), f.script(), Optional.of(f.checksum()), state,
                Optional.empty(), Optional.empty(), Optional.empty(), tx);
    }

    /**
     * Applies pending migrations, or with {@code dryRun} only plans them (reading, never writing).
     *
     * @param dryRun whether to only plan
     * @return the result
     */
    public MigrateResult migrate(boolean dryRun) {
        Scan scan = scan();
        List<Finding> findings = new ArrayList<>(scan.findings());
        if (scan.fatal()) {
            return new MigrateResult(List.of(), List.of(), Optional.empty(), dryRun, "", findings);
        }
        try (Handle h = open()) {
            if (dryRun) {
                View v = view(scan.files(), readHistory(h));
                findings.addAll(v.findings());
                StringBuilder plan = new StringBuilder();
                List<MigrationInfo> planned = new ArrayList<>();
                if (!v.blocked()) {
                    for (MigrationFile f : v.pending()) {
                        plan.append("-- ").append(f.displayPath()).append(" (version ").append(f.version())
                                .append(transactional(f) ? "" : ", without a transaction").append(")\n")
                                .append(f.text().strip()).append("\n\n");
                        planned.add(fileInfo(f, State.PENDING, transactional(f)));
                    }
                }
                return new MigrateResult(List.of(), planned, v.version(), true, plan.toString(), findings);
            }
            if (!lock(h)) {
                findings.add(lockTimeoutFinding());
                return new MigrateResult(List.of(), List.of(), Optional.empty(), false, "", findings);
            }
            try {
                createHistory(h);
                View v = view(scan.files(), readHistory(h));
                findings.addAll(v.findings());
                if (v.blocked()) {
                    return new MigrateResult(List.of(), v.pending().stream().map(f -> fileInfo(f, State.PENDING,
                            transactional(f))).toList(), v.version(), false, "", findings);
                }
                String user = h.createQuery("select current_user").mapTo(String.class).one();
                List<MigrationInfo> executed = new ArrayList<>();
                Optional<String> version = v.version();
                List<MigrationFile> remaining = new ArrayList<>(v.pending());
                while (!remaining.isEmpty()) {
                    MigrationFile f = remaining.remove(0);
                    Optional<Finding> failure = run(h, f, user, findings);
                    if (failure.isPresent()) {
                        findings.add(failure.get());
                        remaining.add(0, f);
                        break;
                    }
                    executed.add(fileInfo(f, State.APPLIED, transactional(f)));
                    version = Optional.of(f.version());
                }
                return new MigrateResult(executed, remaining.stream().map(f -> fileInfo(f, State.PENDING,
                        transactional(f))).toList(), version, false, "", findings);
            } finally {
                unlock(h);
            }
        } catch (Target.ConnectException e) {
            findings.add(e.finding());
            return new MigrateResult(List.of(), List.of(), Optional.empty(), dryRun, "", findings);
        } catch (org.jdbi.v3.core.JdbiException e) {
            findings.add(databaseError(e));
            return new MigrateResult(List.of(), List.of(), Optional.empty(), dryRun, "", findings);
        }
    }

    /** Runs one migration; returns the failure finding, if it failed. */
    private Optional<Finding> run(Handle h, MigrationFile f, String user, List<Finding> findings) {
        List<SqlScript.Statement> statements = SqlScript.split(f.text());
        Optional<SqlScript.Statement> nonTx = statements.stream().filter(s -> s.nonTransactional().isPresent())
                .findFirst();
        Connection c = h.getConnection();
        long start = System.nanoTime();
        SqlScript.Statement current = null;
        try {
            if (nonTx.isPresent()) {
                findings.add(Finding.of(DbRule.NON_TRANSACTIONAL, Location.at(f.displayPath(), nonTx.get().line(),
                        nonTx.get().column()), "'" + f.script() + "' runs without a transaction because of "
                        + nonTx.get().nonTransactional().get()));
                c.setAutoCommit(true);
                for (SqlScript.Statement s : statements) {
                    current = s;
                    execute(c, s.sql());
                }
                record(h, f, user, start, true);
            } else {
                c.setAutoCommit(false);
                for (SqlScript.Statement s : statements) {
                    current = s;
                    execute(c, s.sql());
                }
                record(h, f, user, start, true);
                c.commit();
                c.setAutoCommit(true);
            }
            return Optional.empty();
        } catch (SQLException | org.jdbi.v3.core.JdbiException e) {
            SQLException sql = e instanceof SQLException ? (SQLException) e
                    : e.getCause() instanceof SQLException ? (SQLException) e.getCause()
                    : new SQLException(e.getMessage(), e);
            try {
                if (!c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
                record(h, f, user, start, false);
            } catch (SQLException | RuntimeException e2) {
                findings.add(Finding.of(DbRule.MIGRATION_FAILED, Location.file(f.displayPath()),
                        "the failure of '" + f.script() + "' could not be recorded: " + e2.getMessage()));
            }
            return Optional.of(failure(f, current, sql, nonTx.isEmpty()));
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.setEscapeProcessing(false);
            st.execute(sql);
        }
    }

    private void record(Handle h, MigrationFile f, String user, long start, boolean success) {
        int ms = (int) Math.min(Integer.MAX_VALUE, Duration.ofNanos(System.nanoTime() - start).toMillis());
        h.createUpdate("insert into " + history() + " (installed_rank, version, description, type, script, checksum,"
                        + " installed_by, installed_on, execution_time, success) values ((select coalesce(max("
                        + "installed_rank), 0) + 1 from " + history() + "), :v, :d, :t, :s, :c, :u, :on, :ms, :ok)")
                .bind("v", f.version()).bind("d", truncate(f.description(), 200)).bind("t", SQL)
                .bind("s", truncate(f.script(), 1000)).bind("c", f.checksum()).bind("u", truncate(user, 100))
                .bind("on", Timestamp.from(Instant.now())).bind("ms", ms).bind("ok", success).execute();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * A finding for a failed statement at the file line PostgreSQL's error position points to.
     *
     * @param f the migration
     * @param s the statement that failed, if known
     * @param e the error
     * @param rolledBack whether the migration ran in a transaction that was rolled back
     * @return the finding
     */
    static Finding failure(MigrationFile f, SqlScript.Statement s, SQLException e, boolean rolledBack) {
        Location at = Location.file(f.displayPath());
        String message = e.getMessage();
        if (s != null) {
            int line = s.line();
            int col = s.column();
            if (e instanceof PSQLException && ((PSQLException) e).getServerErrorMessage() != null) {
                ServerErrorMessage sem = ((PSQLException) e).getServerErrorMessage();
                message = sem.getMessage();
                if (sem.getPosition() > 0) {
                    int[] lc = SqlScript.lineColumn(f.text(), s.offset() + sem.getPosition() - 1);
                    line = lc[0];
                    col = lc[1];
                }
            }
            at = Location.at(f.displayPath(), line, col);
        }
        return Finding.of(DbRule.MIGRATION_FAILED, at, "'" + f.script() + "' failed: " + message
                + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")")
                + (rolledBack ? "; rolled back" : "; ran without a transaction, so earlier statements stay applied")
                + "; later migrations were not run");
    }

    /**
     * A finding for an unexpected database error.
     *
     * @param e the error
     * @return the DB003 finding
     */
    static Finding databaseError(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return Finding.of(DbRule.DATABASE_ERROR, null, "the database answered with an error: " + cause.getMessage());
    }

    /**
     * Every migration with its state; reads only.
     *
     * @return the info
     */
    public InfoResult info() {
        Scan scan = scan();
        List<Finding> findings = new ArrayList<>(scan.findings());
        try (Handle h = open()) {
            View v = view(scan.files(), readHistory(h));
            findings.addAll(v.findings());
            return new InfoResult(v.infos(), v.version(), findings);
        } catch (Target.ConnectException e) {
            findings.add(e.finding());
            return new InfoResult(List.of(), Optional.empty(), findings);
        } catch (org.jdbi.v3.core.JdbiException e) {
            findings.add(databaseError(e));
            return new InfoResult(List.of(), Optional.empty(), findings);
        }
    }

    /**
     * Removes failed records and realigns the checksums of applied migrations with their files.
     *
     * @return the info afterwards
     */
    public InfoResult repair() {
        Scan scan = scan();
        if (scan.fatal()) {
            return new InfoResult(List.of(), Optional.empty(), scan.findings());
        }
        return underLock(h -> {
            if (historyExists(h)) {
                h.execute("delete from " + history() + " where not success");
                for (MigrationFile f : scan.files()) {
                    h.createUpdate("update " + history() + " set checksum = :c, description = :d where version = :v"
                                    + " and type = :t and success")
                            .bind("c", f.checksum()).bind("d", truncate(f.description(), 200))
                            .bind("v", f.version()).bind("t", SQL).execute();
                }
            }
            return Optional.empty();
        });
    }

    /**
     * Adopts an existing database at a version: records a baseline so only later migrations run.
     *
     * @param version the version the database is at
     * @return the info afterwards
     */
    public InfoResult baseline(String version) {
        List<BigInteger> parts;
        try {
            parts = MigrationFile.parts(version);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a baseline version is numbers separated by dots: " + version, e);
        }
        return underLock(h -> {
            createHistory(h);
            if (!readHistory(h).isEmpty()) {
                return Optional.of(new InfoResult(List.of(), Optional.empty(), List.of(Finding.of(DbRule.BASELINE,
                        null, "cannot baseline at " + version + ": the history in " + historySchema + "."
                                + historyTable + " is not empty"))));
            }
            String user = h.createQuery("select current_user").mapTo(String.class).one();
            h.createUpdate("insert into " + history() + " (installed_rank, version, description, type, script, "
                            + "checksum, installed_by, execution_time, success) values (1, :v, '<< Baseline >>', "
                            + ":t, '<< Baseline >>', null, :u, 0, true)")
                    .bind("v", parts.stream().map(BigInteger::toString).reduce((a, b) -> a + "." + b)
                            .orElse(version)).bind("t", BASELINE).bind("u", user).execute();
            return Optional.empty();
        });
    }

    /**
     * Runs a history change under the advisory lock and returns {@link #info()} afterwards, unless the change
     * returns its own result; a lock timeout, an unreachable server or a database error become findings.
     */
    private InfoResult underLock(java.util.function.Function<Handle, Optional<InfoResult>> change) {
        try (Handle h = open()) {
            if (!lock(h)) {
                return new InfoResult(List.of(), Optional.empty(), List.of(lockTimeoutFinding()));
            }
            try {
                Optional<InfoResult> early = change.apply(h);
                if (early.isPresent()) {
                    return early.get();
                }
            } finally {
                unlock(h);
            }
        } catch (Target.ConnectException e) {
            return new InfoResult(List.of(), Optional.empty(), List.of(e.finding()));
        } catch (org.jdbi.v3.core.JdbiException e) {
            return new InfoResult(List.of(), Optional.empty(), List.of(databaseError(e)));
        }
        return info();
    }
}
