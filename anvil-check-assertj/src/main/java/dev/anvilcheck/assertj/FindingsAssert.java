package dev.anvilcheck.assertj;

import dev.anvilcheck.Finding;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.Severity;
import dev.anvilcheck.assertj.internal.FindingChecks;
import dev.anvilcheck.assertj.internal.FindingLines;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.FactoryBasedNavigableListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.api.ObjectAssertFactory;

/**
 * A list assert on findings with the finding assertions of {@link AbstractCheckResultAssert}: everything AssertJ's
 * list asserts offer ({@code hasSize}, {@code extracting}, {@code filteredOn}, ...) plus {@code hasNoErrors()},
 * {@code hasFinding(rule)}, {@code hasFindingAt(path, line)}.
 *
 * <pre>{@code
 * assertThat(run).findings()
 *         .filteredOn(f -> f.severity() == Severity.WARNING)
 *         .hasFinding("AY011")
 *         .hasSize(1);
 * AnvilAssertions.assertThatFindings(result.findings()).hasNoErrors();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public class FindingsAssert
        extends FactoryBasedNavigableListAssert<FindingsAssert, List<? extends Finding>, Finding, ObjectAssert<Finding>> {

    String subject = "the findings";

    /**
     * Creates the assert.
     *
     * @param actual the findings under test
     */
    public FindingsAssert(List<? extends Finding> actual) {
        super(actual, FindingsAssert.class, new ObjectAssertFactory<>());
    }

    @Override
    protected FindingsAssert newAbstractIterableAssert(Iterable<? extends Finding> iterable) {
        List<Finding> copy = new ArrayList<>();
        iterable.forEach(copy::add);
        FindingsAssert next = new FindingsAssert(copy);
        next.subject = subject;
        return next;
    }

    private List<? extends Finding> list() {
        isNotNull();
        return actual == null ? List.of() : actual;
    }

    /**
     * Verifies that no finding is an error.
     *
     * @return this assert
     */
    public FindingsAssert hasNoErrors() {
        FindingChecks.noFindingsAtOrAbove(info, subject, list(), Severity.ERROR);
        return myself;
    }

    /**
     * Verifies that no finding is at or above a severity.
     *
     * @param threshold the severity
     * @return this assert
     */
    public FindingsAssert hasNoFindingsAtOrAbove(Severity threshold) {
        FindingChecks.noFindingsAtOrAbove(info, subject, list(), threshold);
        return myself;
    }

    /**
     * Verifies that some finding is of the rule.
     *
     * @param rule the rule
     * @return this assert
     */
    public FindingsAssert hasFinding(RuleId rule) {
        FindingChecks.hasFinding(info, subject, list(), rule);
        return myself;
    }

    /**
     * Verifies that some finding is of the rule with this code.
     *
     * @param code the rule code
     * @return this assert
     */
    public FindingsAssert hasFinding(String code) {
        FindingChecks.hasFinding(info, subject, list(), code);
        return myself;
    }

    /**
     * Verifies that no finding is of the rule.
     *
     * @param rule the rule
     * @return this assert
     */
    public FindingsAssert doesNotHaveFinding(RuleId rule) {
        FindingChecks.doesNotHaveFinding(info, subject, list(), rule.code(), FindingLines.rule(rule));
        return myself;
    }

    /**
     * Verifies that no finding is of the rule with this code.
     *
     * @param code the rule code
     * @return this assert
     */
    public FindingsAssert doesNotHaveFinding(String code) {
        FindingChecks.doesNotHaveFinding(info, subject, list(), code, FindingLines.rule(code));
        return myself;
    }

    /**
     * Verifies that some finding starts on the line of the file.
     *
     * @param path the path relative to the project root
     * @param line the 1-based line
     * @return this assert
     */
    public FindingsAssert hasFindingAt(String path, int line) {
        FindingChecks.hasFindingAt(info, subject, list(), path, line);
        return myself;
    }
}
