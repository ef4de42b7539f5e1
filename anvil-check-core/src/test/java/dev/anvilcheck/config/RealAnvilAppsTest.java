package dev.anvilcheck.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real anvil.yaml in ../shared/anvil-apps loads with zero errors, and each kind of warning it gets is one we
 * have reviewed and justified here.
 */
class RealAnvilAppsTest {

    static final Path APPS = Path.of(System.getProperty("anvil.apps", "../../shared/anvil-apps"));

    /**
     * The warnings real apps are expected to get, per app, with the reason:
     * AY012: the seed's required sections (name, db_schema, secrets) are missing in library apps and apps without
     * secrets; AY029: real users tables lack some of the columns the Users service creates lazily.
     */
    static final Map<String, Set<String>> EXPECTED_WARNINGS = Map.of(
            "anvil-extras", Set.of("AY012"),
            "routing", Set.of("AY012"),
            "openquestion", Set.of("AY012", "AY029"),
            "todolist-template", Set.of("AY012"),
            "practice-manager", Set.of("AY012"),
            "p2p-lending", Set.of("AY029"),
            "chat-app", Set.of(),
            "saas-template", Set.of());

    @TestFactory
    Stream<DynamicTest> everyRealAppLoadsWithoutErrors() throws IOException {
        assumeTrue(Files.isDirectory(APPS), "skipped: " + APPS.toAbsolutePath() + " does not exist (the shared "
                + "corpus of real anvil.yaml files is only on the team's machines)");
        List<Path> apps;
        try (Stream<Path> s = Files.list(APPS)) {
            apps = s.filter(p -> Files.isRegularFile(p.resolve("anvil.yaml"))).sorted().collect(Collectors.toList());
        }
        assertThat(apps).hasSizeGreaterThanOrEqualTo(8);
        return apps.stream().map(app -> DynamicTest.dynamicTest(app.getFileName().toString(), () -> {
            ConfigResult r = AnvilProject.load(app).validateConfig().config().orElseThrow();
            Map<String, Long> byRule = new TreeMap<>(r.findings().stream()
                    .collect(Collectors.groupingBy(f -> f.rule().code() + " " + f.severity().jsonName(),
                            Collectors.counting())));
            System.out.println(app.getFileName() + ": " + byRule);
            assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
            assertThat(r.anvilYaml()).isPresent();
            Set<String> warned = r.findings().stream().map(Finding::rule).map(x -> x.code())
                    .collect(Collectors.toSet());
            assertThat(warned).as("warning kinds of %s", app.getFileName())
                    .isEqualTo(EXPECTED_WARNINGS.getOrDefault(app.getFileName().toString(), Set.of()));
        }));
    }
}
