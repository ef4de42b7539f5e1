package dev.anvilcheck.assertj;

import static dev.anvilcheck.assertj.AnvilAssertions.assertThat;
import static dev.anvilcheck.assertj.Data.msg;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.Severity;
import dev.anvilcheck.config.ConfigResult;
import dev.anvilcheck.config.ConfigRule;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The chain's asserts on real projects. */
class CheckRunAssert_Test {

    @Test
    void should_pass_on_a_clean_project() {
        assertThat(AnvilProject.load(Data.CLEAN).validateConfig())
                .hasNoFindingsAtOrAbove(Severity.INFO)
                .hasResult(ConfigResult.class)
                .result(ConfigResult.class).hasNoFindings();
    }

    @Test
    void should_find_the_broken_projects_problems() {
        CheckRun run = AnvilProject.load(Data.BROKEN).validateConfig();
        assertThat(run).hasFinding(ConfigRule.COLUMN_TYPE).hasFinding(ConfigRule.UNKNOWN_KEY)
                .hasFindingAt("anvil.yaml", 12).hasFindingAt("anvil.yaml", 3);
        assertThat(run.config().orElseThrow()).hasFinding("AY020");
    }

    @Test
    void should_fail_with_the_project_root_and_the_errors() {
        CheckRun run = AnvilProject.load(Data.BROKEN).validateConfig();
        Throwable error = catchThrowable(() -> assertThat(run).hasNoErrors());
        Assertions.assertThat(error).isInstanceOf(AssertionError.class).hasMessage(msg(
                "%nExpecting the checks of %s to have no errors but found 1:%n"
                        + "  anvil.yaml:12:13: error AY020 column 'orders.total' has type 'nubmer', which Data"
                        + " Tables does not have%n"
                        + "      hint: did you mean 'number'?", run.project().root()));
    }

    @Test
    void should_fail_to_navigate_to_a_step_that_did_not_run() {
        CheckRun run = AnvilProject.load(Data.CLEAN).validateConfig();
        Throwable error = catchThrowable(() -> assertThat(run).result(Data.TestResult.class));
        Assertions.assertThat(error).isInstanceOf(AssertionError.class).hasMessage(msg(
                "%nExpecting the checks of %s to have a TestResult but its steps were [ConfigResult]",
                run.project().root()));
    }
}
