package dev.anvilcheck.python.internal;

import dev.anvilcheck.python.LineIndex;
import dev.anvilcheck.python.TextRange;
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
import dev.anvilcheck.python.ast.Node;
import dev.anvilcheck.python.ast.Pattern;
import dev.anvilcheck.python.ast.Stmt;
import dev.anvilcheck.python.ast.TypeParam;
import dev.anvilcheck.python.ast.WithItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Renders our syntax tree exactly as CPython 3.13's {@code ast.dump(ast.parse(src), include_attributes=True)}
 * does: CPython's node and field names, empty lists and absent values omitted, columns in UTF-8 bytes.
 * Stateless apart from one dump; create one per call of {@link #dump}.
 */
public final class AstDumper {

    private final LineIndex index;
    private final StringBuilder sb = new StringBuilder();
    private boolean first;

    private AstDumper(LineIndex index) {
        this.index = index;
    }

    /**
     * Dumps {@code module} whose ranges refer to text indexed by {@code index}.
     *
     * @param module the tree
     * @param index the line index of the parsed text
     * @return the dump text
     */
    public static String dump(Module module, LineIndex index) {
        AstDumper d = new AstDumper(index);
        d.open("Module");
        d.list("body", module.body());
        d.close(null);
        return d.sb.toString();
    }

    // ------------------------------------------------------------------ writer primitives

    private void open(String name) {
        sb.append(name).append('(');
        first = true;
    }

    private void sep() {
        if (!first) {
            sb.append(", ");
        }
        first = false;
    }

    private void key(String name) {
        sep();
        sb.append(name).append('=');
    }

    private void close(TextRange attrs) {
        if (attrs != null) {
            int s = attrs.start();
            int e = attrs.end();
            key("lineno");
            sb.append(index.line(s));
            key("col_offset");
            sb.append(index.utf8Column(s));
            key("end_lineno");
            sb.append(index.line(e));
            key("end_col_offset");
            sb.append(index.utf8Column(e));
        }
        sb.append(')');
        first = false;
    }

    private void node(String name, Node n) {
        key(name);
        write(n);
    }

    private void opt(String name, Optional<? extends Node> n) {
        if (n.isPresent()) {
            node(name, n.get());
        }
    }

    private void list(String name, List<? extends Node> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        key(name);
        sb.append('[');
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            write(nodes.get(i));
        }
        sb.append(']');
        first = false;
    }

    private void optList(String name, List<? extends Optional<? extends Node>> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        key(name);
        sb.append('[');
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (nodes.get(i).isPresent()) {
                write(nodes.get(i).get());
            } else {
                sb.append("None");
            }
        }
        sb.append(']');
        first = false;
    }

    private void strList(String name, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        key(name);
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(strRepr(items.get(i)));
        }
        sb.append(']');
        first = false;
    }

    private void str(String name, String value) {
        key(name);
        sb.append(strRepr(value));
    }

    private void optStr(String name, Optional<String> value) {
        value.ifPresent(v -> str(name, v));
    }

    private void raw(String name, String value) {
        key(name);
        sb.append(value);
    }

    private void ctx(dev.anvilcheck.python.ast.Ops.ExprContext c) {
        key("ctx");
        sb.append(c.pythonName()).append("()");
    }

    // ------------------------------------------------------------------ nodes

    private void write(Node n) {
        if (n instanceof Stmt s) {
            stmt(s);
        } else if (n instanceof Expr e) {
            expr(e);
        } else if (n instanceof Pattern p) {
            pattern(p);
        } else if (n instanceof Arguments a) {
            open("arguments");
            list("posonlyargs", a.posonlyargs());
            list("args", a.args());
            opt("vararg", a.vararg());
            list("kwonlyargs", a.kwonlyargs());
            optList("kw_defaults", a.kwDefaults());
            opt("kwarg", a.kwarg());
            list("defaults", a.defaults());
            close(null);
        } else if (n instanceof Arg a) {
            open("arg");
            str("arg", a.arg());
            opt("annotation", a.annotation());
            close(a.range());
        } else if (n instanceof Keyword k) {
            open("keyword");
            optStr("arg", k.arg());
            node("value", k.value());
            close(k.range());
        } else if (n instanceof Alias a) {
            open("alias");
            str("name", a.name());
            optStr("asname", a.asname());
            close(a.range());
        } else if (n instanceof WithItem w) {
            open("withitem");
            node("context_expr", w.contextExpr());
            opt("optional_vars", w.optionalVars());
            close(null);
        } else if (n instanceof MatchCase c) {
            open("match_case");
            node("pattern", c.pattern());
            opt("guard", c.guard());
            list("body", c.body());
            close(null);
        } else if (n instanceof Comprehension c) {
            open("comprehension");
            node("target", c.target());
            node("iter", c.iter());
            list("ifs", c.ifs());
            raw("is_async", c.isAsync() ? "1" : "0");
            close(null);
        } else if (n instanceof ExceptHandler h) {
            open("ExceptHandler");
            opt("type", h.type());
            optStr("name", h.name());
            list("body", h.body());
            close(h.range());
        } else if (n instanceof TypeParam.TypeVar t) {
            open("TypeVar");
            str("name", t.name());
            opt("bound", t.bound());
            opt("default_value", t.defaultValue());
            close(t.range());
        } else if (n instanceof TypeParam.ParamSpec t) {
            open("ParamSpec");
            str("name", t.name());
            opt("default_value", t.defaultValue());
            close(t.range());
        } else if (n instanceof TypeParam.TypeVarTuple t) {
            open("TypeVarTuple");
            str("name", t.name());
            opt("default_value", t.defaultValue());
            close(t.range());
        } else if (n instanceof Module m) {
            open("Module");
            list("body", m.body());
            close(null);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            open(f.isAsync() ? "AsyncFunctionDef" : "FunctionDef");
            str("name", f.name());
            node("args", f.args());
            list("body", f.body());
            list("decorator_list", f.decoratorList());
            opt("returns", f.returns());
            list("type_params", f.typeParams());
        } else if (s instanceof Stmt.ClassDef c) {
            open("ClassDef");
            str("name", c.name());
            list("bases", c.bases());
            list("keywords", c.keywords());
            list("body", c.body());
            list("decorator_list", c.decoratorList());
            list("type_params", c.typeParams());
        } else if (s instanceof Stmt.Return r) {
            open("Return");
            opt("value", r.value());
        } else if (s instanceof Stmt.Delete d) {
            open("Delete");
            list("targets", d.targets());
        } else if (s instanceof Stmt.Assign a) {
            open("Assign");
            list("targets", a.targets());
            node("value", a.value());
        } else if (s instanceof Stmt.TypeAlias t) {
            open("TypeAlias");
            node("name", t.name());
            list("type_params", t.typeParams());
            node("value", t.value());
        } else if (s instanceof Stmt.AugAssign a) {
            open("AugAssign");
            node("target", a.target());
            raw("op", a.op().pythonName() + "()");
            node("value", a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            open("AnnAssign");
            node("target", a.target());
            node("annotation", a.annotation());
            opt("value", a.value());
            raw("simple", a.simple() ? "1" : "0");
        } else if (s instanceof Stmt.For f) {
            open(f.isAsync() ? "AsyncFor" : "For");
            node("target", f.target());
            node("iter", f.iter());
            list("body", f.body());
            list("orelse", f.orelse());
        } else if (s instanceof Stmt.While w) {
            open("While");
            node("test", w.test());
            list("body", w.body());
            list("orelse", w.orelse());
        } else if (s instanceof Stmt.If i) {
            open("If");
            node("test", i.test());
            list("body", i.body());
            list("orelse", i.orelse());
        } else if (s instanceof Stmt.With w) {
            open(w.isAsync() ? "AsyncWith" : "With");
            list("items", w.items());
            list("body", w.body());
        } else if (s instanceof Stmt.Match m) {
            open("Match");
            node("subject", m.subject());
            list("cases", m.cases());
        } else if (s instanceof Stmt.Raise r) {
            open("Raise");
            opt("exc", r.exc());
            opt("cause", r.cause());
        } else if (s instanceof Stmt.Try t) {
            open(t.star() ? "TryStar" : "Try");
            list("body", t.body());
            list("handlers", t.handlers());
            list("orelse", t.orelse());
            list("finalbody", t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            open("Assert");
            node("test", a.test());
            opt("msg", a.msg());
        } else if (s instanceof Stmt.Import i) {
            open("Import");
            list("names", i.names());
        } else if (s instanceof Stmt.ImportFrom f) {
            open("ImportFrom");
            optStr("module", f.module());
            list("names", f.names());
            raw("level", Integer.toString(f.level()));
        } else if (s instanceof Stmt.Global g) {
            open("Global");
            strList("names", g.names());
        } else if (s instanceof Stmt.Nonlocal g) {
            open("Nonlocal");
            strList("names", g.names());
        } else if (s instanceof Stmt.ExprStmt e) {
            open("Expr");
            node("value", e.value());
        } else if (s instanceof Stmt.Pass) {
            open("Pass");
        } else if (s instanceof Stmt.Break) {
            open("Break");
        } else if (s instanceof Stmt.Continue) {
            open("Continue");
        } else if (s instanceof Stmt.Print p) {
            open("Print");
            opt("dest", p.dest());
            list("values", p.values());
            raw("nl", p.nl() ? "True" : "False");
        } else if (s instanceof Stmt.Exec x) {
            open("Exec");
            node("body", x.body());
            opt("globals", x.globals());
            opt("locals", x.locals());
        } else {
            open("Invalid");
        }
        close(s.range());
    }

    private void expr(Expr e) {
        if (e instanceof Expr.Name n) {
            open("Name");
            str("id", n.id());
            ctx(n.ctx());
        } else if (e instanceof Expr.Constant c) {
            open("Constant");
            raw("value", constantRepr(c.value()));
            optStr("kind", c.kind());
        } else if (e instanceof Expr.Attribute a) {
            open("Attribute");
            node("value", a.value());
            str("attr", a.attr());
            ctx(a.ctx());
        } else if (e instanceof Expr.Call c) {
            open("Call");
            node("func", c.func());
            list("args", c.args());
            list("keywords", c.keywords());
        } else if (e instanceof Expr.BinOp b) {
            open("BinOp");
            node("left", b.left());
            raw("op", b.op().pythonName() + "()");
            node("right", b.right());
        } else if (e instanceof Expr.BoolOp b) {
            open("BoolOp");
            raw("op", b.op().pythonName() + "()");
            list("values", b.values());
        } else if (e instanceof Expr.UnaryOp u) {
            open("UnaryOp");
            raw("op", u.op().pythonName() + "()");
            node("operand", u.operand());
        } else if (e instanceof Expr.Compare c) {
            open("Compare");
            node("left", c.left());
            key("ops");
            sb.append('[');
            for (int i = 0; i < c.ops().size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(c.ops().get(i).pythonName()).append("()");
            }
            sb.append(']');
            list("comparators", c.comparators());
        } else if (e instanceof Expr.Subscript s) {
            open("Subscript");
            node("value", s.value());
            node("slice", s.slice());
            ctx(s.ctx());
        } else if (e instanceof Expr.Tuple t) {
            open("Tuple");
            list("elts", t.elts());
            ctx(t.ctx());
        } else if (e instanceof Expr.List_ l) {
            open("List");
            list("elts", l.elts());
            ctx(l.ctx());
        } else if (e instanceof Expr.Starred s) {
            open("Starred");
            node("value", s.value());
            ctx(s.ctx());
        } else if (e instanceof Expr.Dict d) {
            open("Dict");
            optList("keys", d.keys());
            list("values", d.values());
        } else if (e instanceof Expr.Set s) {
            open("Set");
            list("elts", s.elts());
        } else if (e instanceof Expr.NamedExpr n) {
            open("NamedExpr");
            node("target", n.target());
            node("value", n.value());
        } else if (e instanceof Expr.Lambda l) {
            open("Lambda");
            node("args", l.args());
            node("body", l.body());
        } else if (e instanceof Expr.IfExp i) {
            open("IfExp");
            node("test", i.test());
            node("body", i.body());
            node("orelse", i.orelse());
        } else if (e instanceof Expr.ListComp c) {
            open("ListComp");
            node("elt", c.elt());
            list("generators", c.generators());
        } else if (e instanceof Expr.SetComp c) {
            open("SetComp");
            node("elt", c.elt());
            list("generators", c.generators());
        } else if (e instanceof Expr.DictComp c) {
            open("DictComp");
            node("key", c.key());
            opt("value", c.value());
            list("generators", c.generators());
        } else if (e instanceof Expr.GeneratorExp c) {
            open("GeneratorExp");
            node("elt", c.elt());
            list("generators", c.generators());
        } else if (e instanceof Expr.Await a) {
            open("Await");
            node("value", a.value());
        } else if (e instanceof Expr.Yield y) {
            open("Yield");
            opt("value", y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            open("YieldFrom");
            node("value", y.value());
        } else if (e instanceof Expr.FormattedValue f) {
            open("FormattedValue");
            node("value", f.value());
            raw("conversion", Integer.toString(f.conversion()));
            opt("format_spec", f.formatSpec());
        } else if (e instanceof Expr.Interpolation i) {
            open("Interpolation");
            node("value", i.value());
            str("str", i.str());
            raw("conversion", Integer.toString(i.conversion()));
            opt("format_spec", i.formatSpec());
        } else if (e instanceof Expr.JoinedStr j) {
            open("JoinedStr");
            list("values", j.values());
        } else if (e instanceof Expr.TemplateStr t) {
            open("TemplateStr");
            list("values", t.values());
        } else if (e instanceof Expr.Slice s) {
            open("Slice");
            opt("lower", s.lower());
            opt("upper", s.upper());
            opt("step", s.step());
        } else if (e instanceof Expr.Repr r) {
            open("Repr");
            node("value", r.value());
        } else {
            open("Invalid");
        }
        close(e.range());
    }

    private void pattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            open("MatchValue");
            node("value", v.value());
        } else if (p instanceof Pattern.MatchSingleton s) {
            open("MatchSingleton");
            raw("value", constantRepr(s.value()));
        } else if (p instanceof Pattern.MatchSequence s) {
            open("MatchSequence");
            list("patterns", s.patterns());
        } else if (p instanceof Pattern.MatchMapping m) {
            open("MatchMapping");
            list("keys", m.keys());
            list("patterns", m.patterns());
            optStr("rest", m.rest());
        } else if (p instanceof Pattern.MatchClass c) {
            open("MatchClass");
            node("cls", c.cls());
            list("patterns", c.patterns());
            strList("kwd_attrs", c.kwdAttrs());
            list("kwd_patterns", c.kwdPatterns());
        } else if (p instanceof Pattern.MatchStar s) {
            open("MatchStar");
            optStr("name", s.name());
        } else if (p instanceof Pattern.MatchAs a) {
            open("MatchAs");
            opt("pattern", a.pattern());
            optStr("name", a.name());
        } else if (p instanceof Pattern.MatchOr o) {
            open("MatchOr");
            list("patterns", o.patterns());
        }
        close(p.range());
    }

    // ------------------------------------------------------------------ Python reprs

    static String constantRepr(ConstantValue v) {
        if (v instanceof ConstantValue.None) {
            return "None";
        }
        if (v instanceof ConstantValue.Ellipsis) {
            return "Ellipsis";
        }
        if (v instanceof ConstantValue.Bool b) {
            return b.value() ? "True" : "False";
        }
        if (v instanceof ConstantValue.Int i) {
            return i.value().toString();
        }
        if (v instanceof ConstantValue.Float f) {
            return floatRepr(f.value());
        }
        if (v instanceof ConstantValue.Complex c) {
            String r = floatRepr(c.imag());
            if (r.endsWith(".0")) {
                r = r.substring(0, r.length() - 2);
            }
            return r + "j";
        }
        if (v instanceof ConstantValue.Str s) {
            return strRepr(s.value(), s.surrogateEscapes());
        }
        return bytesRepr(((ConstantValue.Bytes) v).latin1());
    }

    /** Python's repr(float): shortest round-trip digits, scientific outside 1e-4 .. 1e16. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal bd = shortest(Math.abs(d));
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale(); // decimal exponent of the first digit
        StringBuilder out = new StringBuilder();
        if (d < 0) {
            out.append('-');
        }
        if (exp < -4 || exp >= 16) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                out.append('0');
            }
            out.append(ae);
        } else if (exp < 0) {
            out.append("0.");
            for (int i = -1; i > exp; i--) {
                out.append('0');
            }
            out.append(digits);
        } else {
            if (digits.length() <= exp + 1) {
                out.append(digits);
                for (int i = digits.length(); i <= exp; i++) {
                    out.append('0');
                }
                out.append(".0");
            } else {
                out.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
            }
        }
        return out.toString();
    }

    /** The shortest decimal that reads back as {@code d} (Java 17's Double.toString is not always shortest). */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal r = exact.round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                return r.stripTrailingZeros();
            }
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros();
    }

    /** Python's repr(str). */
    static String strRepr(String s) {
        return strRepr(s, false);
    }

    /** Python's repr(str); with {@code splitSurrogates} each surrogate char is its own code point. */
    static String strRepr(String s, boolean splitSurrogates) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        boolean hasDouble = s.indexOf('"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2);
        out.append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = splitSurrogates ? s.charAt(i) : s.codePointAt(i);
            i += splitSurrogates ? 1 : Character.charCount(cp);
            if (cp == q || cp == '\\') {
                out.append('\\').append((char) cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                out.append((char) cp);
            } else if (!printable(cp)) {
                if (cp < 0x100) {
                    out.append(String.format("\\x%02x", cp));
                } else if (cp < 0x10000) {
                    out.append(String.format("\\u%04x", cp));
                } else {
                    out.append(String.format("\\U%08x", cp));
                }
            } else {
                out.appendCodePoint(cp);
            }
        }
        out.append(q);
        return out.toString();
    }

    private static boolean printable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int t = Character.getType(cp);
        return t != Character.UNASSIGNED && t != Character.CONTROL && t != Character.FORMAT
                && t != Character.PRIVATE_USE && t != Character.SURROGATE && t != Character.SPACE_SEPARATOR
                && t != Character.LINE_SEPARATOR && t != Character.PARAGRAPH_SEPARATOR;
    }

    /** Python's repr(bytes), from one char (0-255) per byte. */
    static String bytesRepr(String b) {
        boolean hasSingle = b.indexOf('\'') >= 0;
        boolean hasDouble = b.indexOf('"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(b.length() + 3);
        out.append('b').append(q);
        for (int i = 0; i < b.length(); i++) {
            int c = b.charAt(i) & 0xff;
            if (c == q || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.append((char) c);
            }
        }
        out.append(q);
        return out.toString();
    }
}
