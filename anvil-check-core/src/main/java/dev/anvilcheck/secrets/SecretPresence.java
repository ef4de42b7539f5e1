package dev.anvilcheck.secrets;

import java.util.Objects;

/**
 * The outcome for one required secret name at one place in a store. Holds names and places only, never values.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the secret or key name
 * @param place where it was looked for ({@code secret/anvil/myapp/staging})
 * @param outcome what the store said
 * @param detail a short explanation (an HTTP status, "latest version 3 destroyed"), never a value
 */
public record SecretPresence(String name, String place, SecretOutcome outcome, String detail) {
    /** Checks for nulls. */
    public SecretPresence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }
}
