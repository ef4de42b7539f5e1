package dev.anvilcheck;

/**
 * A stable rule identifier: two upper-case letters naming the owner and three digits ({@code PY101}).
 *
 * <p>Each module defines its rules as an enum implementing this interface ({@code ConfigRule} in core,
 * {@code DbRule} in anvil-check-db, ...) and lists it through a {@link RuleCatalog}, so reports and the rules
 * reference know every rule. Callers match findings on {@link #code()}, never on message text.
 *
 * <pre>{@code
 * boolean yamlBroken = result.findings().stream().anyMatch(f -> f.rule() == ConfigRule.YAML_SYNTAX);
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface RuleId {

    /**
     * The rule's code, name, default severity and description, kept together.
     *
     * @return the descriptor
     */
    RuleDescriptor descriptor();

    /**
     * The stable code, such as {@code "AY001"}.
     *
     * @return the code
     */
    default String code() {
        return descriptor().code();
    }

    /**
     * A short kebab-case name, such as {@code "yaml-syntax"}.
     *
     * @return the name
     */
    default String title() {
        return descriptor().title();
    }

    /**
     * The severity a finding of this rule has unless configuration changes it.
     *
     * @return the default severity
     */
    default Severity defaultSeverity() {
        return descriptor().defaultSeverity();
    }

    /**
     * One or two sentences: what the rule finds and how to fix it.
     *
     * @return the description
     */
    default String description() {
        return descriptor().description();
    }
}
