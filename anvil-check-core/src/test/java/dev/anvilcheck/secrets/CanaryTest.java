package dev.anvilcheck.secrets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anvilcheck.AnvilCheckException;
import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.Finding;
import dev.anvilcheck.report.Report;
import dev.anvilcheck.report.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plants distinctive secret values in .env, .env.example, code, config, anvil.yaml, the baseline and the process
 * environment of an app, runs every check with the secrets package logging at DEBUG, renders every report format,
 * provokes the exception of {@code orThrow()}, and demands that no canary, nor any 6-character piece of one, appears
 * anywhere in that output.
 */
class CanaryTest {

    static final Random RANDOM = new Random(0xC0FFEE);
    static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String OTHER = "abcdefghijkmnopqrstuvwxyz23456789";

    /** A random string in which every 3rd character is upper case, so no 6-character piece is hex or a word. */
    static String canary(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String a = i % 3 == 0 ? UPPER : OTHER;
            b.append(a.charAt(RANDOM.nextInt(a.length())));
        }
        return b.toString();
    }

    static String b32(int n) {
        String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(a.charAt(RANDOM.nextInt(a.length())));
        }
        return b.toString();
    }

    @Test
    void noCanaryReachesAnyOutput(@TempDir Path dir) throws IOException {
        List<String> canaries = new ArrayList<>();
        String stripe = canary(24);
        String dbPassword = canary(10) + "!" + canary(5);
        String apiToken = canary(32);
        String uplink = b32(24) + "-" + b32(16);
        String smtp = canary(12) + "%" + canary(3);
        String envPort = canary(14);
        String broken = canary(18);
        String pastedKey = canary(36);
        String examplePw = canary(16);
        String baselineJunk = canary(20);
        String yamlPw = canary(15);
        String pem = canary(64);
        String requiredValue = canary(20);
        String typedInDotenv = canary(17);
        canaries.addAll(List.of(stripe, dbPassword, apiToken, uplink, smtp, envPort, broken, pastedKey, examplePw,
                baselineJunk, yamlPw, pem, requiredValue, typedInDotenv));

        write(dir, "anvil.yaml", "name: Canary\ndb_schema: {}\nsecrets:\n  stripe_key: {type: secret, value: "
                + "{APPID: abc}}\nservices:\n- source: /runtime/services/anvil/email.yml\n  server_config:\n"
                + "    smtp_password: " + smtp + "\n    smtp_user: canary\n");
        write(dir, "anvil-check.yaml", "required_env:\n  SMTP_PORT: {type: integer}\n  API_MODE: {type: string, "
                + "pattern: \"^(live|test)$\"}\n  DEBUG_LEVEL: {type: integer}\n  MISSING_ONE: {type: url}\n");
        write(dir, ".env", "STRIPE_KEY=sk_live_" + stripe + "\nDB_PASSWORD=" + dbPassword + "\nBROKEN=\""
                + broken + "\" trailing text\nghp_" + pastedKey + "\nSTRIPE_KEY=dup-" + stripe
                + "\nlower_case='" + stripe + "'\nAPI_MODE=" + requiredValue + "\nDEBUG_LEVEL=" + typedInDotenv
                + "\nSPACED = " + dbPassword + " more");
        write(dir, ".env.example", "DATABASE_URL=postgresql://app:" + examplePw + "@db.internal/app\nSTRIPE_KEY=\n");
        write(dir, "server_code/settings.py", "import anvil.server\nAPI_TOKEN = \"" + apiToken
                + "\"\nanvil.server.connect(\"server_" + uplink + "\")\n");
        write(dir, "server_code/keys.py", "KEY = '''-----BEGIN RSA PRIVATE KEY-----\n" + pem
                + "\n-----END RSA PRIVATE KEY-----'''\n");
        write(dir, "config/settings.yaml", "db:\n  password: \"" + yamlPw + "\n  host: [unclosed\n");
        write(dir, ".anvil-check-baseline.json", "{\"fingerprints\": [\"" + baselineJunk + "\"]}");

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        StringBuilder output = new StringBuilder();
        CheckRun run;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            run = AnvilProject.load(dir).validateConfig()
                    .then(SecretsCheck.defaults().withEnvironment(Map.of("SMTP_PORT", envPort)));
            Report report = Report.of(run);
            for (ReportFormat format : ReportFormat.values()) {
                output.append(format.render(report));
            }
            for (Finding f : run.findings()) {
                output.append(f).append(f.details()).append(f.hint().orElse("")).append('\n');
            }
            output.append(run.result(SecretsResult.class).orElseThrow()).append('\n');
            try {
                run.orThrow();
            } catch (AnvilCheckException e) {
                output.append(e).append(e.getMessage());
            }
            Path baseline = SecretsCheck.writeBaseline(AnvilProject.load(dir));
            output.append(Files.readString(baseline));
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("DEBUG") && logs.contains("secrets check of"),
                "the secrets check must have logged at DEBUG: " + logs);
        output.append(logs);
        String all = output.toString();
        assertTrue(run.findings().size() > 20, "the planted problems must be found: " + run.findings());
        for (String rule : List.of("SE001", "SE105", "SE101", "SE203", "SE205", "SE406", "SE412", "SE414", "SE415",
                "SE416", "SE420", "SE430")) {
            assertTrue(all.contains(rule), rule + " was not reported");
        }
        for (String c : canaries) {
            for (int i = 0; i + 6 <= c.length(); i++) {
                String piece = c.substring(i, i + 6);
                int at = all.indexOf(piece);
                assertFalse(at >= 0, () -> "a piece of a canary appears in the output near: "
                        + all.substring(Math.max(0, at - 80), Math.min(all.length(), at + 40))
                        .replace(piece, "<piece>"));
            }
        }
        System.out.println("canary test: " + canaries.size() + " canaries, " + run.findings().size() + " findings, "
                + all.length() + " characters of output checked, none leaked");
    }

    static void write(Path dir, String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

}
