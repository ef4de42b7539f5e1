package dev.anvilcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsCommandTest {

    static final String TOKEN = "ghp_" + "Zx81Kq0Lm2Nb7Vc5Xs4Ad9Fg3Hj6Kl1Qw8Ep";
    final Supplier<Map<String, String>> original = SecretsCommand.environment;

    @AfterEach
    void restore() {
        SecretsCommand.environment = original;
    }

    @Test
    void sampleAppIsCleanWhenItsRequiredVariablesAreSet() {
        SecretsCommand.environment = () -> Map.of("DATABASE_URL", "postgresql://db.internal:5432/orders");
        CliRun r = CliRun.of("secrets", CliTest.SAMPLE);
        assertThat(r.exitCode()).as(r.out()).isZero();
    }

    @Test
    void requiredVariableMissingFailsAndNamesIt() {
        SecretsCommand.environment = Map::of;
        CliRun r = CliRun.of("secrets", CliTest.BROKEN, "--format", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("\"SE203\"").contains("API_PORT");
    }

    @Test
    void leaksAreReportedWithoutValuesAndTheBaselineQuietsThem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("anvil.yaml"), "name: x\nsecrets: {}\ndb_schema: {}\n");
        Files.createDirectories(dir.resolve("server_code"));
        Files.writeString(dir.resolve("server_code/a.py"), "TOKEN = '" + TOKEN + "'\n");
        SecretsCommand.environment = Map::of;
        CliRun first = CliRun.of("secrets", dir.toString(), "--format", "json");
        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.out()).contains("\"SE402\"").contains("\"fingerprint\"")
                .doesNotContain(TOKEN.substring(4, 12));
        CliRun update = CliRun.of("secrets", dir.toString(), "--update-baseline");
        assertThat(update.err()).contains("baseline written");
        assertThat(update.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve(".anvil-check-baseline.json"))).doesNotContain(TOKEN.substring(4, 12));
        assertThat(CliRun.of("secrets", dir.toString()).exitCode()).isZero();
    }

    @Test
    void unknownEnvironmentIsAUsageError() {
        SecretsCommand.environment = Map::of;
        assertThat(CliRun.of("secrets", CliTest.SAMPLE, "--env", "nowhere").exitCode()).isEqualTo(2);
    }
}
