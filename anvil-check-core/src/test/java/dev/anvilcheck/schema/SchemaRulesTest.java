package dev.anvilcheck.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.RuleCatalog;
import dev.anvilcheck.config.AnvilYaml;
import dev.anvilcheck.config.CheckConfig;
import dev.anvilcheck.schema.internal.SchemaGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each SC rule fires on bad input (and says where) and stays silent on the good twin. */
class SchemaRulesTest {

    @TempDir
    Path dir;

    static final String GOOD_TABLES = "db_schema:\n"
            + "  items:\n    title: Items\n    client: none\n    server: full\n    columns:\n"
            + "    - {name: name, type: string}\n    - {name: price, type: number}\n"
            + "    - {name: parent, type: link_single, target: items}\n";

    static Stream<Arguments> cases() {
        String long64 = "c".repeat(64);
        String long63 = "c".repeat(63);
        return Stream.of(
                Arguments.of("SC001", col(long64, "string"), "", col(long63, "string"), ""),
                Arguments.of("SC001", col("t".repeat(60), "link_multiple, target: items"), "",
                        col("t".repeat(20), "link_multiple, target: items"), ""),
                Arguments.of("SC002", GOOD_TABLES, "database: {schema: ''}\n", GOOD_TABLES,
                        "database: {schema: shop}\n"),
                Arguments.of("SC003", col("_id", "string"), "", col("id", "string"), ""),
                Arguments.of("SC005", GOOD_TABLES + "    indexes:\n    - {columns: [price], type: trigram}\n", "",
                        GOOD_TABLES + "    indexes:\n    - {columns: [name], type: trigram}\n", ""),
                Arguments.of("SC005", GOOD_TABLES + "    indexes:\n    - {columns: [price], type: full_text}\n", "",
                        GOOD_TABLES + "    indexes:\n    - {columns: [price], type: b_tree}\n", ""),
                Arguments.of("SC006", GOOD_TABLES, "database:\n  extra:\n    indexes:\n    - {table: nope, columns: [a]}\n",
                        GOOD_TABLES, "database:\n  extra:\n    indexes:\n    - {table: items, columns: [name]}\n"),
                Arguments.of("SC006", GOOD_TABLES, "database:\n  extra:\n    constraints:\n    - {table: items, name: c}\n",
                        GOOD_TABLES, "database:\n  extra:\n    constraints:\n    - {table: items, name: c, check: 'price > 0'}\n"),
                Arguments.of("SC006", GOOD_TABLES, "database:\n  extra:\n    comments: {items.nope: hi}\n",
                        GOOD_TABLES, "database:\n  extra:\n    comments: {items.name: hi}\n"),
                Arguments.of("SC007", "services:\n- {source: /runtime/services/anvil/users.yml, server_config: {}}\n"
                                + "db_schema:\n  users:\n    title: U\n    client: none\n    server: full\n    columns:\n"
                                + "    - {name: email, type: string}\n", "",
                        "services:\n- {source: /runtime/services/anvil/users.yml, server_config: {}}\n"
                                + "db_schema:\n  users:\n    title: U\n    client: none\n    server: full\n    columns:\n"
                                + "    - {name: email, type: string}\n    - {name: enabled, type: bool}\n"
                                + "    - {name: signed_up, type: datetime}\n    - {name: password_hash, type: string}\n"
                                + "    - {name: confirmed_email, type: bool}\n"
                                + "    - {name: remembered_logins, type: simpleObject}\n", ""));
    }

    static String col(String name, String type) {
        return GOOD_TABLES + "    - {name: '" + name + "', type: " + type + "}\n";
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("cases")
    void firesOnBadStaysSilentOnGood(String code, String badYaml, String badCheck, String goodYaml, String goodCheck)
            throws IOException {
        SchemaResult bad = run("bad", badYaml, badCheck);
        assertThat(bad.findings()).extracting(f -> f.rule().code()).contains(code);
        Finding f = bad.findings().stream().filter(x -> x.rule().code().equals(code)).findFirst().orElseThrow();
        if (!code.equals("SC002")) {
            assertThat(f.location()).as("located in a file").isPresent();
        }
        SchemaResult good = run("good", goodYaml, goodCheck);
        assertThat(good.findings()).extracting(x -> x.rule().code()).doesNotContain(code);
    }

    SchemaResult run(String name, String yaml, String check) throws IOException {
        Path app = dir.resolve(name);
        Files.createDirectories(app);
        Files.writeString(app.resolve("anvil.yaml"), "name: T\n" + yaml);
        if (!check.isEmpty()) {
            Files.writeString(app.resolve("anvil-check.yaml"), check);
        }
        return AnvilProject.load(app).generateSchema().result(SchemaResult.class).orElseThrow();
    }

    @Test
    void linkToMissingTableIsAFindingAndNoBrokenSql() {
        Location at = Location.at("anvil.yaml", 3, 5);
        AnvilYaml.Table t = new AnvilYaml.Table("orders", "Orders", AnvilYaml.Permission.NONE,
                AnvilYaml.Permission.FULL, List.of(
                new AnvilYaml.Column("customer", AnvilYaml.ColumnType.LINK_SINGLE, Optional.of("ghosts"), false, at),
                new AnvilYaml.Column("tags", AnvilYaml.ColumnType.LINK_MULTIPLE, Optional.of("ghosts"), false, at)),
                List.of(), Optional.empty(), at);
        AnvilYaml app = new AnvilYaml(Optional.of("x"), Optional.empty(), new AnvilYaml.RuntimeOptions(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), "",
                Optional.empty()), List.of(), AnvilYaml.SchemaForm.MAPPING, List.of(t), List.of(), List.of(),
                Optional.empty(), List.of(), false, Optional.empty(), Set.of());
        SchemaResult r = SchemaGenerator.generate(Optional.of(app), CheckConfig.defaults().database());
        assertThat(r.findings()).extracting(f -> f.rule().code()).containsExactly("SC004", "SC004");
        assertThat(r.sql()).doesNotContain("ghosts").doesNotContain("customer");
        assertThat(r.schema().tables()).extracting(SchemaModel.Table::name).containsExactly("orders");
    }

    @Test
    void longGeneratedNamesAreShortenedDeterministically() {
        String a = SchemaSql.shortName("x".repeat(70) + "_fkey");
        String b = SchemaSql.shortName("x".repeat(71) + "_fkey");
        assertThat(a.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(63);
        assertThat(a).isNotEqualTo(b).isEqualTo(SchemaSql.shortName("x".repeat(70) + "_fkey"));
        assertThat(SchemaSql.shortName("é".repeat(40))).hasSizeLessThanOrEqualTo(63)
                .matches(s -> SchemaSql.fits(s));
    }

    @Test
    void hostileNamesAreQuotedAndDollarTagsAvoided() {
        assertThat(SchemaSql.quote("a\"b; drop table x; --")).isEqualTo("\"a\"\"b; drop table x; --\"");
        assertThat(SchemaSql.literal("it's")).isEqualTo("'it''s'");
        String block = SchemaSql.guardedConstraint("s", "t$anvil$", "c", "check (true)");
        assertThat(block).startsWith("do $anvil1$").endsWith("$anvil1$;");
    }

    @Test
    void everySchemaRuleIsInTheCatalog() {
        assertThat(RuleCatalog.all()).contains((dev.anvilcheck.RuleId[]) SchemaRule.values());
    }
}
