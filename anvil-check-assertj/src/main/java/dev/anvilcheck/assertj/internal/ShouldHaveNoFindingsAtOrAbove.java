package dev.anvilcheck.assertj.internal;

import dev.anvilcheck.Finding;
import dev.anvilcheck.Severity;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Builds the message of a failed {@code hasNoErrors()} or {@code hasNoFindingsAtOrAbove(severity)}. */
public final class ShouldHaveNoFindingsAtOrAbove extends BasicErrorMessageFactory {

    private ShouldHaveNoFindingsAtOrAbove(String subject, String what, List<? extends Finding> offending) {
        super("%nExpecting %s to have no %s but found %s:%n%s", unquotedString(subject), unquotedString(what),
                offending.size(), unquotedString(FindingLines.of(offending)));
    }

    /**
     * The factory.
     *
     * @param subject what was checked, such as {@code ConfigResult}
     * @param threshold the severity
     * @param offending the findings at or above it
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveNoFindingsAtOrAbove(String subject, Severity threshold,
                                                                    List<? extends Finding> offending) {
        String what = threshold == Severity.ERROR ? "errors"
                : "findings at or above " + threshold.jsonName();
        return new ShouldHaveNoFindingsAtOrAbove(subject, what, offending);
    }
}
