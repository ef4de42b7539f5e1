package dev.anvilcheck.db.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The statement splitter and the non-transactional statement table. */
class SqlScriptTest {

    @Test
    void splitsOnlyAtTopLevelSemicolonsAndKeepsPositions() {
        String sql = "-- head; not a split\ncreate table a (x text default 'a;b''c');\n"
                + "/* block; /* nested; */ still */ insert into \"we;ird\" values (E'x\\';y');\n"
                + "do $body$ begin perform 1; end $body$;\n"
                + "create function f() returns int language sql as $$ select 1; $$;\nselect 2";
        List<SqlScript.Statement> s = SqlScript.split(sql);
        assertThat(s).extracting(SqlScript.Statement::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(s.get(0).sql()).isEqualTo("create table a (x text default 'a;b''c')");
        assertThat(s.get(1).sql()).startsWith("insert into \"we;ird\"").endsWith("(E'x\\';y')");
        assertThat(s.get(1).column()).isEqualTo(34);
        assertThat(s.get(2).sql()).isEqualTo("do $body$ begin perform 1; end $body$");
        assertThat(s.get(3).sql()).endsWith("$$ select 1; $$");
        assertThat(s.get(4).sql()).isEqualTo("select 2");
        assertThat(SqlScript.split("  ;; -- only comments\n/* x */")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "create index concurrently i on t (x)|CREATE INDEX CONCURRENTLY I",
            "CREATE UNIQUE INDEX CONCURRENTLY i on t (x)|CREATE UNIQUE INDEX CONCURRENTLY",
            "drop index concurrently i|DROP INDEX CONCURRENTLY I",
            "vacuum analyze t|VACUUM ANALYZE T",
            "create database x|CREATE DATABASE X",
            "alter system set work_mem = '1MB'|ALTER SYSTEM SET WORK_MEM",
            "reindex schema s|REINDEX SCHEMA S",
            "/* c */ commit|COMMIT",
            "create index i on t (x)|",
            "select 'vacuum'|",
            "create table concurrently_named (x int)|"})
    void nonTransactionalStatements(String sql, String expected) {
        Optional<String> got = SqlScript.split(sql).get(0).nonTransactional();
        if (expected == null) {
            assertThat(got).isEmpty();
        } else {
            assertThat(got).contains(expected);
        }
    }

    @Test
    void checksumIgnoresLineEndingsAndBomButNotEdits() {
        int lf = MigrationFile.checksum("create table t (x int);\nselect 1;\n");
        assertThat(MigrationFile.checksum("create table t (x int);\r\nselect 1;\r\n")).isEqualTo(lf);
        assertThat(MigrationFile.checksum("create table t (x int);\rselect 1;")).isEqualTo(lf);
        assertThat(MigrationFile.checksum("create table t (x  int);\nselect 1;\n")).isNotEqualTo(lf);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "V1__init.sql|1|init", "V2_1__add_orders.sql|2.1|add orders", "V2.1.3__x.sql|2.1.3|x",
            "001_init.sql|001|init", "20240101120000_big.sql|20240101120000|big"})
    void migrationNames(String name, String version, String description) {
        assertThat(MigrationFile.parseName(name)).hasValueSatisfying(p -> {
            assertThat(p[0]).isEqualTo(version);
            assertThat(p[1]).isEqualTo(description);
        });
    }

    @ParameterizedTest
    @CsvSource({"init.sql", "V1_init.sql", "V__x.sql", "R__views.sql", "V1__x.txt", "1.sql"})
    void notMigrationNames(String name) {
        assertThat(MigrationFile.parseName(name)).isEmpty();
    }

    @Test
    void versionsCompareNumerically() {
        assertThat(MigrationFile.compareVersions(MigrationFile.parts("10"), MigrationFile.parts("9"))).isPositive();
        assertThat(MigrationFile.compareVersions(MigrationFile.parts("001"), MigrationFile.parts("1"))).isZero();
        assertThat(MigrationFile.compareVersions(MigrationFile.parts("1.0"), MigrationFile.parts("1"))).isZero();
        assertThat(MigrationFile.compareVersions(MigrationFile.parts("2.1"), MigrationFile.parts("2.10"))).isNegative();
    }
}
