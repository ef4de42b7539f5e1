package dev.anvilcheck.assertj;

import static dev.anvilcheck.assertj.AnvilAssertions.assertThat;
import static dev.anvilcheck.assertj.Data.ERROR;
import static dev.anvilcheck.assertj.Data.INFO;
import static dev.anvilcheck.assertj.Data.WARNING;
import static dev.anvilcheck.assertj.Data.msg;
import static dev.anvilcheck.assertj.Data.result;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.anvilcheck.Finding;
import dev.anvilcheck.Severity;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class CheckResultAssert_findings_Test {

    @Test
    void should_navigate_to_a_list_assert_of_the_sorted_findings() {
        assertThat(result(INFO, ERROR, WARNING)).findings()
                .hasSize(3)
                .containsExactly(WARNING, ERROR, INFO)
                .extracting(f -> f.rule().code()).containsOnly("AY011", "AY020");
    }

    @Test
    void should_keep_the_finding_assertions_after_filtering() {
        assertThat(result(INFO, ERROR, WARNING)).findings()
                .filteredOn(f -> f.severity() != Severity.ERROR)
                .hasNoErrors()
                .hasFinding("AY011")
                .hasFindingAt("server_code/a.py", 1);
    }

    @Test
    void should_describe_the_list_in_failures() {
        Throwable error = catchThrowable(() -> assertThat(result(ERROR)).findings().hasSize(2));
        Assertions.assertThat(error).hasMessageStartingWith("[findings of TestResult]");
        Throwable own = catchThrowable(() -> assertThat(result(ERROR)).findings().hasNoErrors());
        Assertions.assertThat(own).hasMessageStartingWith(msg(
                "[findings of TestResult] %nExpecting the findings of TestResult to have no errors but found 1:"));
    }

    @Test
    void should_fail_assertThatFindings_with_the_same_messages() {
        Throwable error = catchThrowable(() -> AnvilAssertions.assertThatFindings(java.util.List.<Finding>of(ERROR))
                .hasNoFindingsAtOrAbove(Severity.WARNING));
        Assertions.assertThat(error).hasMessage(msg(
                "%nExpecting the findings to have no findings at or above warning but found 1:%n"
                        + "  anvil.yaml:12:13: error AY020 column 'orders.total' has type 'nubmer'%n"
                        + "      hint: did you mean 'number'?"));
    }
}
