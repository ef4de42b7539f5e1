package dev.anvilcheck.anvil;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.testing.TempApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile input becomes findings (or nothing), never an exception, and stays fast. */
class AnvilRobustnessTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void hostileFilesDoNotThrow(@TempDir Path dir) {
        String longChain = "x = " + "1 + ".repeat(50_000) + "1\n";
        TempApp app = TempApp.of(dir, "name: Hostile\nruntime_options: {version: 3}\n"
                        + "dependencies: []\ndb_schema: {}\n")
                .file("server_code/deep.py", "import anvil.server\n" + longChain)
                .file("server_code/broken.py", "def f(:\n    anvil.server.call(\n")
                .bytes("server_code/binary.py", new byte[] {0, (byte) 0xff, (byte) 0xfe, 10, 0})
                .file("server_code/requirements.txt", " ".repeat(200_000) + "x\n" + "a".repeat(100_000) + "==1\n"
                        + "pkg; " + "(".repeat(500) + "\n" + "-r requirements.txt\n" + "-r ../../../etc/passwd\n"
                        + "\\\n")
                .file("client_code/F/__init__.py", "from ._anvil_designer import FTemplate\nclass F(FTemplate):\n"
                        + "    pass\n")
                .file("client_code/F/form_template.yaml", "- just\n- a list\n")
                .file("client_code/G/__init__.py", "from ._anvil_designer import GTemplate\nclass G(GTemplate):\n"
                        + "    pass\n")
                .file("client_code/G/form_template.yaml", "components: [{type: 'form:', event_bindings: [1, 2], "
                        + "data_bindings: [{code: null}, {code: 7}, 3]}]\ncontainer: {type: {a: b}}\n")
                .file("client_code/H/__init__.py", "from ._anvil_designer import HTemplate\n")
                .file("client_code/H/form_template.yaml", "a: [unclosed\n");
        AnvilResult r = AnvilProject.load(app.root()).checkAnvil().result(AnvilResult.class).orElseThrow();
        assertThat(r.findings()).extracting(f -> f.rule().code()).contains("AX040", "AY001");
        assertThat(r.forms()).hasSize(3);
    }

    @Test
    void anUnreadableManifestStillChecksTheCode(@TempDir Path dir) {
        TempApp app = TempApp.of(dir, "name: [unclosed\n")
                .file("server_code/a.py", "import anvil.server\n@anvil.server.callable\ndef f(x):\n    pass\n")
                .file("client_code/b.py", "import anvil.server\nanvil.server.call('f')\nanvil.server.call('g')\n");
        AnvilResult r = AnvilProject.load(app.root()).checkAnvil().result(AnvilResult.class).orElseThrow();
        assertThat(r.findings()).extracting(f -> f.rule().code() + " " + f.severity().jsonName())
                .contains("AX002 error", "AX001 warning");
    }
}
