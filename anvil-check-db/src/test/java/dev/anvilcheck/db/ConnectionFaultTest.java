package dev.anvilcheck.db;

import dev.anvilcheck.schema.SchemaResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anvilcheck.AnvilProject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that refuses connections, URLs and environments: no PostgreSQL needed. */
class ConnectionFaultTest {

    @TempDir
    Path dir;

    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void refusedConnectionIsAClearFindingAfterABoundedRetry() throws IOException {
        int port = closedPort();
        AnvilDatabase db = AnvilDatabase.configure()
                .url("postgresql://deploy:s3cr3t-canary@127.0.0.1:" + port + "/shop")
                .connectRetry(3, Duration.ofMillis(100)).load();
        long start = System.nanoTime();
        MigrateResult r = db.migrate();
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(r.findings()).hasSize(1);
        assertThat(r.findings().get(0).rule()).isEqualTo(DbRule.CONNECTION);
        assertThat(r.findings().get(0).message()).contains("cannot connect to jdbc:postgresql://127.0.0.1:" + port
                + "/shop").contains("3 attempts").doesNotContain("s3cr3t-canary");
        assertThat(r.findings().get(0).hint()).isPresent();
        assertThat(ms).as("two pauses of 100 and 200 ms, then give up").isBetween(250L, 10_000L);
        for (CreateResult c : new CreateResult[] {db.createIfMissing()}) {
            assertThat(c.findings()).extracting(f -> f.rule().code()).containsExactly("DB001");
        }
        assertThat(db.drift(SchemaResult.generate(java.util.Optional.empty(),
                dev.anvilcheck.config.CheckConfig.defaults().database())).findings())
                .extracting(f -> f.rule().code()).containsExactly("DB001");
        assertThat(db.info().findings()).extracting(f -> f.rule().code()).containsExactly("DB001");
        assertThat(db.snapshot().findings()).extracting(f -> f.rule().code()).containsExactly("DB001");
        assertThat(db.toString()).doesNotContain("s3cr3t-canary");
    }

    @Test
    void urlsAreCheckedAndPasswordsNeverShown() {
        assertThatThrownBy(() -> AnvilDatabase.configure().url("mysql://u:pw-canary@h/db").load())
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pw-canary");
        assertThat(dev.anvilcheck.db.internal.Target.redact("jdbc:postgresql://h/db?user=u&password=pw-canary&ssl=1"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=1");
        assertThat(dev.anvilcheck.db.internal.Target.redact("postgresql://u:pw-canary@h:5432/db"))
                .isEqualTo("postgresql://u:***@h:5432/db");
    }

    @Test
    void twoTargetsAreMisuse() {
        assertThatThrownBy(() -> AnvilDatabase.configure().url("jdbc:postgresql://h/db").embedded().load())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("choose one");
    }

    @Test
    void environmentsSelectTheUrlAndSchema() throws IOException {
        Files.writeString(dir.resolve("anvil.yaml"), "name: x\n");
        Files.writeString(dir.resolve("anvil-check.yaml"),
                "environments:\n  staging:\n    database: {url_env: STAGING_DB, schema: stage_tables}\n");
        AnvilProject project = AnvilProject.load(dir);
        AnvilDatabase db = AnvilDatabase.configure().project(project).environment("staging")
                .environmentVariables(Map.of("STAGING_DB", "postgresql://u@db.internal:6543/app")::get).load();
        assertThat(db.schema()).isEqualTo("stage_tables");
        assertThat(db.toString()).contains("jdbc:postgresql://db.internal:6543/app");
        assertThatThrownBy(() -> AnvilDatabase.configure().project(project).environment("staging")
                .environmentVariables(k -> null).load())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("STAGING_DB");
        assertThatThrownBy(() -> AnvilDatabase.configure().project(project).environment("prod").load())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
    }
}
