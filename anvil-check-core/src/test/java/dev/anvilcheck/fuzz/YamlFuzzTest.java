package dev.anvilcheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.anvilcheck.Finding;
import dev.anvilcheck.internal.config.AnvilYamlValidator;
import dev.anvilcheck.internal.config.CheckConfigValidator;
import dev.anvilcheck.internal.yaml.YamlReader;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes the YAML reader and both validators: no exception escapes, every finding has a sane place. CI replays the
 * committed inputs (src/test/resources/dev/anvilcheck/fuzz/YamlFuzzTestInputs); {@code JAZZER_FUZZ=1} fuzzes.
 */
class YamlFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readerAndValidatorsNeverThrow(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        YamlReader.Read read = YamlReader.parse(bytes, "anvil.yaml");
        AnvilYamlValidator.Outcome app = AnvilYamlValidator.validate(read.root(), read.findings(), "anvil.yaml",
                List.of("name"), Optional.of(m -> m.length() % 2 == 0));
        CheckConfigValidator.Outcome check = CheckConfigValidator.validate(read.root(), read.findings(),
                "anvil-check.yaml");
        for (Finding f : app.findings()) {
            assertThat(f.location()).isPresent();
            assertThat(f.location().get().line()).isPositive();
        }
        assertThat(check.config()).isNotNull();
    }
}
