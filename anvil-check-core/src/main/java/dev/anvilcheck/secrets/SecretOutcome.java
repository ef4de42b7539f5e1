package dev.anvilcheck.secrets;

/**
 * What a secret store said about one secret or key, found without reading its value.
 *
 * <p>Thread-safe (an enum).
 */
public enum SecretOutcome {
    /** It exists. */
    PRESENT,
    /** It does not exist. */
    MISSING,
    /** The credentials may not look at it, so it may or may not exist. */
    FORBIDDEN,
    /** Its latest version is soft-deleted. */
    DELETED,
    /** Its latest version is destroyed. */
    DESTROYED,
    /** Its presence cannot be known without reading values, which was not allowed. */
    UNKNOWN,
    /** The store could not answer (unreachable, sealed, an unexpected status). */
    ERROR
}
