package dev.anvilcheck.assertj;

import static dev.anvilcheck.assertj.AnvilAssertions.assertThat;
import static dev.anvilcheck.assertj.Data.ERROR;
import static dev.anvilcheck.assertj.Data.INFO;
import static dev.anvilcheck.assertj.Data.NOWHERE;
import static dev.anvilcheck.assertj.Data.WARNING;
import static dev.anvilcheck.assertj.Data.msg;
import static dev.anvilcheck.assertj.Data.result;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class CheckResultAssert_hasFindingAt_Test {

    @Test
    void should_pass_when_a_finding_starts_on_the_line() {
        assertThat(result(ERROR, WARNING, INFO)).hasFindingAt("anvil.yaml", 12).hasFindingAt("anvil.yaml", 3)
                .hasFindingAt("server_code\\a.py", 1);
    }

    @Test
    void should_fail_and_show_the_findings_of_that_file() {
        Throwable error = catchThrowable(() -> assertThat(result(ERROR, WARNING, INFO)).hasFindingAt("anvil.yaml", 4));
        Assertions.assertThat(error).isInstanceOf(AssertionError.class).hasMessage(msg(
                "%nExpecting TestResult to have a finding at anvil.yaml:4 but found none; its findings in anvil.yaml:%n"
                        + "  anvil.yaml:3:1: warning AY011 unknown key 'serivces'%n"
                        + "  anvil.yaml:12:13: error AY020 column 'orders.total' has type 'nubmer'%n"
                        + "      hint: did you mean 'number'?"));
    }

    @Test
    void should_fail_when_the_file_has_no_findings() {
        Throwable error = catchThrowable(() -> assertThat(result(NOWHERE)).hasFindingAt("server_code/b.py", 1));
        Assertions.assertThat(error).hasMessage(msg(
                "%nExpecting TestResult to have a finding at server_code/b.py:1 but found none;"
                        + " it has no findings in server_code/b.py."));
    }
}
