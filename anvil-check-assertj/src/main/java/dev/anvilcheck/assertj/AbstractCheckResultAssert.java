package dev.anvilcheck.assertj;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.Finding;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.Severity;
import dev.anvilcheck.assertj.internal.FindingChecks;
import dev.anvilcheck.assertj.internal.FindingLines;
import java.util.List;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * The assertions every check result shares: about its findings. {@link CheckResultAssert} is the concrete type for
 * any {@link CheckResult}; {@link CheckRunAssert} adds the chain's steps.
 *
 * <pre>{@code
 * assertThat(AnvilProject.load(path).validateConfig())
 *         .hasNoErrors()
 *         .hasFinding(ConfigRule.UNKNOWN_KEY)
 *         .hasFindingAt("anvil.yaml", 12);
 * }</pre>
 *
 * <p>A failure lists the offending findings with their locations. Not thread-safe (like every AssertJ assert).
 *
 * @param <SELF> the assert's own type, for chaining
 * @param <ACTUAL> the result type
 */
public abstract class AbstractCheckResultAssert<SELF extends AbstractCheckResultAssert<SELF, ACTUAL>,
        ACTUAL extends CheckResult> extends AbstractObjectAssert<SELF, ACTUAL> {

    AnvilSoftAssertions soft;

    /**
     * Creates the assert.
     *
     * @param actual the result under test
     * @param selfType the assert's class
     */
    protected AbstractCheckResultAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * What failure messages call the result: its class's simple name, or {@code "result"} for an anonymous one.
     *
     * @return the subject
     */
    protected String subject() {
        String name = actual == null ? "" : actual.getClass().getSimpleName();
        return name.isEmpty() ? "result" : name;
    }

    /**
     * For navigation: whether there is an actual value. When there is none, fails (in soft assertions the failure
     * is collected, so that navigation still returns an assert).
     */
    boolean present() {
        if (actual != null) {
            return true;
        }
        AssertionError e = failure("%nExpecting actual not to be null");
        if (soft == null) {
            throw e;
        }
        soft.collectAssertionError(e);
        return false;
    }

    private List<Finding> list() {
        isNotNull();
        return actual == null ? List.of() : actual.findings();
    }

    /**
     * Verifies that no finding is an error.
     *
     * @return this assert
     */
    public SELF hasNoErrors() {
        FindingChecks.noFindingsAtOrAbove(info, subject(), list(), Severity.ERROR);
        return myself;
    }

    /**
     * Verifies that no finding is at or above a severity ({@code WARNING}: no warnings and no errors).
     *
     * @param threshold the severity
     * @return this assert
     */
    public SELF hasNoFindingsAtOrAbove(Severity threshold) {
        FindingChecks.noFindingsAtOrAbove(info, subject(), list(), threshold);
        return myself;
    }

    /**
     * Verifies that there are no findings at all.
     *
     * @return this assert
     */
    public SELF hasNoFindings() {
        FindingChecks.noFindingsAtOrAbove(info, subject(), list(), Severity.INFO);
        return myself;
    }

    /**
     * Verifies that some finding is of the rule.
     *
     * @param rule the rule
     * @return this assert
     */
    public SELF hasFinding(RuleId rule) {
        FindingChecks.hasFinding(info, subject(), list(), rule);
        return myself;
    }

    /**
     * Verifies that some finding is of the rule with this code ({@code "PY101"}).
     *
     * @param code the rule code
     * @return this assert
     */
    public SELF hasFinding(String code) {
        FindingChecks.hasFinding(info, subject(), list(), code);
        return myself;
    }

    /**
     * Verifies that no finding is of the rule.
     *
     * @param rule the rule
     * @return this assert
     */
    public SELF doesNotHaveFinding(RuleId rule) {
        FindingChecks.doesNotHaveFinding(info, subject(), list(), rule.code(), FindingLines.rule(rule));
        return myself;
    }

    /**
     * Verifies that no finding is of the rule with this code.
     *
     * @param code the rule code
     * @return this assert
     */
    public SELF doesNotHaveFinding(String code) {
        FindingChecks.doesNotHaveFinding(info, subject(), list(), code, FindingLines.rule(code));
        return myself;
    }

    /**
     * Verifies that some finding starts on the line of the file.
     *
     * @param path the path relative to the project root, with {@code /}
     * @param line the 1-based line
     * @return this assert
     */
    public SELF hasFindingAt(String path, int line) {
        FindingChecks.hasFindingAt(info, subject(), list(), path, line);
        return myself;
    }

    /**
     * Navigates to the findings, as a list assert with the same finding assertions.
     *
     * <pre>{@code
     * assertThat(result).findings().hasSize(2).extracting(f -> f.rule().code()).containsOnly("AY011");
     * }</pre>
     *
     * @return an assert on the sorted findings
     */
    public FindingsAssert findings() {
        List<Finding> findings = present() ? actual.findings() : List.of();
        FindingsAssert next = soft != null ? soft.assertThatFindings(findings) : new FindingsAssert(findings);
        next.subject = "the findings of " + subject();
        return next.as(descriptionText().isEmpty() ? "findings of " + subject() : descriptionText() + " findings");
    }
}
