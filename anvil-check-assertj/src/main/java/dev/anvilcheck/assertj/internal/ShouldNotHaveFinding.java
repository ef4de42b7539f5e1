package dev.anvilcheck.assertj.internal;

import dev.anvilcheck.Finding;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Builds the message of a failed {@code doesNotHaveFinding(rule)}: the findings of that rule. */
public final class ShouldNotHaveFinding extends BasicErrorMessageFactory {

    private ShouldNotHaveFinding(String subject, String rule, List<? extends Finding> offending) {
        super("%nExpecting %s not to have a finding of rule %s but found %s:%n%s", unquotedString(subject),
                unquotedString(rule), offending.size(), unquotedString(FindingLines.of(offending)));
    }

    /**
     * The factory.
     *
     * @param subject what was checked
     * @param rule the rule as messages name it
     * @param offending the findings of that rule
     * @return the factory
     */
    public static ErrorMessageFactory shouldNotHaveFinding(String subject, String rule,
                                                           List<? extends Finding> offending) {
        return new ShouldNotHaveFinding(subject, rule, offending);
    }
}
