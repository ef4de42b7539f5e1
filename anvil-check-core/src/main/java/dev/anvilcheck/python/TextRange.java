package dev.anvilcheck.python;

/**
 * A half-open range {@code [start, end)} of char offsets into decoded Python source text.
 *
 * <pre>{@code
 * TextRange r = TextRange.of(4, 9);
 * int length = r.length(); // 5
 * }</pre>
 *
 * <p>Immutable and thread-safe. Offsets count UTF-16 chars of the decoded {@link String}; use a {@link LineIndex} to
 * turn them into lines and columns.
 *
 * @param start the first offset, inclusive, never negative
 * @param end the last offset, exclusive, never before {@code start}
 */
public record TextRange(int start, int end) {

    /** The empty range at offset 0. */
    public static final TextRange EMPTY = new TextRange(0, 0);

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException when {@code start < 0} or {@code end < start}
     */
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    /**
     * Returns the range {@code [start, end)}.
     *
     * @param start first offset
     * @param end offset after the last
     * @return the range
     */
    public static TextRange of(int start, int end) {
        return new TextRange(start, end);
    }

    /**
     * The number of chars covered.
     *
     * @return {@code end - start}
     */
    public int length() {
        return end - start;
    }

    /**
     * Whether {@code other} lies wholly inside this range.
     *
     * @param other another range
     * @return {@code start <= other.start && other.end <= end}
     */
    public boolean contains(TextRange other) {
        return start <= other.start && other.end <= end;
    }

    /**
     * The smallest range covering this one and {@code other}.
     *
     * @param other another range
     * @return the cover
     */
    public TextRange cover(TextRange other) {
        return new TextRange(Math.min(start, other.start), Math.max(end, other.end));
    }
}
