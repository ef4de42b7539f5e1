package dev.anvilcheck.python.ast;

import dev.anvilcheck.python.TextRange;
import java.util.Optional;

/**
 * A type parameter (PEP 695/696), CPython's {@code ast.type_param}.
 *
 * <pre>{@code
 * if (tp instanceof TypeParam.TypeVar tv) { tv.bound(); }
 * }</pre>
 */
public sealed interface TypeParam extends Node {

    /** {@code T}, {@code T: bound}, {@code T = default}. */
    record TypeVar(TextRange range, String name, Optional<Expr> bound, Optional<Expr> defaultValue)
            implements TypeParam {
    }

    /** {@code **P}. */
    record ParamSpec(TextRange range, String name, Optional<Expr> defaultValue) implements TypeParam {
    }

    /** {@code *Ts}. */
    record TypeVarTuple(TextRange range, String name, Optional<Expr> defaultValue) implements TypeParam {
    }
}
