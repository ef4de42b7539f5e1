package dev.anvilcheck.assertj;

import dev.anvilcheck.CheckResult;

/**
 * Assertions on any check result: {@code ConfigResult} today, and every result type later modules add. Made with
 * {@link AnvilAssertions#assertThat(CheckResult)}.
 *
 * <pre>{@code
 * ConfigResult config = AnvilProject.load(path).validateConfig().config().orElseThrow();
 * assertThat(config).hasNoErrors().doesNotHaveFinding("AY002");
 * }</pre>
 *
 * <p>Not thread-safe.
 *
 * @param <R> the result type
 */
public class CheckResultAssert<R extends CheckResult> extends AbstractCheckResultAssert<CheckResultAssert<R>, R> {

    /**
     * Creates the assert.
     *
     * @param actual the result under test
     */
    public CheckResultAssert(R actual) {
        super(actual, CheckResultAssert.class);
    }
}
