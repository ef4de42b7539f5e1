/**
 * The Python syntax tree: sealed interfaces ({@link dev.anvilcheck.python.ast.Stmt},
 * {@link dev.anvilcheck.python.ast.Expr}, {@link dev.anvilcheck.python.ast.Pattern}, ...) of immutable records whose
 * kinds and fields mirror CPython's {@code ast} module, each with a {@link dev.anvilcheck.python.TextRange}.
 *
 * <pre>{@code
 * for (Stmt s : result.module().body()) {
 *     if (s instanceof Stmt.Import imp) { imp.names().forEach(a -> System.out.println(a.name())); }
 * }
 * }</pre>
 */
package dev.anvilcheck.python.ast;
