package dev.anvilcheck.examples;

import static dev.anvilcheck.assertj.AnvilAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.Severity;
import dev.anvilcheck.assertj.AnvilProjectTest;
import dev.anvilcheck.assertj.AnvilSoftAssertions;
import dev.anvilcheck.config.ConfigResult;
import dev.anvilcheck.config.ConfigRule;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * How a team tests its Anvil app with anvil-check's AssertJ assertions: the sample app must stay clean (the
 * build fails on any error before a test runs), and the broken app shows what the failures look like.
 */
@AnvilProjectTest(value = "sample-app", failOn = AnvilProjectTest.FailOn.ERROR)
class SampleAppAssertionsTest {

    @Test
    void the_sample_app_has_no_findings_at_all(CheckRun run) {
        assertThat(run).hasNoFindingsAtOrAbove(Severity.INFO)
                .result(ConfigResult.class).hasNoFindings();
    }

    @Test
    void the_sample_app_has_its_manifest_and_server_modules(AnvilProject project) {
        assertThat(project).hasAnvilYaml()
                .hasPythonFile("server_code/orders.py")
                .hasPythonFile("server_code/pricing.py")
                .hasPythonFile("client_code/Main/__init__.py")
                .hasNoErrors();
    }

    @Test
    @AnvilProjectTest("broken-app")
    void the_broken_app_trips_the_planted_problems_where_they_are(CheckRun run) {
        assertThat(run)
                .hasFinding(ConfigRule.COLUMN_TYPE).hasFindingAt("anvil.yaml", 43)
                .hasFinding(ConfigRule.LINK_TARGET).hasFindingAt("anvil.yaml", 44)
                .hasFinding(ConfigRule.DUPLICATE_KEY).hasFindingAt("anvil.yaml", 75)
                .findings()
                .filteredOn(f -> f.location().map(l -> l.path().equals("anvil-check.yaml")).orElse(false))
                .hasSize(5)
                .hasFinding(ConfigRule.UNKNOWN_KEY);
    }

    @Test
    @AnvilProjectTest("broken-app")
    void a_failure_lists_the_errors_with_their_locations(CheckRun run) {
        Throwable failure = catchThrowable(() -> assertThat(run).hasNoErrors());
        Assertions.assertThat(failure).isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have no errors but found 47:")
                .hasMessageContaining("  anvil-check.yaml:2:")
                .hasMessageContaining("  anvil.yaml:43:")
                .hasMessageContaining(" error AY020 ")
                .hasMessageNotContaining("warning AY011")
                .hasMessageContaining("... and");   // long lists are cut short
    }

    @Test
    @AnvilProjectTest("broken-app")
    void soft_assertions_report_every_problem_at_once(AnvilProject broken) {
        AnvilSoftAssertions softly = new AnvilSoftAssertions();
        softly.assertThat(broken).hasNoErrors();
        softly.assertThat(broken).checks().findings().doesNotHaveFinding("AY011");
        softly.assertThat(broken).hasPythonFile("server_code/missing.py");
        Assertions.assertThat(softly.errorsCollected()).hasSize(3);
    }
}
