package dev.anvilcheck.db.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a PostgreSQL script into statements at top-level semicolons, knowing quoted strings ({@code '...'},
 * {@code E'...'}), quoted identifiers, dollar quotes ({@code $tag$...$tag$}), line comments and nested block
 * comments, and keeps where each statement starts so errors can be reported at file:line. Stateless.
 */
public final class SqlScript {

    private static final List<Pattern> NON_TRANSACTIONAL = List.of(
            Pattern.compile("^CREATE\\s+(UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\b"),
            Pattern.compile("^DROP\\s+INDEX\\s+CONCURRENTLY\\b"),
            Pattern.compile("^REINDEX\\b.*\\b(CONCURRENTLY|SCHEMA|DATABASE|SYSTEM)\\b"),
            Pattern.compile("^VACUUM\\b"),
            Pattern.compile("^(CREATE|DROP)\\s+DATABASE\\b"),
            Pattern.compile("^(CREATE|DROP)\\s+TABLESPACE\\b"),
            Pattern.compile("^(CREATE|DROP|ALTER)\\s+SUBSCRIPTION\\b"),
            Pattern.compile("^ALTER\\s+SYSTEM\\b"),
            Pattern.compile("^(BEGIN|COMMIT|ROLLBACK|END|START\\s+TRANSACTION|ABORT)\\b"));

    private SqlScript() {
    }

    /**
     * One statement.
     *
     * @param sql the text from its first token up to (not including) the semicolon
     * @param offset the char offset of its first token in the script
     * @param line the 1-based line of its first token
     * @param column the 1-based column (code points) of its first token
     */
    public record Statement(String sql, int offset, int line, int column) {

        /**
         * Why the statement cannot run inside a transaction block, if it cannot.
         *
         * @return the statement's leading words, when it is one PostgreSQL refuses inside a transaction (or one
         *         that manages transactions itself)
         */
        public Optional<String> nonTransactional() {
            String head = stripComments(sql).strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
            for (Pattern p : NON_TRANSACTIONAL) {
                if (p.matcher(head).find()) {
                    String[] words = head.split(" ");
                    return Optional.of(String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 4))));
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Splits a script.
     *
     * @param script the SQL text
     * @return the statements in order; empty statements (only comments or whitespace) are dropped
     */
    public static List<Statement> split(String script) {
        List<Statement> out = new ArrayList<>();
        int n = script.length();
        int start = -1;
        int i = 0;
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int depth = 1;
                i += 2;
                while (i < n && depth > 0) {
                    if (script.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (script.startsWith("*/", i)) {
                        depth--;
                        i += 2;
                    } else {
                        i++;
                    }
                }
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (start < 0 && c != ';') {
                start = i;
            }
            if (c == ';') {
                if (start >= 0) {
                    out.add(statement(script, start, i));
                }
                start = -1;
                i++;
            } else if (c == '\'') {
                boolean escapes = i > 0 && (script.charAt(i - 1) == 'E' || script.charAt(i - 1) == 'e')
                        && (i < 2 || !Character.isLetterOrDigit(script.charAt(i - 2)));
                i = skipQuoted(script, i, '\'', escapes);
            } else if (c == '"') {
                i = skipQuoted(script, i, '"', false);
            } else if (c == '$') {
                int tagEnd = dollarTagEnd(script, i);
                if (tagEnd > 0) {
                    String tag = script.substring(i, tagEnd + 1);
                    int close = script.indexOf(tag, tagEnd + 1);
                    i = close < 0 ? n : close + tag.length();
                } else {
                    i++;
                }
            } else {
                i++;
            }
        }
        if (start >= 0) {
            out.add(statement(script, start, n));
        }
        return out;
    }

    private static Statement statement(String script, int start, int end) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < start; k++) {
            if (script.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        int col = script.codePointCount(lineStart, start) + 1;
        return new Statement(script.substring(start, end).stripTrailing(), start, line, col);
    }

    private static int skipQuoted(String s, int i, char q, boolean backslash) {
        int n = s.length();
        i++;
        while (i < n) {
            char c = s.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
                continue;
            }
            if (c == q) {
                if (i + 1 < n && s.charAt(i + 1) == q) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return n;
    }

    /** The index of the closing {@code $} of a dollar-quote tag starting at {@code i}, or -1. */
    private static int dollarTagEnd(String s, int i) {
        if (i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '_')) {
            return -1;
        }
        int j = i + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '$') {
                return j;
            }
            if (!(Character.isLetter(c) || c == '_' || (j > i + 1 && Character.isDigit(c)))) {
                return -1;
            }
            j++;
        }
        return -1;
    }

    /** Removes comments outside quotes (for classifying statements). */
    static String stripComments(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
    }

    /**
     * The 1-based line and column of a char offset in a text.
     *
     * @param text the text
     * @param offset the offset
     * @return {line, column}
     */
    public static int[] lineColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int k = 0; k < end; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return new int[] {line, text.codePointCount(lineStart, end) + 1};
    }
}
