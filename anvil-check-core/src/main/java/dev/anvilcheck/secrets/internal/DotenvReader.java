package dev.anvilcheck.secrets.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code .env} files the way python-dotenv 1.2.2's {@code dotenv_values(path)} does: the file is decoded as
 * UTF-8 and read in universal-newline mode ({@code \r\n} and {@code \r} become {@code \n}), a byte order mark is
 * kept (python-dotenv makes it part of the first key), then statements are read one at a time:
 * optional {@code export}, a key (unquoted, or in single quotes), optional {@code =} and a value (unquoted up to an
 * inline comment, or single- or double-quoted, possibly over several lines, with each quote type's escapes), an
 * optional comment, the end of the line. A statement that does not fit is an error; reading goes on after the rest
 * of its line. Values are expanded ({@code ${NAME}}, {@code ${NAME:-default}}) against the file's earlier values,
 * which win over the process environment, as {@code dotenv_values} does.
 *
 * <p>Whitespace means what Python's {@code str.isspace()} means. Values are held only in memory, never logged.
 * Stateless and thread-safe.
 */
public final class DotenvReader {

    /** The quoting of a value. */
    public enum Quote {
        /** No {@code =}: python-dotenv gives the key the value {@code None}. */
        NO_VALUE,
        /** Unquoted. */
        NONE,
        /** {@code '...'}. */
        SINGLE,
        /** {@code "..."}. */
        DOUBLE
    }

    /**
     * One binding (a key with or without a value).
     *
     * @param key the key, as python-dotenv reads it
     * @param value the decoded value before expansion, or null when the line has no {@code =}
     * @param rawValue the value's text as written (quotes included), or null when no {@code =}
     * @param quote how the value is quoted
     * @param line the 1-based line of the key
     * @param column the 1-based code-point column of the key
     * @param endLine the last line of the statement
     * @param exported whether {@code export} came first
     * @param keyQuoted whether the key was in single quotes
     * @param spaceBeforeEquals whether whitespace separates the key from {@code =}
     * @param spaceAfterEquals whether whitespace follows {@code =}
     */
    public record Entry(String key, String value, String rawValue, Quote quote, int line, int column, int endLine,
                        boolean exported, boolean keyQuoted, boolean spaceBeforeEquals, boolean spaceAfterEquals) {
    }

    /**
     * A statement that could not be read.
     *
     * @param line its first line
     * @param column the 1-based column where reading failed
     * @param endLine its last line
     * @param reason why, without any of the text
     */
    public record Error(int line, int column, int endLine, String reason) {
    }

    /**
     * A read file.
     *
     * @param text the decoded, newline-normalized text
     * @param entries the bindings in file order (duplicates kept)
     * @param errors statements that could not be read
     * @param notUtf8 whether invalid UTF-8 was replaced
     */
    public record File(String text, List<Entry> entries, List<Error> errors, boolean notUtf8) {
        /** Copies the lists. */
        public File {
            entries = List.copyOf(entries);
            errors = List.copyOf(errors);
        }

        /**
         * The file's lines (split on {@code \n}; a final newline does not start another line).
         *
         * @return the lines
         */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    out.add(text.substring(start, i));
                    start = i + 1;
                }
            }
            if (start < text.length()) {
                out.add(text.substring(start));
            }
            return out;
        }

        /**
         * The keys in first-seen order, each once.
         *
         * @return the keys
         */
        public List<String> keys() {
            return List.copyOf(new LinkedHashMap<String, Boolean>(raw()).keySet());
        }

        private Map<String, Boolean> raw() {
            Map<String, Boolean> m = new LinkedHashMap<>();
            for (Entry e : entries) {
                m.put(e.key(), Boolean.TRUE);
            }
            return m;
        }

        /**
         * The values as python-dotenv's {@code dotenv_values} returns them: expanded, the later of duplicate keys
         * winning (in the first one's place), null for a key without {@code =}.
         *
         * @param environment the process environment
         * @return the values by key, in first-seen order (may hold null values)
         */
        public Map<String, String> values(Map<String, String> environment) {
            Map<String, String> out = new LinkedHashMap<>();
            for (Entry e : entries) {
                if (e.value() == null) {
                    out.put(e.key(), null);
                    continue;
                }
                out.put(e.key(), expand(e.value(), out, environment));
            }
            return Collections.unmodifiableMap(out);
        }

        /**
         * The last entry of a key.
         *
         * @param key the key
         * @return the entry
         */
        public Optional<Entry> last(String key) {
            Entry found = null;
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    found = e;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    /** python-dotenv's {@code ${NAME}} / {@code ${NAME:-default}}. */
    static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}:]*)(?::-([^}]*))?}");

    private DotenvReader() {
    }

    /**
     * Decodes and reads bytes.
     *
     * @param bytes the file's content
     * @return the file
     */
    public static File read(byte[] bytes) {
        boolean bad = false;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            bad = true;
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        return parse(text, bad);
    }

    /**
     * Reads text as python-dotenv reads a file opened in text mode.
     *
     * @param text the text
     * @return the file
     */
    public static File parse(String text) {
        return parse(text, false);
    }

    private static File parse(String original, boolean notUtf8) {
        String s = normalizeNewlines(original);
        Parser p = new Parser(s);
        p.run();
        return new File(s, p.entries, p.errors, notUtf8);
    }

    static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Whether Python's {@code str.isspace()} holds for a character (the set Python's {@code re} {@code \s} uses).
     *
     * @param c the character
     * @return true for whitespace
     */
    public static boolean isSpace(char c) {
        if (c <= 0x20) {
            return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        }
        if (c < 0x85) {
            return false;
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028
                || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** Whitespace other than line breaks ({@code [^\S\r\n]}). */
    static boolean isHSpace(char c) {
        return c != '\n' && c != '\r' && isSpace(c);
    }

    /** Python's {@code str.rstrip()}. */
    static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * Expands {@code ${NAME}} and {@code ${NAME:-default}} as python-dotenv's {@code Variable.resolve} does.
     *
     * @param value the value
     * @param file the file's values so far (null values mean "present without value"); they win
     * @param env the process environment
     * @return the expanded value
     */
    static String expand(String value, Map<String, String> file, Map<String, String> env) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder b = null;
        int cursor = 0;
        while (m.find()) {
            if (b == null) {
                b = new StringBuilder();
            }
            b.append(value, cursor, m.start());
            String name = m.group(1);
            String def = m.group(2) == null ? "" : m.group(2);
            String r = file.containsKey(name) ? file.get(name) : env.containsKey(name) ? env.get(name) : def;
            b.append(r == null ? "" : r);
            cursor = m.end();
        }
        if (b == null) {
            return value;
        }
        b.append(value, cursor, value.length());
        return b.toString();
    }

    /** Thrown inside the parser when a statement does not fit; never leaves it. */
    private static final class Fail extends Exception {
        private static final long serialVersionUID = 1L;
        final String reason;

        Fail(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }
    }

    private static final class Parser {
        final String s;
        final int n;
        final int[] lineStarts;
        int pos;
        final List<Entry> entries = new ArrayList<>();
        final List<Error> errors = new ArrayList<>();

        Parser(String s) {
            this.s = s;
            this.n = s.length();
            int count = 1;
            for (int i = 0; i < n; i++) {
                if (s.charAt(i) == '\n') {
                    count++;
                }
            }
            lineStarts = new int[count];
            int k = 1;
            for (int i = 0; i < n; i++) {
                if (s.charAt(i) == '\n') {
                    lineStarts[k++] = i + 1;
                }
            }
        }

        int lineOf(int index) {
            int lo = 0;
            int hi = lineStarts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= index) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }

        int columnOf(int index) {
            int start = lineStarts[lineOf(index) - 1];
            return s.codePointCount(start, Math.min(index, n)) + 1;
        }

        void run() {
            while (pos < n) {
                binding();
            }
        }

        char peek() {
            return pos < n ? s.charAt(pos) : '\0';
        }

        void binding() {
            while (pos < n && isSpace(s.charAt(pos))) {
                pos++;
            }
            if (pos >= n) {
                return;
            }
            int start = pos;
            try {
                boolean exported = false;
                if (s.startsWith("export", pos) && pos + 6 < n && isHSpace(s.charAt(pos + 6))) {
                    exported = true;
                    pos += 6;
                    while (pos < n && isHSpace(s.charAt(pos))) {
                        pos++;
                    }
                }
                int keyStart = pos;
                String key;
                boolean keyQuoted = false;
                if (pos < n && s.charAt(pos) == '#') {
                    key = null;
                } else if (pos < n && s.charAt(pos) == '\'') {
                    int close = s.indexOf('\'', pos + 1);
                    if (close < 0 || close == pos + 1) {
                        throw new Fail("a quoted key without its closing quote");
                    }
                    key = s.substring(pos + 1, close);
                    keyQuoted = true;
                    pos = close + 1;
                } else {
                    int e = pos;
                    while (e < n) {
                        char c = s.charAt(e);
                        if (c == '=' || c == '#' || isSpace(c)) {
                            break;
                        }
                        e++;
                    }
                    if (e == pos) {
                        throw new Fail(pos < n && s.charAt(pos) == '=' ? "a line without a key before '='"
                                : "a statement without a key");
                    }
                    key = s.substring(pos, e);
                    pos = e;
                }
                int beforeEq = pos;
                while (pos < n && isHSpace(s.charAt(pos))) {
                    pos++;
                }
                boolean spaceBefore = pos > beforeEq;
                boolean spaceAfter = false;
                String value = null;
                String raw = null;
                Quote quote = Quote.NO_VALUE;
                if (peek() == '=' && pos < n) {
                    pos++;
                    int afterEq = pos;
                    while (pos < n && isHSpace(s.charAt(pos))) {
                        pos++;
                    }
                    spaceAfter = pos > afterEq;
                    int vStart = pos;
                    char c = peek();
                    if (pos < n && (c == '\'' || c == '"')) {
                        int close = closingQuote(c);
                        String inner = s.substring(pos + 1, close);
                        value = c == '"' ? decodeDouble(inner) : decodeSingle(inner);
                        quote = c == '"' ? Quote.DOUBLE : Quote.SINGLE;
                        pos = close + 1;
                    } else if (pos >= n || c == '\n' || c == '\r') {
                        value = "";
                        quote = Quote.NONE;
                    } else {
                        int e = pos;
                        while (e < n && s.charAt(e) != '\n' && s.charAt(e) != '\r') {
                            e++;
                        }
                        value = unquoted(s.substring(pos, e));
                        quote = Quote.NONE;
                        pos = e;
                    }
                    raw = s.substring(vStart, pos);
                }
                // optional comment
                int save = pos;
                while (pos < n && isHSpace(s.charAt(pos))) {
                    pos++;
                }
                if (pos < n && s.charAt(pos) == '#') {
                    while (pos < n && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
                        pos++;
                    }
                } else {
                    pos = save;
                }
                // end of line
                while (pos < n && isHSpace(s.charAt(pos))) {
                    pos++;
                }
                if (pos < n) {
                    char c = s.charAt(pos);
                    if (c == '\n') {
                        pos++;
                    } else if (c == '\r') {
                        pos += pos + 1 < n && s.charAt(pos + 1) == '\n' ? 2 : 1;
                    } else {
                        throw new Fail(quote == Quote.SINGLE || quote == Quote.DOUBLE
                                ? "text after the closing quote" : key != null && quote == Quote.NO_VALUE
                                ? "text after the key where '=' was expected" : "unexpected text");
                    }
                }
                if (key != null) {
                    int endLine = lineOf(Math.max(start, pos - 1));
                    entries.add(new Entry(key, value, raw, quote, lineOf(keyStart), columnOf(keyStart), endLine,
                            exported, keyQuoted, spaceBefore && quote != Quote.NO_VALUE, spaceAfter));
                }
            } catch (Fail f) {
                int failAt = pos;
                while (pos < n && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
                    pos++;
                }
                if (pos < n) {
                    pos++;
                }
                errors.add(new Error(lineOf(start), columnOf(failAt), lineOf(Math.max(start, pos - 1)), f.reason));
            }
        }

        /**
         * The index of the closing quote as {@code "((?:\\"|[^"])*)"} finds it: the first quote not escaped by the
         * greedy scan, or, when none follows, the quote of the last escaped pair (the regex backtracks there).
         */
        int closingQuote(char q) throws Fail {
            int i = pos + 1;
            int lastPair = -1;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < n && s.charAt(i + 1) == q) {
                    lastPair = i + 1;
                    i += 2;
                } else if (c != q) {
                    i++;
                } else {
                    return i;
                }
            }
            if (lastPair >= 0) {
                return lastPair;
            }
            throw new Fail(q == '"' ? "a double-quoted value without its closing quote"
                    : "a single-quoted value without its closing quote");
        }
    }

    /** An unquoted value: cut at the first {@code #} that follows whitespace, then right-stripped. */
    static String unquoted(String part) {
        for (int k = 1; k < part.length(); k++) {
            if (part.charAt(k) == '#' && isSpace(part.charAt(k - 1))) {
                return rstrip(part.substring(0, k));
            }
        }
        return rstrip(part);
    }

    static String decodeDouble(String v) {
        if (v.indexOf('\\') < 0) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char d = v.charAt(i + 1);
                char r;
                switch (d) {
                    case '\\': r = '\\'; break;
                    case '\'': r = '\''; break;
                    case '"': r = '"'; break;
                    case 'a': r = 0x07; break;
                    case 'b': r = '\b'; break;
                    case 'f': r = '\f'; break;
                    case 'n': r = '\n'; break;
                    case 'r': r = '\r'; break;
                    case 't': r = '\t'; break;
                    case 'v': r = 0x0b; break;
                    default: r = 0; break;
                }
                if (r != 0) {
                    b.append(r);
                    i++;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    static String decodeSingle(String v) {
        if (v.indexOf('\\') < 0) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length() && (v.charAt(i + 1) == '\\' || v.charAt(i + 1) == '\'')) {
                b.append(v.charAt(i + 1));
                i++;
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }
}
