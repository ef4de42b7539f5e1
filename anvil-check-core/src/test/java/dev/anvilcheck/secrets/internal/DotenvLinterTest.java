package dev.anvilcheck.secrets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
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

/** One bad and one good file per lint rule (the bad one fires the rule, the good one does not). */
class DotenvLinterTest {

    static List<Finding> lint(String text) {
        return DotenvLinter.lint(DotenvReader.parse(text), ".env");
    }

    static Set<SecretsRule> rules(String text) {
        return lint(text).stream().map(f -> (SecretsRule) f.rule()).collect(Collectors.toSet());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(SecretsRule.DOTENV_PARSE_ERROR, "A=\"x\" y\n", "A=\"x\" # y\n"),
                Arguments.of(SecretsRule.DUPLICATED_KEY, "A=1\nA=2\n", "A=1\nB=2\n"),
                Arguments.of(SecretsRule.ENDING_BLANK_LINE, "A=1", "A=1\n"),
                Arguments.of(SecretsRule.EXTRA_BLANK_LINE, "A=1\n\n\nB=2\n", "A=1\n\nB=2\n"),
                Arguments.of(SecretsRule.INCORRECT_DELIMITER, "A-B=1\n", "A_B=1\n"),
                Arguments.of(SecretsRule.KEY_WITHOUT_VALUE, "A\n", "A=\n"),
                Arguments.of(SecretsRule.LEADING_CHARACTER, " A=1\n", "A=1\n"),
                Arguments.of(SecretsRule.LEADING_CHARACTER, "\ufeffA=1\n", "_A=1\n"),
                Arguments.of(SecretsRule.LOWERCASE_KEY, "a=1\n", "A=1\n"),
                Arguments.of(SecretsRule.QUOTE_CHARACTER, "A=\"bar\"\n", "A=\"bar baz\"\n"),
                Arguments.of(SecretsRule.QUOTE_CHARACTER, "A='bar'\n", "A='a=b'\n"),
                Arguments.of(SecretsRule.SPACE_CHARACTER, "A = 1\n", "A=1\n"),
                Arguments.of(SecretsRule.SPACE_CHARACTER, "A= 1\n", "A=1 # c\n"),
                Arguments.of(SecretsRule.SUBSTITUTION_KEY, "A=${B\n", "A=${B}\n"),
                Arguments.of(SecretsRule.SUBSTITUTION_KEY, "A=${B!}\n", "A=${B:-x}\n"),
                Arguments.of(SecretsRule.SUBSTITUTION_KEY, "A=$B}\n", "A='${B'\n"),
                Arguments.of(SecretsRule.TRAILING_WHITESPACE, "A=1 \n", "A=1\n"),
                Arguments.of(SecretsRule.UNORDERED_KEY, "B=1\nA=2\n", "B=1\n\nA=2\n"),
                Arguments.of(SecretsRule.UNORDERED_KEY, "C=1\nA=2\n", "C=1\nD=${C}\nA=1\n"),
                Arguments.of(SecretsRule.VALUE_WITHOUT_QUOTES, "A=b c\n", "A=\"b c\"\n"));
    }

    @ParameterizedTest(name = "{0}: fires on bad, silent on good")
    @MethodSource("cases")
    void ruleFiresOnBadAndStaysSilentOnGood(SecretsRule rule, String bad, String good) {
        assertTrue(rules(bad).contains(rule), rule + " should fire on " + bad + " but got " + lint(bad));
        assertFalse(rules(good).contains(rule), rule + " should stay silent on " + good + " but got " + lint(good));
    }

    @Test
    void everyLintRuleHasACase() {
        Set<SecretsRule> covered = cases().map(a -> (SecretsRule) a.get()[0]).collect(Collectors.toSet());
        for (SecretsRule r : EnumSet.range(SecretsRule.DUPLICATED_KEY, SecretsRule.VALUE_WITHOUT_QUOTES)) {
            assertTrue(covered.contains(r), r + " has no test case");
        }
    }

    @Test
    void cleanFileHasNoFindings() {
        assertEquals(List.of(), lint("# settings\nAPI_MODE=live\nDATABASE_URL=postgresql://db/app\n\n"
                + "GREETING=\"hello world\"\nexport SMTP_HOST=smtp.example.org\nSMTP_PORT=587\n"));
    }

    @Test
    void controlCommentsSwitchRulesOffAndOn() {
        String text = "# anvil-check:off SE107, UnorderedKey\nb=1\na=2\n# anvil-check:on SE107\nc=3\n";
        List<Finding> f = lint(text);
        assertEquals(List.of(5), f.stream().filter(x -> x.rule() == SecretsRule.LOWERCASE_KEY)
                .map(x -> x.location().orElseThrow().line()).toList());
        assertTrue(f.stream().noneMatch(x -> x.rule() == SecretsRule.UNORDERED_KEY));
        assertTrue(lint("# dotenv-linter:off\na b\n").stream().noneMatch(x -> x.rule() != SecretsRule.DOTENV_PARSE_ERROR
                && x.location().orElseThrow().line() == 2));
    }

    @Test
    void messagesNameKeysWithFingerprints() {
        Finding f = lint("FOO=1\nFOO=2\n").stream().filter(x -> x.rule() == SecretsRule.DUPLICATED_KEY)
                .findFirst().orElseThrow();
        assertEquals(2, f.location().orElseThrow().line());
        assertTrue(f.message().contains("FOO") && f.message().contains("line 1"));
        assertEquals("FOO", ((Details.Secret) f.details()).key());
        assertEquals(64, ((Details.Secret) f.details()).fingerprint().length());
    }

    @Test
    void aTokenPastedAsAKeyIsNotShown() {
        String token = "ghp_" + "aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5";
        List<Finding> f = lint(token + "\n");
        assertFalse(f.isEmpty());
        for (Finding x : f) {
            assertFalse(x.toString().contains(token.substring(4, 14)), x.toString());
            assertFalse(x.details().toString().contains(token.substring(4, 14)));
        }
    }

    @Test
    void multiLineValuesAreOneStatement() {
        assertEquals(Set.of(), rules("A=\"x  \ny\"\nB=1\n"));
    }
}
