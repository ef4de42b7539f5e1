package dev.anvilcheck.assertj;

import static dev.anvilcheck.assertj.AnvilAssertions.assertThat;
import static dev.anvilcheck.assertj.Data.ERROR;
import static dev.anvilcheck.assertj.Data.INFO;
import static dev.anvilcheck.assertj.Data.WARNING;
import static dev.anvilcheck.assertj.Data.msg;
import static dev.anvilcheck.assertj.Data.result;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.anvilcheck.config.ConfigRule;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class CheckResultAssert_doesNotHaveFinding_Test {

    @Test
    void should_pass_when_no_finding_has_the_rule() {
        assertThat(result(ERROR)).doesNotHaveFinding(ConfigRule.UNKNOWN_KEY).doesNotHaveFinding("AY002");
    }

    @Test
    void should_fail_and_show_the_findings_of_the_rule() {
        Throwable error = catchThrowable(() -> assertThat(result(ERROR, WARNING, INFO))
                .doesNotHaveFinding(ConfigRule.UNKNOWN_KEY));
        Assertions.assertThat(error).isInstanceOf(AssertionError.class).hasMessage(msg(
                "%nExpecting TestResult not to have a finding of rule AY011 (unknown-key) but found 2:%n"
                        + "  anvil.yaml:3:1: warning AY011 unknown key 'serivces'%n"
                        + "  server_code/a.py:1:1: info AY011 note"));
    }
}
