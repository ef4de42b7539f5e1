package dev.anvilcheck.python.ast;

import dev.anvilcheck.python.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * A context manager {@code contextExpr as optionalVars}.
 *
 * <p>Immutable and thread-safe, like every node.
 *
 * @param range where it is
 */
@SuppressWarnings("unused")
public record WithItem(TextRange range, Expr contextExpr, Optional<Expr> optionalVars) implements Node {
}
