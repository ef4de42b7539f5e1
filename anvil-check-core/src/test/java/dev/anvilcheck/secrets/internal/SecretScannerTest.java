package dev.anvilcheck.secrets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anvilcheck.secrets.SecretsRule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One line that each hard-coded secret rule must find and one look-alike it must not. */
class SecretScannerTest {

    static final String B32 = "QWERTZUIOPASDFGHJKLYXCVBNM234567";
    static final String AN = "aZ3bY4cX5dW6eV7fU8gT9hS0iR1jQ2kP3lO4mN5nM6oL7pK8qJ9rI0sH1tG2uF3vE4wD5xC6yB7zA8";

    static String take(String alphabet, int n, int seed) {
        java.util.Random r = new java.util.Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    static Stream<Arguments> cases() {
        String pem = "-----BEGIN EC PRIVATE KEY-----\n" + take(AN, 64, 1) + "\n" + take(AN, 40, 2)
                + "\n-----END EC PRIVATE KEY-----\n";
        return Stream.of(
                Arguments.of(SecretsRule.AWS_ACCESS_KEY, "k = \"AKIA" + take(B32, 16, 3) + "\"",
                        "k = \"AKIAIOSFODNN7EXAMPLE\""),
                Arguments.of(SecretsRule.GITHUB_TOKEN, "t = 'ghp_" + take(AN, 36, 4) + "'",
                        "t = 'ghp_" + "x".repeat(36) + "'"),
                Arguments.of(SecretsRule.GITHUB_TOKEN, "t = 'github_pat_" + take(AN, 22, 5) + "_" + take(AN, 59, 6)
                        + "'", "t = 'github_pat_short'"),
                Arguments.of(SecretsRule.GITLAB_TOKEN, "t = 'glpat-" + take(AN, 20, 7) + "'", "t = 'glpat-'"),
                Arguments.of(SecretsRule.SLACK_TOKEN, "t = 'xoxb-123456789012-1234567890123-" + take(AN, 24, 8) + "'",
                        "t = 'xoxb-your-bot-token-here'"),
                Arguments.of(SecretsRule.SLACK_WEBHOOK, "u = 'https://hooks.slack.com/services/T0ABCDEF1/B0ABCDEF12/"
                        + take(AN, 24, 9) + "'", "u = 'https://hooks.slack.com/services/'"),
                Arguments.of(SecretsRule.STRIPE_LIVE_KEY, "k = 'sk_live_" + take(AN, 24, 10) + "'",
                        "k = 'sk_test_" + take(AN, 24, 10) + "'"),
                Arguments.of(SecretsRule.GOOGLE_API_KEY, "k = 'AIza" + take(AN, 35, 11) + "'", "k = 'AIzaShort'"),
                Arguments.of(SecretsRule.OPENAI_API_KEY, "k = 'sk-proj-" + take(AN, 30, 12) + "T3BlbkFJ"
                        + take(AN, 30, 13) + "'", "k = 'sk-proj-REPLACE_ME'"),
                Arguments.of(SecretsRule.ANTHROPIC_API_KEY, "k = 'sk-ant-api03-" + take(AN, 93, 14) + "AA'",
                        "k = 'sk-ant-api03-...'"),
                Arguments.of(SecretsRule.TWILIO_API_KEY, "k = 'SK" + take("0123456789abcdef", 32, 15) + "'",
                        "sid = 'AC" + take("0123456789abcdef", 32, 15) + "'"),
                Arguments.of(SecretsRule.SENDGRID_API_KEY, "k = 'SG." + take(AN, 22, 16) + "." + take(AN, 43, 17)
                        + "'", "k = 'SG.example'"),
                Arguments.of(SecretsRule.PRIVATE_KEY, pem, "-----BEGIN PUBLIC KEY-----\n" + take(AN, 64, 1)
                        + "\n-----END PUBLIC KEY-----\n"),
                Arguments.of(SecretsRule.JWT, "t = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0ODIxIiwibiI6MX0."
                        + take(AN, 43, 18) + "'", "t = 'eyJhbGciOiJIUzI1NiJ9'"),
                Arguments.of(SecretsRule.ANVIL_UPLINK_KEY, "anvil.server.connect('server_" + take(B32, 24, 19) + "-"
                        + take(B32, 16, 20) + "')", "anvil.server.connect('server_xxxxxxxxxxxxx')"),
                Arguments.of(SecretsRule.PASSWORD_IN_URL, "u = 'postgresql://app:" + take(AN, 12, 21)
                        + "@db:5432/app'", "u = 'postgresql://app:${DB_PASSWORD}@db:5432/app'"),
                Arguments.of(SecretsRule.GENERIC_SECRET, "client_secret = '" + take(AN, 24, 22) + "'",
                        "client_secret = os.environ['CLIENT_SECRET']"));
    }

    static Set<SecretsRule> rules(String text, SecretScanner.Kind kind) {
        return SecretScanner.scan(text, kind).stream().map(SecretScanner.Hit::rule).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleFindsTheSecretAndNotTheLookAlike(SecretsRule rule, String secret, String lookAlike) {
        assertEquals(Set.of(rule), rules(secret, SecretScanner.Kind.CODE), secret);
        assertFalse(rules(lookAlike, SecretScanner.Kind.CODE).contains(rule), lookAlike);
        assertTrue(rules(secret + "  # anvil-check: allow-secret", SecretScanner.Kind.CODE).isEmpty()
                || rule == SecretsRule.PRIVATE_KEY, "the allow comment quiets " + rule);
    }

    @Test
    void everyValueRuleHasACase() {
        Set<SecretsRule> covered = cases().map(a -> (SecretsRule) a.get()[0]).collect(Collectors.toSet());
        for (SecretsRule r : EnumSet.range(SecretsRule.AWS_ACCESS_KEY, SecretsRule.GENERIC_SECRET)) {
            assertTrue(covered.contains(r), r + " has no case");
        }
    }

    @Test
    void hitsPointAtTheSecret() {
        String token = "ghp_" + take(AN, 36, 4);
        List<SecretScanner.Hit> hits = SecretScanner.scan("# x\nGITHUB = \"" + token + "\"\n", SecretScanner.Kind.CODE);
        assertEquals(1, hits.size());
        SecretScanner.Hit h = hits.get(0);
        assertEquals(2, h.line());
        assertEquals(11, h.column());
        assertEquals(11 + token.length(), h.endColumn());
        assertEquals("GITHUB", h.name());
        assertFalse(h.toString().contains(token.substring(4, 10)), "a hit's toString never shows the secret");
    }

    @Test
    void nextLineAllowCommentAndConfigForm() {
        String t = "ghp_" + take(AN, 36, 4);
        assertTrue(rules("# anvil-check: allow-secret-next-line\nT = '" + t + "'\n", SecretScanner.Kind.CODE)
                .isEmpty());
        assertEquals(Set.of(SecretsRule.GENERIC_SECRET), rules("db_password: " + take(AN, 10, 3) + "!9\n",
                SecretScanner.Kind.CONFIG));
        assertTrue(rules("db_password: " + take(AN, 10, 3) + "!9\n", SecretScanner.Kind.CODE).isEmpty(),
                "unquoted values count only in config files");
    }

    @Test
    void entropyAndPlaceholders() {
        assertEquals(0.0, SecretScanner.entropy("aaaa"));
        assertEquals(2.0, SecretScanner.entropy("abcd"), 1e-9);
        assertTrue(SecretScanner.placeholder("<your-api-key>"));
        assertTrue(SecretScanner.placeholder("${TOKEN}"));
        assertTrue(SecretScanner.placeholder("changeme"));
        assertFalse(SecretScanner.randomLooking("correcthorse"));
        assertTrue(SecretScanner.randomLooking("q8Zr!t2Lm9x#"));
    }

    @Test
    void displayKeyHidesKeysThatLookLikeSecrets() {
        assertEquals("DATABASE_URL", SecretScanner.displayKey("DATABASE_URL", 3));
        assertEquals("<key on line 3>", SecretScanner.displayKey("ghp_" + take(AN, 36, 4), 3));
        assertEquals("<key on line 4>", SecretScanner.displayKey("K=\"", 4));
    }
}
