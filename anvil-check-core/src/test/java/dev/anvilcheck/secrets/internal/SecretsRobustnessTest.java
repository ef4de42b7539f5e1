package dev.anvilcheck.secrets.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and hostile input never makes the reader, the linter or the scanner throw, and every location they give is
 * valid (the {@link dev.anvilcheck.Location} constructor checks that).
 */
class SecretsRobustnessTest {

    static final String ALPHABET = "AZaz09_=#'\"\\$ {}:-\t\r\n\u00a0\u3000\ufeff\u2028\u00e9\ud83d\ude00@/.:"
            + "xoxb-ghp_AKIAsk_live_eyJ-----BEGIN PRIVATE KEY-----";

    @Test
    void randomTextNeverThrows() {
        Random r = new Random(42);
        for (int i = 0; i < 1500; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(300);
            for (int k = 0; k < n; k++) {
                if (r.nextInt(10) == 0) {
                    b.append(ALPHABET, r.nextInt(ALPHABET.length() - 10), ALPHABET.length());
                } else {
                    b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                }
            }
            String text = b.toString();
            assertDoesNotThrow(() -> {
                DotenvReader.File f = DotenvReader.parse(text);
                DotenvLinter.lint(f, ".env");
                f.values(Map.of("A", "1"));
                SecretScanner.scan(text, SecretScanner.Kind.CONFIG);
                SecretScanner.scan(text, SecretScanner.Kind.CODE);
            }, () -> "input " + DotenvReaderDifferentialTest.escape(text));
        }
    }

    @Test
    void randomBytesAndHugeInputs() {
        Random r = new Random(7);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[r.nextInt(200)];
            r.nextBytes(bytes);
            assertDoesNotThrow(() -> DotenvLinter.lint(DotenvReader.read(bytes), ".env"));
        }
        String longQuote = "A=\"" + "\\\"".repeat(50_000) + "\n";
        String longValue = "TOKEN = '" + "a1".repeat(200_000) + "'\n";
        String manyLines = "A=1\n".repeat(20_000);
        String pem = "-----BEGIN PRIVATE KEY-----\n" + "QUJD".repeat(100_000);
        for (String s : List.of(longQuote, longValue, manyLines, pem)) {
            assertDoesNotThrow(() -> {
                DotenvLinter.lint(DotenvReader.parse(s), ".env");
                SecretScanner.scan(s, SecretScanner.Kind.CONFIG);
            });
        }
    }

    @Test
    void checkOfAHostileProjectDoesNotThrow(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("anvil.yaml"), "name: X\nservices: [{source: a, server_config: "
                + "{smtp_password: [1, 2], client_secret: {nested: x}}}]\nsecrets: 5\n");
        Files.write(dir.resolve(".env"), new byte[] {(byte) 0xff, (byte) 0xfe, 'A', '=', '1'});
        Files.writeString(dir.resolve(".env.example"), "\ufeff'unclosed\n=\n");
        Files.createDirectories(dir.resolve("server_code"));
        Files.writeString(dir.resolve("server_code/deep.py"), "x = " + "(".repeat(5000) + "\n"
                + "import anvil.secrets\nanvil.secrets.get_secret(" + "a.".repeat(3000) + "b)\n");
        Files.writeString(dir.resolve("server_code/bin.py"), "\u0000\u0001");
        Files.writeString(dir.resolve(".anvil-check-baseline.json"), "[]");
        var result = assertDoesNotThrow(() -> dev.anvilcheck.AnvilProject.load(dir)
                .then(dev.anvilcheck.secrets.SecretsCheck.defaults().withEnvironment(Map.of()))
                .result(dev.anvilcheck.secrets.SecretsResult.class).orElseThrow());
        assertTrue(result.findings().stream().anyMatch(f -> f.rule().code().equals("SE002")));
        assertTrue(new String(Files.readAllBytes(dir.resolve(".env.example")), StandardCharsets.UTF_8).length() > 0);
    }
}
