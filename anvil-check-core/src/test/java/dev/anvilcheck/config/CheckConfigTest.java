package dev.anvilcheck.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Severity;
import dev.anvilcheck.python.PythonVersion;
import dev.anvilcheck.testing.TempApp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** anvil-check.yaml: every key read into CheckConfig, every bad value an AY finding at its place. */
class CheckConfigTest {

    static final String FULL = String.join("\n",
            "python: {server: '3.10', client: 3.7-skulpt, matrix: ['3.8', '3.11', '3.13']}",
            "exclude: ['tests/fixtures/**']",
            "required_sections: [name]",
            "required_env:",
            "  DATABASE_URL: {type: url}",
            "  SMTP_PORT: {type: integer, required: false}",
            "  API_MODE: {type: string, pattern: '^(live|test)$'}",
            "  PLAIN:",
            "environments:",
            "  staging:",
            "    database: {url_env: STAGING_DATABASE_URL, schema: app_tables}",
            "    vault: {mount: kv/team, path: anvil/myapp/staging, kv_version: 2, keys: [STRIPE_KEY]}",
            "deployment: {strategy: blue-green, health_check: {url: 'https://x.example/h', timeout_s: 30},",
            "             rollback: {on_failure: true, command: ./rollback.sh}}",
            "database:",
            "  migrations: db/migrations",
            "  schema: mirror",
            "  allow_destructive: true",
            "  extra: {indexes: [{table: orders, columns: [total]}]}",
            "rules:",
            "  severity: {SE104: warning}",
            "  ignore: [{rule: PY201, paths: ['server_code/legacy/**']}]",
            "vault: {min_token_ttl: 1h, allow_read: true}",
            "dependencies: {source: pypi, index_url: 'http://127.0.0.1:1/pypi', cache_dir: /tmp/c, offline: true}",
            "matrix: {interpreters: [/usr/bin/python3.11], run_tests: true}",
            "notifications: {slack: {webhook_env: SLACK_WEBHOOK_URL}}",
            "");

    static CheckConfig load(Path dir, String checkYaml, List<Finding> out) {
        AnvilProject p = AnvilProject.load(TempApp.of(dir, "name: x\ndb_schema: {}\nsecrets: {}\n")
                .file("anvil-check.yaml", checkYaml).root());
        out.addAll(p.validateConfig().findings());
        return p.checkConfig();
    }

    @Test
    void everyKeyIsRead(@TempDir Path dir) {
        List<Finding> findings = new java.util.ArrayList<>();
        CheckConfig c = load(dir, FULL, findings);
        assertThat(findings).isEmpty();
        assertThat(c.python().server()).hasValue("3.10");
        assertThat(c.python().client()).hasValue("3.7-skulpt");
        assertThat(c.python().matrix()).containsExactly(PythonVersion.of(3, 8), PythonVersion.of(3, 11),
                PythonVersion.of(3, 13));
        assertThat(c.exclude()).containsExactly("tests/fixtures/**");
        assertThat(c.requiredSections()).containsExactly("name");
        assertThat(c.requiredEnv()).containsOnlyKeys("DATABASE_URL", "SMTP_PORT", "API_MODE", "PLAIN");
        assertThat(c.requiredEnv().get("SMTP_PORT")).isEqualTo(new CheckConfig.RequiredVariable("SMTP_PORT",
                CheckConfig.VariableType.INTEGER, false, java.util.Optional.empty()));
        assertThat(c.requiredEnv().get("API_MODE").pattern()).hasValue("^(live|test)$");
        assertThat(c.requiredEnv().get("PLAIN").type()).isEqualTo(CheckConfig.VariableType.STRING);
        CheckConfig.Environment staging = c.environments().get("staging");
        assertThat(staging.database()).hasValue(new CheckConfig.DatabaseTarget("STAGING_DATABASE_URL", "app_tables"));
        assertThat(staging.vault()).hasValue(new CheckConfig.VaultTarget("kv/team", "anvil/myapp/staging",
                java.util.Optional.of(2), List.of("STRIPE_KEY")));
        assertThat(c.deployment()).hasValueSatisfying(d -> {
            assertThat(d.strategy()).hasValue("blue-green");
            assertThat(d.healthCheckTimeout()).hasValue(Duration.ofSeconds(30));
            assertThat(d.rollbackOnFailure()).isTrue();
        });
        assertThat(c.database().migrations()).hasValue("db/migrations");
        assertThat(c.database().schema()).isEqualTo("mirror");
        assertThat(c.database().allowDestructive()).isTrue();
        assertThat(c.database().extra()).containsKey("indexes");
        assertThat(c.rules().severity()).containsEntry("SE104", Severity.WARNING);
        assertThat(c.rules().ignore()).containsExactly(new CheckConfig.Ignore("PY201",
                List.of("server_code/legacy/**")));
        assertThat(c.vault().minTokenTtl()).hasValue(Duration.ofHours(1));
        assertThat(c.vault().allowRead()).isTrue();
        assertThat(c.dependencies().source()).isEqualTo("pypi");
        assertThat(c.dependencies().offline()).isTrue();
        assertThat(c.matrix().runTests()).isTrue();
        assertThat(c.slackWebhookEnv()).hasValue("SLACK_WEBHOOK_URL");
    }

