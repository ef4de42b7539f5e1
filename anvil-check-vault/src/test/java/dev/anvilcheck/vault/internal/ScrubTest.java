package dev.anvilcheck.vault.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jopenlibs.vault.VaultException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scrubbing of driver and I/O failures, and path encoding. */
class ScrubTest {

    static final String TOKEN = "hvs.SCRUBCANARYTOKEN";

    @Test
    void driverMessagesWithBodiesAreNeverShown() {
        VaultException e = new VaultException("Vault responded with HTTP status code: 500\nResponse body: "
                + "{\"errors\":[\"SECRETVALUE " + TOKEN + "\"]}", 500);
        String s = Scrub.describe(e, List.of(TOKEN));
        assertThat(s).isEqualTo("client error (VaultException)").doesNotContain("SECRETVALUE");
    }

    @Test
    void ioCausesAreDescribedByClassAndFirstLine() {
        VaultException e = new VaultException(new RuntimeException(new ConnectException("Connection refused")));
        assertThat(Scrub.describe(e, List.of(TOKEN))).isEqualTo("I/O error (ConnectException: Connection refused)");
        assertThat(Scrub.describe(new HttpTimeoutException("request timed out"), List.of())).isEqualTo("timed out");
        assertThat(Scrub.describe(new SSLHandshakeException("PKIX path building failed"), List.of()))
                .startsWith("TLS failure (SSLHandshakeException: PKIX");
    }

    @Test
    void linesLoseBodiesTokensAndLength() {
        assertThat(Scrub.line("bad " + TOKEN + " here\nsecond line", List.of(TOKEN))).isEqualTo("bad [redacted] here");
        assertThat(Scrub.line("status 500, body: {\"v\":\"x\"}", List.of())).isEqualTo("status 500,");
        assertThat(Scrub.line("x".repeat(500), List.of())).hasSize(163);
        assertThat(Scrub.line(null, List.of())).isEmpty();
        IOException io = new IOException("broken pipe " + TOKEN);
        assertThat(Scrub.describe(io, List.of(TOKEN))).doesNotContain(TOKEN).contains("[redacted]");
    }

    @ParameterizedTest
    @CsvSource({
        "secret/metadata/app/staging, secret/metadata/app/staging",
        "secret/subkeys/my app, secret/subkeys/my%20app",
        "secret/data/a?b#c, secret/data/a%3Fb%23c",
        "kv/team/data/a+b, kv/team/data/a%2Bb",
        "secret/data/caf\u00e9, secret/data/caf%C3%A9"
    })
    void pathsAreEncodedSegmentBySegment(String path, String encoded) {
        assertThat(VaultClient.encode(path)).isEqualTo(encoded);
    }

    @Test
    void readsRetryOn412And5xxOnly() {
        assertThat(VaultClient.retryableRead(412)).isTrue();
        assertThat(VaultClient.retryableRead(500)).isTrue();
        assertThat(VaultClient.retryableRead(503)).isTrue();
        assertThat(VaultClient.retryableRead(404)).isFalse();
        assertThat(VaultClient.retryableRead(403)).isFalse();
        assertThat(VaultClient.retryableRead(429)).isFalse();
        assertThat(VaultClient.retryableRead(200)).isFalse();
    }

    @Test
    void tokensHideInToString() throws Exception {
        TokenSource.Token t = TokenSource.literal(" " + TOKEN + "\n").resolve();
        assertThat(t.value()).isEqualTo(TOKEN);
        assertThat(t.toString()).doesNotContain(TOKEN);
        assertThat(TokenSource.literal(TOKEN).toString()).doesNotContain(TOKEN);
    }
}
