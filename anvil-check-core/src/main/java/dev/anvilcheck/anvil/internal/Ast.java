package dev.anvilcheck.anvil.internal;

import dev.anvilcheck.Location;
import dev.anvilcheck.python.LineIndex;
import dev.anvilcheck.python.TextRange;
import dev.anvilcheck.python.ast.ConstantValue;
import dev.anvilcheck.python.ast.Expr;
import dev.anvilcheck.python.ast.Node;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small helpers over the parser's AST. Stateless and thread-safe. */
final class Ast {

    private Ast() {
    }

    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] rc = type.getRecordComponents();
            if (rc == null) {
                return new Method[0];
            }
            Method[] m = new Method[rc.length];
            for (int i = 0; i < rc.length; i++) {
                m[i] = rc[i].getAccessor();
            }
            return m;
        }
    };

    /** The direct child nodes of a node, in source order of its record components. */
    static List<Node> children(Node n) {
        List<Node> out = new ArrayList<>();
        for (Method accessor : ACCESSORS.get(n.getClass())) {
            Object v;
            try {
                v = accessor.invoke(n);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            add(v, out);
        }
        return out;
    }

    private static void add(Object v, List<Node> out) {
        if (v instanceof Node node) {
            out.add(node);
        } else if (v instanceof Optional<?> o) {
            o.ifPresent(x -> add(x, out));
        } else if (v instanceof List<?> l) {
            for (Object x : l) {
                add(x, out);
            }
        }
    }

    /** The string value of a plain string constant. */
    static Optional<String> str(Expr e) {
        if (e instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str s) {
            return Optional.of(s.value());
        }
        return Optional.empty();
    }

    /** A location for a range of a file. */
    static Location loc(String path, LineIndex index, TextRange r) {
        int line = index.line(r.start());
        int col = index.column(r.start()) + 1;
        int endLine = index.line(r.end());
        int endCol = index.column(r.end()) + 1;
        if (endLine < line || (endLine == line && endCol <= col)) {
            endLine = line;
            endCol = col + 1;
        }
        return new Location(path, line, col, endLine, endCol);
    }
}
