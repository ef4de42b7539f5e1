package dev.anvilcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PreDeployGateTest {

    @Test
    void sampleAppMayDeploy() {
        StringWriter out = new StringWriter();
        assertThat(PreDeployGate.run(Path.of("sample-app"), out)).isZero();
        assertThat(out.toString()).endsWith("DEPLOY OK\n");
    }

    @Test
    void brokenAppIsBlockedWithTheReasons() {
        StringWriter out = new StringWriter();
        assertThat(PreDeployGate.run(Path.of("broken-app"), out)).isEqualTo(1);
        assertThat(out.toString()).contains("AY020").endsWith("DEPLOY BLOCKED\n");
    }

    @Test
    void missingAppIsAUsageError() {
        StringWriter out = new StringWriter();
        assertThat(PreDeployGate.run(Path.of("no-such-app"), out)).isEqualTo(2);
        assertThat(out.toString()).startsWith("cannot check: ");
    }
}
