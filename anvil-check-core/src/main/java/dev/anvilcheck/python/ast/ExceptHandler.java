package dev.anvilcheck.python.ast;

import dev.anvilcheck.python.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * An {@code except} clause.
 *
 * <p>Immutable and thread-safe, like every node.
 *
 * @param range where it is
 */
@SuppressWarnings("unused")
public record ExceptHandler(TextRange range, Optional<Expr> type, Optional<String> name, List<Stmt> body) implements Node {
}
