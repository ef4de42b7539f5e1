package dev.anvilcheck;

import java.util.Locale;
import java.util.Optional;

/**
 * How much a finding matters. Ordered from most to least severe: {@link #ERROR} fails a build by default,
 * {@link #WARNING} and {@link #INFO} do not unless {@code --fail-on} asks.
 *
 * <p>Thread-safe (an enum).
 */
public enum Severity {
    /** The app will break (or a check could not run). */
    ERROR,
    /** The app may break, or something is suspicious. */
    WARNING,
    /** Worth knowing, never a failure. */
    INFO;

    /**
     * The lower-case name used in JSON and in configuration ({@code "error"}).
     *
     * @return the JSON name
     */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether this severity is the same as or more severe than {@code other}.
     *
     * @param other the threshold
     * @return true when {@code this} is at or above {@code other}
     */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /**
     * Parses {@code "error"}, {@code "warning"} or {@code "info"} (any case).
     *
     * @param text the name
     * @return the severity, or empty when the text names none
     */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Severity s : values()) {
            if (s.jsonName().equalsIgnoreCase(text.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
