package dev.anvilcheck.python.ast;

import dev.anvilcheck.python.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * A keyword argument {@code arg=value}, or {@code **value} when arg is empty.
 *
 * <p>Immutable and thread-safe, like every node.
 *
 * @param range where it is
 */
@SuppressWarnings("unused")
public record Keyword(TextRange range, Optional<String> arg, Expr value) implements Node {
}
