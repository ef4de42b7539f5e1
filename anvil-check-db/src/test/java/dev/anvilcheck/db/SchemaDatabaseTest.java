package dev.anvilcheck.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.config.AnvilYaml;
import dev.anvilcheck.config.CheckConfig;
import dev.anvilcheck.schema.SchemaResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated schema against a real PostgreSQL: it applies cleanly, a second apply changes nothing, drift is
 * empty afterwards, and deliberate changes to the database are reported exactly.
 */
class SchemaDatabaseTest {

    @RegisterExtension
    static AnvilPostgresExtension pg = AnvilPostgresExtension.create();

    static final Path FIXTURE = Path.of("../anvil-check-core/src/test/resources/apps/schema-fixture");

    @TempDir
    Path tmp;

    static SchemaResult schemaOf(Path app) {
        return AnvilProject.load(app).generateSchema().result(SchemaResult.class).orElseThrow();
    }

    void exec(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Applies, applies again, checks drift and the catalog snapshot; returns the database. */
    static void provesIdempotent(AnvilDatabase db, SchemaResult schema) {
        ApplyResult first = db.applySchema(schema);
        assertThat(first.findings()).as("first apply").isEmpty();
        String snapshot = db.snapshot().sql();
        ApplyResult second = db.applySchema(schema);
        assertThat(second.findings()).as("second apply").isEmpty();
        assertThat(second.changes()).as("second apply changes nothing").isEmpty();
        assertThat(db.snapshot().sql()).as("catalog unchanged by the second apply").isEqualTo(snapshot);
        DriftResult drift = db.drift(schema);
        assertThat(drift.findings()).as("drift after apply").isEmpty();
        assertThat(drift.fixSql()).isEmpty();
    }

    @Test
    void fixtureAppliesCleanlyTwiceAndHasNoDrift() {
        SchemaResult schema = schemaOf(FIXTURE);
        AnvilDatabase db = pg.configure().schema("shop").load();
        DriftResult before = db.drift(schema);
        assertThat(before.findings()).extracting(f -> f.rule().code()).contains("DB030", "DB031", "DB040");
        provesIdempotent(db, schema);
        assertThat(db.snapshot().sql()).contains("create table \"shop\".\"orders__items\"")
                .contains("\"notes \"\"quoted\"\"; drop table users; --\" text")
                .contains("ON DELETE SET NULL").contains("gin_trgm_ops");
    }

    @Test
    void sampleAppMigratesAppliesCleanlyTwiceAndHasNoDrift() {
        AnvilProject project = AnvilProject.load(Path.of("../examples/sample-app"));
        AnvilDatabase db = pg.configure().project(project).load();
        MigrateResult m = db.migrate();
        assertThat(m.findings()).isEmpty();
        assertThat(m.executed()).isNotEmpty();
        provesIdempotent(db, project.generateSchema().result(SchemaResult.class).orElseThrow());
        assertThat(db.verify().findings()).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everySharedAppAppliesCleanlyTwiceAndHasNoDrift() throws IOException {
        Path apps = sharedApps();
        assumeTrue(Files.isDirectory(apps), "skipped: " + apps.toAbsolutePath() + " does not exist (the shared "
                + "corpus of real anvil.yaml files is only on the team's machines)");
        List<Path> list;
        try (Stream<Path> s = Files.list(apps)) {
            list = s.filter(p -> Files.isRegularFile(p.resolve("anvil.yaml"))).sorted().collect(Collectors.toList());
        }
        return list.stream().map(app -> DynamicTest.dynamicTest(app.getFileName().toString(), () -> {
            String name = "app_" + app.getFileName().toString().replace('-', '_');
            AnvilDatabase db = AnvilDatabase.configure().url(pg.jdbcUrl(name)).user("postgres").load();
            CreateResult created = db.createIfMissing();
            assertThat(created.findings()).isEmpty();
            assertThat(created.created()).isTrue();
            assertThat(db.createIfMissing().created()).as("second create finds it").isFalse();
            SchemaResult schema = schemaOf(app);
            provesIdempotent(db, schema);
            System.out.println(app.getFileName() + ": " + schema.schema().tables().size() + " tables, "
                    + schema.statements().size() + " statements applied twice, no drift");
        }));
    }

    static Path sharedApps() {
        String given = System.getProperty("anvil.apps");
        if (given != null) {
            return Path.of(given);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/anvil-apps"))) {
                return p.resolve("shared/anvil-apps");
            }
        }
        return Path.of("../../shared/anvil-apps");
    }

    @Test
    void alteredDatabaseIsReportedExactly() throws SQLException {
        SchemaResult schema = schemaOf(FIXTURE);
        AnvilDatabase db = pg.configure().schema("shop").load();
        assertThat(db.applySchema(schema).findings()).isEmpty();
        exec("alter table shop.orders drop column meta");
        exec("alter table shop.users alter column enabled type text using enabled::text");
        exec("create table shop.scratch (x int)");
        DriftResult drift = db.drift(schema);
        assertThat(drift.findings()).extracting(f -> f.rule().code() + " " + ((Details.Database) f.details()).object())
                .containsExactly("DB032 shop.scratch", "DB033 shop.orders.meta", "DB035 shop.users.enabled");
        Finding type = drift.findings().stream().filter(f -> f.rule() == DbRule.COLUMN_TYPE).findFirst().orElseThrow();
        assertThat(type.details()).isEqualTo(new Details.Database("shop.users.enabled", Optional.of("boolean"),
                Optional.of("text")));
        assertThat(drift.fixStatements()).containsExactly(
                "alter table \"shop\".\"orders\" add column if not exists \"meta\" jsonb;");

        ApplyResult safe = db.applySchema(schema);
        assertThat(safe.changes()).containsExactly("added column shop.orders.meta");
        assertThat(safe.findings()).extracting(f -> f.rule().code()).containsExactly("DB051", "DB051");
        assertThat(db.drift(schema).findings()).extracting(f -> f.rule().code()).containsExactly("DB032", "DB035");

        AnvilDatabase destructive = pg.configure().schema("shop").allowDestructive(true).load();
        ApplyResult all = destructive.applySchema(schema);
        assertThat(all.findings()).isEmpty();
        assertThat(all.changes()).containsExactlyInAnyOrder("changed the type of shop.users.enabled to boolean",
                "dropped table shop.scratch");
        assertThat(db.drift(schema).findings()).isEmpty();
    }

    /** Each drift rule fires alone on one deliberate change to the applied fixture; the fix SQL repairs it. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "DB031|drop table shop.products__related|shop.products__related",
            "DB034|alter table shop.orders add column junk int|shop.orders.junk",
            "DB036|alter table shop.orders alter column total set not null|shop.orders.total",
            "DB037|alter table shop.orders__items drop constraint orders__items_pkey|shop.orders__items",
            "DB038|alter table shop.users drop constraint users_manager_fkey|shop.users.manager",
            "DB038|alter table shop.users drop constraint users_manager_fkey, add constraint users_manager_fkey "
                    + "foreign key (manager) references shop.users (_id) on delete cascade|shop.users.manager",
            "DB039|drop index shop.orders_placed_on_idx|shop.orders_placed_on_idx",
            "DB041|alter table shop.orders drop constraint orders_total_positive|shop.orders.orders_total_positive"})
    void eachDriftRuleFiresAlone(String code, String change, String object) throws SQLException {
        SchemaResult schema = schemaOf(FIXTURE);
        AnvilDatabase db = pg.configure().schema("shop").load();
        assertThat(db.applySchema(schema).findings()).isEmpty();
        assertThat(db.drift(schema).findings()).as("silent before the change").isEmpty();
        exec(change);
        DriftResult drift = db.drift(schema);
        assertThat(drift.findings()).extracting(f -> f.rule().code() + " " + ((Details.Database) f.details()).object())
                .containsExactly(code + " " + object);
        if (!drift.fixStatements().isEmpty()) {
            exec(String.join("\n", drift.fixStatements()));
            assertThat(db.drift(schema).findings()).as("the fix SQL repairs it").isEmpty();
        }
    }

    @Test
    void createIfMissingWithoutTheRightIsAFinding() throws SQLException {
        exec("create role nocreate login");
        String url = pg.jdbcUrl("not_there").replaceFirst("\\?.*$", "");
        CreateResult r = AnvilDatabase.configure().url(url).user("nocreate").load().createIfMissing();
        assertThat(r.findings()).extracting(f -> f.rule().code()).containsExactly("DB002");
        assertThat(r.findings().get(0).message()).contains("permission denied");
        CreateResult ds = AnvilDatabase.configure().dataSource(pg.dataSource()).load().createIfMissing();
        assertThat(ds.findings()).isEmpty();
    }

    @Test
    void aForeignHistoryTableIsADatabaseErrorNotAnException() throws Exception {
        exec("create table public.anvil_schema_history (id int)");
        Path m = Files.createDirectories(tmp.resolve("m"));
        Files.writeString(m.resolve("V1__a.sql"), "create table a (x int);");
        MigrateResult r = pg.configure().migrations(m).load().migrate();
        assertThat(r.findings()).extracting(f -> f.rule().code()).containsExactly("DB003");
        assertThat(pg.configure().migrations(m).load().info().findings()).extracting(f -> f.rule().code())
                .containsExactly("DB003");
    }

    Path smallApp(String check) throws IOException {
        Path app = tmp.resolve("small");
        Files.createDirectories(app);
        Files.writeString(app.resolve("anvil.yaml"), "name: S\ndb_schema:\n  orders:\n    title: O\n    client: none\n"
                + "    server: full\n    columns:\n    - {name: total, type: number}\n");
        Files.writeString(app.resolve("anvil-check.yaml"), check);
        return app;
    }

    @Test
    void aStatementPostgresRejectsRollsBackTheWholeApplyAndPointsAtItsLine() throws Exception {
        Path app = smallApp("database:\n  extra:\n    functions:\n    - name: broken\n"
                + "      sql: create function broken( returns int\n");
        SchemaResult schema = schemaOf(app);
        assertThat(schema.findings()).isEmpty();
        ApplyResult r = pg.configure().load().applySchema(schema);
        assertThat(r.findings()).extracting(f -> f.rule().code()).containsExactly("DB050");
        assertThat(r.findings().get(0).location()).hasValueSatisfying(l -> {
            assertThat(l.path()).isEqualTo("anvil-check.yaml");
            assertThat(l.line()).isEqualTo(4);
        });
        assertThat(r.changes()).isEmpty();
        assertThat(pg.configure().load().drift(schema).findings()).extracting(f -> f.rule().code())
                .as("rolled back: the schema is still missing").contains("DB030");
        Path good = smallApp("database: {schema: app_tables}\n");
        assertThat(pg.configure().load().applySchema(schemaOf(good)).findings()).isEmpty();
    }

    @Test
    void verifyReportsASchemaThatStillDriftsAfterTheMigrations() throws IOException {
        Path app = smallApp("database: {migrations: db}\n");
        Files.createDirectories(app.resolve("db"));
        Files.writeString(app.resolve("db/V1__orders.sql"), "create schema app_tables;\ncreate table "
                + "app_tables.orders (_id bigint generated by default as identity primary key, total text);\n");
        VerifyResult r = pg.configure().project(AnvilProject.load(app)).load().verify();
        assertThat(r.migrationsApplied()).isEqualTo(1);
        assertThat(r.findings()).extracting(f -> f.rule().code()).containsExactly("DB051", "DB060");
        assertThat(r.findings()).filteredOn(f -> f.rule() == DbRule.VERIFY).first()
                .satisfies(f -> assertThat(f.message()).contains("app_tables.orders.total is text"));
        Files.writeString(app.resolve("db/V1__orders.sql"), "create schema app_tables;\n");
        assertThat(pg.configure().project(AnvilProject.load(app)).load().verify().findings()).isEmpty();
    }

    @Test
    void hostileSchemaAndColumnNamesAreHarmless() throws Exception {
        Path app = tmp.resolve("hostile");
        Files.createDirectories(app);
        Files.writeString(app.resolve("anvil.yaml"), "name: H\ndb_schema:\n  t:\n    title: T\n    client: none\n"
                + "    server: full\n    columns:\n    - {name: 'a\"; drop schema public cascade; --', type: string}\n"
                + "    - {name: \"it's $anvil$ x\", type: number}\n    - {name: 'Mixed Case', type: bool}\n");
        Files.writeString(app.resolve("anvil-check.yaml"), "database: {schema: 'we\"ird; drop table x'}\n");
        exec("create table public.canary (x int)");
        SchemaResult schema = schemaOf(app);
        assertThat(schema.findings()).isEmpty();
        AnvilDatabase db = pg.configure().schema("we\"ird; drop table x").load();
        provesIdempotent(db, schema);
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", "");
             var rs = c.createStatement().executeQuery("select count(*) from public.canary")) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void linkToMissingTableGivesAFindingAndSqlThatApplies() {
        Location at = Location.at("anvil.yaml", 3, 5);
        AnvilYaml.Table t = new AnvilYaml.Table("orders", "Orders", AnvilYaml.Permission.NONE,
                AnvilYaml.Permission.FULL, List.of(
                new AnvilYaml.Column("customer", AnvilYaml.ColumnType.LINK_SINGLE, Optional.of("ghosts"), false, at),
                new AnvilYaml.Column("note", AnvilYaml.ColumnType.STRING, Optional.empty(), false, at)),
                List.of(), Optional.empty(), at);
        AnvilYaml app = new AnvilYaml(Optional.of("x"), Optional.empty(), new AnvilYaml.RuntimeOptions(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), "",
                Optional.empty()), List.of(), AnvilYaml.SchemaForm.MAPPING, List.of(t), List.of(), List.of(),
                Optional.empty(), List.of(), false, Optional.empty(), Set.of());
        SchemaResult schema = SchemaResult.generate(Optional.of(app), CheckConfig.defaults().database());
        assertThat(schema.findings()).extracting(f -> f.rule().code()).containsExactly("SC004");
        provesIdempotent(pg.configure().load(), schema);
    }

    @Test
    void verifyAppliesMigrationsAndSchemaToAThrowawayDatabase() throws IOException, SQLException {
        Path app = tmp.resolve("app");
        Files.createDirectories(app.resolve("src/database/migrations"));
        Files.copy(FIXTURE.resolve("anvil.yaml"), app.resolve("anvil.yaml"));
        Files.copy(FIXTURE.resolve("anvil-check.yaml"), app.resolve("anvil-check.yaml"));
        Files.writeString(app.resolve("src/database/migrations/001_audit.sql"),
                "create table public.audit (id bigint primary key, at timestamptz);\n");
        AnvilProject project = AnvilProject.load(app);
        VerifyResult ok = pg.configure().project(project).load().verify();
        assertThat(ok.findings()).isEmpty();
        assertThat(ok.migrationsApplied()).isEqualTo(1);
        assertThat(ok.schemaApplied()).isTrue();

        Files.writeString(app.resolve("src/database/migrations/002_broken.sql"),
                "create table public.more (id int);\nalter table public.audit\n  add column who txet;\n");
        VerifyResult bad = pg.configure().project(project).load().verify();
        assertThat(bad.findings()).extracting(f -> f.rule().code()).containsExactly("DB015");
        assertThat(bad.findings().get(0).location()).hasValueSatisfying(l -> {
            assertThat(l.path()).isEqualTo("src/database/migrations/002_broken.sql");
            assertThat(l.line()).isEqualTo(3);
        });
        assertThat(bad.findings().get(0).message()).contains("type \"txet\" does not exist");
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", "");
             var rs = c.createStatement().executeQuery("select count(*) from pg_tables where tablename = 'audit'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("verify never touches the configured database").isZero();
        }
    }

    @Test
    void snapshotBeforeMigrateKeepsTheSchema() throws IOException {
        Path migrations = Files.createDirectories(tmp.resolve("m"));
        Files.writeString(migrations.resolve("V1__t.sql"), "create schema app_tables; create table app_tables.t (x int);");
        Path snaps = tmp.resolve("snaps");
        AnvilDatabase db = pg.configure().migrations(migrations).snapshotBeforeMigrate(snaps).load();
        assertThat(db.migrate().findings()).isEmpty();
        Files.writeString(migrations.resolve("V2__u.sql"), "create table app_tables.u (y int);");
        assertThat(db.migrate().findings()).isEmpty();
        try (Stream<Path> s = Files.list(snaps)) {
            List<Path> files = s.sorted().toList();
            assertThat(files).hasSize(2);
            assertThat(Files.readString(files.get(1))).contains("create table \"app_tables\".\"t\"")
                    .doesNotContain("\"u\"");
        }
    }
}
