package dev.anvilcheck.assertj.internal;

import static dev.anvilcheck.assertj.internal.ShouldHaveFinding.shouldHaveFinding;
import static dev.anvilcheck.assertj.internal.ShouldHaveFindingAt.shouldHaveFindingAt;
import static dev.anvilcheck.assertj.internal.ShouldHaveNoFindingsAtOrAbove.shouldHaveNoFindingsAtOrAbove;
import static dev.anvilcheck.assertj.internal.ShouldNotHaveFinding.shouldNotHaveFinding;

import dev.anvilcheck.Finding;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.Severity;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AssertionInfo;
import org.assertj.core.internal.Failures;

/** The checks every Anvil assert shares, over a list of findings. Each throws an AssertionError when it fails. */
public final class FindingChecks {

    private FindingChecks() {
    }

    /**
     * Fails when a finding is at or above the threshold.
     *
     * @param info the assertion's info (description, representation)
     * @param subject what is checked, for the message
     * @param findings the findings
     * @param threshold the severity
     */
    public static void noFindingsAtOrAbove(AssertionInfo info, String subject, List<? extends Finding> findings,
                                           Severity threshold) {
        Objects.requireNonNull(threshold, "threshold");
        List<? extends Finding> offending = findings.stream().filter(f -> f.severity().atLeast(threshold)).toList();
        if (!offending.isEmpty()) {
            throw Failures.instance().failure(info, shouldHaveNoFindingsAtOrAbove(subject, threshold, offending));
        }
    }

    /**
     * Fails unless a finding has the rule.
     *
     * @param info the assertion's info
     * @param subject what is checked
     * @param findings the findings
     * @param rule the rule
     */
    public static void hasFinding(AssertionInfo info, String subject, List<? extends Finding> findings, RuleId rule) {
        Objects.requireNonNull(rule, "rule");
        hasFinding(info, subject, findings, f -> f.rule().code().equals(rule.code()), FindingLines.rule(rule));
    }

    /**
     * Fails unless a finding has the rule code.
     *
     * @param info the assertion's info
     * @param subject what is checked
     * @param findings the findings
     * @param code the rule code
     */
    public static void hasFinding(AssertionInfo info, String subject, List<? extends Finding> findings, String code) {
        Objects.requireNonNull(code, "code");
        hasFinding(info, subject, findings, f -> f.rule().code().equals(code), FindingLines.rule(code));
    }

    private static void hasFinding(AssertionInfo info, String subject, List<? extends Finding> findings,
                                   Predicate<Finding> match, String ruleName) {
        if (findings.stream().noneMatch(match)) {
            throw Failures.instance().failure(info, shouldHaveFinding(subject, ruleName, findings));
        }
    }

    /**
     * Fails when a finding has the rule code.
     *
     * @param info the assertion's info
     * @param subject what is checked
     * @param findings the findings
     * @param code the rule code
     * @param ruleName the rule as messages name it
     */
    public static void doesNotHaveFinding(AssertionInfo info, String subject, List<? extends Finding> findings,
                                          String code, String ruleName) {
        List<? extends Finding> offending = findings.stream().filter(f -> f.rule().code().equals(code)).toList();
        if (!offending.isEmpty()) {
            throw Failures.instance().failure(info, shouldNotHaveFinding(subject, ruleName, offending));
        }
    }

    /**
     * Fails unless a finding starts on the line of the file.
     *
     * @param info the assertion's info
     * @param subject what is checked
     * @param findings the findings
     * @param path the project-relative path ({@code \} is read as {@code /})
     * @param line the 1-based line
     */
    public static void hasFindingAt(AssertionInfo info, String subject, List<? extends Finding> findings,
                                    String path, int line) {
        String p = Objects.requireNonNull(path, "path").replace('\\', '/');
        List<? extends Finding> inFile = findings.stream()
                .filter(f -> f.location().map(l -> l.path().equals(p)).orElse(false)).toList();
        if (inFile.stream().noneMatch(f -> f.location().get().line() == line)) {
            throw Failures.instance().failure(info, shouldHaveFindingAt(subject, p, line, inFile));
        }
    }
}
