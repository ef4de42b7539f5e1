package dev.anvilcheck.assertj;

import static dev.anvilcheck.assertj.AnvilAssertions.assertThat;
import static dev.anvilcheck.assertj.Data.ERROR;
import static dev.anvilcheck.assertj.Data.INFO;
import static dev.anvilcheck.assertj.Data.NOWHERE;
import static dev.anvilcheck.assertj.Data.WARNING;
import static dev.anvilcheck.assertj.Data.msg;
import static dev.anvilcheck.assertj.Data.result;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.anvilcheck.Severity;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class CheckResultAssert_hasNoFindingsAtOrAbove_Test {

    @Test
    void should_pass_when_every_finding_is_below_the_threshold() {
        assertThat(result(INFO)).hasNoFindingsAtOrAbove(Severity.WARNING);
        assertThat(result(WARNING, INFO)).hasNoFindingsAtOrAbove(Severity.ERROR);
    }

    @Test
    void should_fail_and_show_every_finding_at_or_above_the_threshold_in_order() {
        Throwable error = catchThrowable(() -> assertThat(result(INFO, ERROR, WARNING, NOWHERE))
                .hasNoFindingsAtOrAbove(Severity.WARNING));
        Assertions.assertThat(error).isInstanceOf(AssertionError.class).hasMessage(msg(
                "%nExpecting TestResult to have no findings at or above warning but found 3:%n"
                        + "  anvil.yaml:3:1: warning AY011 unknown key 'serivces'%n"
                        + "  anvil.yaml:12:13: error AY020 column 'orders.total' has type 'nubmer'%n"
                        + "      hint: did you mean 'number'?%n"
                        + "  warning AY012 no secrets section"));
    }

    @Test
    void should_fail_on_infos_with_hasNoFindings() {
        Throwable error = catchThrowable(() -> assertThat(result(INFO)).hasNoFindings());
        Assertions.assertThat(error).hasMessage(msg(
                "%nExpecting TestResult to have no findings at or above info but found 1:%n"
                        + "  server_code/a.py:1:1: info AY011 note"));
    }
}
