package dev.anvilcheck.python.ast;

import dev.anvilcheck.python.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * One {@code for target in iter if ...} clause of a comprehension.
 *
 * <p>Immutable and thread-safe, like every node.
 *
 * @param range where it is
 */
@SuppressWarnings("unused")
public record Comprehension(TextRange range, Expr target, Expr iter, List<Expr> ifs, boolean isAsync) implements Node {
}
