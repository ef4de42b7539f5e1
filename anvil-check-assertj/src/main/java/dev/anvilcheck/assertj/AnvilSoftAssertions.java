package dev.anvilcheck.assertj;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckResult;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.Finding;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Soft assertions: every failure is collected and reported together by {@link #assertAll()}. Navigation
 * ({@code findings()}, {@code result(type)}, {@code checks()}) stays soft.
 *
 * <pre>{@code
 * AnvilSoftAssertions.assertSoftly(softly -> {
 *     softly.assertThat(run).hasNoErrors();
 *     softly.assertThat(run).findings().hasSize(0);
 * });
 * }</pre>
 *
 * <p>It also works with AssertJ's {@code SoftAssertionsExtension} ({@code @InjectSoftAssertions}). Not
 * thread-safe.
 */
public class AnvilSoftAssertions extends AbstractSoftAssertions {

    /** Creates an empty collector. */
    public AnvilSoftAssertions() {
        super();
    }

    /**
     * Runs the assertions and then {@link #assertAll()}.
     *
     * @param assertions the assertions
     */
    public static void assertSoftly(Consumer<AnvilSoftAssertions> assertions) {
        AnvilSoftAssertions softly = new AnvilSoftAssertions();
        assertions.accept(softly);
        softly.assertAll();
    }

    /**
     * Soft assertions on a loaded project.
     *
     * @param actual the project
     * @return the assert
     */
    public AnvilProjectAssert assertThat(AnvilProject actual) {
        AnvilProjectAssert a = proxy(AnvilProjectAssert.class, AnvilProject.class, actual);
        a.soft = this;
        return a;
    }

    /**
     * Soft assertions on a chain of checks.
     *
     * @param actual the chain
     * @return the assert
     */
    public CheckRunAssert assertThat(CheckRun actual) {
        CheckRunAssert a = proxy(CheckRunAssert.class, CheckRun.class, actual);
        a.soft = this;
        return a;
    }

    /**
     * Soft assertions on any check result.
     *
     * @param actual the result
     * @param <R> the result type
     * @return the assert
     */
    @SuppressWarnings("unchecked")
    public <R extends CheckResult> CheckResultAssert<R> assertThat(R actual) {
        CheckResultAssert<R> a = proxy(CheckResultAssert.class, CheckResult.class, actual);
        a.soft = this;
        return a;
    }

    /**
     * Soft assertions on a list of findings.
     *
     * @param actual the findings
     * @return the assert
     */
    @SuppressWarnings("unchecked")
    public FindingsAssert assertThatFindings(List<? extends Finding> actual) {
        return proxy(FindingsAssert.class, List.class, actual);
    }
}
