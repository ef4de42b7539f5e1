package dev.anvilcheck.secrets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.report.Report;
import dev.anvilcheck.report.ReportFormat;
import dev.anvilcheck.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secrets check of a fixture app with a problem for most rules (resource {@code apps/secrets-fixture}; its
 * {@code dotenv} file becomes {@code .env}), as golden JSON and text reports. Regenerate with
 * {@code -Danvil.updateSnapshots=true} and review the diff.
 */
class SecretsGoldenTest {

    static final Path FIXTURE = Path.of("src/test/resources/apps/secrets-fixture");

    @Test
    void fixtureReportsMatchGolden(@TempDir Path dir) throws IOException {
        Path app = dir.resolve("secrets-fixture");
        try (Stream<Path> s = Files.walk(FIXTURE)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path rel = FIXTURE.relativize(p);
                Path target = app.resolve(rel.toString().equals("dotenv") ? ".env" : rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        CheckRun run = AnvilProject.load(app).then(SecretsCheck.defaults().withEnvironment(Map.of(
                "SMTP_PORT", "not-used-because-dotenv-has-it")));
        Report report = Report.of("secrets-fixture", run.results());
        String json = ReportFormat.JSON.render(report)
                .replaceFirst("\"version\" : \"[^\"]*\"", "\"version\" : \"VERSION\"");
        Golden.assertMatches("secrets/fixture.json", json);
        Golden.assertMatches("secrets/fixture.txt", ReportFormat.TEXT.render(report));
        for (String secret : new String[] {"Fx7!pQ2m", "AKIAQ7K3ZP", "4eC39HqLyj", "Vb8#kQ2x"}) {
            assertTrue(!json.contains(secret), "a planted secret appears in the report");
        }
    }
}
