package dev.anvilcheck.python;

import dev.anvilcheck.python.ast.Node;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test helper: the direct child nodes of a node, found through its record components. */
final class AstWalk {

    private AstWalk() {
    }

    private static final ClassValue<java.lang.reflect.Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Method[] computeValue(Class<?> type) {
            RecordComponent[] rc = type.getRecordComponents();
            java.lang.reflect.Method[] m = new java.lang.reflect.Method[rc.length];
            for (int i = 0; i < rc.length; i++) {
                m[i] = rc[i].getAccessor();
            }
            return m;
        }
    };

    static List<Node> children(Node n) {
        List<Node> out = new ArrayList<>();
        for (java.lang.reflect.Method accessor : ACCESSORS.get(n.getClass())) {
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
}
