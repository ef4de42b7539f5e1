package dev.anvilcheck.python;

import java.util.Objects;
import java.util.Optional;

/**
 * A syntax error found while decoding, tokenizing, parsing or compiling Python source, worded as CPython words it.
 *
 * <pre>{@code
 * for (SyntaxProblem p : result.syntaxErrors()) {
 *     System.out.println(result.lineIndex().line(p.range().start()) + ": " + p.message());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param message what is wrong, e.g. {@code "invalid syntax"} or {@code "'return' outside function"}
 * @param range where, as char offsets of the decoded text
 * @param hint how to fix it, when known (for example for Python 2 forms)
 */
public record SyntaxProblem(String message, TextRange range, Optional<String> hint) {

    /** Checks that no part is null. */
    public SyntaxProblem {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(hint, "hint");
    }
}
