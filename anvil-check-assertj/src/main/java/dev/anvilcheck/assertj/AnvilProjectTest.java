package dev.anvilcheck.assertj;

import dev.anvilcheck.assertj.internal.AnvilProjectExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Loads an Anvil project for a JUnit 5 test class or method and injects it into parameters of type
 * {@code AnvilProject} or {@code CheckRun} (the project's checks, as {@link AnvilProjectAssert} runs them). With
 * {@link #failOn()} every test fails before it runs when the project has findings at or above that severity, so a
 * build can be failed on findings.
 *
 * <pre>{@code
 * @AnvilProjectTest(value = "../examples/sample-app", failOn = AnvilProjectTest.FailOn.ERROR)
 * class SampleAppTest {
 *     @Test
 *     void has_no_warnings(CheckRun run) {
 *         assertThat(run).hasNoFindingsAtOrAbove(Severity.WARNING);
 *     }
 * }
 * }</pre>
 *
 * <p>The path is resolved against the working directory; when no folder is there, against the test class path
 * (a folder under {@code src/test/resources}). The project is loaded once per annotated class or method and
 * shared by its tests (it is immutable). A method's annotation wins over its class's.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(AnvilProjectExtension.class)
public @interface AnvilProjectTest {

    /**
     * The project folder (the one holding anvil.yaml).
     *
     * @return the path
     */
    String value();

    /**
     * From which severity findings fail the tests before they run; {@link FailOn#NEVER} by default.
     *
     * @return the threshold
     */
    FailOn failOn() default FailOn.NEVER;

    /** When findings fail the tests, as the CLI's {@code --fail-on}. */
    enum FailOn {
        /** Findings never fail the tests. */
        NEVER,
        /** Errors fail the tests. */
        ERROR,
        /** Warnings and errors fail the tests. */
        WARNING,
        /** Any finding fails the tests. */
        INFO
    }
}
