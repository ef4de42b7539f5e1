package dev.anvilcheck.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.db.MigrationInfo.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Migrations against a real PostgreSQL: one embedded server for the class, a fresh database per test. */
class MigrationsTest {

    @RegisterExtension
    static AnvilPostgresExtension pg = AnvilPostgresExtension.create();

    @TempDir
    Path dir;

    Path write(String name, String sql) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, sql);
        return p;
    }

    AnvilDatabase db() {
        return pg.configure().migrations(dir).load();
    }

    List<String> query(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    List<String> history() throws SQLException {
        return query("select version, script, success from public.anvil_schema_history order by installed_rank");
    }

    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().code()).toList();
    }

    @Test
    void appliesBothNamingStylesInVersionOrderAndRecordsHistory() throws Exception {
        write("V2__add_total.sql", "alter table orders add column total numeric;\n");
        write("V1__init.sql", "create table orders (id bigint primary key);\r\ninsert into orders values (1);\r\n");
        write("V10__later.sql", "create index orders_total on orders (total);\n");
        MigrateResult r = db().migrate();
        assertThat(r.findings()).isEmpty();
        assertThat(r.executed()).extracting(MigrationInfo::version).containsExactly("1", "2", "10");
        assertThat(r.schemaVersion()).contains("10");
        assertThat(history()).containsExactly("1|V1__init.sql|t", "2|V2__add_total.sql|t", "10|V10__later.sql|t");
        MigrateResult again = db().migrate();
        assertThat(again.executed()).isEmpty();
        assertThat(again.findings()).isEmpty();
        assertThat(db().info().migrations()).extracting(MigrationInfo::state)
                .containsExactly(State.APPLIED, State.APPLIED, State.APPLIED);
    }

    @Test
    void plainNumberedFilesLikeTheSeedScript() throws Exception {
        write("001_init.sql", "create table a (x int);");
        write("002_more.sql", "create table b (y int);");
        write("README.md", "not a migration");
        MigrateResult r = db().migrate();
        assertThat(r.findings()).isEmpty();
        assertThat(r.executed()).extracting(MigrationInfo::script).containsExactly("001_init.sql", "002_more.sql");
        assertThat(query("select count(*) from b")).containsExactly("0");
    }

    @Test
    void syntaxErrorRollsBackIsRecordedAndStopsLaterMigrations() throws Exception {
        write("V1__ok.sql", "create table ok (x int);\n");
        write("V2__broken.sql", "create table half (x int);\n-- a comment\ninsert into half values (1);\n"
                + "creat tabel oops (y int);\n");
        write("V3__after.sql", "create table after_broken (z int);\n");
        MigrateResult r = db().migrate();
        assertThat(r.executed()).extracting(MigrationInfo::version).containsExactly("1");
        assertThat(r.pending()).extracting(MigrationInfo::version).containsExactly("2", "3");
        Finding f = r.findings().stream().filter(x -> x.rule() == DbRule.MIGRATION_FAILED).findFirst().orElseThrow();
        assertThat(f.location()).hasValueSatisfying(l -> {
            assertThat(l.path()).endsWith("V2__broken.sql");
            assertThat(l.line()).isEqualTo(4);
            assertThat(l.column()).isEqualTo(1);
        });
        assertThat(f.message()).contains("syntax error").contains("rolled back");
        assertThat(query("select count(*) from pg_tables where tablename in ('half', 'after_broken')"))
                .containsExactly("0");
        assertThat(history()).containsExactly("1|V1__ok.sql|t", "2|V2__broken.sql|f");

        MigrateResult blocked = db().migrate();
        assertThat(codes(blocked.findings())).containsExactly("DB016");
        assertThat(blocked.executed()).isEmpty();

        write("V2__broken.sql", "create table half (x int);\n");
        InfoResult repaired = db().repair();
        assertThat(repaired.migrations(State.FAILED)).isEmpty();
        MigrateResult fixed = db().migrate();
        assertThat(fixed.findings()).isEmpty();
        assertThat(fixed.executed()).extracting(MigrationInfo::version).containsExactly("2", "3");
    }

    @Test
    void editedAppliedMigrationIsAnErrorButLineEndingsAreNot() throws Exception {
        write("V1__init.sql", "create table t (x int);\ncreate table u (y int);\n");
        assertThat(db().migrate().findings()).isEmpty();
        write("V1__init.sql", "create table t (x int);\r\ncreate table u (y int);\r\n");
        write("V2__next.sql", "create table v (z int);\n");
        MigrateResult crlf = db().migrate();
        assertThat(crlf.findings()).isEmpty();
        assertThat(crlf.executed()).extracting(MigrationInfo::version).containsExactly("2");

        write("V1__init.sql", "create table t (x bigint);\ncreate table u (y int);\n");
        write("V3__more.sql", "create table w (z int);\n");
        MigrateResult edited = db().migrate();
        assertThat(codes(edited.findings())).containsExactly("DB014");
        assertThat(edited.findings().get(0).location()).map(Location::path).hasValueSatisfying(
                p -> assertThat(p).endsWith("V1__init.sql"));
        assertThat(edited.executed()).isEmpty();
        assertThat(query("select count(*) from pg_tables where tablename = 'w'")).containsExactly("0");
    }

    @Test
    void duplicateVersionStopsBeforeTouchingTheDatabase() throws Exception {
        write("V1__a.sql", "create table a (x int);");
        write("001_b.sql", "create table b (x int);");
        MigrateResult r = db().migrate();
        assertThat(codes(r.findings())).containsExactly("DB012");
        assertThat(r.hasErrors()).isTrue();
        assertThat(query("select count(*) from pg_tables where tablename in ('a', 'b', 'anvil_schema_history')"))
                .containsExactly("0");
    }

    @Test
    void gapIsAWarningBadNameIsAWarningAndBothStillMigrate() throws Exception {
        write("001_a.sql", "create table a (x int);");
        write("002_b.sql", "create table b (x int);");
        write("004_d.sql", "create table d (x int);");
        write("init.sql", "create table nope (x int);");
        MigrateResult r = db().migrate();
        assertThat(codes(r.findings())).containsExactlyInAnyOrder("DB013", "DB011");
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.findings()).filteredOn(f -> f.rule() == DbRule.VERSION_GAP).first()
                .satisfies(f -> assertThat(f.message()).contains("version 3 missing"));
        assertThat(r.executed()).hasSize(3);
    }

    @Test
    void missingFolderIsAFinding() {
        MigrateResult r = pg.configure().migrations(dir.resolve("nope")).load().migrate();
        assertThat(codes(r.findings())).containsExactly("DB010");
        assertThat(r.findings().get(0).message()).contains("does not exist");
    }

    @Test
    void concurrentlyIsDetectedAndRunsWithoutATransaction() throws Exception {
        write("V1__t.sql", "create table t (x int);");
        write("V2__idx.sql", "/* slow on big tables */\ncreate index concurrently t_x on t (x);\n");
        MigrateResult r = db().migrate();
        assertThat(codes(r.findings())).containsExactly("DB018");
        assertThat(r.findings().get(0).location()).map(Location::line).contains(2);
        assertThat(r.executed()).extracting(MigrationInfo::transactional).containsExactly(true, false);
        assertThat(query("select indexname from pg_indexes where tablename = 't'")).containsExactly("t_x");
    }

    @Test
    void dryRunPlansWithoutTouchingTheDatabase() throws Exception {
        write("V1__a.sql", "create table a (x int);");
        write("V2__b.sql", "create table b (x int);");
        MigrateResult plan = db().dryRun();
        assertThat(plan.dryRun()).isTrue();
        assertThat(plan.pending()).extracting(MigrationInfo::version).containsExactly("1", "2");
        assertThat(plan.planSql()).contains("create table a").contains("create table b");
        assertThat(query("select count(*) from pg_tables where schemaname = 'public'")).containsExactly("0");
    }

    @Test
    void twoRunnersAtOnceLeaveOneConsistentHistory() throws Exception {
        write("V1__slow.sql", "create table slow (x int);\nselect pg_sleep(1);\n");
        write("V2__next.sql", "create table next_one (x int);\n");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<MigrateResult> run = () -> db().migrate();
            Future<MigrateResult> a = pool.submit(run);
            Future<MigrateResult> b = pool.submit(run);
            MigrateResult ra = a.get();
            MigrateResult rb = b.get();
            assertThat(ra.findings()).isEmpty();
            assertThat(rb.findings()).isEmpty();
            assertThat(ra.executed().size() + rb.executed().size()).isEqualTo(2);
        } finally {
            pool.shutdown();
        }
        assertThat(history()).containsExactly("1|V1__slow.sql|t", "2|V2__next.sql|t");
    }

    @Test
    void aRunnerThatCannotGetTheLockFailsClearly() throws Exception {
        write("V1__a.sql", "create table a (x int);");
        try (Connection holder = DriverManager.getConnection(pg.jdbcUrl(), "postgres", "")) {
            AnvilDatabase db = pg.configure().migrations(dir).lockTimeout(Duration.ofMillis(500)).load();
            // another runner (by hand here) holds the lock a runner takes
            try (Statement s = holder.createStatement()) {
                s.execute("select pg_advisory_lock(" + lockKeyOf(db) + ")");
            }
            MigrateResult r = db.migrate();
            assertThat(codes(r.findings())).containsExactly("DB019");
            assertThat(r.executed()).isEmpty();
        }
        assertThat(db().migrate().executed()).hasSize(1);
    }

    /** The advisory lock key of the default history table, computed as the migrator documents it. */
    static long lockKeyOf(AnvilDatabase db) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(("public." + AnvilDatabase.DEFAULT_HISTORY_TABLE).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return 0x616E76696C636B31L ^ crc.getValue();
    }

    @Test
    void baselineAdoptsAnExistingDatabase() throws Exception {
        write("V1__a.sql", "create table a (x int);");
        write("V2__b.sql", "create table b (x int);");
        write("V3__c.sql", "create table c (x int);");
        InfoResult info = db().baseline("2");
        assertThat(info.findings()).isEmpty();
        assertThat(info.migrations()).extracting(MigrationInfo::state)
                .containsExactly(State.BELOW_BASELINE, State.BASELINE, State.PENDING);
        MigrateResult r = db().migrate();
        assertThat(r.executed()).extracting(MigrationInfo::version).containsExactly("3");
        assertThat(codes(db().baseline("5").findings())).containsExactly("DB021");
    }

    @Test
    void appliedMigrationWhoseFileIsGoneAndOutOfOrderOnes() throws Exception {
        write("V1__a.sql", "create table a (x int);");
        write("V3__c.sql", "create table c (x int);");
        assertThat(db().migrate().findings()).isEmpty();
        write("V2__b.sql", "create table b (x int);");
        MigrateResult late = db().migrate();
        assertThat(codes(late.findings())).containsExactly("DB020");
        assertThat(late.executed()).isEmpty();
        Files.delete(dir.resolve("V1__a.sql"));
        MigrateResult gone = db().migrate();
        assertThat(codes(gone.findings())).contains("DB017");
        assertThat(gone.hasErrors()).isTrue();
    }

    @Test
    void everyDbRuleIsInTheCatalog() {
        assertThat(dev.anvilcheck.RuleCatalog.all()).contains((dev.anvilcheck.RuleId[]) DbRule.values());
    }
}
