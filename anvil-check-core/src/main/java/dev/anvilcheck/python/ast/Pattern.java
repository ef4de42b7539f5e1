package dev.anvilcheck.python.ast;

import dev.anvilcheck.python.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * A {@code match} pattern, CPython's {@code ast.pattern}.
 *
 * <pre>{@code
 * if (p instanceof Pattern.MatchAs as && as.name().isEmpty()) { // the wildcard _ }
 * }</pre>
 */
public sealed interface Pattern extends Node {

    /** A value pattern ({@code 1}, {@code a.b}). */
    record MatchValue(TextRange range, Expr value) implements Pattern {
    }

    /** {@code None}, {@code True} or {@code False}. */
    record MatchSingleton(TextRange range, ConstantValue value) implements Pattern {
    }

    /** {@code [a, b]} or {@code (a, b)}. */
    record MatchSequence(TextRange range, List<Pattern> patterns) implements Pattern {
    }

    /** <code>{k: p, **rest}</code>. */
    record MatchMapping(TextRange range, List<Expr> keys, List<Pattern> patterns, Optional<String> rest)
            implements Pattern {
    }

    /** {@code Cls(p, k=p)}. */
    record MatchClass(TextRange range, Expr cls, List<Pattern> patterns, List<String> kwdAttrs,
            List<Pattern> kwdPatterns) implements Pattern {
    }

    /** {@code *name} or {@code *_}. */
    record MatchStar(TextRange range, Optional<String> name) implements Pattern {
    }

    /** {@code p as name}, a capture {@code name}, or the wildcard {@code _}. */
    record MatchAs(TextRange range, Optional<Pattern> pattern, Optional<String> name) implements Pattern {
    }

    /** {@code p | q}. */
    record MatchOr(TextRange range, List<Pattern> patterns) implements Pattern {
    }
}
