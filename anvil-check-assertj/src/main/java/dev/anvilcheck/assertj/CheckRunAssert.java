package dev.anvilcheck.assertj;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.CheckRun;

/**
 * Assertions on a chain of checks: the findings of every step, and navigation to one step's result.
 *
 * <pre>{@code
 * assertThat(AnvilProject.load(path).validateConfig())
 *         .hasNoFindingsAtOrAbove(Severity.WARNING)
 *         .result(ConfigResult.class).hasNoFindings();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public class CheckRunAssert extends AbstractCheckResultAssert<CheckRunAssert, CheckRun> {

    /**
     * Creates the assert.
     *
     * @param actual the chain under test
     */
    public CheckRunAssert(CheckRun actual) {
        super(actual, CheckRunAssert.class);
    }

    @Override
    protected String subject() {
        return "the checks of " + actual.project().root();
    }

    /**
     * Verifies that a step of this type ran.
     *
     * @param type the result class
     * @return this assert
     */
    public CheckRunAssert hasResult(Class<? extends CheckResult> type) {
        isNotNull();
        if (actual.result(type).isEmpty()) {
            failWithMessage(MISSING, subject(), type.getSimpleName(), steps());
        }
        return myself;
    }

    /**
     * Navigates to the result of one step, failing when that step did not run (in soft assertions the failure is
     * collected and the returned assert is on no result, so its own checks fail too).
     *
     * @param type the result class
     * @param <T> the result type
     * @return an assert on that result
     */
    public <T extends CheckResult> CheckResultAssert<T> result(Class<T> type) {
        T value = present() ? actual.result(type).orElse(null) : null;
        if (value == null && actual != null) {
            AssertionError e = failure(MISSING, subject(), type.getSimpleName(), steps());
            if (soft == null) {
                throw e;
            }
            soft.collectAssertionError(e);
        }
        return soft != null ? soft.assertThat(value) : new CheckResultAssert<>(value);
    }

    private static final String MISSING = "%nExpecting %s to have a %s but its steps were %s";

    private java.util.List<String> steps() {
        return actual.results().stream().map(r -> r.getClass().getSimpleName()).toList();
    }

    /**
     * Navigates to the compatibility result; fails when {@code checkCompatibility()} did not run.
     *
     * @return the compatibility assert
     */
    public CompatibilityResultAssert compatibility() {
        isNotNull();
        java.util.Optional<dev.anvilcheck.compat.CompatibilityResult> r =
                actual.result(dev.anvilcheck.compat.CompatibilityResult.class);
        if (r.isEmpty()) {
            failWithMessage("%nExpecting the checks of %s to include checkCompatibility() but they do not",
                    actual.project().root());
        }
        return new CompatibilityResultAssert(r.orElseThrow());
    }

    /**
     * Shortcut for {@code compatibility().isCompatibleWith(version)}.
     *
     * @param version such as {@code "3.7"}
     * @return this
     */
    public CheckRunAssert isCompatibleWith(String version) {
        compatibility().isCompatibleWith(version);
        return myself;
    }
}
