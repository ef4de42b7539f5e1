package dev.anvilcheck.assertj;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckResult;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.Finding;
import java.util.List;

/**
 * The entry point of the anvil-check assertions, beside AssertJ's {@code Assertions}.
 *
 * <pre>{@code
 * import static dev.anvilcheck.assertj.AnvilAssertions.assertThat;
 *
 * assertThat(AnvilProject.load(path)).hasNoErrors();
 * assertThat(AnvilProject.load(path).validateConfig())
 *         .hasNoFindingsAtOrAbove(Severity.WARNING)
 *         .findings().isEmpty();
 * assertThat(configResult).hasFinding(ConfigRule.UNKNOWN_KEY).hasFindingAt("anvil.yaml", 3);
 * }</pre>
 *
 * <p>A failure shows the offending findings with their locations:
 * <pre>
 * Expecting ConfigResult to have no errors but found 1:
 *   anvil.yaml:7:5: error AY020 unknown column type 'strng'
 *       hint: did you mean 'string'?
 * </pre>
 *
 * <p>For soft assertions use {@link AnvilSoftAssertions}; for JUnit 5, {@link AnvilProjectTest}. Thread-safe
 * (stateless); the asserts it returns are not.
 */
public final class AnvilAssertions {

    private AnvilAssertions() {
    }

    /**
     * Assertions on a loaded project.
     *
     * @param actual the project
     * @return the assert
     */
    public static AnvilProjectAssert assertThat(AnvilProject actual) {
        return new AnvilProjectAssert(actual);
    }

    /**
     * Assertions on a chain of checks.
     *
     * @param actual the chain
     * @return the assert
     */
    public static CheckRunAssert assertThat(CheckRun actual) {
        return new CheckRunAssert(actual);
    }

    /**
     * Assertions on any check result ({@code ConfigResult}, and the result types of later checks).
     *
     * @param actual the result
     * @param <R> the result type
     * @return the assert
     */
    public static <R extends CheckResult> CheckResultAssert<R> assertThat(R actual) {
        return new CheckResultAssert<>(actual);
    }

    /**
     * Assertions on a compatibility result: everything {@link CheckResultAssert} has, plus versions.
     *
     * @param actual the result
     * @return the assert
     */
    public static CompatibilityResultAssert assertThat(dev.anvilcheck.compat.CompatibilityResult actual) {
        return new CompatibilityResultAssert(actual);
    }

    /**
     * Assertions on a list of findings. (Named apart from {@code assertThat} so that it does not clash with
     * AssertJ's own {@code assertThat(List)} when both are imported.)
     *
     * @param actual the findings
     * @return the assert
     */
    public static FindingsAssert assertThatFindings(List<? extends Finding> actual) {
        return new FindingsAssert(actual);
    }
}
