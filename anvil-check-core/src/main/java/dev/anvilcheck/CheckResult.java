package dev.anvilcheck;

import java.util.List;

/**
 * The common supertype of every check's result ({@code ConfigResult}, {@code CompatibilityResult}, ...): a
 * sorted, immutable list of findings plus the check's own typed data.
 *
 * <pre>{@code
 * ConfigResult config = AnvilProject.load(path).validateConfig().config();
 * if (config.hasErrors()) { config.findings().forEach(System.out::println); }
 * config.orThrow();   // or throw an AnvilCheckException carrying the result
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface CheckResult {

    /**
     * The findings, sorted ({@link Finding#compareTo}).
     *
     * @return an immutable list, possibly empty
     */
    List<Finding> findings();

    /**
     * Whether any finding is an error.
     *
     * @return true when at least one finding has severity {@link Severity#ERROR}
     */
    default boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * Whether any finding is at or above a severity.
     *
     * @param threshold the severity
     * @return true when a finding is at least {@code threshold}
     */
    default boolean hasFindingsAtOrAbove(Severity threshold) {
        return findings().stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    /**
     * How many findings have exactly this severity.
     *
     * @param severity the severity
     * @return the count
     */
    default long count(Severity severity) {
        return findings().stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * Returns this result when it has no errors, or throws.
     *
     * @return this
     * @throws AnvilCheckException carrying this result when it has errors
     */
    default CheckResult orThrow() {
        if (hasErrors()) {
            throw new AnvilCheckException(this);
        }
        return this;
    }
}
