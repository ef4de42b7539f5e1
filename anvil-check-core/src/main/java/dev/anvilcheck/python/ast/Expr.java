package dev.anvilcheck.python.ast;

import dev.anvilcheck.python.TextRange;
import dev.anvilcheck.python.ast.Ops.BoolOperator;
import dev.anvilcheck.python.ast.Ops.CmpOperator;
import dev.anvilcheck.python.ast.Ops.ExprContext;
import dev.anvilcheck.python.ast.Ops.Operator;
import dev.anvilcheck.python.ast.Ops.UnaryOperator;
import java.util.List;
import java.util.Optional;

/**
 * An expression, CPython's {@code ast.expr}. Each nested record is one expression kind with CPython's fields.
 *
 * <pre>{@code
 * if (expr instanceof Expr.Name n && n.id().equals("print")) { ... }
 * }</pre>
 */
public sealed interface Expr extends Node {

    /** {@code a and b and c}. */
    record BoolOp(TextRange range, BoolOperator op, List<Expr> values) implements Expr {
    }

    /** {@code target := value}. */
    record NamedExpr(TextRange range, Expr target, Expr value) implements Expr {
    }

    /** {@code left op right}. */
    record BinOp(TextRange range, Expr left, Operator op, Expr right) implements Expr {
    }

    /** {@code op operand}. */
    record UnaryOp(TextRange range, UnaryOperator op, Expr operand) implements Expr {
    }

    /** {@code lambda args: body}. */
    record Lambda(TextRange range, Arguments args, Expr body) implements Expr {
    }

    /** {@code body if test else orelse}. */
    record IfExp(TextRange range, Expr test, Expr body, Expr orelse) implements Expr {
    }

    /** A dict display; an empty key is a {@code **} unpacking. */
    record Dict(TextRange range, List<Optional<Expr>> keys, List<Expr> values) implements Expr {
    }

    /** A set display. */
    record Set(TextRange range, List<Expr> elts) implements Expr {
    }

    /** {@code [elt for ...]}. */
    record ListComp(TextRange range, Expr elt, List<Comprehension> generators) implements Expr {
    }

    /** <code>{elt for ...}</code>. */
    record SetComp(TextRange range, Expr elt, List<Comprehension> generators) implements Expr {
    }

    /**
     * <code>{key: value for ...}</code>; for 3.15's <code>{**d for d in ds}</code> the key is the unpacked
     * expression and the value is empty, as in CPython.
     */
    record DictComp(TextRange range, Expr key, Optional<Expr> value, List<Comprehension> generators)
            implements Expr {
    }

    /** {@code (elt for ...)}. */
    record GeneratorExp(TextRange range, Expr elt, List<Comprehension> generators) implements Expr {
    }

    /** {@code await value}. */
    record Await(TextRange range, Expr value) implements Expr {
    }

    /** {@code yield value}. */
    record Yield(TextRange range, Optional<Expr> value) implements Expr {
    }

    /** {@code yield from value}. */
    record YieldFrom(TextRange range, Expr value) implements Expr {
    }

    /** {@code left op1 c1 op2 c2 ...}. */
    record Compare(TextRange range, Expr left, List<CmpOperator> ops, List<Expr> comparators) implements Expr {
    }

    /** {@code func(args, keywords)}. */
    record Call(TextRange range, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {
    }

    /** A replacement field of an f-string; {@code conversion} is -1 or the code of r, s, a. */
    record FormattedValue(TextRange range, Expr value, int conversion, Optional<Expr> formatSpec) implements Expr {
    }

    /** A replacement field of a t-string (3.14); {@code str} is the expression's source text. */
    record Interpolation(TextRange range, Expr value, String str, int conversion, Optional<Expr> formatSpec)
            implements Expr {
    }

    /** An f-string. */
    record JoinedStr(TextRange range, List<Expr> values) implements Expr {
    }

    /** A t-string (3.14). */
    record TemplateStr(TextRange range, List<Expr> values) implements Expr {
    }

    /** A literal; {@code kind} is {@code "u"} for u-prefixed strings. */
    record Constant(TextRange range, ConstantValue value, Optional<String> kind) implements Expr {
    }

    /** {@code value.attr}. */
    record Attribute(TextRange range, Expr value, String attr, ExprContext ctx) implements Expr {
    }

    /** {@code value[slice]}. */
    record Subscript(TextRange range, Expr value, Expr slice, ExprContext ctx) implements Expr {
    }

    /** {@code *value}. */
    record Starred(TextRange range, Expr value, ExprContext ctx) implements Expr {
    }

    /** A name. */
    record Name(TextRange range, String id, ExprContext ctx) implements Expr {
    }

    /** A list display. */
    record List_(TextRange range, List<Expr> elts, ExprContext ctx) implements Expr {
    }

    /** A tuple. */
    record Tuple(TextRange range, List<Expr> elts, ExprContext ctx) implements Expr {
    }

    /** {@code lower:upper:step} in a subscript. */
    record Slice(TextRange range, Optional<Expr> lower, Optional<Expr> upper, Optional<Expr> step)
            implements Expr {
    }

    /** Python 2's backquote repr {@code `value`}. */
    record Repr(TextRange range, Expr value) implements Expr {
    }

    /** An expression that could not be parsed; a syntax error was recorded for it. */
    record Invalid(TextRange range) implements Expr {
    }
}
