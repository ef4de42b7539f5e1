package dev.anvilcheck.secrets.internal;

import dev.anvilcheck.python.ast.Node;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Visits every node of a Python syntax tree in source order, without recursion (so deep trees cannot overflow the
 * stack). The AST's nodes are records; their children are found through their record components (a node, a list
 * of nodes or optional nodes, or an optional node). Thread-safe.
 */
final class AstWalk {

    private static final Map<Class<?>, List<Method>> ACCESSORS = new ConcurrentHashMap<>();

    private AstWalk() {
    }

    /**
     * Visits {@code root} and all nodes below it, parents before children, children in source order.
     *
     * @param root the root
     * @param visitor called once per node
     */
    static void walk(Node root, Consumer<Node> visitor) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        List<Node> children = new ArrayList<>();
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            visitor.accept(n);
            children.clear();
            childrenOf(n, children);
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
    }

    private static void childrenOf(Node n, List<Node> out) {
        for (Method m : accessors(n.getClass())) {
            Object v;
            try {
                v = m.invoke(n);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            add(v, out);
        }
    }

    private static void add(Object v, List<Node> out) {
        if (v instanceof Node) {
            out.add((Node) v);
        } else if (v instanceof Optional) {
            ((Optional<?>) v).ifPresent(x -> add(x, out));
        } else if (v instanceof List) {
            for (Object x : (List<?>) v) {
                add(x, out);
            }
        }
    }

    private static List<Method> accessors(Class<?> c) {
        return ACCESSORS.computeIfAbsent(c, k -> {
            List<Method> ms = new ArrayList<>();
            RecordComponent[] rc = k.getRecordComponents();
            if (rc == null) {
                return ms;
            }
            for (RecordComponent r : rc) {
                Class<?> t = r.getType();
                if (Node.class.isAssignableFrom(t) || t == List.class || t == Optional.class) {
                    Method m = r.getAccessor();
                    m.setAccessible(true);
                    ms.add(m);
                }
            }
            return List.copyOf(ms);
        });
    }
}
