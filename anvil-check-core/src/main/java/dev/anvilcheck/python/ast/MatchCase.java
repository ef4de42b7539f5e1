package dev.anvilcheck.python.ast;

import dev.anvilcheck.python.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * A {@code case pattern if guard:} block.
 *
 * <p>Immutable and thread-safe, like every node.
 *
 * @param range where it is
 */
@SuppressWarnings("unused")
public record MatchCase(TextRange range, Pattern pattern, Optional<Expr> guard, List<Stmt> body) implements Node {
}
