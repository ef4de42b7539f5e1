package dev.anvilcheck.python.ast;

import dev.anvilcheck.python.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of a def or lambda; kwDefaults has an empty entry for a keyword-only parameter without default.
 *
 * <p>Immutable and thread-safe, like every node.
 *
 * @param range where it is
 */
@SuppressWarnings("unused")
public record Arguments(TextRange range, List<Arg> posonlyargs, List<Arg> args, Optional<Arg> vararg, List<Arg> kwonlyargs, List<Optional<Expr>> kwDefaults, Optional<Arg> kwarg, List<Expr> defaults) implements Node {
}
