package dev.anvilcheck.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.testing.TempApp;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every AY rule fires on a minimal bad input and stays silent on the good app. */
public class ConfigRuleTest {

    /** A small app that is valid in every respect the AY rules check. */
    static final String GOOD = String.join("\n",
            "name: Good",
            "package_name: Good_App",
            "allow_embedding: false",
            "runtime_options: {version: 3, client_version: '3', server_spec: {base: python310-minimal}}",
            "services:",
            "- {source: /runtime/services/tables.yml, client_config: {}, server_config: {}}",
            "- {source: /runtime/services/anvil/users.yml, client_config: {}, server_config: {user_table: users}}",
            "db_schema:",
            "  users:",
            "    title: Users",
            "    client: none",
            "    server: full",
            "    columns:",
            "    - {name: email, type: string}",
            "    - {name: enabled, type: bool}",
            "    - {name: signed_up, type: datetime}",
            "    - {name: password_hash, type: string}",
            "    - {name: confirmed_email, type: bool}",
            "    - {name: remembered_logins, type: simpleObject}",
            "  notes:",
            "    title: Notes",
            "    client: search",
            "    server: full",
            "    columns:",
            "    - {name: body, type: string}",
            "    - {name: author, type: link_single, target: users}",
            "    - {name: readers, type: link_multiple, target: users}",
            "    indexes:",
            "    - {columns: [body], type: full_text}",
            "secrets:",
            "  api_key: {type: secret, value: {APPID: Zm9v}}",
            "scheduled_tasks:",
            "- {task_name: cleanup, job_id: X, time_spec: {every: day, n: 1}}",
            "startup: {type: form, module: Home}",
            "startup_form: null",
            "");

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(ConfigRule.YAML_SYNTAX, "name: [unclosed\n"),
                Arguments.of(ConfigRule.YAML_SYNTAX, "name: x\nservices:\n\t- source: y\n"),
                Arguments.of(ConfigRule.DUPLICATE_KEY, GOOD + "name: Again\n"),
                Arguments.of(ConfigRule.YAML_LIMIT, billionLaughs()),
                Arguments.of(ConfigRule.YAML_NOT_TEXT, "name: caf\u00e9\u0000\n"),
                Arguments.of(ConfigRule.ROOT_NOT_MAPPING, "- name\n- db_schema\n"),
                Arguments.of(ConfigRule.WRONG_TYPE, GOOD.replace("allow_embedding: false", "allow_embedding: [no]")),
                Arguments.of(ConfigRule.UNKNOWN_KEY, GOOD + "serivces: []\n"),
                Arguments.of(ConfigRule.MISSING_SECTION, GOOD.replace("name: Good\n", "")),
                Arguments.of(ConfigRule.INVALID_VALUE, GOOD.replace("every: day", "every: fortnight")),
                Arguments.of(ConfigRule.MISSING_KEY, GOOD.replace("- {name: body, type: string}",
                        "- {name: body}")),
                Arguments.of(ConfigRule.COLUMN_TYPE, GOOD.replace("name: body, type: string",
                        "name: body, type: text")),
                Arguments.of(ConfigRule.LINK_TARGET, GOOD.replace("target: users}\n    - {name: readers",
                        "target: user}\n    - {name: readers")),
                Arguments.of(ConfigRule.DUPLICATE_TABLE, listForm("notes", "notes")),
                Arguments.of(ConfigRule.DUPLICATE_COLUMN, GOOD.replace("- {name: body, type: string}",
                        "- {name: body, type: string}\n    - {name: body, type: number}")),
                Arguments.of(ConfigRule.INVALID_NAME, GOOD.replace("package_name: Good_App",
                        "package_name: Good-App")),
                Arguments.of(ConfigRule.PERMISSION, GOOD.replace("client: search", "client: read")),
                Arguments.of(ConfigRule.SERVICE_SOURCE, GOOD.replace("/runtime/services/tables.yml",
                        "/runtime/services/table.yml")),
                Arguments.of(ConfigRule.STARTUP_TARGET, GOOD.replace("module: Home", "module: Dashboard")),
                Arguments.of(ConfigRule.USER_TABLE, GOOD.replace("user_table: users", "user_table: members")),
                Arguments.of(ConfigRule.USER_TABLE_COLUMN, GOOD.replace("    - {name: enabled, type: bool}\n", "")),
                Arguments.of(ConfigRule.RUNTIME, GOOD.replace("python310-minimal", "custom-image")),
                Arguments.of(ConfigRule.INDEX, GOOD.replace("columns: [body]", "columns: [title]")));
    }

    public static String billionLaughs() {
        StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            b.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                b.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            b.append("]\n");
            prev = c;
        }
        return b.toString();
    }

    static String listForm(String... pythonNames) {
        StringBuilder b = new StringBuilder("name: Old\ndb_schema:\n");
        int id = 1;
        for (String n : pythonNames) {
            b.append("- name: ").append(n).append("\n  id: ").append(id).append("\n  python_name: ").append(n)
                    .append("\n  columns: {}\n  access: {python_name: ").append(n).append(", server: full, client: none, table_id: ")
                    .append(id++).append("}\n");
        }
        return b.append("secrets: {}\n").toString();
    }

    static List<Finding> findingsOf(Path dir, String yaml) {
        TempApp app = TempApp.of(dir, yaml).file("client_code/Home/__init__.py", "x = 1\n")
                .file("client_code/Home/form_template.yaml", "container: {type: ColumnPanel}\n");
        return AnvilProject.load(app.root()).validateConfig().findings();
    }

    @Test
    void goodAppHasNoFindings(@TempDir Path dir) {
        assertThat(findingsOf(dir, GOOD)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void ruleFiresOnBadInput(ConfigRule rule, String yaml, @TempDir Path dir) {
        List<Finding> findings = findingsOf(dir, yaml);
        assertThat(findings).extracting(Finding::rule).contains(rule);
        Finding f = findings.stream().filter(x -> x.rule() == rule).findFirst().orElseThrow();
        assertThat(f.location()).isPresent();
        assertThat(f.location().get().path()).isEqualTo("anvil.yaml");
        assertThat(f.severity()).isEqualTo(rule.defaultSeverity());
    }

    @Test
    void everyRuleHasABadInput() {
        Set<ConfigRule> covered = badInputs().map(a -> (ConfigRule) a.get()[0]).collect(Collectors.toSet());
        assertThat(EnumSet.copyOf(covered)).containsExactlyInAnyOrderElementsOf(Arrays.asList(ConfigRule.values()));
    }

    @Test
    void rulesHaveStableWellFormedUniqueCodes() {
        assertThat(ConfigRule.values()).allSatisfy(r -> {
            assertThat(r.code()).matches("AY\\d{3}");
            assertThat(r.title()).matches("[a-z]+(-[a-z]+)*");
            assertThat(r.description()).isNotBlank();
        });
        assertThat(Arrays.stream(ConfigRule.values()).map(ConfigRule::code).distinct().count())
                .isEqualTo(ConfigRule.values().length);
    }
}
