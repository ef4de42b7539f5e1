package dev.anvilcheck.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.RuleCatalog;
import dev.anvilcheck.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsCheckTest {

    static final String GH = "ghp_" + "Zx81Kq0Lm2Nb7Vc5Xs4Ad9Fg3Hj6Kl1Qw8Ep";
    static final String REQUIRED = "required_env:\n"
            + "  DATABASE_URL: {type: url}\n"
            + "  SMTP_PORT: {type: integer, required: false}\n"
            + "  API_MODE: {type: string, pattern: \"^(live|test)$\"}\n"
            + "  DEBUG: {type: boolean}\n";

    @TempDir
    Path dir;

    void write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    SecretsResult run(Map<String, String> env) {
        return AnvilProject.load(dir).then(SecretsCheck.defaults().withEnvironment(env))
                .result(SecretsResult.class).orElseThrow();
    }

    static List<String> codes(SecretsResult r) {
        return r.findings().stream().map(f -> f.rule().code()).collect(Collectors.toList());
    }

    static Finding only(SecretsResult r, SecretsRule rule) {
        List<Finding> f = r.findings().stream().filter(x -> x.rule() == rule).toList();
        assertEquals(1, f.size(), rule + " in " + r.findings());
        return f.get(0);
    }

    void app() throws IOException {
        write("anvil.yaml", "name: Demo\ndb_schema: {}\nsecrets: {}\n");
    }

    @Test
    void missingDotenvIsFineAndTheEnvironmentSatisfies() throws IOException {
        app();
        write("anvil-check.yaml", REQUIRED);
        write(".env.example", "API_MODE=test\nDATABASE_URL=postgresql://user:pass@localhost/app\nDEBUG=false\n"
                + "SMTP_PORT=25\n");
        SecretsResult r = run(Map.of("DATABASE_URL", "postgresql://db.internal/app", "API_MODE", "live",
                "DEBUG", "true"));
        assertEquals(List.of(), r.findings());
        assertTrue(r.comparison().isEmpty());
        assertTrue(r.required().stream().filter(v -> v.required())
                .allMatch(v -> v.source() == SecretsResult.Source.ENVIRONMENT && v.valid()));
    }

    @Test
    void exampleNeverSatisfiesAndMissingIsLocatedInTheSettings() throws IOException {
        app();
        write("anvil-check.yaml", REQUIRED);
        write(".env.example", "API_MODE=test\nDATABASE_URL=postgresql://localhost/app\nDEBUG=false\n");
        SecretsResult r = run(Map.of("API_MODE", "live", "DEBUG", "1"));
        Finding f = only(r, SecretsRule.REQUIRED_MISSING);
        assertEquals(Location.at("anvil-check.yaml", 2, 3), f.location().orElseThrow());
        assertTrue(f.message().contains("DATABASE_URL"));
        assertEquals(SecretsResult.Source.MISSING, r.required().get(0).source());
        Finding undocumented = only(r, SecretsRule.REQUIRED_UNDOCUMENTED);
        assertTrue(undocumented.message().contains("SMTP_PORT"));
    }

    @Test
    void dotenvWinsAndTypesAreCheckedWithoutShowingValues() throws IOException {
        app();
        write("anvil-check.yaml", REQUIRED);
        write(".env", "API_MODE=staging-9731\nDATABASE_URL=not a url 4242\nDEBUG=\nSMTP_PORT=twenty5\n");
        SecretsResult r = run(Map.of("DEBUG", "true", "API_MODE", "live"));
        List<Finding> typed = r.findings().stream().filter(f -> f.rule() == SecretsRule.REQUIRED_TYPE).toList();
        assertEquals(3, typed.size(), typed.toString());
        for (Finding f : typed) {
            assertFalse(f.toString().contains("4242") || f.toString().contains("9731")
                    || f.toString().contains("twenty5"), f.toString());
            assertEquals(".env", f.location().orElseThrow().path());
        }
        Finding empty = only(r, SecretsRule.REQUIRED_EMPTY);
        assertEquals(3, empty.location().orElseThrow().line());
        assertEquals(SecretsResult.Source.DOTENV, r.required().get(1).source());
    }

    @Test
    void comparisonBothWays() throws IOException {
        app();
        write(".env", "A=1\nB=2\n");
        write(".env.example", "B=\nC=\n");
        SecretsResult r = run(Map.of());
        assertEquals(new SecretsResult.Comparison(List.of("C"), List.of("A")), r.comparison().orElseThrow());
        assertEquals(Location.at(".env.example", 2, 1), only(r, SecretsRule.MISSING_IN_ENV).location().orElseThrow());
        assertEquals(Location.at(".env", 1, 1), only(r, SecretsRule.MISSING_IN_EXAMPLE).location().orElseThrow());
        assertEquals(List.of(".env", ".env.example"), r.envFiles().stream().map(SecretsResult.EnvFile::path).toList());
    }

    @Test
    void committedDotenvIsScannedIgnoredOneIsNot() throws IOException {
        app();
        write(".env", "GITHUB_TOKEN=" + GH + "\n");
        SecretsResult scanned = run(Map.of());
        Finding f = only(scanned, SecretsRule.GITHUB_TOKEN);
        assertTrue(f.hint().orElseThrow().contains(".gitignore"));
        write(".gitignore", "*.pyc\n.env\n");
        assertTrue(run(Map.of()).findings().stream().noneMatch(x -> x.rule() == SecretsRule.GITHUB_TOKEN));
    }

    @Test
    void plaintextServiceCredentialAtItsKey() throws IOException {
        write("anvil.yaml", "name: Demo\nservices:\n- source: /runtime/services/anvil/email.yml\n"
                + "  server_config:\n    smtp_host: smtp.example.org\n    smtp_password: Qz8!mK2pL9\n"
                + "- source: /runtime/services/facebook.yml\n  server_config: {app_id: x, app_secret_enc: "
                + "B8k1hfNQpbz92KxZj9EXpKYKYraikpNXYwlqCby1EtmpwN92h37l4ecIbYtfuO9iQ05cQ==}\n");
        SecretsResult r = run(Map.of());
        Finding f = only(r, SecretsRule.PLAINTEXT_SERVICE_CREDENTIAL);
        assertEquals(new Location("anvil.yaml", 6, 5, 6, 18), f.location().orElseThrow());
        assertEquals(1, r.leaks());
        assertFalse(codes(r).contains("SE416"), "the generic rule defers to SE420 on the same line");
    }

    @Test
    void baselineQuietsAcceptedSecretsOnly() throws IOException {
        app();
        write("server_code/a.py", "T = '" + GH + "'\n");
        AnvilProject p = AnvilProject.load(dir);
        Path file = SecretsCheck.writeBaseline(p);
        String json = Files.readString(file);
        assertFalse(json.contains(GH.substring(4, 10)), "the baseline holds fingerprints only");
        assertTrue(json.matches("(?s).*\"fingerprints\" : \\[\\s*\"[0-9a-f]{64}\"\\s*].*"), json);
        SecretsResult r = run(Map.of());
        assertEquals(0, r.leaks());
        assertEquals(1, r.baselined());
        write("server_code/b.py", "T = 'sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc" + "'\n");
        SecretsResult r2 = run(Map.of());
        assertEquals(List.of("SE406"), codes(r2));
        write(".anvil-check-baseline.json", "{not json");
        SecretsResult r3 = run(Map.of());
        assertTrue(codes(r3).containsAll(List.of("SE402", "SE406", "SE430")), codes(r3).toString());
    }

    @Test
    void severitiesCanBeChanged() throws IOException {
        app();
        write("anvil-check.yaml", "rules: {severity: {SE107: error}, ignore: [{rule: SE112}]}\n");
        write(".env", "b=1\na=2\n");
        SecretsResult r = run(Map.of());
        assertTrue(r.findings().stream().filter(f -> f.rule() == SecretsRule.LOWERCASE_KEY)
                .allMatch(f -> f.severity() == Severity.ERROR));
        assertFalse(codes(r).contains("SE112"));
        assertTrue(r.hasErrors());
    }

    @Test
    void storeResultIsIncludedAndAFailingStoreBecomesAFinding() throws IOException {
        app();
        SecretStore ok = new SecretStore() {
            @Override
            public String describe() {
                return "test store";
            }

            @Override
            public SecretStoreResult check(AnvilProject project, String environment) {
                return new SecretStoreResult("test store", environment, List.of(new SecretPresence("stripe_key",
                        "secret/app/" + environment, SecretOutcome.MISSING, "404")), List.of(Finding.of(
                        SecretsRule.STORE_FAILED, null, "stripe_key is missing")));
            }
        };
        CheckRun run = AnvilProject.load(dir).validateSecrets(ok, "staging");
        SecretsResult r = run.result(SecretsResult.class).orElseThrow();
        assertEquals("staging", r.store().orElseThrow().environment());
        assertEquals(1, run.findings().size());
        SecretStore broken = new SecretStore() {
            @Override
            public String describe() {
                return "broken";
            }

            @Override
            public SecretStoreResult check(AnvilProject project, String environment) {
                throw new IllegalStateException("token s.Sup3rS3cretT0ken leaked in a message");
            }
        };
        SecretsResult b = AnvilProject.load(dir).validateSecrets(broken, "prod").result(SecretsResult.class)
                .orElseThrow();
        Finding f = only(b, SecretsRule.STORE_FAILED);
        assertFalse(f.message().contains("Sup3r"), f.message());
        assertTrue(f.message().contains("IllegalStateException"));
    }

    @Test
    void chainStepAndRuleCatalog() throws IOException {
        app();
        write(".env", "A=1\n");
        CheckRun run = AnvilProject.load(dir).validateConfig().validateSecrets();
        assertTrue(run.result(SecretsResult.class).isPresent());
        assertTrue(run.config().isPresent());
        List<String> all = RuleCatalog.all().stream().map(dev.anvilcheck.RuleId::code).toList();
        for (SecretsRule r : SecretsRule.values()) {
            assertTrue(all.contains(r.code()), r.code());
        }
    }
}
