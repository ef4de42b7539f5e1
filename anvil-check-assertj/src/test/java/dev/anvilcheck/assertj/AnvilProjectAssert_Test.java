package dev.anvilcheck.assertj;

import static dev.anvilcheck.assertj.AnvilAssertions.assertThat;
import static dev.anvilcheck.assertj.Data.msg;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Severity;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class AnvilProjectAssert_Test {

    @Test
    void should_pass_on_a_clean_project() {
        assertThat(AnvilProject.load(Data.CLEAN)).hasAnvilYaml().hasPythonFile("server_code/orders.py")
                .hasNoFindingsAtOrAbove(Severity.INFO).hasNoErrors().findings().isEmpty();
    }

    @Test
    void should_run_the_checks_for_the_finding_assertions() {
        AnvilProject broken = AnvilProject.load(Data.BROKEN);
        assertThat(broken).hasFinding("AY020").hasFindingAt("anvil.yaml", 3).checks().hasFinding("AY011");
        Throwable error = catchThrowable(() -> assertThat(broken).hasNoFindingsAtOrAbove(Severity.WARNING));
        Assertions.assertThat(error).hasMessageStartingWith(msg(
                "%nExpecting the checks of %s to have no findings at or above warning but found 2:%n"
                        + "  anvil.yaml:3:1: warning AY011", broken.root()));
    }

    @Test
    void should_fail_on_a_missing_python_file_and_list_those_there_are() {
        AnvilProject clean = AnvilProject.load(Data.CLEAN);
        Throwable error = catchThrowable(() -> assertThat(clean).hasPythonFile("server_code/none.py"));
        Assertions.assertThat(error).hasMessage(msg(
                "%nExpecting the Anvil project %s to have the Python file server_code/none.py but its Python"
                        + " files are [server_code/orders.py]", clean.root()));
    }
}
