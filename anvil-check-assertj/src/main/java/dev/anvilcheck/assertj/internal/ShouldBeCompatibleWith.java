package dev.anvilcheck.assertj.internal;

import dev.anvilcheck.compat.FileCompatibility;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Builds the message of a failed {@code isCompatibleWith(version)}: every file that does not run there, and why. */
public final class ShouldBeCompatibleWith extends BasicErrorMessageFactory {

    private ShouldBeCompatibleWith(String version, List<FileCompatibility> blocking) {
        super("%nExpecting the code to run on Python %s but %s:%n%s", unquotedString(version),
                unquotedString(blocking.size() == 1 ? "1 file does not" : blocking.size() + " files do not"),
                unquotedString(lines(blocking)));
    }

    /**
     * The factory.
     *
     * @param version the version asked about
     * @param blocking the files that do not run on it
     * @return the factory
     */
    public static ErrorMessageFactory shouldBeCompatibleWith(String version, List<FileCompatibility> blocking) {
        return new ShouldBeCompatibleWith(version, blocking);
    }

    private static String lines(List<FileCompatibility> files) {
        StringBuilder b = new StringBuilder();
        for (FileCompatibility f : files) {
            b.append("  ").append(f.path()).append(": needs ").append(f.minimumVersion())
                    .append(f.maximumVersion().map(m -> " to " + m).orElse(""))
                    .append(f.syntaxErrors().isEmpty() ? "" : ", has syntax errors")
                    .append(f.decidedBy().map(d -> " (" + d + ")").orElse("")).append(System.lineSeparator());
        }
        return b.toString().stripTrailing();
    }
}
