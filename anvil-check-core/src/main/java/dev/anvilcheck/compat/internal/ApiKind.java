package dev.anvilcheck.compat.internal;

/**
 * What a standard-library API table entry describes.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ApiKind {
    /** A module or package, such as {@code tomllib} or {@code importlib.metadata}. */
    MODULE("module"),
    /**
     * A module member (function, class, constant), such as {@code math.prod}, or an attribute of a
     * class defined in a module, such as {@code pathlib.Path.is_relative_to}.
     */
    MEMBER("member"),
    /** A method or attribute of a builtin type, such as {@code str.removeprefix}. */
    METHOD("method"),
    /** A keyword argument of a callable, such as {@code subprocess.run(capture_output)}. */
    KWARG("kwarg");

    private final String label;

    ApiKind(String label) {
        this.label = label;
    }

    /**
     * Returns the label used in the table resource ({@code module}, {@code member}, ...).
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Finds the kind for a label of the table resource.
     *
     * @param label {@code module}, {@code member}, {@code method} or {@code kwarg}
     * @return the kind
     * @throws IllegalArgumentException when the label is unknown
     */
    public static ApiKind ofLabel(String label) {
        for (ApiKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown API kind: '" + label + "'");
    }
}
