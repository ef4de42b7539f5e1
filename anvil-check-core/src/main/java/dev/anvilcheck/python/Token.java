package dev.anvilcheck.python;

import java.util.Objects;

/**
 * One token of Python source, trivia (comments, non-logical newlines) included.
 *
 * <pre>{@code
 * for (Token t : result.tokens()) {
 *     if (t.kind() == TokenKind.COMMENT) {
 *         System.out.println(source.substring(t.range().start(), t.range().end()));
 *     }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. The token's text is the slice of the decoded source its range covers.
 *
 * @param kind the kind
 * @param range where it is, as char offsets of the decoded text
 */
public record Token(TokenKind kind, TextRange range) {

    /** Checks that no part is null. */
    public Token {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(range, "range");
    }
}
