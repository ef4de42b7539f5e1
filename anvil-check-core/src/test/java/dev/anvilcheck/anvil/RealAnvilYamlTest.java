package dev.anvilcheck.anvil;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Severity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every real anvil.yaml in ../shared/anvil-apps, alone (no code), passes checkAnvil without a crash and without an
 * error: with no code, nothing in the yaml can be contradicted by code, and requirements it embeds are valid.
 */
class RealAnvilYamlTest {

    static final Path APPS = Stream.of(System.getProperty("anvil.apps", "../../shared/anvil-apps"),
                    "../../../shared/anvil-apps").map(Path::of).filter(Files::isDirectory).findFirst()
            .orElse(Path.of("../../shared/anvil-apps"));

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyRealAnvilYamlAloneHasNoAxErrors() throws IOException {
        assumeTrue(Files.isDirectory(APPS), "skipped: " + APPS.toAbsolutePath() + " does not exist (the shared "
                + "corpus of real anvil.yaml files is only on the team's machines)");
        List<Path> apps;
        try (Stream<Path> s = Files.list(APPS)) {
            apps = s.filter(p -> Files.isRegularFile(p.resolve("anvil.yaml"))).sorted().collect(Collectors.toList());
        }
        assertThat(apps).hasSizeGreaterThanOrEqualTo(8);
        return apps.stream().map(app -> DynamicTest.dynamicTest(app.getFileName().toString(), () -> {
            Path dir = Files.createDirectories(tmp.resolve(app.getFileName().toString()));
            Files.copy(app.resolve("anvil.yaml"), dir.resolve("anvil.yaml"));
            AnvilResult r = AnvilProject.load(dir).checkAnvil().result(AnvilResult.class).orElseThrow();
            Map<String, Long> byRule = new TreeMap<>(r.findings().stream().collect(Collectors.groupingBy(
                    f -> f.rule().code() + " " + f.severity().jsonName(), Collectors.counting())));
            System.out.println(app.getFileName() + ": " + byRule + ", " + r.requirements().size()
                    + " requirements");
            List<Finding> errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
            assertThat(errors).as(errors.toString()).isEmpty();
            assertThat(r.serverFunctions()).isEmpty();
            assertThat(r.forms()).isEmpty();
        }));
    }

    @Test
    void requirementsEmbeddedInServerSpecAreReadAtTheirYamlLines() throws IOException {
        Path p2p = APPS.resolve("p2p-lending/anvil.yaml");
        assumeTrue(Files.isRegularFile(p2p), "skipped: " + p2p.toAbsolutePath() + " does not exist");
        String text = Files.readString(p2p);
        assertThat(text).contains("  server_spec: null\n", "  server_spec_disabled:\n");
        // Switch the disabled server environment on, keeping every line where it is.
        String enabled = text.replace("  server_spec: null\n", "  server_spec_was: null\n")
                .replace("  server_spec_disabled:\n", "  server_spec:\n");
        Path dir = Files.createDirectories(tmp.resolve("p2p-enabled"));
        Files.writeString(dir.resolve("anvil.yaml"), enabled);
        AnvilResult r = AnvilProject.load(dir).checkAnvil().result(AnvilResult.class).orElseThrow();
        assertThat(r.requirements()).extracting(q -> q.text() + "@" + q.location())
                .containsExactly("pdf2image==1.16.3@anvil.yaml:32:7", "bcrypt==4.1.3@anvil.yaml:33:7");
        assertThat(r.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }
}
