package dev.anvilcheck.python.internal;

import static dev.anvilcheck.python.TokenKind.*;

import dev.anvilcheck.python.PythonFeature;
import dev.anvilcheck.python.TextRange;
import dev.anvilcheck.python.TokenKind;
import dev.anvilcheck.python.ast.Alias;
import dev.anvilcheck.python.ast.Arg;
import dev.anvilcheck.python.ast.Arguments;
import dev.anvilcheck.python.ast.Comprehension;
import dev.anvilcheck.python.ast.ConstantValue;
import dev.anvilcheck.python.ast.ExceptHandler;
import dev.anvilcheck.python.ast.Expr;
import dev.anvilcheck.python.ast.Keyword;
import dev.anvilcheck.python.ast.MatchCase;
import dev.anvilcheck.python.ast.Module;
import dev.anvilcheck.python.ast.Ops.BoolOperator;
import dev.anvilcheck.python.ast.Ops.CmpOperator;
import dev.anvilcheck.python.ast.Ops.ExprContext;
import dev.anvilcheck.python.ast.Ops.Operator;
import dev.anvilcheck.python.ast.Ops.UnaryOperator;
import dev.anvilcheck.python.ast.Pattern;
import dev.anvilcheck.python.ast.Stmt;
import dev.anvilcheck.python.ast.TypeParam;
import dev.anvilcheck.python.ast.WithItem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Recursive-descent parser over the newest Python grammar. Errors are recorded in {@link Diagnostics}; a statement
 * that fails is skipped to the end of its logical line so later errors are still found. Recursion is bounded by an
 * explicit depth counter.
 */
public final class Parser {

    /** Internal control-flow signal: the current statement (or speculation) failed. Carries no stack trace. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure() {
            super(null, null, false, false);
        }
    }

    private static final Failure FAIL = new Failure();
    /** Nesting budget for expressions and blocks (brackets are limited to 200 by the lexer). */
    static final int MAX_DEPTH = 1000;

    private final String text;
    private final char[] src;
    private final Diagnostics diags;
    private final NameTable names;
    private final TokenKind[] k;
    private final int[] ts;
    private final int[] te;
    private final int[] tv;
    private final int ntok;
    private int p;
    private int depth;
    private boolean speculating;
    private boolean depthReported;
    private Expr lastBareTuple;
    /** End of the last statement parsed, including a trailing semicolon (CPython's block ends). */
    private int lastStmtEnd;
    private final int firstLexError;
    private final int unclosedBracket;
    /** Length of the left-nested chains being built (binary operators, trailers, unary operators). */
    private int chain;
    private int maxEstimate;
    /** CPython's parser overflows on longer unary chains (MAXSTACK). */
    static final int MAX_UNARY_CHAIN = 5968;

    private final int idMatch;
    private final int idCase;
    private final int idType;
    private final int idUnderscore;
    private final int idPrint;
    private final int idExec;
    private final int idLazy;

    private static final Optional<Expr> NO_EXPR = Optional.empty();

    /** Creates a parser over the tokens of {@code lexer}. */
    public Parser(String text, Lexer lexer, Diagnostics diags) {
        this.text = text;
        this.src = lexer.source();
        this.diags = diags;
        this.names = lexer.names;
        int total = lexer.count;
        k = new TokenKind[total];
        ts = new int[total];
        te = new int[total];
        tv = new int[total];
        int j = 0;
        byte comment = (byte) COMMENT.ordinal();
        byte nl = (byte) NL.ordinal();
        byte[] kinds = lexer.kinds;
        for (int i = 0; i < total; i++) {
            byte kb = kinds[i];
            if (kb != comment && kb != nl) {
                k[j] = Lexer.KINDS[kb];
                ts[j] = lexer.starts[i];
                te[j] = lexer.ends[i];
                tv[j] = lexer.values[i];
                j++;
            }
        }
        ntok = j;
        int fl = Integer.MAX_VALUE;
        for (dev.anvilcheck.python.SyntaxProblem sp : diags.errors()) {
            fl = Math.min(fl, sp.range().start());
        }
        firstLexError = fl;
        unclosedBracket = lexer.unclosedBracket();
        idMatch = names.intern("match".toCharArray(), 0, 5);
        idCase = names.intern("case".toCharArray(), 0, 4);
        idType = names.intern("type".toCharArray(), 0, 4);
        idUnderscore = names.intern("_".toCharArray(), 0, 1);
        idPrint = names.intern("print".toCharArray(), 0, 5);
        idExec = names.intern("exec".toCharArray(), 0, 4);
        idLazy = names.intern("lazy".toCharArray(), 0, 4);
    }

    // ------------------------------------------------------------------ token primitives

    private TokenKind kind() {
        return k[p];
    }

    private TokenKind kind(int ahead) {
        int i = p + ahead;
        return i < ntok ? k[i] : ENDMARKER;
    }

    private boolean at(TokenKind kind) {
        return k[p] == kind;
    }

    private boolean atName(int id) {
        return k[p] == NAME && tv[p] == id;
    }

    private boolean nameAt(int ahead, int id) {
        int i = p + ahead;
        return i < ntok && k[i] == NAME && tv[i] == id;
    }

    private int start() {
        return ts[p];
    }

    private int prevEnd() {
        return p > 0 ? te[p - 1] : 0;
    }

    private void advance() {
        if (p < ntok - 1) {
            p++;
        }
    }

    private boolean eat(TokenKind kind) {
        if (k[p] == kind) {
            advance();
            return true;
        }
        return false;
    }

    private void expect(TokenKind kind) {
        if (k[p] == kind) {
            advance();
            return;
        }
        if ((kind == RPAR || kind == RSQB || kind == RBRACE) && p > 0 && endsExpression(k[p - 1])
                && startsExpression(k[p]) && k[p] != STAR && k[p] != MINUS && k[p] != PLUS && k[p] != YIELD
                && !(k[p - 1] == NAME && (k[p] == STRING || k[p] == FSTRING_START))) {
            throw fail("invalid syntax. Perhaps you forgot a comma?");
        }
        if (kind == COLON && k[p] != NEWLINE) {
            throw fail("invalid syntax");
        }
        throw fail(expectedMessage(kind));
    }

    private static boolean endsExpression(TokenKind t) {
        return switch (t) {
            case NAME, NUMBER, STRING, FSTRING_END, TSTRING_END, RPAR, RSQB, RBRACE, NONE, TRUE, FALSE, ELLIPSIS -> true;
            default -> false;
        };
    }

    private String expectedMessage(TokenKind kind) {
        return switch (kind) {
            case COLON -> "expected ':'";
            case RPAR, RSQB, RBRACE -> "invalid syntax";
            case IN -> "expected 'in'";
            case IMPORT -> "invalid syntax";
            case INDENT -> "expected an indented block";
            case NAME -> "invalid syntax";
            default -> "invalid syntax";
        };
    }

    private TextRange blockRange(int start) {
        return new TextRange(start, Math.max(start, lastStmtEnd));
    }

    private TextRange r(int start) {
        return new TextRange(start, Math.max(start, prevEnd()));
    }

    private Failure fail(String message) {
        return failAt(message, ts[p], te[p]);
    }

    private Failure failAt(String message, int s, int e) {
        // an error the tokenizer already reported at or before this point is the root cause
        if (!speculating && s < firstLexError && k[p] != UNKNOWN) {
            if (unclosedBracket >= 0 && !unclosedReported && (k[p] == ENDMARKER
                    || k[p] == NEWLINE && p + 1 < ntok && k[p + 1] == ENDMARKER
                    || k[p] == DEDENT && ts[p] == src.length || newlineBetween(unclosedBracket, s))) {
                // CPython blames the bracket that was never closed when the parser runs out of input
                if (!unclosedReported) {
                    unclosedReported = true;
                    diags.error("'" + src[unclosedBracket] + "' was never closed", unclosedBracket,
                            unclosedBracket + 1);
                }
            } else {
                diags.error(message, s, e);
            }
        }
        return FAIL;
    }

    private boolean unclosedReported;

    /** Whether a line break lies between the two offsets (CPython blames an open bracket on an earlier line). */
    private boolean newlineBetween(int from, int to) {
        return from < to && lineOf(from) != lineOf(to);
    }

    private void error(String message, TextRange range) {
        if (!speculating) {
            diags.error(message, range.start(), range.end());
        }
    }

    private void feature(PythonFeature f, int s, int e) {
        if (!speculating) {
            diags.feature(f, s, e);
        }
    }

