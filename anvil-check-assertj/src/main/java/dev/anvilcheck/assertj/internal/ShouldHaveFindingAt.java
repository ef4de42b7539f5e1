package dev.anvilcheck.assertj.internal;

import dev.anvilcheck.Finding;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Builds the message of a failed {@code hasFindingAt(path, line)}: the findings that file has instead. */
public final class ShouldHaveFindingAt extends BasicErrorMessageFactory {

    private ShouldHaveFindingAt(String subject, String path, int line, List<? extends Finding> inFile) {
        super("%nExpecting %s to have a finding at %s but found none%s", unquotedString(subject),
                unquotedString(path + ":" + line), unquotedString(inFile.isEmpty()
                        ? "; it has no findings in " + path + "."
                        : "; its findings in " + path + ":" + System.lineSeparator() + FindingLines.of(inFile)));
    }

    /**
     * The factory.
     *
     * @param subject what was checked
     * @param path the project-relative path
     * @param line the line
     * @param inFile the subject's findings in that file
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveFindingAt(String subject, String path, int line,
                                                          List<? extends Finding> inFile) {
        return new ShouldHaveFindingAt(subject, path, line, inFile);
    }
}
