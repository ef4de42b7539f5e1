package dev.anvilcheck;

/**
 * Where a Python file runs, which decides the target it is checked against.
 *
 * <p>Thread-safe (an enum).
 */
public enum CodeRoot {
    /** Browser code: {@code client_code/}, or the older {@code forms/} and {@code modules/}. */
    CLIENT,
    /** Server code: {@code server_code/}, or the older {@code server_modules/}. */
    SERVER,
    /** Any other Python file of the repository (tests, scripts, a plain tree). */
    OTHER
}
