package dev.anvilcheck.python.oracle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where two {@code ast.dump} texts first differ, said in terms a parser developer can act on: the offset, the
 * node and field being written there ({@code Call.args}), the nearest source position CPython gives, and a
 * window of both texts.
 *
 * @param offset the first differing char index (the shorter length when one is a prefix of the other)
 * @param node the innermost node open at that point in CPython's dump ({@code "Call"}), or {@code "?"}
 * @param field the field being written in that node ({@code "args"}), or {@code "?"}
 * @param sourceLine CPython's next {@code lineno} at or after the difference, 0 when none
 * @param sourceCol CPython's {@code col_offset} with it (UTF-8 bytes), 0 when none
 * @param expected a window of CPython's dump around the difference
 * @param actual the same window of ours
 */
public record DumpDiff(int offset, String node, String field, int sourceLine, int sourceCol, String expected,
        String actual) {

    private static final Pattern POSITION = Pattern.compile("lineno=(\\d+), col_offset=(\\d+)");
    private static final int WINDOW = 100;
    private static final String[] BRACKET = {"[", ""};

    /**
     * Compares two dumps.
     *
     * @param expected CPython's dump
     * @param actual ours
     * @return the first difference, or empty when the texts are equal
     */
    public static Optional<DumpDiff> of(String expected, String actual) {
        int n = Math.min(expected.length(), actual.length());
        int i = 0;
        while (i < n && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        if (i == n && expected.length() == actual.length()) {
            return Optional.empty();
        }
        String[] nodeField = openNodeAndField(expected, i);
        int line = 0;
        int col = 0;
        Matcher m = POSITION.matcher(expected);
        if (m.find(Math.max(0, i - 40))) {
            line = Integer.parseInt(m.group(1));
            col = Integer.parseInt(m.group(2));
        }
        return Optional.of(new DumpDiff(i, nodeField[0], nodeField[1], line, col, window(expected, i),
                window(actual, i)));
    }

    /** {@code "Call.args"}: the category of the difference. */
    public String category() {
        return node + "." + field;
    }

    private static String window(String s, int at) {
        int from = Math.max(0, at - WINDOW / 2);
        int to = Math.min(s.length(), at + WINDOW / 2);
        return (from > 0 ? "..." : "") + s.substring(from, at) + "[>]" + s.substring(at, to)
                + (to < s.length() ? "..." : "");
    }

    /** The constructor open at {@code limit} and the last field name started in it; string literals skipped. */
    static String[] openNodeAndField(String dump, int limit) {
        Deque<String[]> stack = new ArrayDeque<>(); // {node, field}
        int i = 0;
        int identStart = -1;
        while (i < limit) {
            char c = dump.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipString(dump, i, limit);
                identStart = -1;
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '_') {
                if (identStart < 0) {
                    identStart = i;
                }
            } else {
                if (c == '(' && identStart >= 0) {
                    stack.push(new String[] {dump.substring(identStart, i), "?"});
                } else if (c == '(' || c == '[' || c == '{') {
                    stack.push(BRACKET);
                } else if (c == ')' || c == ']' || c == '}') {
                    if (!stack.isEmpty()) {
                        stack.pop();
                    }
                } else if (c == '=' && identStart >= 0) {
                    String[] top = innermostNode(stack);
                    if (top != null && isNodeTop(stack)) {
                        top[1] = dump.substring(identStart, i);
                    }
                }
                identStart = -1;
            }
            i++;
        }
        String[] top = innermostNode(stack);
        return top == null ? new String[] {"?", "?"} : top;
    }

    private static boolean isNodeTop(Deque<String[]> stack) {
        return !stack.isEmpty() && stack.peek() != BRACKET;
    }

    private static String[] innermostNode(Deque<String[]> stack) {
        for (String[] e : stack) {
            if (e != BRACKET) {
                return e;
            }
        }
        return null;
    }

    private static int skipString(String s, int start, int limit) {
        char q = s.charAt(start);
        int i = start + 1;
        while (i < limit) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == q) {
                return i + 1;
            }
            i++;
        }
        return limit;
    }
}
