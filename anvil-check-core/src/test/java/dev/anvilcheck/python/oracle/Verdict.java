package dev.anvilcheck.python.oracle;

import java.util.Objects;

/**
 * What CPython said about one file.
 *
 * <p>For a {@link OracleKind#COMPILE} question: whether {@code compile(bytes, path, 'exec', dont_inherit=True)}
 * succeeded. For {@link OracleKind#DUMP_SHA}: whether {@code ast.parse} succeeded, and the SHA-256 of the
 * {@code ast.dump(..., include_attributes=True)} text.
 *
 * @param ok whether the call succeeded
 * @param message {@code "SyntaxError: invalid syntax"} and the like; empty when ok
 * @param line the error's line (1-based), 0 when unknown
 * @param col the error's column as CPython reports it ({@code offset}), 0 when unknown
 * @param dumpSha hex SHA-256 of the AST dump for {@link OracleKind#DUMP_SHA}; empty otherwise
 */
public record Verdict(boolean ok, String message, int line, int col, String dumpSha) {

    /** Checks that no part is missing. */
    public Verdict {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(dumpSha, "dumpSha");
    }

    /**
     * A failed verdict without position, for crashes and timeouts of the interpreter.
     *
     * @param message what happened
     * @return the verdict
     */
    public static Verdict failure(String message) {
        return new Verdict(false, message, 0, 0, "");
    }

    /** {@code "ok"} or {@code "SyntaxError: ... at 3:7"}. */
    public String describe() {
        return ok ? "ok" : message + " at " + line + ":" + col;
    }
}