    private void feature(PythonFeature f, TextRange range) {
        feature(f, range.start(), range.end());
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            if (!depthReported && !speculating) {
                depthReported = true;
                diags.error("too many nested parentheses", ts[p], te[p]);
            }
            throw FAIL;
        }
    }

    private void leave() {
        depth--;
    }

    private String nameText(int i) {
        return names.normalized(tv[i]);
    }

    private String expectName() {
        if (k[p] != NAME) {
            if (k[p] == ASYNC || k[p] == AWAIT) {
                feature(PythonFeature.ASYNC_AWAIT_IDENTIFIER, ts[p], te[p]);
                String s = k[p] == ASYNC ? "async" : "await";
                advance();
                return s;
            }
            throw fail("invalid syntax");
        }
        String s = nameText(p);
        advance();
        return s;
    }

    // ------------------------------------------------------------------ module and blocks

    /** An upper bound of the syntax tree's depth, for choosing a stack for later passes. */
    public int depthEstimate() {
        return maxEstimate + 2 * depth;
    }

    private void grow(int n) {
        chain += n;
        int est = chain + 4 * depth;
        if (est > maxEstimate) {
            maxEstimate = est;
        }
    }

    /** Parses the whole file. */
    public Module parseModule() {
        List<Stmt> body = new ArrayList<>();
        while (!at(ENDMARKER)) {
            int before = p;
            statementInto(body, true);
            if (p == before) {
                // progress guard: drop the offending token
                if (!at(ENDMARKER)) {
                    if (!at(DEDENT) && !at(UNKNOWN)) {
                        diags.error("invalid syntax", ts[p], te[p]);
                    }
                    advance();
                }
            }
        }
        return new Module(new TextRange(0, text.length()), List.copyOf(body));
    }

    private void statementInto(List<Stmt> out, boolean topLevel) {
        int startTok = p;
        try {
            if (at(INDENT)) {
                failAt("unexpected indent", ts[p], te[p]);
                skipBlock();
                return;
            }
            if (at(DEDENT) && topLevel) {
                advance();
                return;
            }
            compoundOrSimple(out);
        } catch (Failure f) {
            recover(startTok);
            chain = 0;
            lastStmtEnd = Math.max(ts[startTok], prevEnd());
            out.add(new Stmt.Invalid(new TextRange(ts[startTok], Math.max(ts[startTok], prevEnd()))));
        }
    }

    /** Skips to the end of the logical line; then skips an indented block that follows a failed header. */
    private void recover(int startTok) {
        if (p == startTok && !at(ENDMARKER) && !at(NEWLINE)) {
            advance();
        }
        while (!at(NEWLINE) && !at(ENDMARKER)) {
            if (at(INDENT) || at(DEDENT)) {
                break;
            }
            advance();
        }
        eat(NEWLINE);
        if (at(INDENT)) {
            skipBlock();
        }
    }

    private void skipBlock() {
        int level = 0;
        while (!at(ENDMARKER)) {
            if (at(INDENT)) {
                level++;
            } else if (at(DEDENT)) {
                level--;
                if (level <= 0) {
                    advance();
                    return;
                }
            }
            advance();
        }
    }

    private int[] lineStarts;

    /** The 1-based line of {@code offset}; the line table is built once, on the first error that needs it. */
    private int lineOf(int offset) {
        if (lineStarts == null) {
            int[] starts = new int[64];
            int n = 0;
            starts[n++] = 0;
            for (int i = 0; i < src.length; i++) {
                char c = src[i];
                if (c == '\n' || c == '\r' && (i + 1 >= src.length || src[i + 1] != '\n')) {
                    if (n == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i + 1;
                }
            }
            lineStarts = java.util.Arrays.copyOf(starts, n);
        }
        int i = java.util.Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private List<Stmt> block(String after, int headerStart) {
        if (eat(NEWLINE)) {
            if (!at(INDENT)) {
                throw fail("expected an indented block after " + after + " on line " + lineOf(headerStart));
            }
            advance();
            enter();
            try {
                List<Stmt> body = new ArrayList<>();
                while (!at(DEDENT) && !at(ENDMARKER)) {
                    int before = p;
                    statementInto(body, false);
                    if (p == before) {
                        advance();
                    }
                }
                eat(DEDENT);
                return List.copyOf(body);
            } finally {
                leave();
            }
        }
        List<Stmt> body = new ArrayList<>();
        simpleStatements(body);
        return List.copyOf(body);
    }

    private void compoundOrSimple(List<Stmt> out) {
        switch (kind()) {
            case DEF -> out.add(funcDef(start(), List.of(), false));
            case IF -> out.add(ifStmt());
            case CLASS -> out.add(classDef(start(), List.of()));
            case WITH -> out.add(withStmt(start(), false));
            case FOR -> out.add(forStmt(start(), false));
            case TRY -> out.add(tryStmt());
            case WHILE -> out.add(whileStmt());
            case AT -> out.add(decorated());
            case ASYNC -> {
                int s = start();
                TokenKind next = kind(1);
                if (next == DEF) {
                    advance();
                    out.add(funcDef(s, List.of(), true));
                } else if (next == WITH) {
                    advance();
                    out.add(withStmt(s, true));
                } else if (next == FOR) {
                    advance();
                    out.add(forStmt(s, true));
                } else {
                    simpleStatements(out);
                }
            }
            case NAME -> {
                if (tv[p] == idMatch && kind(1) != NEWLINE) {
                    Stmt m = tryMatch();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                }
                simpleStatements(out);
            }
            default -> simpleStatements(out);
        }
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (eat(SEMI)) {
                if (at(NEWLINE) || at(ENDMARKER)) {
                    break;
                }
                continue;
            }
            break;
        }
        lastStmtEnd = prevEnd();
        if (!eat(NEWLINE) && !at(ENDMARKER)) {
            throw fail("invalid syntax");
        }
    }

    // ------------------------------------------------------------------ simple statements

    private Stmt simpleStatement() {
        int s = start();
        switch (kind()) {
            case PASS -> {
                advance();
                return new Stmt.Pass(r(s));
            }
            case BREAK -> {
                advance();
                return new Stmt.Break(r(s));
            }
            case CONTINUE -> {
                advance();
                return new Stmt.Continue(r(s));
            }
            case RETURN -> {
                advance();
                Optional<Expr> v = NO_EXPR;
                if (!atStatementEnd()) {
                    Expr e = starExpressions();
                    if (e == lastBareTuple) {
                        checkUnparenthesizedStar((Expr.Tuple) e);
                    }
                    v = Optional.of(e);
                }
                return new Stmt.Return(r(s), v);
            }
            case RAISE -> {
                return raiseStmt();
            }
            case GLOBAL, NONLOCAL -> {
                boolean global = at(GLOBAL);
                advance();
                List<String> ns = new ArrayList<>();
                ns.add(expectName());
                while (eat(COMMA)) {
                    ns.add(expectName());
                }
                if (global) {
                    return new Stmt.Global(r(s), List.copyOf(ns));
                }
                feature(PythonFeature.NONLOCAL, r(s));
                return new Stmt.Nonlocal(r(s), List.copyOf(ns));
            }
            case DEL -> {
                advance();
                List<Expr> targets = new ArrayList<>();
                do {
                    if (atStatementEnd()) {
                        break;
                    }
                    targets.add(toTarget(starTargetElement(), ExprContext.DEL, "del"));
                } while (eat(COMMA));
                if (targets.isEmpty()) {
                    throw fail("invalid syntax");
                }
                return new Stmt.Delete(r(s), List.copyOf(targets));
            }
            case ASSERT -> {
                advance();
                Expr test = expression();
                Optional<Expr> msg = NO_EXPR;
                if (eat(COMMA)) {
                    msg = Optional.of(expression());
                }
                return new Stmt.Assert(r(s), test, msg);
            }
            case IMPORT -> {
                return importStmt(s, false);
            }
            case FROM -> {
                return fromImport(s, false);
            }
            case NAME -> {
                int id = tv[p];
                if (id == idType && kind(1) == NAME && (kind(2) == EQUAL || kind(2) == LSQB)) {
                    return typeAlias();
                }
                if (id == idLazy && (kind(1) == IMPORT || kind(1) == FROM)) {
                    advance();
                    Stmt st = at(IMPORT) ? importStmt(start(), true) : fromImport(start(), true);
                    feature(PythonFeature.LAZY_IMPORT, r(s));
                    return relazy(st, s);
                }
                if (id == idExec && startsExpression(kind(1)) && kind(1) != LPAR) {
                    return execStmt();
                }
                if (id == idPrint && startsExpression(kind(1)) && kind(1) != LPAR && kind(1) != LSQB
                        && !binaryContinuation(kind(1))) {
                    return printStmt();
                }
                return expressionStatement();
            }
            default -> {
                return expressionStatement();
            }
        }
    }

    private Stmt relazy(Stmt st, int s) {
        if (st instanceof Stmt.Import im) {
            return new Stmt.Import(r(s), im.names(), true);
        }
        Stmt.ImportFrom f = (Stmt.ImportFrom) st;
        return new Stmt.ImportFrom(r(s), f.module(), f.names(), f.level(), true);
    }

    private static boolean binaryContinuation(TokenKind t) {
        return t == MINUS || t == PLUS || t == STAR || t == DOUBLESTAR || t == YIELD;
    }

    private boolean atStatementEnd() {
        TokenKind t = kind();
        return t == NEWLINE || t == SEMI || t == ENDMARKER;
    }

    private void checkUnparenthesizedStar(Expr.Tuple t) {
        for (Expr e : t.elts()) {
            if (e instanceof Expr.Starred) {
                feature(PythonFeature.UNPARENTHESIZED_STAR_RETURN, t.range());
                return;
            }
        }
    }

    private Stmt raiseStmt() {
        int s = start();
        advance();
        if (atStatementEnd()) {
            return new Stmt.Raise(r(s), NO_EXPR, NO_EXPR);
        }
        Expr exc = expression();
        Optional<Expr> cause = NO_EXPR;
        if (eat(FROM)) {
            cause = Optional.of(expression());
            feature(PythonFeature.RAISE_FROM, r(s));
        } else if (at(COMMA)) {
            advance();
            Expr v = expression();
            if (eat(COMMA)) {
                expression();
            }
            feature(PythonFeature.RAISE_COMMA, r(s));
            List<Expr> args = List.of(v);
            exc = new Expr.Call(new TextRange(exc.range().start(), v.range().end()), exc, args, List.of());
        }
        return new Stmt.Raise(r(s), Optional.of(exc), cause);
    }

    private Stmt printStmt() {
        int s = start();
        advance();
        Optional<Expr> dest = NO_EXPR;
        List<Expr> values = new ArrayList<>();
        boolean nl = true;
        if (eat(RIGHTSHIFT)) {
            dest = Optional.of(expression());
            if (!eat(COMMA)) {
                feature(PythonFeature.PRINT_STATEMENT, r(s));
                return new Stmt.Print(r(s), dest, List.of(), true);
            }
        }
        while (!atStatementEnd()) {
            values.add(expression());
            if (!eat(COMMA)) {
                nl = true;
                break;
            }
            nl = false;
        }
        feature(PythonFeature.PRINT_STATEMENT, r(s));
        return new Stmt.Print(r(s), dest, List.copyOf(values), nl);
    }

    private Stmt execStmt() {
        int s = start();
        advance();
        Expr body = bitwiseOr();
        Optional<Expr> g = NO_EXPR;
        Optional<Expr> l = NO_EXPR;
        if (eat(IN)) {
            g = Optional.of(expression());
            if (eat(COMMA)) {
                l = Optional.of(expression());
            }
        }
        feature(PythonFeature.EXEC_STATEMENT, r(s));
        return new Stmt.Exec(r(s), body, g, l);
    }

    private static final EnumSet<TokenKind> AUG = EnumSet.of(PLUSEQUAL, MINEQUAL, STAREQUAL, SLASHEQUAL,
            PERCENTEQUAL, AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL,
            DOUBLESLASHEQUAL, ATEQUAL);

    private Stmt expressionStatement() {
        int s = start();
        Expr first = at(YIELD) ? yieldExpr() : starExpressions();
        if (at(COLON)) {
            advance();
            Expr target = first;
            boolean simple = target instanceof Expr.Name && target.range().start() == s;
            if (target instanceof Expr.Tuple && target.range().start() == s) {
                error("only single target (not tuple) can be annotated", target.range());
            } else if (target instanceof Expr.List_ && target.range().start() == s) {
                error("only single target (not list) can be annotated", target.range());
            } else if (!(target instanceof Expr.Name || target instanceof Expr.Attribute
                    || target instanceof Expr.Subscript)) {
                error("illegal target for annotation", target.range());
            }
            target = toTarget(target, ExprContext.STORE, "ann");
            Expr ann = expression();
            Optional<Expr> value = NO_EXPR;
            if (eat(EQUAL)) {
                value = Optional.of(at(YIELD) ? yieldExpr() : starExpressions());
            }
            feature(PythonFeature.VARIABLE_ANNOTATIONS, r(s));
            return new Stmt.AnnAssign(r(s), target, ann, value, simple);
        }
        if (AUG.contains(kind())) {
            Operator op = augOp(kind());
            if (op == Operator.MAT_MULT) {
                feature(PythonFeature.MATRIX_MULTIPLICATION, ts[p], te[p]);
            }
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                error("'" + exprName(first) + "' is an illegal expression for augmented assignment", first.range());
            }
            advance();
            Expr target = toTarget(first, ExprContext.STORE, "aug");
            Expr value = at(YIELD) ? yieldExpr() : starExpressions();
            return new Stmt.AugAssign(r(s), target, op, value);
        }
        if (at(EQUAL)) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (eat(EQUAL)) {
                targets.add(toTarget(value, ExprContext.STORE, "assign"));
                value = at(YIELD) ? yieldExpr() : starExpressions();
            }
            return new Stmt.Assign(r(s), List.copyOf(targets), value);
        }
        if (first instanceof Expr.Name nm && nm.id().equals("print") && startsExpression(kind())) {
            throw fail("Missing parentheses in call to 'print'. Did you mean print(...)?");
        }
        if (isPrintChevron(first, s)) {
            feature(PythonFeature.PRINT_CHEVRON, r(s));
        }
        return new Stmt.ExprStmt(r(s), first);
    }

    /**
     * Whether an expression statement starting at {@code s} is Python 2's {@code print >>f} or
     * {@code print >>f, x, ...}: a right shift of the bare name print, alone or first in an unparenthesized tuple.
     * Python 3 code has no use for shifting the print function as a statement (it raises TypeError), while an
     * assignment, a parenthesized or a nested shift is left alone.
     */
    private static boolean isPrintChevron(Expr e, int s) {
        Expr head = e instanceof Expr.Tuple t && t.range().start() == s && !t.elts().isEmpty() ? t.elts().get(0) : e;
        return head instanceof Expr.BinOp b && b.op() == Operator.RSHIFT && b.left() instanceof Expr.Name n
                && n.id().equals("print") && n.range().start() == s;
    }

    private static Operator augOp(TokenKind t) {
        return switch (t) {
            case PLUSEQUAL -> Operator.ADD;
            case MINEQUAL -> Operator.SUB;
            case STAREQUAL -> Operator.MULT;
            case SLASHEQUAL -> Operator.DIV;
            case PERCENTEQUAL -> Operator.MOD;
            case AMPEREQUAL -> Operator.BIT_AND;
            case VBAREQUAL -> Operator.BIT_OR;
            case CIRCUMFLEXEQUAL -> Operator.BIT_XOR;
            case LEFTSHIFTEQUAL -> Operator.LSHIFT;
            case RIGHTSHIFTEQUAL -> Operator.RSHIFT;
            case DOUBLESTAREQUAL -> Operator.POW;
            case DOUBLESLASHEQUAL -> Operator.FLOOR_DIV;
            default -> Operator.MAT_MULT;
        };
    }

    private Stmt importStmt(int s, boolean lazy) {
        expect(IMPORT);
        List<Alias> aliases = new ArrayList<>();
        do {
            int as = start();
            String name = dottedName();
            Optional<String> asname = Optional.empty();
            if (eat(AS)) {
                asname = Optional.of(expectName());
            }
            aliases.add(new Alias(r(as), name, asname));
        } while (eat(COMMA));
        return new Stmt.Import(r(s), List.copyOf(aliases), lazy);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName());
        while (at(DOT)) {
            advance();
            sb.append('.').append(expectName());
        }
        return sb.toString();
    }

    private Stmt fromImport(int s, boolean lazy) {
        expect(FROM);
        int level = 0;
        while (at(DOT) || at(ELLIPSIS)) {
            level += at(DOT) ? 1 : 3;
            advance();
        }
        Optional<String> module = Optional.empty();
        if (!at(IMPORT)) {
            module = Optional.of(dottedName());
        } else if (level == 0) {
            throw fail("invalid syntax");
        }
        expect(IMPORT);
        List<Alias> aliases = new ArrayList<>();
        if (at(STAR)) {
            int as = start();
            advance();
            aliases.add(new Alias(r(as), "*", Optional.empty()));
        } else {
            boolean paren = eat(LPAR);
            do {
                if (paren && at(RPAR)) {
                    break;
                }
                int as = start();
                String name = expectName();
                Optional<String> asname = Optional.empty();
                if (eat(AS)) {
                    asname = Optional.of(expectName());
                }
                aliases.add(new Alias(r(as), name, asname));
                if (!paren && at(COMMA) && (kind(1) == NEWLINE || kind(1) == ENDMARKER || kind(1) == SEMI)) {
                    throw fail("trailing comma not allowed without surrounding parentheses");
                }
            } while (eat(COMMA));
            if (paren) {
                expect(RPAR);
            }
            if (aliases.isEmpty()) {
                throw fail("invalid syntax");
            }
        }
        return new Stmt.ImportFrom(r(s), module, List.copyOf(aliases), level, lazy);
    }

    private Stmt typeAlias() {
        int s = start();
        advance();
        int ns = start();
        String name = expectName();
        Expr nameExpr = new Expr.Name(r(ns), name, ExprContext.STORE);
        List<TypeParam> tps = at(LSQB) ? typeParams() : List.of();
        expect(EQUAL);
        Expr value = expression();
        feature(PythonFeature.TYPE_ALIAS_STATEMENT, r(s));
        return new Stmt.TypeAlias(r(s), nameExpr, tps, value);
    }

    // ------------------------------------------------------------------ compound statements

    private Stmt ifStmt() {
        int s = start();
        String kw = at(ELIF) ? "elif" : "if";
        advance();
        Expr test = namedExpression();
        expect(COLON);
        List<Stmt> body = block("'" + kw + "' statement", s);
        List<Stmt> orelse = List.of();
        if (at(ELIF)) {
            orelse = List.of(ifStmt());
        } else if (at(ELSE)) {
            advance();
            expect(COLON);
            orelse = block("'else' statement", prevEnd() - 1);
        }
        return new Stmt.If(blockRange(s), test, body, orelse);
    }

    private Stmt whileStmt() {
        int s = start();
        advance();
        Expr test = namedExpression();
        expect(COLON);
        List<Stmt> body = block("'while' statement", s);
        List<Stmt> orelse = List.of();
        if (eat(ELSE)) {
            expect(COLON);
            orelse = block("'else' statement", prevEnd() - 1);
        }
        return new Stmt.While(blockRange(s), test, body, orelse);
    }

    private Stmt forStmt(int s, boolean isAsync) {
        expect(FOR);
        Expr target = toTarget(starTargets(), ExprContext.STORE, "for");
        expect(IN);
        Expr iter = starExpressions();
        if (iter == lastBareTuple && ((Expr.Tuple) iter).elts().stream().anyMatch(e -> e instanceof Expr.Starred)) {
            feature(PythonFeature.UNPARENTHESIZED_STAR_FOR, iter.range());
        }
        expect(COLON);
        List<Stmt> body = block("'for' statement", s);
        List<Stmt> orelse = List.of();
        if (eat(ELSE)) {
            expect(COLON);
            orelse = block("'else' statement", prevEnd() - 1);
        }
        if (isAsync) {
            feature(PythonFeature.ASYNC_AWAIT, s, s + 5);
        }
        return new Stmt.For(blockRange(s), isAsync, target, iter, body,
                orelse);
    }

    /** star_targets: a comma list of targets, parsed without comparisons (so {@code in} ends it). */
    private Expr starTargets() {
        int s = start();
        Expr first = starTargetElement();
        if (!at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (eat(COMMA)) {
            if (at(IN) || at(EQUAL) || at(RPAR) || atStatementEnd()) {
                break;
            }
            elts.add(starTargetElement());
        }
        return new Expr.Tuple(r(s), List.copyOf(elts), ExprContext.LOAD);
    }

    private Expr starTargetElement() {
        if (at(STAR)) {
            int s = start();
            advance();
            Expr v = starTargetElement();
            return new Expr.Starred(r(s), v, ExprContext.LOAD);
        }
        return bitwiseOr();
    }

    private Stmt withStmt(int s, boolean isAsync) {
        expect(WITH);
        List<WithItem> items = null;
        if (at(LPAR)) {
            int save = p;
            long mark = diags.mark();
            boolean wasSpec = speculating;
            speculating = true;
            try {
                advance();
                List<WithItem> list = new ArrayList<>();
                boolean sawAs = false;
                do {
                    if (at(RPAR)) {
                        break;
                    }
                    WithItem wi = withItem();
                    sawAs |= wi.optionalVars().isPresent();
                    list.add(wi);
                } while (eat(COMMA));
                expect(RPAR);
                if (!at(COLON) || list.isEmpty()) {
                    throw FAIL;
                }
                speculating = wasSpec;
                items = list;
                if (sawAs) {
                    feature(PythonFeature.PARENTHESIZED_CONTEXT_MANAGERS, s, prevEnd());
                }
            } catch (Failure f) {
                p = save;
                diags.reset(mark);
                items = null;
            } finally {
                speculating = wasSpec;
            }
            if (items != null) {
                // re-parse for real so that features/errors inside are recorded
                p = save;
                advance();
                List<WithItem> list = new ArrayList<>();
                do {
                    if (at(RPAR)) {
                        break;
                    }
                    list.add(withItem());
                } while (eat(COMMA));
                expect(RPAR);
                items = list;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (eat(COMMA));
        }
        expect(COLON);
        List<Stmt> body = block("'with' statement", s);
        if (isAsync) {
            feature(PythonFeature.ASYNC_AWAIT, s, s + 5);
        }
        return new Stmt.With(blockRange(s), isAsync, List.copyOf(items), body);
    }

    private WithItem withItem() {
        int s = start();
        Expr ctx = expression();
        Optional<Expr> vars = NO_EXPR;
        if (eat(AS)) {
            Expr t = starTargetElement();
            vars = Optional.of(toTarget(t, ExprContext.STORE, "with"));
        }
        return new WithItem(r(s), ctx, vars);
    }

    private Stmt tryStmt() {
        int s = start();
        advance();
        expect(COLON);
        List<Stmt> body = block("'try' statement", s);
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        boolean plain = false;
        boolean sawBare = false;
        while (at(EXCEPT)) {
            int hs = start();
            advance();
            boolean thisStar = false;
            if (at(STAR)) {
                advance();
                thisStar = true;
                feature(PythonFeature.EXCEPT_STAR, hs, prevEnd());
            }
            if (sawBare) {
                error("default 'except:' must be last", new TextRange(hs, hs + 6));
            }
            Optional<Expr> type = NO_EXPR;
            Optional<String> name = Optional.empty();
            if (!at(COLON)) {
                Expr t = expression();
                if (at(COMMA)) {
                    List<Expr> elts = new ArrayList<>();
                    elts.add(t);
                    while (eat(COMMA)) {
                        if (at(COLON)) {
                            break;
                        }
                        elts.add(expression());
                    }
                    TextRange tr = new TextRange(t.range().start(), prevEnd());
                    if (at(AS)) {
                        throw fail("multiple exception types must be parenthesized");
                    }
                    Expr second = elts.size() == 2 ? elts.get(1) : null;
                    // 'except A, b:' binds the exception to b in Python 2 and catches A or b in 3.14
                    // (PEP 758). A capitalized name or attribute (TypeError, errors.Timeout) names an
                    // exception class, which nobody binds to: that is the 3.14 form. A lower-case name
                    // (e, exc) or an unpacking/subscript target is the Python 2 binding.
                    boolean py2Target = second instanceof Expr.Name n && !capitalized(n.id())
                            || second instanceof Expr.Attribute a && !capitalized(a.attr())
                            || second instanceof Expr.Tuple || second instanceof Expr.List_
                            || second instanceof Expr.Subscript;
                    if (py2Target && !thisStar) {
                        feature(PythonFeature.EXCEPT_COMMA_NAME, tr);
                    } else {
                        feature(PythonFeature.UNPARENTHESIZED_EXCEPT, tr);
                    }
                    t = new Expr.Tuple(tr, List.copyOf(elts), ExprContext.LOAD);
                }
                type = Optional.of(t);
                if (eat(AS)) {
                    name = Optional.of(expectName());
                }
            } else if (thisStar) {
                throw fail("expected one or more exception types");
            } else {
                sawBare = true;
            }
            if (thisStar) {
                star = true;
            } else {
                plain = true;
            }
            expect(COLON);
            List<Stmt> hb = block(thisStar ? "'except*' statement" : "'except' statement", hs);
            handlers.add(new ExceptHandler(blockRange(hs), type, name, hb));
        }
        if (star && plain) {
            error("cannot have both 'except' and 'except*' on the same 'try'", new TextRange(s, s + 3));
        }
        List<Stmt> orelse = List.of();
        List<Stmt> fin = List.of();
        if (at(ELSE)) {
            if (handlers.isEmpty()) {
                throw fail("expected 'except' or 'finally' block");
            }
            advance();
            expect(COLON);
            orelse = block("'else' statement", prevEnd() - 1);
        }
        if (eat(FINALLY)) {
            expect(COLON);
            fin = block("'finally' statement", prevEnd() - 1);
        } else if (handlers.isEmpty()) {
            throw fail("expected 'except' or 'finally' block");
        }
        return new Stmt.Try(blockRange(s), star, body, List.copyOf(handlers), orelse, fin);
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        int s = start();
        while (at(AT)) {
            advance();
            Expr d = namedExpression();
            if (!isClassicDecorator(d)) {
                feature(PythonFeature.RELAXED_DECORATORS, d.range());
            }
            decorators.add(d);
            if (!eat(NEWLINE)) {
                throw fail("invalid syntax");
            }
        }
        List<Expr> ds = List.copyOf(decorators);
        int defStart = start();
        if (at(DEF)) {
            return funcDef(defStart, ds, false);
        }
        if (at(ASYNC) && kind(1) == DEF) {
            advance();
            return funcDef(defStart, ds, true);
        }
        if (at(CLASS)) {
            return classDef(defStart, ds);
        }
        throw fail("invalid syntax");
    }

    /** Whether an identifier starts with an upper-case letter, as exception class names do. */
    private static boolean capitalized(String id) {
        return !id.isEmpty() && Character.isUpperCase(id.codePointAt(0));
    }

    private static boolean isClassicDecorator(Expr d) {
        Expr e = d;
        if (e instanceof Expr.Call c) {
            e = c.func();
        }
        while (e instanceof Expr.Attribute a) {
            e = a.value();
        }
        return e instanceof Expr.Name;
    }

    private Stmt funcDef(int s, List<Expr> decorators, boolean isAsync) {
        int defStart = start();
        expect(DEF);
        String name = expectName();
        List<TypeParam> tps = at(LSQB) ? typeParams() : List.of();
        if (!at(LPAR)) {
            throw fail("expected '('");
        }
        advance();
        Arguments args = parameters(RPAR, true, defStart);
        expect(RPAR);
        Optional<Expr> returns = NO_EXPR;
        if (eat(RARROW)) {
            Expr ret = expression();
            feature(PythonFeature.FUNCTION_ANNOTATIONS, ret.range());
            returns = Optional.of(ret);
        }
        expect(COLON);
        List<Stmt> body = block("function definition", defStart);
        if (isAsync) {
            feature(PythonFeature.ASYNC_AWAIT, defStart - 6 >= 0 ? defStart - 6 : defStart, defStart);
        }
        return new Stmt.FunctionDef(blockRange(s), isAsync, name, args, body,
                decorators, returns, tps);
    }

    private Stmt classDef(int s, List<Expr> decorators) {
        expect(CLASS);
        String name = expectName();
        List<TypeParam> tps = at(LSQB) ? typeParams() : List.of();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (at(LPAR)) {
            advance();
            List<Expr> b = new ArrayList<>();
            List<Keyword> kw = new ArrayList<>();
            callArguments(b, kw);
            expect(RPAR);
            bases = List.copyOf(b);
            keywords = List.copyOf(kw);
            if (!keywords.isEmpty() || bases.stream().anyMatch(x -> x instanceof Expr.Starred)) {
                feature(PythonFeature.CLASS_KEYWORDS, s, prevEnd());
            }
        }
        expect(COLON);
        List<Stmt> body = block("class definition", s);
        return new Stmt.ClassDef(blockRange(s), name, bases, keywords, body, decorators,
                tps);
    }

    private List<TypeParam> typeParams() {
        int s = start();
        expect(LSQB);
        List<TypeParam> list = new ArrayList<>();
        boolean sawDefault = false;
        do {
            if (at(RSQB)) {
                break;
            }
            int ps = start();
            if (eat(STAR)) {
                String n = expectName();
                Optional<Expr> def = NO_EXPR;
                if (eat(EQUAL)) {
                    def = Optional.of(at(STAR) ? starredExpression() : expression());
                }
                sawDefault = checkTypeDefault(def, sawDefault, ps);
                list.add(new TypeParam.TypeVarTuple(r(ps), n, def));
            } else if (eat(DOUBLESTAR)) {
                String n = expectName();
                Optional<Expr> def = NO_EXPR;
                if (eat(EQUAL)) {
                    def = Optional.of(expression());
                }
                sawDefault = checkTypeDefault(def, sawDefault, ps);
                list.add(new TypeParam.ParamSpec(r(ps), n, def));
            } else {
                String n = expectName();
                Optional<Expr> bound = NO_EXPR;
                if (eat(COLON)) {
                    bound = Optional.of(expression());
                }
                Optional<Expr> def = NO_EXPR;
                if (eat(EQUAL)) {
                    def = Optional.of(expression());
                }
                sawDefault = checkTypeDefault(def, sawDefault, ps);
                list.add(new TypeParam.TypeVar(r(ps), n, bound, def));
            }
        } while (eat(COMMA));
        expect(RSQB);
        if (list.isEmpty()) {
            error("Type parameter list cannot be empty", r(s));
        }
        feature(PythonFeature.TYPE_PARAMETERS, r(s));
        return List.copyOf(list);
    }

    private boolean checkTypeDefault(Optional<Expr> def, boolean sawDefault, int ps) {
        if (def.isPresent()) {
            feature(PythonFeature.TYPE_PARAMETER_DEFAULTS, r(ps));
            return true;
        }
        if (sawDefault) {
            error("non-default type parameter follows default type parameter", r(ps));
        }
        return sawDefault;
    }

    /** Parameters up to (not including) {@code close}: RPAR for def, COLON for lambda. */
    private Arguments parameters(TokenKind close, boolean annotations, int defStart) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Optional<Arg> vararg = Optional.empty();
        List<Arg> kwonly = new ArrayList<>();
        List<Optional<Expr>> kwDefaults = new ArrayList<>();
        Optional<Arg> kwarg = Optional.empty();
        boolean sawStar = false;
        boolean sawSlash = false;
        int s0 = start();
        while (!at(close)) {
            int s = start();
            if (kwarg.isPresent()) {
                throw fail("arguments cannot follow var-keyword argument");
            }
            if (at(SLASH)) {
                advance();
                if (sawSlash) {
                    throw failAt("/ may appear only once", s, s + 1);
                }
                if (sawStar) {
                    throw failAt("/ must be ahead of *", s, s + 1);
                }
                if (args.isEmpty()) {
                    throw failAt("at least one argument must precede /", s, s + 1);
                }
                sawSlash = true;
                posonly.addAll(args);
                args.clear();
                feature(PythonFeature.POSITIONAL_ONLY_PARAMETERS, s, s + 1);
            } else if (at(STAR)) {
                advance();
                if (sawStar) {
                    throw failAt("* argument may appear only once", s, s + 1);
                }
                sawStar = true;
                if (at(COMMA) || at(close)) {
                    if (at(close) || kind(1) == close || kind(1) == DOUBLESTAR) {
                        throw failAt("named arguments must follow bare *", s, s + 1);
                    }
                    feature(PythonFeature.KEYWORD_ONLY_PARAMETERS, s, s + 1);
                } else {
                    vararg = Optional.of(param(annotations, true));
                }
            } else if (at(DOUBLESTAR)) {
                advance();
                kwarg = Optional.of(param(annotations, false));
                if (at(EQUAL)) {
                    throw fail("var-keyword argument cannot have default value");
                }
            } else if (at(LPAR) && close == RPAR) {
                // Python 2 tuple parameter
                int ps = start();
                skipBalanced();
                feature(PythonFeature.TUPLE_PARAMETERS, r(ps));
                Arg a = new Arg(r(ps), new String(src, ps, prevEnd() - ps), NO_EXPR);
                if (eat(EQUAL)) {
                    defaults.add(expression());
                }
                args.add(a);
            } else {
                Arg a = param(annotations, false);
                if (sawStar) {
                    kwonly.add(a);
                    feature(PythonFeature.KEYWORD_ONLY_PARAMETERS, a.range());
                    if (eat(EQUAL)) {
                        kwDefaults.add(Optional.of(expression()));
                    } else {
                        kwDefaults.add(NO_EXPR);
                    }
                } else {
                    args.add(a);
                    if (eat(EQUAL)) {
                        defaults.add(expression());
                    } else if (!defaults.isEmpty()) {
                        throw failAt("parameter without a default follows parameter with a default",
                                a.range().start(), a.range().end());
                    }
                }
                if (at(EQUAL)) {
                    throw fail("invalid syntax");
                }
            }
            if (!eat(COMMA)) {
                break;
            }
        }
        if (!at(close)) {
            if (close == COLON && at(LPAR)) {
                throw fail("Lambda expression parameters cannot be parenthesized");
            }
            throw fail("invalid syntax");
        }
        if (sawStar && vararg.isEmpty() && kwonly.isEmpty()) {
            throw failAt("named arguments must follow bare *", s0, prevEnd());
        }
        checkDuplicateParams(posonly, args, vararg, kwonly, kwarg);
        return new Arguments(new TextRange(s0, Math.max(s0, prevEnd())), List.copyOf(posonly), List.copyOf(args),
                vararg, List.copyOf(kwonly), List.copyOf(kwDefaults), kwarg, List.copyOf(defaults));
    }

    private void skipBalanced() {
        int level = 0;
        do {
            if (at(LPAR)) {
                level++;
            } else if (at(RPAR)) {
                level--;
            } else if (at(NEWLINE) || at(ENDMARKER)) {
                throw fail("invalid syntax");
            }
            advance();
        } while (level > 0);
    }

    private void checkDuplicateParams(List<Arg> posonly, List<Arg> args, Optional<Arg> vararg, List<Arg> kwonly,
            Optional<Arg> kwarg) {
        List<Arg> all = new ArrayList<>(posonly);
        all.addAll(args);
        vararg.ifPresent(all::add);
        all.addAll(kwonly);
        kwarg.ifPresent(all::add);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Arg a : all) {
            if (!seen.add(a.arg())) {
                error("duplicate argument '" + a.arg() + "' in function definition", a.range());
            }
        }
    }

    private Arg param(boolean annotations, boolean star) {
        int s = start();
        String name = expectName();
        Optional<Expr> ann = NO_EXPR;
        if (annotations && eat(COLON)) {
            if (star && at(STAR)) {
                Expr st = starredExpression();
                feature(PythonFeature.STARRED_ANNOTATION, st.range());
                ann = Optional.of(st);
            } else {
                ann = Optional.of(expression());
            }
            feature(PythonFeature.FUNCTION_ANNOTATIONS, ann.get().range());
        }
        return new Arg(new TextRange(s, prevEnd()), name, ann);
    }

    // ------------------------------------------------------------------ match statement

    private Stmt tryMatch() {
        int save = p;
        long mark = diags.mark();
        boolean wasSpec = speculating;
        int s = start();
        Expr subject;
        speculating = true;
        try {
            advance();
            subject = matchSubject();
            if (!at(COLON)) {
                throw FAIL;
            }
        } catch (Failure f) {
            p = save;
            diags.reset(mark);
            speculating = wasSpec;
            return null;
        }
        speculating = wasSpec;
        // committed: re-parse the subject for real
        p = save;
        advance();
        subject = matchSubject();
        expect(COLON);
        if (!eat(NEWLINE) || !eat(INDENT)) {
            throw fail("expected an indented block");
        }
        List<MatchCase> cases = new ArrayList<>();
        enter();
        try {
            while (atName(idCase)) {
                cases.add(caseBlock());
            }
        } finally {
            leave();
        }
        if (cases.isEmpty()) {
            throw fail("invalid syntax");
        }
        if (!eat(DEDENT) && !at(ENDMARKER)) {
            throw fail("invalid syntax");
        }
        MatchCase last = cases.get(cases.size() - 1);
        feature(PythonFeature.MATCH_STATEMENT, s, s + 5);
        lastStmtEnd = last.range().end();
        return new Stmt.Match(new TextRange(s, last.range().end()), subject, List.copyOf(cases));
    }

    private Expr matchSubject() {
        int s = start();
        Expr first = at(STAR) ? starredExpression() : namedExpression();
        if (!at(COMMA)) {
            if (first instanceof Expr.Starred) {
                throw fail("invalid syntax");
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (eat(COMMA)) {
            if (at(COLON)) {
                break;
            }
            elts.add(at(STAR) ? starredExpression() : namedExpression());
        }
        return new Expr.Tuple(r(s), List.copyOf(elts), ExprContext.LOAD);
    }

    private MatchCase caseBlock() {
        int s = start();
        advance(); // case
        Pattern pat = patterns();
        Optional<Expr> guard = NO_EXPR;
        if (eat(IF)) {
            guard = Optional.of(namedExpression());
        }
        expect(COLON);
        List<Stmt> body = block("'case' statement", s);
        return new MatchCase(blockRange(s), pat, guard, body);
    }

    private Pattern patterns() {
        int s = start();
        Pattern first = maybeStarPattern();
        if (!at(COMMA)) {
            if (first instanceof Pattern.MatchStar) {
                return new Pattern.MatchSequence(r(s), List.of(first));
            }
            return first;
        }
        List<Pattern> list = new ArrayList<>();
        list.add(first);
        while (eat(COMMA)) {
            if (at(COLON) || at(IF)) {
                break;
            }
            list.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(r(s), List.copyOf(list));
    }

    private Pattern maybeStarPattern() {
        if (at(STAR)) {
            int s = start();
            advance();
            String n = expectName();
            return new Pattern.MatchStar(r(s), n.equals("_") ? Optional.empty() : Optional.of(n));
        }
        return asPattern();
    }

    private Pattern asPattern() {
        enter();
        try {
            int s = start();
            Pattern or = orPattern();
            if (eat(AS)) {
                int ns = start();
                String n = expectName();
                if (n.equals("_")) {
                    throw failAt("cannot use '_' as a target", ns, prevEnd());
                }
                return new Pattern.MatchAs(r(s), Optional.of(or), Optional.of(n));
            }
            return or;
        } finally {
            leave();
        }
    }

    private Pattern orPattern() {
        int s = start();
        Pattern first = closedPattern();
        if (!at(VBAR)) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (eat(VBAR)) {
            alts.add(closedPattern());
        }
        return new Pattern.MatchOr(r(s), List.copyOf(alts));
    }

    private Pattern closedPattern() {
        int s = start();
        switch (kind()) {
            case NONE -> {
                advance();
                return new Pattern.MatchSingleton(r(s), new ConstantValue.None());
            }
            case TRUE, FALSE -> {
                boolean v = at(TRUE);
                advance();
                return new Pattern.MatchSingleton(r(s), new ConstantValue.Bool(v));
            }
            case NUMBER, MINUS -> {
                Expr num = signedNumberPattern();
                return new Pattern.MatchValue(r(s), num);
            }
            case STRING, FSTRING_START, TSTRING_START -> {
                Expr str = strings();
                if (str instanceof Expr.JoinedStr || str instanceof Expr.TemplateStr) {
                    throw failAt("patterns may only match literals and attribute lookups", s, prevEnd());
                }
                return new Pattern.MatchValue(r(s), str);
            }
            case LPAR -> {
                advance();
                if (eat(RPAR)) {
                    return new Pattern.MatchSequence(r(s), List.of());
                }
                Pattern first = maybeStarPattern();
                if (at(RPAR) && !(first instanceof Pattern.MatchStar)) {
                    advance();
                    return first; // group pattern keeps the inner range
                }
                List<Pattern> list = new ArrayList<>();
                list.add(first);
                while (eat(COMMA)) {
                    if (at(RPAR)) {
                        break;
                    }
                    list.add(maybeStarPattern());
                }
                expect(RPAR);
                return new Pattern.MatchSequence(r(s), List.copyOf(list));
            }
            case LSQB -> {
                advance();
                List<Pattern> list = new ArrayList<>();
                while (!at(RSQB)) {
                    list.add(maybeStarPattern());
                    if (!eat(COMMA)) {
                        break;
                    }
                }
                expect(RSQB);
                return new Pattern.MatchSequence(r(s), List.copyOf(list));
            }
            case LBRACE -> {
                return mappingPattern();
            }
            case NAME -> {
                int ns = start();
                String n = nameText(p);
                advance();
                if (!at(DOT) && !at(LPAR)) {
                    if (n.equals("_")) {
                        return new Pattern.MatchAs(r(s), Optional.empty(), Optional.empty());
                    }
                    return new Pattern.MatchAs(r(s), Optional.empty(), Optional.of(n));
                }
                Expr e = new Expr.Name(r(ns), n, ExprContext.LOAD);
                while (eat(DOT)) {
                    String attr = expectName();
                    e = new Expr.Attribute(r(ns), e, attr, ExprContext.LOAD);
                }
                if (at(LPAR)) {
                    return classPattern(s, e);
                }
                return new Pattern.MatchValue(r(s), e);
            }
            default -> throw fail("invalid syntax");
        }
    }

    private Expr signedNumberPattern() {
        int s = start();
        boolean neg = eat(MINUS);
        if (!at(NUMBER)) {
            throw fail("invalid syntax");
        }
        Expr num = number();
        if (neg) {
            num = new Expr.UnaryOp(r(s), UnaryOperator.USUB, num);
        }
        if (at(PLUS) || at(MINUS)) {
            Operator op = at(PLUS) ? Operator.ADD : Operator.SUB;
            advance();
            if (!at(NUMBER)) {
                throw fail("invalid syntax");
            }
            Expr imag = number();
            if (!(((Expr.Constant) imag).value() instanceof ConstantValue.Complex)) {
                throw failAt("imaginary number required in complex literal", imag.range().start(),
                        imag.range().end());
            }
            if (num instanceof Expr.Constant c && c.value() instanceof ConstantValue.Complex
                    || num instanceof Expr.UnaryOp u && u.operand() instanceof Expr.Constant uc
                    && uc.value() instanceof ConstantValue.Complex) {
                throw failAt("real number required in complex literal", num.range().start(), num.range().end());
            }
            return new Expr.BinOp(r(s), num, op, imag);
        }
        return num;
    }

    private Pattern mappingPattern() {
        int s = start();
        expect(LBRACE);
        List<Expr> keys = new ArrayList<>();
        List<Pattern> pats = new ArrayList<>();
        Optional<String> rest = Optional.empty();
        while (!at(RBRACE)) {
            if (eat(DOUBLESTAR)) {
                rest = Optional.of(expectName());
                eat(COMMA);
                break;
            }
            int ks = start();
            Expr key;
            if (at(NONE) || at(TRUE) || at(FALSE)) {
                key = atom();
            } else if (at(NUMBER) || at(MINUS)) {
                key = signedNumberPattern();
            } else if (at(STRING)) {
                key = strings();
            } else if (at(NAME)) {
                Expr e = new Expr.Name(new TextRange(ks, te[p]), nameText(p), ExprContext.LOAD);
                advance();
                if (!at(DOT)) {
                    throw fail("invalid syntax");
                }
                while (eat(DOT)) {
                    String attr = expectName();
                    e = new Expr.Attribute(r(ks), e, attr, ExprContext.LOAD);
                }
                key = e;
            } else {
                throw fail("invalid syntax");
            }
            keys.add(key);
            expect(COLON);
            pats.add(asPattern());
            if (!eat(COMMA)) {
                break;
            }
        }
        expect(RBRACE);
        return new Pattern.MatchMapping(r(s), List.copyOf(keys), List.copyOf(pats), rest);
    }

    private Pattern classPattern(int s, Expr cls) {
        expect(LPAR);
        List<Pattern> pats = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Pattern> kwPats = new ArrayList<>();
        while (!at(RPAR)) {
            if (at(NAME) && kind(1) == EQUAL) {
                kwNames.add(expectName());
                advance();
                kwPats.add(asPattern());
            } else {
                if (!kwNames.isEmpty()) {
                    throw fail("positional patterns follow keyword patterns");
                }
                pats.add(asPattern());
            }
            if (!eat(COMMA)) {
                break;
            }
        }
        expect(RPAR);
        return new Pattern.MatchClass(r(s), cls, List.copyOf(pats), List.copyOf(kwNames), List.copyOf(kwPats));
    }

    // ------------------------------------------------------------------ expressions

    private static boolean startsExpression(TokenKind t) {
        return switch (t) {
            case NAME, NUMBER, STRING, FSTRING_START, TSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT,
                    LAMBDA, AWAIT, NONE, TRUE, FALSE, ELLIPSIS, STAR, BACKQUOTE, YIELD -> true;
            default -> false;
        };
    }

    /** star_expressions: a possibly-unparenthesized tuple whose elements may be starred. */
    private Expr starExpressions() {
        int s = start();
        Expr first = at(STAR) ? starredExpression() : expression();
        if (!at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (eat(COMMA)) {
            if (!startsExpression(kind()) || at(YIELD)) {
                break;
            }
            elts.add(at(STAR) ? starredExpression() : expression());
        }
        Expr.Tuple t = new Expr.Tuple(r(s), List.copyOf(elts), ExprContext.LOAD);
        lastBareTuple = t;
        return t;
    }

    private Expr starredExpression() {
        int s = start();
        expect(STAR);
        Expr v = bitwiseOr();
        return new Expr.Starred(r(s), v, ExprContext.LOAD);
    }

    /** star_named_expression. */
    private Expr starNamedExpression() {
        return at(STAR) ? starredExpression() : namedExpression();
    }

    private Expr namedExpression() {
        if (at(NAME) && kind(1) == COLONEQUAL) {
            int s = start();
            String n = nameText(p);
            advance();
            Expr target = new Expr.Name(r(s), n, ExprContext.STORE);
            int opStart = start();
            advance();
            Expr value = expression();
            feature(PythonFeature.WALRUS, opStart, opStart + 2);
            return new Expr.NamedExpr(r(s), target, value);
        }
        Expr e = expression();
        if (at(COLONEQUAL)) {
            throw failAt("cannot use assignment expressions with " + exprName(e), e.range().start(),
                    e.range().end());
        }
        return e;
    }

    private Expr expression() {
        enter();
        try {
            if (at(LAMBDA)) {
                return lambda();
            }
            int s = start();
            Expr body = disjunction();
            if (at(IF)) {
                advance();
                Expr test = disjunction();
                if (!at(ELSE)) {
                    throw fail("expected 'else' after 'if' expression");
                }
                advance();
                Expr orelse = expression();
                return new Expr.IfExp(r(s), test, body, orelse);
            }
            return body;
        } finally {
            leave();
        }
    }

    private Expr lambda() {
        int s = start();
        expect(LAMBDA);
        Arguments args = parameters(COLON, false, s);
        expect(COLON);
        Expr body = expression();
        return new Expr.Lambda(r(s), args, body);
    }

    private Expr disjunction() {
        int s = start();
        Expr first = conjunction();
        if (!at(OR)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (eat(OR)) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(r(s), BoolOperator.OR, List.copyOf(values));
    }

    private Expr conjunction() {
        int s = start();
        Expr first = inversion();
        if (!at(AND)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (eat(AND)) {
            values.add(inversion());
        }
        return new Expr.BoolOp(r(s), BoolOperator.AND, List.copyOf(values));
    }

    private Expr inversion() {
        if (!at(NOT)) {
            return comparison();
        }
        int mark = p;
        int count = 0;
        while (at(NOT)) {
            advance();
            count++;
        }
        unaryChain(count);
        Expr e = comparison();
        chain -= count;
        for (int i = count - 1; i >= 0; i--) {
            e = new Expr.UnaryOp(new TextRange(ts[mark + i], prevEnd()), UnaryOperator.NOT, e);
        }
        return e;
    }

    private Expr comparison() {
        int s = start();
        Expr left = bitwiseOr();
        List<CmpOperator> ops = null;
        List<Expr> comps = null;
        while (true) {
            CmpOperator op;
            switch (kind()) {
                case EQEQUAL -> op = CmpOperator.EQ;
                case NOTEQUAL -> op = CmpOperator.NOT_EQ;
                case LESSGREATER -> {
                    op = CmpOperator.NOT_EQ;
                    feature(PythonFeature.LESS_GREATER, ts[p], te[p]);
                }
                case LESS -> op = CmpOperator.LT;
                case LESSEQUAL -> op = CmpOperator.LT_E;
                case GREATER -> op = CmpOperator.GT;
                case GREATEREQUAL -> op = CmpOperator.GT_E;
                case IN -> op = CmpOperator.IN;
                case IS -> op = kind(1) == NOT ? CmpOperator.IS_NOT : CmpOperator.IS;
                case NOT -> {
                    if (kind(1) != IN) {
                        op = null;
                    } else {
                        op = CmpOperator.NOT_IN;
                    }
                }
                default -> op = null;
            }
            if (op == null) {
                break;
            }
            advance();
            if (op == CmpOperator.IS_NOT || op == CmpOperator.NOT_IN) {
                advance();
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comps = new ArrayList<>();
            }
            ops.add(op);
            comps.add(bitwiseOr());
        }
        if (ops == null) {
            return left;
        }
        return new Expr.Compare(r(s), left, List.copyOf(ops), List.copyOf(comps));
    }

    private static int precedence(TokenKind t) {
        return switch (t) {
            case VBAR -> 1;
            case CIRCUMFLEX -> 2;
            case AMPER -> 3;
            case LEFTSHIFT, RIGHTSHIFT -> 4;
            case PLUS, MINUS -> 5;
            case STAR, SLASH, DOUBLESLASH, PERCENT, AT -> 6;
            default -> 0;
        };
    }

    private static Operator binop(TokenKind t) {
        return switch (t) {
            case VBAR -> Operator.BIT_OR;
            case CIRCUMFLEX -> Operator.BIT_XOR;
            case AMPER -> Operator.BIT_AND;
            case LEFTSHIFT -> Operator.LSHIFT;
            case RIGHTSHIFT -> Operator.RSHIFT;
            case PLUS -> Operator.ADD;
            case MINUS -> Operator.SUB;
            case STAR -> Operator.MULT;
            case SLASH -> Operator.DIV;
            case DOUBLESLASH -> Operator.FLOOR_DIV;
            case PERCENT -> Operator.MOD;
            default -> Operator.MAT_MULT;
        };
    }

    private Expr bitwiseOr() {
        return binary(1);
    }

    private Expr binary(int minPrec) {
        int s = start();
        Expr left = factor();
        int added = 0;
        while (true) {
            int prec = precedence(kind());
            if (prec == 0 || prec < minPrec) {
                chain -= added;
                return left;
            }
            grow(1);
            added++;
            Operator op = binop(kind());
            if (op == Operator.MAT_MULT) {
                feature(PythonFeature.MATRIX_MULTIPLICATION, ts[p], te[p]);
            }
            advance();
            Expr right = binary(prec + 1);
            left = new Expr.BinOp(r(s), left, op, right);
        }
    }

    private Expr factor() {
        TokenKind t = kind();
        if (t != PLUS && t != MINUS && t != TILDE) {
            return power();
        }
        int mark = p;
        int count = 0;
        while (at(PLUS) || at(MINUS) || at(TILDE)) {
            advance();
            count++;
        }
        unaryChain(count);
        Expr e = power();
        chain -= count;
        for (int i = count - 1; i >= 0; i--) {
            UnaryOperator op = k[mark + i] == PLUS ? UnaryOperator.UADD
                    : k[mark + i] == MINUS ? UnaryOperator.USUB : UnaryOperator.INVERT;
            e = new Expr.UnaryOp(new TextRange(ts[mark + i], prevEnd()), op, e);
        }
        return e;
    }

    private void unaryChain(int count) {
        if (count > MAX_UNARY_CHAIN) {
            throw fail("too many nested unary operators: Python source too complex to parse");
        }
        grow(count);
    }

    private Expr power() {
        int s = start();
        Expr base = awaitPrimary();
        if (!at(DOUBLESTAR)) {
            return base;
        }
        advance();
        enter();
        try {
            Expr exp = factor();
            return new Expr.BinOp(r(s), base, Operator.POW, exp);
        } finally {
            leave();
        }
    }

    private Expr awaitPrimary() {
        if (at(AWAIT)) {
            TokenKind next = kind(1);
            if (startsExpression(next) && next != STAR && next != YIELD && next != NOT && next != LAMBDA
                    && next != MINUS && next != PLUS && next != TILDE || next == AWAIT) {
                int s = start();
                advance();
                enter();
                try {
                    Expr v = at(AWAIT) ? awaitPrimary() : primary();
                    feature(PythonFeature.ASYNC_AWAIT, s, s + 5);
                    return new Expr.Await(r(s), v);
                } finally {
                    leave();
                }
            }
        }
        return primary();
    }

    private Expr primary() {
        int s = start();
        Expr e = atom();
        int added = 0;
        try {
            while (true) {
                switch (kind()) {
                    case DOT -> {
                        grow(1);
                        added++;
                        advance();
                        String attr = expectName();
                        e = new Expr.Attribute(r(s), e, attr, ExprContext.LOAD);
                    }
                    case LPAR -> {
                        grow(1);
                        added++;
                        advance();
                        List<Expr> args = new ArrayList<>();
                        List<Keyword> kws = new ArrayList<>();
                        callArguments(args, kws);
                        expect(RPAR);
                        e = new Expr.Call(r(s), e, List.copyOf(args), List.copyOf(kws));
                    }
                    case LSQB -> {
                        grow(1);
                        added++;
                        advance();
                        Expr slice = slices();
                        expect(RSQB);
                        e = new Expr.Subscript(r(s), e, slice, ExprContext.LOAD);
                    }
                    default -> {
                        return e;
                    }
                }
            }
        } finally {
            chain -= added;
        }
    }

    private void callArguments(List<Expr> args, List<Keyword> kws) {
        enter();
        try {
            boolean sawKeyword = false;
            boolean sawDoubleStar = false;
            int stars = 0;
            boolean positionalAfterStar = false;
            while (!at(RPAR)) {
                int s = start();
                int si = p;
                if (at(STAR)) {
                    advance();
                    Expr sv = expression();
                    Expr st = new Expr.Starred(r(s), sv, ExprContext.LOAD);
                    if (sawDoubleStar) {
                        error("iterable argument unpacking follows keyword argument unpacking", st.range());
                    }
                    stars++;
                    args.add(st);
                } else if (at(DOUBLESTAR)) {
                    advance();
                    Expr v = expression();
                    if (sawDoubleStar) {
                        feature(PythonFeature.UNPACKING_GENERALIZATIONS, r(s));
                    }
                    sawDoubleStar = true;
                    kws.add(new Keyword(r(s), Optional.empty(), v));
                } else if ((at(NAME) || at(ASYNC) || at(AWAIT)) && kind(1) == EQUAL) {
                    String n = expectName();
                    advance();
                    Expr v = expression();
                    sawKeyword = true;
                    kws.add(new Keyword(r(s), Optional.of(n), v));
                } else {
                    Expr e = namedExpression();
                    if (at(FOR) || at(ASYNC) && kind(1) == FOR) {
                        List<Comprehension> gens = comprehensionClauses();
                        boolean sole = args.isEmpty() && kws.isEmpty() && at(RPAR) && si > 0 && k[si - 1] == LPAR;
                        e = new Expr.GeneratorExp(sole ? new TextRange(ts[si - 1], te[p]) : r(s), e, gens);
                        if (!args.isEmpty() || !kws.isEmpty() || at(COMMA) && kind(1) != RPAR) {
                            throw failAt("Generator expression must be parenthesized", s, prevEnd());
                        }
                        if (at(COMMA)) {
                            feature(PythonFeature.GENEXP_TRAILING_COMMA, s, te[p]);
                        }
                    } else if (at(EQUAL)) {
                        if (e instanceof Expr.Name nm && k[si] == LPAR) {
                            feature(PythonFeature.PARENTHESIZED_KEYWORD_NAME, r(s));
                            advance();
                            Expr v = expression();
                            kws.add(new Keyword(r(s), Optional.of(nm.id()), v));
                            sawKeyword = true;
                            if (!eat(COMMA)) {
                                break;
                            }
                            continue;
                        }
                        throw failAt("expression cannot contain assignment, perhaps you meant \"==\"?", s,
                                prevEnd());
                    }
                    if (sawDoubleStar) {
                        error("positional argument follows keyword argument unpacking", e.range());
                    } else if (sawKeyword) {
                        error("positional argument follows keyword argument", e.range());
                    }
                    if (stars > 0) {
                        positionalAfterStar = true;
                    }
                    args.add(e);
                }
                if (!eat(COMMA)) {
                    break;
                }
            }
            if (stars > 1 || positionalAfterStar) {
                feature(PythonFeature.UNPACKING_GENERALIZATIONS, args.get(0).range().start(), prevEnd());
            }
        } finally {
            leave();
        }
    }

    private Expr slices() {
        int s = start();
        Expr first = slice();
        if (!at(COMMA)) {
            if (first instanceof Expr.Starred) {
                feature(PythonFeature.STARRED_SUBSCRIPT, first.range());
                return new Expr.Tuple(first.range(), List.of(first), ExprContext.LOAD);
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (eat(COMMA)) {
            if (at(RSQB)) {
                break;
            }
            elts.add(slice());
        }
        for (Expr e : elts) {
            if (e instanceof Expr.Starred) {
                feature(PythonFeature.STARRED_SUBSCRIPT, e.range());
            }
        }
        return new Expr.Tuple(r(s), List.copyOf(elts), ExprContext.LOAD);
    }

    private Expr slice() {
        int s = start();
        if (at(STAR)) {
            return starredExpression();
        }
        Optional<Expr> lower = NO_EXPR;
        if (!at(COLON)) {
            Expr e = namedExpression();
            if (!at(COLON)) {
                if (e instanceof Expr.NamedExpr && e.range().start() == s) {
                    feature(PythonFeature.UNPARENTHESIZED_WALRUS_SET_INDEX, e.range());
                }
                return e;
            }
            if (e instanceof Expr.NamedExpr) {
                throw fail("invalid syntax");
            }
            lower = Optional.of(e);
        }
        expect(COLON);
        Optional<Expr> upper = NO_EXPR;
        if (!at(COLON) && !at(COMMA) && !at(RSQB)) {
            upper = Optional.of(expression());
        }
        Optional<Expr> step = NO_EXPR;
        if (eat(COLON)) {
            if (!at(COMMA) && !at(RSQB)) {
                step = Optional.of(expression());
            }
        }
        return new Expr.Slice(r(s), lower, upper, step);
    }

    private Expr atom() {
        int s = start();
        switch (kind()) {
            case NAME -> {
                String n = nameText(p);
                advance();
                return new Expr.Name(r(s), n, ExprContext.LOAD);
            }
            case NUMBER -> {
                return number();
            }
            case STRING, FSTRING_START, TSTRING_START -> {
                return strings();
            }
            case NONE -> {
                advance();
                return new Expr.Constant(r(s), new ConstantValue.None(), Optional.empty());
            }
            case TRUE, FALSE -> {
                boolean v = at(TRUE);
                advance();
                return new Expr.Constant(r(s), new ConstantValue.Bool(v), Optional.empty());
            }
            case ELLIPSIS -> {
                advance();
                return new Expr.Constant(r(s), new ConstantValue.Ellipsis(), Optional.empty());
            }
            case LPAR -> {
                return parenthesized();
            }
            case LSQB -> {
                return listDisplay();
            }
            case LBRACE -> {
                return braceDisplay();
            }
            case BACKQUOTE -> {
                advance();
                enter();
                try {
                    Expr v = starExpressionsNoBackquote();
                    expect(BACKQUOTE);
                    feature(PythonFeature.BACKQUOTE_REPR, r(s));
                    return new Expr.Repr(r(s), v);
                } finally {
                    leave();
                }
            }
            case ASYNC, AWAIT -> {
                String n = at(ASYNC) ? "async" : "await";
                advance();
                feature(PythonFeature.ASYNC_AWAIT_IDENTIFIER, r(s));
                return new Expr.Name(r(s), n, ExprContext.LOAD);
            }
            case YIELD -> throw fail("invalid syntax");
            case UNKNOWN -> throw FAIL;
            case INDENT -> throw fail("unexpected indent");
            case NEWLINE, ENDMARKER -> throw fail("invalid syntax");
            default -> throw fail("invalid syntax");
        }
    }

    private Expr starExpressionsNoBackquote() {
        int s = start();
        Expr first = expression();
        if (!at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (eat(COMMA)) {
            if (at(BACKQUOTE)) {
                break;
            }
            elts.add(expression());
        }
        return new Expr.Tuple(r(s), List.copyOf(elts), ExprContext.LOAD);
    }

    private Expr parenthesized() {
        int s = start();
        expect(LPAR);
        enter();
        try {
            if (eat(RPAR)) {
                return new Expr.Tuple(r(s), List.of(), ExprContext.LOAD);
            }
            if (at(YIELD)) {
                Expr y = yieldExpr();
                expect(RPAR);
                return y;
            }
            Expr first = starNamedExpression();
            if (at(FOR) || at(ASYNC) && kind(1) == FOR) {
                if (first instanceof Expr.Starred) {
                    feature(PythonFeature.COMPREHENSION_UNPACKING, first.range());
                }
                List<Comprehension> gens = comprehensionClauses();
                expect(RPAR);
                return new Expr.GeneratorExp(r(s), first, gens);
            }
            if (eat(RPAR)) {
                if (first instanceof Expr.Starred) {
                    throw failAt("cannot use starred expression here", first.range().start(),
                            first.range().end());
                }
                return first;
            }
            if (!at(COMMA)) {
                if (at(EQUAL) && first instanceof Expr.Name) {
                    throw fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                expect(RPAR);
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (eat(COMMA)) {
                if (at(RPAR)) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            expect(RPAR);
            return new Expr.Tuple(r(s), List.copyOf(elts), ExprContext.LOAD);
        } finally {
            leave();
        }
    }

    private Expr listDisplay() {
        int s = start();
        expect(LSQB);
        enter();
        try {
            if (eat(RSQB)) {
                return new Expr.List_(r(s), List.of(), ExprContext.LOAD);
            }
            Expr first = starNamedExpression();
            if (at(FOR) || at(ASYNC) && kind(1) == FOR) {
                if (first instanceof Expr.Starred) {
                    feature(PythonFeature.COMPREHENSION_UNPACKING, first.range());
                }
                List<Comprehension> gens = comprehensionClauses();
                expect(RSQB);
                return new Expr.ListComp(r(s), first, gens);
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (eat(COMMA)) {
                if (at(RSQB)) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            expect(RSQB);
            return new Expr.List_(r(s), List.copyOf(elts), ExprContext.LOAD);
        } finally {
            leave();
        }
    }

    private Expr braceDisplay() {
        int s = start();
        expect(LBRACE);
        enter();
        try {
            if (eat(RBRACE)) {
                return new Expr.Dict(r(s), List.of(), List.of());
            }
            if (at(DOUBLESTAR) && dictUnpackComprehensionAhead()) {
                int ds = start();
                advance();
                Expr unpacked = bitwiseOr();
                feature(PythonFeature.COMPREHENSION_UNPACKING, r(ds));
                List<Comprehension> gens = comprehensionClauses();
                expect(RBRACE);
                return new Expr.DictComp(r(s), unpacked, Optional.empty(), gens);
            }
            if (at(DOUBLESTAR)) {
                return dictRest(s, null, null);
            }
            int firstTok = p;
            Expr first = starNamedExpression();
            if (at(COLON) && !(first instanceof Expr.Starred)) {
                advance();
                if (first instanceof Expr.NamedExpr && k[firstTok] != LPAR) {
                    throw fail("invalid syntax");
                }
                Expr value = expression();
                if (at(FOR) || at(ASYNC) && kind(1) == FOR) {
                    List<Comprehension> gens = comprehensionClauses();
                    expect(RBRACE);
                    return new Expr.DictComp(r(s), first, Optional.of(value), gens);
                }
                return dictRest(s, first, value);
            }
            if (at(FOR) || at(ASYNC) && kind(1) == FOR) {
                if (first instanceof Expr.Starred) {
                    feature(PythonFeature.COMPREHENSION_UNPACKING, first.range());
                }
                List<Comprehension> gens = comprehensionClauses();
                expect(RBRACE);
                return new Expr.SetComp(r(s), first, gens);
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (eat(COMMA)) {
                if (at(RBRACE)) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            expect(RBRACE);
            for (Expr e : elts) {
                if (e instanceof Expr.NamedExpr) {
                    feature(PythonFeature.UNPARENTHESIZED_WALRUS_SET_INDEX, e.range());
                }
            }
            return new Expr.Set(r(s), List.copyOf(elts));
        } finally {
            leave();
        }
    }

    /** After <code>{</code> at {@code **}: whether a {@code for} follows the unpacked operand (PEP 798). */
    private boolean dictUnpackComprehensionAhead() {
        int save = p;
        long mark = diags.mark();
        boolean wasSpec = speculating;
        speculating = true;
        try {
            advance();
            bitwiseOr();
            return at(FOR) || at(ASYNC) && kind(1) == FOR;
        } catch (Failure f) {
            return false;
        } finally {
            speculating = wasSpec;
            diags.reset(mark);
            p = save;
        }
    }

    private Expr dictRest(int s, Expr firstKey, Expr firstValue) {
        List<Optional<Expr>> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean needComma = false;
        if (firstKey != null) {
            keys.add(Optional.of(firstKey));
            values.add(firstValue);
            needComma = true;
        }
        while (true) {
            if (needComma) {
                if (!eat(COMMA)) {
                    break;
                }
                if (at(RBRACE)) {
                    break;
                }
            }
            needComma = true;
            if (at(DOUBLESTAR)) {
                int ds = start();
                advance();
                Expr v = bitwiseOr();
                feature(PythonFeature.UNPACKING_GENERALIZATIONS, r(ds));
                keys.add(Optional.empty());
                values.add(v);
            } else {
                Expr key = expression();
                if (!at(COLON)) {
                    throw fail("':' expected after dictionary key");
                }
                advance();
                if (at(RBRACE) || at(COMMA)) {
                    throw fail("expression expected after dictionary key and ':'");
                }
                values.add(expression());
                keys.add(Optional.of(key));
            }
            if (at(FOR)) {
                throw fail("dict unpacking cannot be used in dict comprehension");
            }
        }
        expect(RBRACE);
        return new Expr.Dict(r(s), List.copyOf(keys), List.copyOf(values));
    }

    private List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (at(FOR) || at(ASYNC) && kind(1) == FOR) {
            int s = start();
            boolean isAsync = eat(ASYNC);
            if (isAsync) {
                feature(PythonFeature.ASYNC_COMPREHENSIONS, s, s + 5);
            }
            expect(FOR);
            Expr target = toTarget(starTargets(), ExprContext.STORE, "comprehension");
            expect(IN);
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (at(IF)) {
                advance();
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(r(s), target, iter, List.copyOf(ifs), isAsync));
        }
        return List.copyOf(gens);
    }

    private Expr yieldExpr() {
        int s = start();
        expect(YIELD);
        if (eat(FROM)) {
            Expr v = expression();
            feature(PythonFeature.YIELD_FROM, r(s));
            return new Expr.YieldFrom(r(s), v);
        }
        if (atStatementEnd() || at(RPAR) || at(RSQB) || at(RBRACE) || at(EQUAL) || at(COLON)) {
            return new Expr.Yield(r(s), NO_EXPR);
        }
        Expr v = starExpressions();
        if (v == lastBareTuple) {
            checkUnparenthesizedStar((Expr.Tuple) v);
        }
        return new Expr.Yield(r(s), Optional.of(v));
    }

    // ------------------------------------------------------------------ literals

    private Expr number() {
        int s = start();
        int e = te[p];
        advance();
        if (NumberParser.tooManyDigits(src, s, e)) {
            int digits = 0;
            for (int i = s; i < e; i++) {
                if (src[i] >= '0' && src[i] <= '9') {
                    digits++;
                }
            }
            error("Exceeds the limit (" + NumberParser.MAX_STR_DIGITS + " digits) for integer string conversion: "
                    + "value has " + digits + " digits; use sys.set_int_max_str_digits() to increase the limit - "
                    + "Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    new TextRange(s, e));
        }
        ConstantValue v = NumberParser.parse(src, s, e);
        return new Expr.Constant(r(s), v, Optional.empty());
    }

    private Expr strings() {
        return new StringParser(this).parse();
    }

    /** Longest string whose value is shared between equal literals of one file. */
    private static final int SHARED_STRING_MAX = 64;
    /** Values of the short string literals seen so far: generated data repeats its keys and enum-like values. */
    private final java.util.HashMap<String, ConstantValue.Str> strValues = new java.util.HashMap<>();

    /** The value of a str literal, shared with an equal earlier literal when short (values are immutable). */
    ConstantValue.Str strValue(String value, boolean surrogates) {
        if (surrogates || value.length() > SHARED_STRING_MAX) {
            return new ConstantValue.Str(value, surrogates);
        }
        ConstantValue.Str v = strValues.get(value);
        if (v == null) {
            v = new ConstantValue.Str(value, false);
            strValues.put(value, v);
        }
        return v;
    }

    // package-private access for StringParser
    TokenKind tk() {
        return k[p];
    }

    int tstart() {
        return ts[p];
    }

    int tend() {
        return te[p];
    }

    int prevEndOffset() {
        return prevEnd();
    }

    void next() {
        advance();
    }

    char[] src() {
        return src;
    }

    String text() {
        return text;
    }

    Failure failHere(String message) {
        return fail(message);
    }

    Failure failRange(String message, int s, int e) {
        return failAt(message, s, e);
    }

    void reportError(String message, int s, int e) {
        if (!speculating) {
            diags.error(message, s, e);
        }
    }

    void reportFeature(PythonFeature f, int s, int e) {
        feature(f, s, e);
    }

    void enterNesting() {
        enter();
    }

    void leaveNesting() {
        leave();
    }

    /** annotated_rhs inside an f-string replacement field. */
    Expr fieldExpression() {
        return at(YIELD) ? yieldExpr() : starExpressions();
    }

    // ------------------------------------------------------------------ targets

    private Expr toTarget(Expr e, ExprContext ctx, String what) {
        if (e instanceof Expr.Name n) {
            checkAssignableName(n, ctx, what);
            return new Expr.Name(n.range(), n.id(), ctx);
        }
        if (e instanceof Expr.Attribute a) {
            if (a.attr().equals("__debug__") && ctx == ExprContext.STORE) {
                error("cannot assign to __debug__", a.range());
            }
            return new Expr.Attribute(a.range(), a.value(), a.attr(), ctx);
        }
        if (e instanceof Expr.Subscript sub) {
            return new Expr.Subscript(sub.range(), sub.value(), sub.slice(), ctx);
        }
        if (what.equals("aug") || what.equals("ann")) {
            return e;
        }
        if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(t.range(), targets(t.elts(), ctx, what), ctx);
        }
        if (e instanceof Expr.List_ l) {
            return new Expr.List_(l.range(), targets(l.elts(), ctx, what), ctx);
        }
        if (e instanceof Expr.Starred st) {
            if (ctx == ExprContext.DEL) {
                error("cannot delete starred", st.range());
                return st;
            }
            return new Expr.Starred(st.range(), toTarget(st.value(), ctx, what), ctx);
        }
        String name = exprName(e);
        String msg;
        if (ctx == ExprContext.DEL) {
            msg = "cannot delete " + name;
        } else if (what.equals("assign") && !(e instanceof Expr.Constant c && isSingleton(c))) {
            msg = "cannot assign to " + name + " here. Maybe you meant '==' instead of '='?";
        } else {
            msg = "cannot assign to " + name;
        }
        error(msg, e.range());
        return e;
    }

    private static boolean isSingleton(Expr.Constant c) {
        return c.value() instanceof ConstantValue.None || c.value() instanceof ConstantValue.Bool
                || c.value() instanceof ConstantValue.Ellipsis;
    }

    private List<Expr> targets(List<Expr> elts, ExprContext ctx, String what) {
        List<Expr> out = new ArrayList<>(elts.size());
        int stars = 0;
        for (Expr x : elts) {
            if (x instanceof Expr.Starred) {
                stars++;
                if (stars == 2) {
                    error("multiple starred expressions in assignment", x.range());
                }
                feature(PythonFeature.STARRED_ASSIGNMENT, x.range());
            }
            out.add(toTarget(x, ctx, what));
        }
        return List.copyOf(out);
    }

    private void checkAssignableName(Expr.Name n, ExprContext ctx, String what) {
        if (n.id().equals("__debug__")) {
            error(ctx == ExprContext.DEL ? "cannot delete __debug__" : "cannot assign to __debug__", n.range());
        }
    }

    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute) {
            return "attribute";
        }
        if (e instanceof Expr.Subscript) {
            return "subscript";
        }
        if (e instanceof Expr.Starred) {
            return "starred";
        }
        if (e instanceof Expr.Name) {
            return "name";
        }
        if (e instanceof Expr.List_) {
            return "list";
        }
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.Lambda) {
            return "lambda";
        }
        if (e instanceof Expr.Call) {
            return "function call";
        }
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
            return "expression";
        }
        if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        }
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        }
        if (e instanceof Expr.Await) {
            return "await expression";
        }
        if (e instanceof Expr.ListComp) {
            return "list comprehension";
        }
        if (e instanceof Expr.SetComp) {
            return "set comprehension";
        }
        if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        }
        if (e instanceof Expr.Dict) {
            return "dict literal";
        }
        if (e instanceof Expr.Set) {
            return "set display";
        }
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        }
        if (e instanceof Expr.TemplateStr || e instanceof Expr.Interpolation) {
            return "t-string expression";
        }
        if (e instanceof Expr.Constant c) {
            if (c.value() instanceof ConstantValue.None) {
                return "None";
            }
            if (c.value() instanceof ConstantValue.Bool b) {
                return b.value() ? "True" : "False";
            }
            if (c.value() instanceof ConstantValue.Ellipsis) {
                return "ellipsis";
            }
            return "literal";
        }
        if (e instanceof Expr.Compare) {
            return "comparison";
        }
        if (e instanceof Expr.IfExp) {
            return "conditional expression";
        }
        if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        return "expression";
    }
}
