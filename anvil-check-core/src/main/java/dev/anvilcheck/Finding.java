package dev.anvilcheck;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found by a check: which rule, how severe, where, what, and how to fix it.
 *
 * <pre>{@code
 * Finding f = Finding.of(ConfigRule.UNKNOWN_KEY, Location.at("anvil.yaml", 4, 1), "unknown key 'serivces'")
 *         .withHint("did you mean 'services'?");
 * }</pre>
 *
 * <p>Findings sort by path, line, column, rule code and message; findings without a location come last. A
 * finding never holds a secret value. Immutable and thread-safe.
 *
 * @param rule the rule that produced it
 * @param severity its severity (the rule's default unless configuration changed it)
 * @param location where it is; empty for things with no place in a file (a Vault path, a live table)
 * @param message what is wrong, one sentence
 * @param hint how to fix it, when there is advice
 * @param details kind-specific fields
 */
public record Finding(RuleId rule, Severity severity, Optional<Location> location, String message,
                      Optional<String> hint, Details details) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().isEmpty())
            .thenComparing(f -> f.location().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(f -> f.rule().code())
            .thenComparing(Finding::message);

    /** Checks for nulls. */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(details, "details");
    }

    /**
     * A finding with the rule's default severity, no hint and no details.
     *
     * @param rule the rule
     * @param location where, or null for none
     * @param message the message
     * @return the finding
     */
    public static Finding of(RuleId rule, Location location, String message) {
        return new Finding(rule, rule.defaultSeverity(), Optional.ofNullable(location), message, Optional.empty(),
                Details.NONE);
    }

    /**
     * A copy with a hint.
     *
     * @param text the hint
     * @return the new finding
     */
    public Finding withHint(String text) {
        return new Finding(rule, severity, location, message, Optional.ofNullable(text), details);
    }

    /**
     * A copy with another severity.
     *
     * @param newSeverity the severity
     * @return the new finding
     */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, location, message, hint, details);
    }

    /**
     * A copy with details.
     *
     * @param newDetails the details
     * @return the new finding
     */
    public Finding withDetails(Details newDetails) {
        return new Finding(rule, severity, location, message, hint, newDetails);
    }

    @Override
    public int compareTo(Finding o) {
        return ORDER.compare(this, o);
    }

    /** Returns {@code path:line:column: severity CODE message}. */
    @Override
    public String toString() {
        return location.map(l -> l + ": ").orElse("") + severity.jsonName() + " " + rule.code() + " " + message;
    }
}
