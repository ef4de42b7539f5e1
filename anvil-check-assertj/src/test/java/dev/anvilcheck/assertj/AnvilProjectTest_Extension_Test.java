package dev.anvilcheck.assertj;

import static dev.anvilcheck.assertj.AnvilAssertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * {@code @AnvilProjectTest}: the classes below are run through the JUnit Platform test kit (they are nested, so
 * Surefire does not run them on their own), and their outcomes checked.
 */
class AnvilProjectTest_Extension_Test {

    /** Runs the nested classes only under the test kit, not when a -Dtest pattern happens to select them. */
    static final class OnlyInTestKit implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter("anvil.testkit").isPresent()
                    ? ConditionEvaluationResult.enabled("run by the test kit")
                    : ConditionEvaluationResult.disabled("run only through AnvilProjectTest_Extension_Test");
        }
    }

    @AnvilProjectTest("src/test/resources/apps/clean")
    @ExtendWith(OnlyInTestKit.class)
    static class InjectsTheProject {
        @Test
        void project(AnvilProject project) {
            assertThat(project).hasPythonFile("server_code/orders.py");
        }

        @Test
        void run(CheckRun run, AnvilProject project) {
            assertThat(run).hasNoFindingsAtOrAbove(Severity.INFO);
            org.assertj.core.api.Assertions.assertThat(run.project()).isSameAs(project);
        }

        @Test
        @AnvilProjectTest("apps/broken")
        void method_annotation_wins_and_resolves_on_the_class_path(CheckRun run) {
            assertThat(run).hasFinding("AY020");
        }
    }

    @AnvilProjectTest(value = "src/test/resources/apps/broken", failOn = AnvilProjectTest.FailOn.ERROR)
    @ExtendWith(OnlyInTestKit.class)
    static class FailsOnErrors {
        @Test
        void first() {
        }

        @Test
        void second(AnvilProject project) {
        }
    }

    @AnvilProjectTest(value = "src/test/resources/apps/broken", failOn = AnvilProjectTest.FailOn.NEVER)
    @ExtendWith(OnlyInTestKit.class)
    static class IgnoresFindings {
        @Test
        void runs(CheckRun run) {
            assertThat(run).hasFinding("AY011");
        }
    }

    @AnvilProjectTest(value = "src/test/resources/apps/clean", failOn = AnvilProjectTest.FailOn.INFO)
    @ExtendWith(OnlyInTestKit.class)
    static class CleanPassesEvenOnInfo {
        @Test
        void runs() {
        }
    }

    @AnvilProjectTest("src/test/resources/apps/missing")
    @ExtendWith(OnlyInTestKit.class)
    static class MissingProject {
        @Test
        void runs(AnvilProject project) {
        }
    }

    private static Events run(Class<?> type) {
        return EngineTestKit.engine("junit-jupiter").configurationParameter("anvil.testkit", "true")
                .selectors(selectClass(type)).execute().testEvents();
    }

    @Test
    void should_inject_the_project_and_its_checks() {
        run(InjectsTheProject.class).assertStatistics(s -> s.started(3).succeeded(3));
    }

    @Test
    void should_fail_every_test_on_findings_at_or_above_fail_on() {
        Events events = run(FailsOnErrors.class);
        events.assertStatistics(s -> s.started(2).failed(2));
        events.assertThatEvents().haveExactly(2, event(test(), finishedWithFailure(instanceOf(AssertionError.class),
                message(m -> m.startsWith("[@AnvilProjectTest(failOn = ERROR)] ")
                        && m.contains("to have no errors but found 1:")
                        && m.contains("anvil.yaml:12:13: error AY020")))));
    }

    @Test
    void should_not_fail_on_findings_when_fail_on_is_never_or_nothing_reaches_it() {
        run(IgnoresFindings.class).assertStatistics(s -> s.started(1).succeeded(1));
        run(CleanPassesEvenOnInfo.class).assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void should_explain_a_project_that_cannot_be_loaded() {
        run(MissingProject.class).assertThatEvents().haveExactly(1, event(test(),
                finishedWithFailure(instanceOf(ParameterResolutionException.class),
                        message(m -> m.contains("@AnvilProjectTest(\"src/test/resources/apps/missing\")")
                                && m.contains("no such file or folder")))));
    }
}
