package dev.anvilcheck.anvil;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.testing.TempApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Requirements against the real installed metadata of a CPython 3.11 interpreter. */
class InstalledMetadataTest {

    static final Path PYTHON = Path.of(System.getProperty("anvil.python311",
            "/root/.pyenv/versions/3.11.7/bin/python"));
    static final Path SITE = PYTHON.getParent().getParent().resolve("lib/python3.11/site-packages");

    static String requestsVersion;

    @BeforeAll
    static void findRequests() throws IOException {
        assumeTrue(Files.isDirectory(SITE), "skipped: no CPython 3.11 site-packages at " + SITE
                + " (set -Danvil.python311=/path/to/python3.11 to run these tests)");
        try (Stream<Path> s = Files.list(SITE)) {
            requestsVersion = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("requests-") && n.endsWith(".dist-info"))
                    .map(n -> n.substring("requests-".length(), n.length() - ".dist-info".length()))
                    .findFirst().orElse(null);
        }
        assumeTrue(requestsVersion != null, "skipped: requests is not installed in " + SITE);
    }

    static List<Finding> check(Path dir, String serverPython, String requirements, String serverCode) {
        TempApp app = TempApp.of(dir, "name: Deps\nruntime_options: {version: 3, server_spec: {base: "
                        + "python310-standard}}\n")
                .file("anvil-check.yaml", "python: {server: \"" + serverPython + "\"}\n"
                        + "dependencies: {source: installed, python: \"" + PYTHON + "\"}\n")
                .file("server_code/requirements.txt", requirements)
                .file("server_code/main.py", serverCode);
        return AnvilProject.load(app.root()).checkAnvil().findings();
    }

    @Test
    void readsAboutAHundredRealDistributions() {
        DependencyMetadata m = DependencyMetadata.installed(PYTHON);
        DependencyMetadata.Lookup l = m.lookup("Requests");
        assertThat(l.status()).isEqualTo(DependencyMetadata.Status.FOUND);
        DependencyMetadata.Project p = l.project().orElseThrow();
        assertThat(p.releases()).containsKey(requestsVersion);
        assertThat(p.releases().get(requestsVersion).requiresPython()).isPresent();
        assertThat(p.topLevel()).contains("requests");
        assertThat(((dev.anvilcheck.anvil.internal.InstalledMetadata) m).all()).hasSizeGreaterThan(50);
        assertThat(m.lookup("no-such-package-here").status()).isEqualTo(DependencyMetadata.Status.NOT_FOUND);
    }

    @Test
    void topLevelModulesComeFromRecordWhenTopLevelTxtIsAbsent() {
        DependencyMetadata.Lookup l = DependencyMetadata.installed(SITE).lookup("attrs");
        assumeTrue(l.status() == DependencyMetadata.Status.FOUND, "skipped: attrs is not installed in " + SITE);
        try (Stream<Path> s = Files.list(SITE)) {
            assumeTrue(s.map(p -> p.getFileName().toString()).noneMatch(n -> n.startsWith("attrs-")
                    && Files.exists(SITE.resolve(n).resolve("top_level.txt"))), "skipped: attrs has a top_level.txt");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(l.project().orElseThrow().topLevel()).contains("attr", "attrs");
    }

    @Test
    void aPinWhoseRequiresPythonExcludesTheServerIsAnError(@TempDir Path dir) {
        List<Finding> f = check(dir, "3.7", "requests==" + requestsVersion + "\n", "import requests\n");
        System.out.println("3.7 server: " + f);
        assertThat(f).anySatisfy(x -> {
            assertThat(x.rule()).isEqualTo(AnvilRule.REQUIREMENT_PYTHON);
            assertThat(x.message()).contains("requests==" + requestsVersion).contains("Requires-Python")
                    .contains("3.7");
            assertThat(x.location().orElseThrow().toString()).isEqualTo("server_code/requirements.txt:1:1");
        });
    }

    @Test
    void theSamePinIsFineOnANewServer(@TempDir Path dir) {
        List<Finding> f = check(dir, "3.11", "requests==" + requestsVersion + "\n", "import requests\n");
        assertThat(f).noneMatch(x -> x.rule() instanceof AnvilRule);
    }

    @Test
    void anotherInstalledVersionIsNotCheckedButSaid(@TempDir Path dir) {
        List<Finding> f = check(dir, "3.7", "requests==0.0.1\n", "");
        assertThat(f).anySatisfy(x -> assertThat(x.rule()).isEqualTo(AnvilRule.METADATA_UNAVAILABLE))
                .noneMatch(x -> x.rule() == AnvilRule.REQUIREMENT_PYTHON);
    }

    @Test
    void importsMapThroughTopLevelTxt(@TempDir Path dir) {
        assumeTrue(DependencyMetadata.installed(PYTHON).lookup("py-cpuinfo").status()
                == DependencyMetadata.Status.FOUND, "skipped: py-cpuinfo is not installed");
        String version = DependencyMetadata.installed(PYTHON).lookup("py-cpuinfo").project().orElseThrow()
                .releases().keySet().iterator().next();
        List<Finding> withMeta = check(dir.resolve("a"), "3.11", "py-cpuinfo==" + version + "\n", "import cpuinfo\n");
        assertThat(withMeta).noneMatch(x -> x.rule() == AnvilRule.UNDECLARED_IMPORT);
        List<Finding> missing = check(dir.resolve("b"), "3.11", "six==1.17.0\n", "import cpuinfo\n");
        assertThat(missing).anySatisfy(x -> {
            assertThat(x.rule()).isEqualTo(AnvilRule.UNDECLARED_IMPORT);
            assertThat(x.message()).contains("cpuinfo");
        });
    }

    @Test
    void aMissingInterpreterMakesLookupsUnavailable(@TempDir Path dir) {
        DependencyMetadata m = DependencyMetadata.installed(dir.resolve("nowhere/bin/python"));
        assertThat(m.lookup("requests").status()).isEqualTo(DependencyMetadata.Status.UNAVAILABLE);
    }
}
