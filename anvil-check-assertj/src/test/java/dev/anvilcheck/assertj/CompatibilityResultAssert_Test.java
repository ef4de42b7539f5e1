package dev.anvilcheck.assertj;

import static dev.anvilcheck.assertj.AnvilAssertions.assertThat;
import static dev.anvilcheck.assertj.Data.msg;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.compat.CompatibilityResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompatibilityResultAssert_Test {

    static CheckRun app(Path dir) throws Exception {
        Files.writeString(dir.resolve("anvil.yaml"), "name: x\ndb_schema: {}\nsecrets: {}\n");
        Files.createDirectories(dir.resolve("server_code"));
        Files.writeString(dir.resolve("server_code/a.py"), "if (n := 1):\n    pass\n");
        Files.writeString(dir.resolve("server_code/b.py"), "x = 1\n");
        return AnvilProject.configure().path(dir).target("3.7-3.13").load().checkCompatibility();
    }

    static CompatibilityResult result(Path dir) throws Exception {
        return app(dir).result(CompatibilityResult.class).orElseThrow();
    }

    @Test
    void should_pass_when_every_file_runs_on_the_version(@TempDir Path dir) throws Exception {
        assertThat(result(dir)).isCompatibleWith("3.8").isCompatibleWith("3.13").minimumVersionIs("3.8")
                .fileMinimumVersionIs("server_code/b.py", "3.0");
        assertThat(app(dir)).isCompatibleWith("3.8").compatibility().minimumVersionIs("3.8");
    }

    @Test
    void should_fail_and_name_each_blocking_file(@TempDir Path dir) throws Exception {
        Throwable error = catchThrowable(() -> assertThat(result(dir)).isCompatibleWith("3.7"));
        Assertions.assertThat(error).isInstanceOf(AssertionError.class).hasMessageStartingWith(msg(
                "%nExpecting the code to run on Python 3.7 but 1 file does not:%n  server_code/a.py: needs 3.8"));
    }

    @Test
    void should_fail_on_another_minimum_and_say_what_decides_it(@TempDir Path dir) throws Exception {
        Throwable error = catchThrowable(() -> assertThat(result(dir)).minimumVersionIs("3.7"));
        Assertions.assertThat(error).hasMessageStartingWith(msg(
                "%nExpecting the minimum Python version to be 3.7 but was 3.8, decided by server_code/a.py"));
    }

    @Test
    void should_fail_when_the_step_did_not_run(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("anvil.yaml"), "name: x\n");
        CheckRun run = AnvilProject.load(dir).validateConfig();
        Throwable error = catchThrowable(() -> assertThat(run).isCompatibleWith("3.7"));
        Assertions.assertThat(error).hasMessageContaining("to include checkCompatibility() but they do not");
    }
}
