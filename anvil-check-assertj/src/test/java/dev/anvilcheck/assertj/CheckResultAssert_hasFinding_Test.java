package dev.anvilcheck.assertj;

import static dev.anvilcheck.assertj.AnvilAssertions.assertThat;
import static dev.anvilcheck.assertj.Data.ERROR;
import static dev.anvilcheck.assertj.Data.WARNING;
import static dev.anvilcheck.assertj.Data.msg;
import static dev.anvilcheck.assertj.Data.result;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.anvilcheck.config.ConfigRule;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class CheckResultAssert_hasFinding_Test {

    @Test
    void should_pass_by_rule_and_by_code() {
        assertThat(result(WARNING, ERROR)).hasFinding(ConfigRule.COLUMN_TYPE).hasFinding("AY011");
    }

    @Test
    void should_fail_and_list_the_findings_there_are_instead() {
        Throwable error = catchThrowable(() -> assertThat(result(WARNING)).hasFinding(ConfigRule.DUPLICATE_KEY));
        Assertions.assertThat(error).isInstanceOf(AssertionError.class).hasMessage(msg(
                "%nExpecting TestResult to have a finding of rule AY002 (duplicate-key) but found none among its"
                        + " 1 findings:%n"
                        + "  anvil.yaml:3:1: warning AY011 unknown key 'serivces'"));
    }

    @Test
    void should_fail_by_code_and_name_the_rule_from_the_catalog() {
        Throwable error = catchThrowable(() -> assertThat(result()).hasFinding("AY020"));
        Assertions.assertThat(error).hasMessage(msg(
                "%nExpecting TestResult to have a finding of rule AY020 (column-type) but found none"
                        + " (it has no findings)."));
    }

    @Test
    void should_fail_with_an_unknown_code_as_given() {
        Throwable error = catchThrowable(() -> assertThat(result()).hasFinding("ZZ999"));
        Assertions.assertThat(error).hasMessageContaining("rule ZZ999 but found none");
    }
}
