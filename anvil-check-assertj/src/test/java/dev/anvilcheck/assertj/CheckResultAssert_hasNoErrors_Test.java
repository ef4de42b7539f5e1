package dev.anvilcheck.assertj;

import static dev.anvilcheck.assertj.AnvilAssertions.assertThat;
import static dev.anvilcheck.assertj.Data.ERROR;
import static dev.anvilcheck.assertj.Data.INFO;
import static dev.anvilcheck.assertj.Data.WARNING;
import static dev.anvilcheck.assertj.Data.msg;
import static dev.anvilcheck.assertj.Data.result;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class CheckResultAssert_hasNoErrors_Test {

    @Test
    void should_pass_when_there_are_only_warnings_and_infos() {
        assertThat(result(WARNING, INFO)).hasNoErrors();
    }

    @Test
    void should_pass_when_there_are_no_findings() {
        assertThat(result()).hasNoErrors();
    }

    @Test
    void should_fail_and_show_the_errors_with_their_locations() {
        Throwable error = catchThrowable(() -> assertThat(result(WARNING, ERROR)).hasNoErrors());
        Assertions.assertThat(error).isInstanceOf(AssertionError.class).hasMessage(msg(
                "%nExpecting TestResult to have no errors but found 1:%n"
                        + "  anvil.yaml:12:13: error AY020 column 'orders.total' has type 'nubmer'%n"
                        + "      hint: did you mean 'number'?"));
    }

    @Test
    void should_fail_with_the_description_first() {
        Throwable error = catchThrowable(() -> assertThat(result(ERROR)).as("deploy gate").hasNoErrors());
        Assertions.assertThat(error).hasMessageStartingWith(msg("[deploy gate] %nExpecting TestResult"));
    }

    @Test
    void should_fail_when_actual_is_null() {
        Throwable error = catchThrowable(() -> assertThat((Data.TestResult) null).hasNoErrors());
        Assertions.assertThat(error).isInstanceOf(AssertionError.class).hasMessageContaining("Expecting actual not to be null");
    }
}
