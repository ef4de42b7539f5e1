package dev.anvilcheck.python.ast;

import dev.anvilcheck.python.TextRange;
import java.util.List;

/**
 * A parsed file, CPython's {@code ast.Module}.
 *
 * <pre>{@code
 * for (Stmt s : result.module().body()) { ... }
 * }</pre>
 *
 * @param range the whole text
 * @param body the top-level statements
 */
public record Module(TextRange range, List<Stmt> body) implements Node {
}
