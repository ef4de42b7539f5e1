package dev.anvilcheck.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Declared against used App Secrets and environment variables, found in the syntax tree. */
class CodeUsesTest {

    static final String YAML = "name: Demo\ndb_schema: {}\nsecrets:\n"
            + "  stripe_key: {type: secret, value: {APP: abc}}\n"
            + "  fernet: {type: key, value: {APP: abc}}\n";

    @TempDir
    Path dir;

    void write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    SecretsResult run() {
        return AnvilProject.load(dir).then(SecretsCheck.defaults().withEnvironment(Map.of()))
                .result(SecretsResult.class).orElseThrow();
    }

    List<Finding> of(SecretsResult r, SecretsRule rule) {
        return r.findings().stream().filter(f -> f.rule() == rule).toList();
    }

    static final String USES_BOTH = "import anvil.secrets\n"
            + "k = anvil.secrets.get_secret('stripe_key')\n"
            + "t = anvil.secrets.encrypt_with_key('fernet', 'x')\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(SecretsRule.SECRET_UNDECLARED, "server_code/a.py",
                        USES_BOTH + "from anvil.secrets import get_secret as gs\nx = gs('other_secret')\n",
                        "server_code/a.py", USES_BOTH),
                Arguments.of(SecretsRule.SECRET_WRONG_TYPE, "server_code/a.py",
                        USES_BOTH + "from anvil import secrets\ny = secrets.decrypt_with_key('stripe_key', t)\n",
                        "server_code/a.py", USES_BOTH + "y = anvil.secrets.decrypt_with_key('fernet', t)\n"),
                Arguments.of(SecretsRule.SECRET_FROM_CLIENT, "client_code/Form1/__init__.py",
                        "import anvil.secrets\nv = anvil.secrets.get_secret('stripe_key')\n",
                        "client_code/Form1/__init__.py", "import anvil.server\nv = anvil.server.call('f')\n"),
                Arguments.of(SecretsRule.SECRET_UNUSED, "server_code/a.py",
                        "import anvil.secrets\nk = anvil.secrets.get_secret('stripe_key')\n",
                        "server_code/a.py", USES_BOTH),
                Arguments.of(SecretsRule.ENV_UNDOCUMENTED, "server_code/a.py",
                        "import os\nu = os.environ['UNDOCUMENTED_URL']\n",
                        "server_code/a.py", "import os\nu = os.environ['DOCUMENTED']\nos.environ['SET_ONLY'] = 'x'\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void firesOnBadStaysSilentOnGood(SecretsRule rule, String badPath, String bad, String goodPath, String good)
            throws IOException {
        write("anvil.yaml", YAML);
        write(".env.example", "DOCUMENTED=\n");
        write(badPath, bad);
        assertEquals(1, of(run(), rule).size(), rule + " on " + bad + ": " + run().findings());
        Files.delete(dir.resolve(badPath));
        write(goodPath, good);
        assertEquals(List.of(), of(run(), rule), rule + " on " + good);
    }

    @Test
    void envReadsInEveryFormAgainstExampleAndRequired() throws IOException {
        write("anvil.yaml", YAML);
        write(".env.example", "A=\n");
        write("anvil-check.yaml", "required_env:\n  B: {type: string}\n");
        write("server_code/e.py", "import os\nfrom os import getenv, environ as env\n"
                + "a = os.environ['A']\nb = os.getenv('B')\nc = getenv('C', 'd')\nd = env.get('D')\n"
                + "e = os.environ.get('E')\n" + USES_BOTH);
        SecretsResult r = run();
        assertEquals(List.of("A", "B", "C", "D", "E"), r.envVarsUsed());
        List<Finding> f = of(r, SecretsRule.ENV_UNDOCUMENTED);
        assertEquals(3, f.size(), f.toString());
        assertEquals(new Location("server_code/e.py", 5, 5, 5, 21), f.get(0).location().orElseThrow());
        assertTrue(f.get(0).message().contains("C"));
    }

    @Test
    void secretsListAndLocations() throws IOException {
        write("anvil.yaml", YAML);
        write("server_code/a.py", USES_BOTH + "z = anvil.secrets.get_secret('missing')\n");
        SecretsResult r = run();
        assertEquals(List.of(new SecretsResult.SecretUse("stripe_key", Optional.of("secret"), 1),
                new SecretsResult.SecretUse("fernet", Optional.of("key"), 1),
                new SecretsResult.SecretUse("missing", Optional.empty(), 1)), r.secrets());
        Finding f = of(r, SecretsRule.SECRET_UNDECLARED).get(0);
        assertEquals(new Location("server_code/a.py", 4, 30, 4, 39), f.location().orElseThrow());
    }

    @Test
    void dynamicNamesKeepUnusedQuietAndBrokenCodeDoesNotThrow() throws IOException {
        write("anvil.yaml", YAML);
        write("server_code/a.py", "import anvil.secrets\nname = 'stripe_key'\nv = anvil.secrets.get_secret(name)\n");
        write("server_code/broken.py", "def f(:\n    anvil.secrets.get_secret('x'\n");
        SecretsResult r = run();
        assertTrue(of(r, SecretsRule.SECRET_UNUSED).isEmpty());
        assertFalse(r.findings().stream().anyMatch(f -> f.message().contains("Exception")));
    }
}
