package dev.anvilcheck.anvil;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.testing.TempApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The installed source over a small venv written by the test (runs everywhere, unlike the 3.11 tests). */
class VenvMetadataTest {

    static void dist(Path site, String dir, String metadata, String record, String topLevel) throws IOException {
        Path d = Files.createDirectories(site.resolve(dir));
        Files.writeString(d.resolve(dir.endsWith(".egg-info") ? "PKG-INFO" : "METADATA"), metadata);
        if (record != null) {
            Files.writeString(d.resolve("RECORD"), record);
        }
        if (topLevel != null) {
            Files.writeString(d.resolve("top_level.txt"), topLevel);
        }
    }

    static Path venv(Path dir) throws IOException {
        Path venv = dir.resolve("app/.venv");
        Path site = Files.createDirectories(venv.resolve("lib/python3.9/site-packages"));
        Files.createDirectories(venv.resolve("bin"));
        Files.writeString(venv.resolve("bin/python"), "");
        dist(site, "Fancy_Lib-2.0.dist-info", "Metadata-Version: 2.1\nName: Fancy_Lib\nVersion: 2.0\n"
                + "Requires-Python: >=3.10\n\nRequires-Python: <3\nlong description\n",
                "fancy/__init__.py,sha256=x,1\nfancy/core.py,sha256=y,2\n_fancy_speedups.cpython-39-x86_64-linux-gnu.so,"
                        + "sha256=z,3\nFancy_Lib-2.0.dist-info/METADATA,,\n../../bin/fancy,,\n", null);
        dist(site, "plain-1.0.egg-info", "Name: plain\nVersion: 1.0\n", null, "plainmod\n");
        return venv;
    }

    @Test
    void readsMetadataRecordAndTopLevel(@TempDir Path dir) throws IOException {
        Path venv = venv(dir);
        for (Path given : List.of(venv, venv.resolve("bin/python"), venv.resolve("lib/python3.9/site-packages"))) {
            DependencyMetadata m = DependencyMetadata.installed(given);
            DependencyMetadata.Project fancy = m.lookup("fancy-lib").project().orElseThrow();
            assertThat(fancy.releases().get("2.0").requiresPython()).contains(">=3.10");
            assertThat(fancy.topLevel()).containsExactlyInAnyOrder("fancy", "_fancy_speedups");
            assertThat(m.lookup("PLAIN").project().orElseThrow().topLevel()).containsExactly("plainmod");
        }
    }

    @Test
    void aRelativeVenvFromAnvilCheckYaml(@TempDir Path dir) throws IOException {
        venv(dir);
        TempApp app = TempApp.of(dir.resolve("app"), "name: V\nruntime_options: {version: 3}\n")
                .file("anvil-check.yaml", "python: {server: \"3.9\"}\ndependencies: {source: installed, python: "
                        + ".venv/bin/python}\n")
                .file("server_code/requirements.txt", "fancy-lib==2.0\nplain==1.0\n")
                .file("server_code/s.py", "import fancy\nimport plainmod\nimport _fancy_speedups\n");
        List<Finding> f = AnvilProject.load(app.root()).checkAnvil().findings();
        assertThat(f).filteredOn(x -> x.rule() instanceof AnvilRule).extracting(x -> x.rule().code() + " "
                + x.location().orElseThrow()).containsExactly("AX044 server_code/requirements.txt:1:1");
    }
}
