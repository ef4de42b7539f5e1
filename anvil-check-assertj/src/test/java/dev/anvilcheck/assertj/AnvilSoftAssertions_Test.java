package dev.anvilcheck.assertj;

import static dev.anvilcheck.assertj.Data.ERROR;
import static dev.anvilcheck.assertj.Data.WARNING;
import static dev.anvilcheck.assertj.Data.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnvilSoftAssertions_Test {

    @Test
    void should_collect_every_failure_including_through_navigation() {
        AnvilSoftAssertions softly = new AnvilSoftAssertions();
        softly.assertThat(result(ERROR, WARNING)).hasNoErrors().hasFinding("AY002");
        softly.assertThat(result(ERROR, WARNING)).findings().hasSize(5).hasNoFindingsAtOrAbove(Severity.WARNING);
        softly.assertThat(AnvilProject.load(Data.BROKEN).validateConfig()).result(Data.TestResult.class)
                .hasNoErrors();
        softly.assertThat(AnvilProject.load(Data.BROKEN)).checks().findings().hasFinding("AY001");
        softly.assertThatFindings(List.of(WARNING)).hasFinding("AY011");
        List<Throwable> errors = softly.errorsCollected();
        assertThat(errors).hasSize(7);
        assertThat(errors.get(0)).hasMessageContaining("to have no errors but found 1");
        assertThat(errors.get(1)).hasMessageContaining("rule AY002 (duplicate-key)");
        assertThat(errors.get(2)).hasMessageContaining("Expected size: 5");
        assertThat(errors.get(3)).hasMessageContaining("at or above warning but found 2");
        assertThat(errors.get(4)).hasMessageContaining("to have a TestResult");
        assertThat(errors.get(5)).hasMessageContaining("Expecting actual not to be null");
        assertThat(errors.get(6)).hasMessageContaining("rule AY001 (yaml-syntax)");
    }

    @Test
    void should_report_all_failures_at_once_in_assertSoftly() {
        Throwable error = catchThrowable(() -> AnvilSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(result(ERROR)).hasNoErrors();
            softly.assertThat(result(WARNING)).hasFinding("AY020");
        }));
        assertThat(error).isInstanceOf(AssertionError.class).hasMessageContaining("Multiple Failures (2 failures)");
    }

    @Test
    void should_pass_when_nothing_fails() {
        AnvilSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(AnvilProject.load(Data.CLEAN)).hasNoErrors().findings().isEmpty();
            softly.assertThat(result(WARNING)).hasNoErrors();
        });
    }
}
