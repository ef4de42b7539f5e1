package dev.anvilcheck;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What every rule says about itself: its stable code, short name, default severity and description. A rule enum
 * keeps one per constant and returns it from {@link RuleId#descriptor()}; the other {@link RuleId} methods read it.
 *
 * <pre>{@code
 * enum MyRule implements RuleId {
 *     THING("XY001", "thing", Severity.WARNING, "What it finds and how to fix it.");
 *     private final RuleDescriptor descriptor;
 *     MyRule(String code, String title, Severity severity, String description) {
 *         this.descriptor = new RuleDescriptor(code, title, severity, description);
 *     }
 *     public RuleDescriptor descriptor() { return descriptor; }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable code, two upper-case letters and three digits ({@code AY001})
 * @param title a short kebab-case name ({@code yaml-syntax})
 * @param defaultSeverity the severity unless configuration changes it
 * @param description what the rule finds and how to fix it
 */
public record RuleDescriptor(String code, String title, Severity defaultSeverity, String description) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}\\d{3}");

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when the code is not two letters and three digits
     */
    public RuleDescriptor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(description, "description");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("rule code must be two upper-case letters and three digits: " + code);
        }
    }
}
