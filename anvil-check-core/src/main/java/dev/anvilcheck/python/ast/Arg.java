package dev.anvilcheck.python.ast;

import dev.anvilcheck.python.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * One parameter.
 *
 * <p>Immutable and thread-safe, like every node.
 *
 * @param range where it is
 */
@SuppressWarnings("unused")
public record Arg(TextRange range, String arg, Optional<Expr> annotation) implements Node {
}
