package dev.anvilcheck.anvil;

import com.sun.net.httpserver.HttpServer;
import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.testing.TempApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PyPI JSON API source against a local HTTP server that answers in the documented shape
 * ({@code GET /pypi/<project>/json} with {@code info} and {@code releases}); no network is used.
 */
class PypiMetadataTest {

    static final Map<String, String> PROJECTS = Map.of(
            "demo", """
                    {"info": {"name": "Demo", "version": "2.0", "requires_python": ">=3.9"},
                     "releases": {
                       "1.0": [
                         {"filename": "demo-1.0.tar.gz", "packagetype": "sdist", "requires_python": ">=3.6", "yanked": false},
                         {"filename": "demo-1.0-py3-none-any.whl", "packagetype": "bdist_wheel", "requires_python": ">=3.6", "yanked": false}],
                       "2.0": [
                         {"filename": "demo-2.0-py3-none-any.whl", "packagetype": "bdist_wheel", "requires_python": ">=3.9", "yanked": false}],
                       "2.1b1": [
                         {"filename": "demo-2.1b1-py3-none-any.whl", "packagetype": "bdist_wheel", "requires_python": ">=3.6", "yanked": false}]
                     },
                     "urls": []}
                    """,
            "binonly", """
                    {"info": {"name": "binonly", "version": "1.0", "requires_python": null},
                     "releases": {
                       "1.0": [
                         {"filename": "binonly-1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl", "packagetype": "bdist_wheel", "requires_python": null, "yanked": false},
                         {"filename": "binonly-1.0-cp310-cp310-win_amd64.whl", "packagetype": "bdist_wheel", "requires_python": null, "yanked": false},
                         {"filename": "binonly-1.0-cp38-abi3-macosx_11_0_arm64.whl", "packagetype": "bdist_wheel", "requires_python": null, "yanked": false}]
                     },
                     "urls": []}
                    """);

    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();
    String index;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/pypi/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            String name = path.substring("/pypi/".length()).replaceAll("/json$", "");
            if (name.equals("boom")) {
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
                return;
            }
            if (name.equals("garbage")) {
                byte[] junk = "<html>not json".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, junk.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(junk);
                }
                return;
            }
            String body = PROJECTS.get(name);
            byte[] bytes = (body == null ? "{\"message\": \"Not Found\"}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        index = "http://127.0.0.1:" + server.getAddress().getPort() + "/pypi";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    List<Finding> check(Path dir, String python, String requirements, String extraDeps) {
        TempApp app = TempApp.of(dir, "name: Deps\nruntime_options: {version: 3}\n")
                .file("anvil-check.yaml", "python: {server: \"" + python + "\"}\n"
                        + "dependencies: {source: pypi, index_url: \"" + index + "\"" + extraDeps + "}\n")
                .file("server_code/requirements.txt", requirements);
        return AnvilProject.load(app.root()).checkAnvil().findings();
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "demo==2.0         | 3.7  | AX044 | declares Requires-Python '>=3.9'",
        "demo==2.0         | 3.9  | -     | ",
        "demo>=1.0         | 3.7  | -     | ",
        "demo>=2.0         | 3.7  | AX044 | no release of demo matching >=2.0",
        "binonly==1.0      | 3.10 | AX044 | publishes no sdist and no wheel",
        "binonly==1.0      | 3.11 | -     | ",
        "demo==9.9         | 3.11 | AX044 | has no release 9.9",
        "nothing-here==1.0 | 3.11 | AX046 | not found",
    })
    void requirementsAgainstTheServersPython(String req, String python, String rule, String text,
                                             @TempDir Path dir) {
        List<Finding> f = check(dir, python, req + "\n", "");
        if (rule.equals("-")) {
            assertThat(f).as(f.toString()).noneMatch(x -> x.rule() == AnvilRule.REQUIREMENT_PYTHON
                    || x.rule() == AnvilRule.METADATA_UNAVAILABLE);
        } else {
            assertThat(f).as(f.toString()).anySatisfy(x -> {
                assertThat(x.rule().code()).isEqualTo(rule);
                assertThat(x.message()).contains(text);
            });
        }
    }

    @Test
    void answersAreCachedOnDiskAndOfflineModeReadsOnlyTheCache(@TempDir Path dir) {
        Path cache = dir.resolve("cache");
        DependencyMetadata.PypiOptions online = DependencyMetadata.PypiOptions.defaults().withIndexUrl(index)
                .withCacheDir(cache).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
        assertThat(DependencyMetadata.pypi(online).lookup("Demo").status())
                .isEqualTo(DependencyMetadata.Status.FOUND);
        assertThat(DependencyMetadata.pypi(online).lookup("missing-one").status())
                .isEqualTo(DependencyMetadata.Status.NOT_FOUND);
        assertThat(requests.get()).isEqualTo(2);
        assertThat(Files.exists(cache.resolve("demo.json"))).isTrue();
        assertThat(Files.exists(cache.resolve("missing-one.404"))).isTrue();

        DependencyMetadata offline = DependencyMetadata.pypi(online.withOffline(true));
        DependencyMetadata.Lookup cached = offline.lookup("demo");
        assertThat(cached.status()).isEqualTo(DependencyMetadata.Status.FOUND);
        assertThat(cached.project().orElseThrow().releases()).containsKeys("1.0", "2.0");
        assertThat(offline.lookup("missing-one").status()).isEqualTo(DependencyMetadata.Status.NOT_FOUND);
        DependencyMetadata.Lookup notCached = offline.lookup("binonly");
        assertThat(notCached.status()).isEqualTo(DependencyMetadata.Status.UNAVAILABLE);
        assertThat(notCached.reason()).contains("offline");
        assertThat(requests.get()).isEqualTo(2);

        DependencyMetadata again = DependencyMetadata.pypi(online);
        again.lookup("demo");
        assertThat(requests.get()).as("a cached answer is not fetched again").isEqualTo(2);
    }

    @Test
    void offlineModeFromAnvilCheckYaml(@TempDir Path dir) {
        List<Finding> f = check(dir, "3.7", "demo==2.0\n", ", offline: true, cache_dir: .pypi-cache");
        assertThat(f).anySatisfy(x -> {
            assertThat(x.rule()).isEqualTo(AnvilRule.METADATA_UNAVAILABLE);
            assertThat(x.message()).contains("offline");
        });
        assertThat(requests.get()).isZero();
    }

    @Test
    void serverErrorsAndBadJsonAreUnavailableAndNotCached(@TempDir Path dir) {
        DependencyMetadata m = DependencyMetadata.pypi(DependencyMetadata.PypiOptions.defaults().withIndexUrl(index)
                .withCacheDir(dir));
        DependencyMetadata.Lookup boom = m.lookup("boom");
        assertThat(boom.status()).isEqualTo(DependencyMetadata.Status.UNAVAILABLE);
        assertThat(boom.reason()).contains("HTTP 500");
        DependencyMetadata.Lookup garbage = m.lookup("garbage");
        assertThat(garbage.status()).isEqualTo(DependencyMetadata.Status.UNAVAILABLE);
        assertThat(garbage.reason()).contains("not valid JSON");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void anUnreachableIndexIsUnavailableNotACrash() {
        server.stop(0);
        DependencyMetadata m = DependencyMetadata.pypi(DependencyMetadata.PypiOptions.defaults().withIndexUrl(index)
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(1)));
        DependencyMetadata.Lookup l = m.lookup("demo");
        assertThat(l.status()).isEqualTo(DependencyMetadata.Status.UNAVAILABLE);
        assertThat(l.reason()).contains("did not answer");
    }

    @Test
    void aFixedFileWorksLikeTheIndex(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("meta.json");
        Files.writeString(file, """
                {"packages": {"Demo": {"top_level": ["demo_mod"], "releases": {
                  "1.0": {"requires_python": ">=3.6", "files": ["demo-1.0.tar.gz"]},
                  "2.0": {"requires_python": ">=3.9", "files": [{"filename": "demo-2.0-py3-none-any.whl"}]}}}}}
                """);
        TempApp app = TempApp.of(dir.resolve("app"), "name: Deps\nruntime_options: {version: 3}\n")
                .file("anvil-check.yaml", "python: {server: \"3.7\"}\ndependencies: {source: file, file: \""
                        + file + "\"}\n")
                .file("server_code/requirements.txt", "demo==2.0\n")
                .file("server_code/main.py", "import demo_mod\n");
        List<Finding> f = AnvilProject.load(app.root()).checkAnvil().findings();
        assertThat(f).anySatisfy(x -> assertThat(x.rule()).isEqualTo(AnvilRule.REQUIREMENT_PYTHON))
                .noneMatch(x -> x.rule() == AnvilRule.UNDECLARED_IMPORT);
        assertThat(DependencyMetadata.file(dir.resolve("absent.json")).lookup("demo").status())
                .isEqualTo(DependencyMetadata.Status.UNAVAILABLE);
    }
}