    @Test
    void absentFileMeansDefaults(@TempDir Path dir) {
        AnvilProject p = AnvilProject.load(TempApp.of(dir, "name: x\ndb_schema: {}\nsecrets: {}\n").root());
        assertThat(p.checkConfig()).isEqualTo(CheckConfig.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "python: {server: '3'}                                  | AY013 | 1",
        "python: {server: 3.13-3.7}                             | AY013 | 1",
        "python: {server: 3.10-skulpt}                          | AY013 | 1",
        "python: {matrix: [three]}                              | AY013 | 1",
        "python: {sever: '3.10'}                                | AY011 | 1",
        "exclude: tests                                         | AY010 | 1",
        "required_sections: [name, dbschema]                    | AY013 | 1",
        "required_env: {X: {type: date}}                        | AY013 | 1",
        "required_env: {X: {pattern: '(unclosed'}}              | AY013 | 1",
        "required_env: {X: {required: maybe}}                   | AY010 | 1",
        "environments: {s: {vault: {mount: m}}}                 | AY014 | 1",
        "environments: {s: {vault: {path: p, kv_version: 3}}}   | AY013 | 1",
        "environments: {s: {database: {schema: x}}}             | AY014 | 1",
        "deployment: {strategy: yolo}                           | AY013 | 1",
        "database: {allow_destructive: sometimes}               | AY010 | 1",
        "rules: {severity: {AY011: loud}}                       | AY013 | 1",
        "rules: {severity: {not-a-code: error}}                 | AY013 | 1",
        "rules: {ignore: [{paths: [x]}]}                        | AY014 | 1",
        "vault: {min_token_ttl: soon}                           | AY013 | 1",
        "dependencies: {source: conda}                          | AY013 | 1",
        "matrix: {run_tests: [yes]}                             | AY010 | 1",
        "notifications: {email: {}}                             | AY011 | 1",
        "- a list                                               | AY005 | 1",
        "'key: [broken'                                         | AY001 | 1"})
    void badValuesAreFindingsAtTheirPlace(String yaml, String code, int line, @TempDir Path dir) {
        List<Finding> findings = new java.util.ArrayList<>();
        load(dir, yaml.replace("'key: [broken'", "key: [broken"), findings);
        assertThat(findings).extracting(f -> f.rule().code()).contains(code);
        assertThat(findings).filteredOn(f -> f.rule().code().equals(code)).first().satisfies(f -> {
            assertThat(f.location()).get().satisfies(l -> {
                assertThat(l.path()).isEqualTo("anvil-check.yaml");
                assertThat(l.line()).isEqualTo(line);
            });
        });
    }

    @Test
    void invalidGlobsAreFindingsAtTheirEntryNotACrash(@TempDir Path dir) {
        List<Finding> findings = new java.util.ArrayList<>();
        CheckConfig c = load(dir, "exclude: ['tests/**', 'a[b']\nrules:\n  ignore: [{rule: PY201, paths: ['{x']}]\n",
                findings);
        assertThat(c.exclude()).containsExactly("tests/**");
        assertThat(findings).filteredOn(f -> f.rule() == ConfigRule.INVALID_VALUE)
                .extracting(f -> f.location().orElseThrow().line() + ":" + f.location().orElseThrow().column())
                .containsExactly("1:23", "3:34");
        assertThat(findings).filteredOn(f -> f.rule() == ConfigRule.INVALID_VALUE)
                .allSatisfy(f -> assertThat(f.message()).contains("not a valid glob"));
    }

    @Test
    void anInvalidExcludeGlobGivenToTheBuilderMatchesNothingInsteadOfThrowing(@TempDir Path dir) {
        Path root = TempApp.of(dir, "name: x\n").file("server_code/a.py", "x = 1\n").root();
        AnvilProject p = AnvilProject.configure().path(root).exclude("[").load();
        assertThat(p.pythonFiles()).hasSize(1);
    }

    @Test
    void aUrlWhereTheUrlVariableNameBelongsIsAFindingThatDoesNotEchoIt(@TempDir Path dir) {
        List<Finding> findings = new java.util.ArrayList<>();
        CheckConfig c = load(dir, "environments:\n  staging:\n    database: {url_env: 'postgresql://u:Pw9Xq2Lk7@h/db'}\n",
                findings);
        assertThat(c.environments().get("staging").database()).isEmpty();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ConfigRule.INVALID_VALUE);
            assertThat(f.location().orElseThrow().line()).isEqualTo(3);
            assertThat(f.message() + f.hint().orElse("")).contains("url_env").doesNotContain("Pw9Xq2");
        });
    }
}
