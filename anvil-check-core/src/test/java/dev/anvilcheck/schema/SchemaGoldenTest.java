package dev.anvilcheck.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden SQL for the fixture app and every real anvil.yaml in ../shared/anvil-apps. Regenerate the files with
 * {@code ./mvnw -pl anvil-check-core test -Dtest=SchemaGoldenTest -Danvil.updateSnapshots=true} and review the diff.
 */
class SchemaGoldenTest {

    static final Path APPS = sharedApps();
    static final Path FIXTURE = Path.of("src/test/resources/apps/schema-fixture");
    static final Path GOLDEN = Path.of("src/test/resources/golden/schema");
    static final boolean UPDATE = Boolean.getBoolean("anvil.updateSnapshots");

    /** The -Danvil.apps folder, else the first shared/anvil-apps found walking up from the working folder. */
    static Path sharedApps() {
        String given = System.getProperty("anvil.apps");
        if (given != null) {
            return Path.of(given);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/anvil-apps");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("../../shared/anvil-apps");
    }

    static SchemaResult generate(Path app) {
        return AnvilProject.load(app).generateSchema().result(SchemaResult.class).orElseThrow();
    }

    static void assertGolden(String name, String sql) throws IOException {
        Path file = GOLDEN.resolve(name + ".sql");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, sql, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (regenerate with -Danvil.updateSnapshots=true)", file).exists();
        assertThat(sql).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void fixtureMatchesGolden() throws IOException {
        SchemaResult r = generate(FIXTURE);
        assertThat(r.findings()).extracting(f -> f.rule().code()).containsExactly("SC007");
        assertGolden("fixture", r.sql());
        assertThat(generate(FIXTURE).sql()).as("deterministic").isEqualTo(r.sql());
    }

    @Test
    void sampleAppMatchesGolden() throws IOException {
        SchemaResult r = generate(Path.of("../examples/sample-app"));
        assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertGolden("sample-app", r.sql());
    }

    @TestFactory
    Stream<DynamicTest> everyRealAppMatchesGolden() throws IOException {
        assumeTrue(Files.isDirectory(APPS), "skipped: " + APPS.toAbsolutePath() + " does not exist (the shared "
                + "corpus of real anvil.yaml files is only on the team's machines)");
        List<Path> apps;
        try (Stream<Path> s = Files.list(APPS)) {
            apps = s.filter(p -> Files.isRegularFile(p.resolve("anvil.yaml"))).sorted().collect(Collectors.toList());
        }
        assertThat(apps).hasSizeGreaterThanOrEqualTo(8);
        return apps.stream().map(app -> DynamicTest.dynamicTest(app.getFileName().toString(), () -> {
            SchemaResult r = generate(app);
            assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
            assertGolden(app.getFileName().toString(), r.sql());
        }));
    }
}
