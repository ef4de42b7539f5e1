package dev.anvilcheck.python;

import java.util.Arrays;

/**
 * Maps char offsets of decoded source text to 1-based lines and 0-based columns.
 *
 * <pre>{@code
 * LineIndex index = LineIndex.of("a = 1\nb = 2\n");
 * int line = index.line(6);          // 2
 * int column = index.column(8);      // 2 (code points from the line start)
 * }</pre>
 *
 * <p>A line ends after {@code \n}, {@code \r\n} or a lone {@code \r}. Columns are counted in Unicode code points
 * ({@link #column}) or in UTF-8 bytes ({@link #utf8Column}, the unit CPython's {@code ast} module uses). Immutable
 * and thread-safe.
 */
public final class LineIndex {

    private final String text;
    private final int[] lineStarts;
    private final boolean ascii;

    private LineIndex(String text, int[] lineStarts, boolean ascii) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.ascii = ascii;
    }

    /**
     * Builds the index of {@code text}, in time linear in its length.
     *
     * @param text the decoded source
     * @return the index
     */
    public static LineIndex of(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        boolean ascii = true;
        char[] chars = text.toCharArray();
        int n = chars.length;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && chars[i + 1] == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            } else if (c >= 0x80) {
                ascii = false;
            }
        }
        return new LineIndex(text, Arrays.copyOf(starts, count), ascii);
    }

    /**
     * An index over line starts someone already found (the tokenizer records them as it consumes newlines).
     * Columns then count code points, which equals the char offset on ASCII lines.
     */
    static LineIndex fromStarts(String text, int[] lineStarts) {
        return new LineIndex(text, lineStarts, false);
    }

    /**
     * The number of lines (a text ending with a newline has an empty last line).
     *
     * @return at least 1
     */
    public int lineCount() {
        return lineStarts.length;
    }

    /**
     * The 1-based line holding {@code offset}.
     *
     * @param offset a char offset, clamped to the text
     * @return the line number
     */
    public int line(int offset) {
        int o = clamp(offset);
        int i = Arrays.binarySearch(lineStarts, o);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /**
     * The char offset where the 1-based {@code line} starts.
     *
     * @param line a line number, clamped to the existing lines
     * @return its first offset
     */
    public int lineStart(int line) {
        int l = Math.max(1, Math.min(line, lineStarts.length));
        return lineStarts[l - 1];
    }

    /**
     * The 0-based column of {@code offset} in code points from the start of its line.
     *
     * @param offset a char offset
     * @return the column
     */
    public int column(int offset) {
        int o = clamp(offset);
        int start = lineStarts[line(o) - 1];
        return ascii ? o - start : text.codePointCount(start, o);
    }

    /**
     * The 0-based column of {@code offset} in UTF-8 bytes from the start of its line, as CPython reports it.
     *
     * @param offset a char offset
     * @return the byte column
     */
    public int utf8Column(int offset) {
        int o = clamp(offset);
        int start = lineStarts[line(o) - 1];
        if (ascii) {
            return o - start;
        }
        int bytes = 0;
        for (int i = start; i < o; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < o && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
