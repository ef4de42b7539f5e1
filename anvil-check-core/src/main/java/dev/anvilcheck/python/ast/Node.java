package dev.anvilcheck.python.ast;

import dev.anvilcheck.python.TextRange;

/**
 * Any node of the Python syntax tree. Node kinds and field names mirror CPython's {@code ast} module.
 *
 * <pre>{@code
 * Node n = result.module();
 * TextRange where = n.range();
 * }</pre>
 *
 * <p>All nodes are immutable records, thread-safe, with no null fields (optional children are {@code Optional},
 * lists are unmodifiable).
 */
public sealed interface Node permits Module, Stmt, Expr, Pattern, TypeParam, Arguments, Arg, Keyword, Alias,
        WithItem, MatchCase, Comprehension, ExceptHandler {

    /**
     * Where this node is, as char offsets of the decoded source.
     *
     * @return the range
     */
    TextRange range();
}
