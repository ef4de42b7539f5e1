package dev.anvilcheck.python.ast;

import dev.anvilcheck.python.TextRange;
import dev.anvilcheck.python.ast.Ops.Operator;
import java.util.List;
import java.util.Optional;

/**
 * A statement, CPython's {@code ast.stmt}. Each nested record is one statement kind with CPython's fields.
 *
 * <pre>{@code
 * switch (stmt) {
 *     case Stmt.FunctionDef f -> ...   // or instanceof chains on Java 17
 * }
 * }</pre>
 */
public sealed interface Stmt extends Node {

    /** {@code def} or {@code async def}; CPython's FunctionDef / AsyncFunctionDef. */
    record FunctionDef(TextRange range, boolean isAsync, String name, Arguments args, List<Stmt> body,
            List<Expr> decoratorList, Optional<Expr> returns, List<TypeParam> typeParams) implements Stmt {
    }

    /** {@code class}. */
    record ClassDef(TextRange range, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
            List<Expr> decoratorList, List<TypeParam> typeParams) implements Stmt {
    }

    /** {@code return}. */
    record Return(TextRange range, Optional<Expr> value) implements Stmt {
    }

    /** {@code del}. */
    record Delete(TextRange range, List<Expr> targets) implements Stmt {
    }

    /** {@code a = b = value}. */
    record Assign(TextRange range, List<Expr> targets, Expr value) implements Stmt {
    }

    /** {@code type X[T] = value} (3.12). */
    record TypeAlias(TextRange range, Expr name, List<TypeParam> typeParams, Expr value) implements Stmt {
    }

    /** {@code a += b}. */
    record AugAssign(TextRange range, Expr target, Operator op, Expr value) implements Stmt {
    }

    /** {@code a: T = v}; {@code simple} is true for an unparenthesized name target. */
    record AnnAssign(TextRange range, Expr target, Expr annotation, Optional<Expr> value, boolean simple)
            implements Stmt {
    }

    /** {@code for} or {@code async for}. */
    record For(TextRange range, boolean isAsync, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse)
            implements Stmt {
    }

    /** {@code while}. */
    record While(TextRange range, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    /** {@code if} (an {@code elif} is a nested If in {@code orelse}). */
    record If(TextRange range, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    /** {@code with} or {@code async with}. */
    record With(TextRange range, boolean isAsync, List<WithItem> items, List<Stmt> body) implements Stmt {
    }

    /** {@code match} (3.10). */
    record Match(TextRange range, Expr subject, List<MatchCase> cases) implements Stmt {
    }

    /** {@code raise}. */
    record Raise(TextRange range, Optional<Expr> exc, Optional<Expr> cause) implements Stmt {
    }

    /** {@code try} or, with {@code star}, a try with {@code except*} clauses (CPython's TryStar). */
    record Try(TextRange range, boolean star, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody) implements Stmt {
    }

    /** {@code assert}. */
    record Assert(TextRange range, Expr test, Optional<Expr> msg) implements Stmt {
    }

    /** {@code import a.b as c}; {@code lazy} for 3.15's {@code lazy import}. */
    record Import(TextRange range, List<Alias> names, boolean lazy) implements Stmt {
    }

    /** {@code from .m import a}; {@code lazy} for 3.15's {@code lazy from ... import}. */
    record ImportFrom(TextRange range, Optional<String> module, List<Alias> names, int level, boolean lazy)
            implements Stmt {
    }

    /** {@code global}. */
    record Global(TextRange range, List<String> names) implements Stmt {
    }

    /** {@code nonlocal}. */
    record Nonlocal(TextRange range, List<String> names) implements Stmt {
    }

    /** An expression statement, CPython's {@code Expr}. */
    record ExprStmt(TextRange range, Expr value) implements Stmt {
    }

    /** {@code pass}. */
    record Pass(TextRange range) implements Stmt {
    }

    /** {@code break}. */
    record Break(TextRange range) implements Stmt {
    }

    /** {@code continue}. */
    record Continue(TextRange range) implements Stmt {
    }

    /** Python 2's {@code print >>dest, values} statement; {@code nl} is false with a trailing comma. */
    record Print(TextRange range, Optional<Expr> dest, List<Expr> values, boolean nl) implements Stmt {
    }

    /** Python 2's {@code exec body in globals, locals} statement. */
    record Exec(TextRange range, Expr body, Optional<Expr> globals, Optional<Expr> locals) implements Stmt {
    }

    /** A statement that could not be parsed; a syntax error was recorded for it. */
    record Invalid(TextRange range) implements Stmt {
    }
}
