package dev.anvilcheck.assertj.internal;

import dev.anvilcheck.Finding;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Builds the message of a failed {@code hasFinding(rule)}: the rule and every finding there is instead. */
public final class ShouldHaveFinding extends BasicErrorMessageFactory {

    private ShouldHaveFinding(String subject, String rule, List<? extends Finding> all) {
        super("%nExpecting %s to have a finding of rule %s but found none%s", unquotedString(subject),
                unquotedString(rule), unquotedString(all.isEmpty() ? " (it has no findings)."
                        : " among its " + all.size() + " findings:" + System.lineSeparator() + FindingLines.of(all)));
    }

    /**
     * The factory.
     *
     * @param subject what was checked
     * @param rule the rule as messages name it
     * @param all every finding of the subject
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveFinding(String subject, String rule, List<? extends Finding> all) {
        return new ShouldHaveFinding(subject, rule, all);
    }
}
