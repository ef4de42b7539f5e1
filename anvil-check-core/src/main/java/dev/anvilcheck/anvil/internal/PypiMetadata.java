package dev.anvilcheck.anvil.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anvilcheck.anvil.DependencyMetadata;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PyPI JSON API ({@code GET <index>/<name>/json}) with an optional on-disk cache of raw answers (a 404 is
 * cached as a {@code .404} marker) and an offline mode that reads only the cache. Thread-safe; answers are also
 * kept in memory for the life of the instance.
 */
public final class PypiMetadata implements DependencyMetadata {

    private static final int MAX_BYTES = 32 * 1024 * 1024;

    private final PypiOptions options;
    private final Map<String, Lookup> memo = new ConcurrentHashMap<>();
    private volatile HttpClient client;

    /**
     * A source with these options.
     *
     * @param options the options
     */
    public PypiMetadata(PypiOptions options) {
        this.options = options;
    }

    @Override
    public Lookup lookup(String name) {
        String norm = Requirements.normalize(name);
        if (!norm.matches("[a-z0-9]([a-z0-9.-]*[a-z0-9])?")) {
            return Lookup.notFound();
        }
        return memo.computeIfAbsent(norm, this::fetch);
    }

    private Lookup fetch(String norm) {
        Optional<Path> cacheFile = options.cacheDir().map(d -> d.resolve(norm + ".json"));
        Optional<Path> missFile = options.cacheDir().map(d -> d.resolve(norm + ".404"));
        if (missFile.isPresent() && Files.isRegularFile(missFile.get())) {
            return Lookup.notFound();
        }
        if (cacheFile.isPresent() && Files.isRegularFile(cacheFile.get())) {
            try {
                return parse(norm, Files.readAllBytes(cacheFile.get()));
            } catch (IOException e) {
                // fall through to the network, or unavailable when offline
            }
        }
        if (options.offline()) {
            return Lookup.unavailable("offline, and no cached answer for " + norm);
        }
        String base = options.indexUrl().endsWith("/") ? options.indexUrl() : options.indexUrl() + "/";
        HttpResponse<InputStream> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + norm + "/json"))
                    .timeout(options.requestTimeout())
                    .header("Accept", "application/json")
                    .header("User-Agent", "anvil-check")
                    .GET().build();
            response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException | IllegalArgumentException e) {
            return Lookup.unavailable(options.indexUrl() + " did not answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Lookup.unavailable("interrupted");
        }
        byte[] body;
        try (InputStream in = response.body()) {
            if (response.statusCode() == 404) {
                missFile.ifPresent(f -> write(f, new byte[0]));
                return Lookup.notFound();
            }
            if (response.statusCode() != 200) {
                return Lookup.unavailable(options.indexUrl() + " answered HTTP " + response.statusCode());
            }
            body = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            return Lookup.unavailable(options.indexUrl() + " broke off the answer (" + e.getClass().getSimpleName()
                    + ")");
        }
        if (body.length > MAX_BYTES) {
            return Lookup.unavailable("the answer for " + norm + " is larger than 32 MB");
        }
        Lookup l = parse(norm, body);
        if (l.status() == Status.FOUND) {
            cacheFile.ifPresent(f -> write(f, body));
        }
        return l;
    }

    private static Lookup parse(String norm, byte[] body) {
        try {
            JsonNode root = new ObjectMapper().readTree(body);
            if (root == null || !root.isObject()) {
                return Lookup.unavailable("the answer for " + norm + " is not a JSON object");
            }
            return Lookup.found(PypiJson.fromPypi(norm, root));
        } catch (IOException e) {
            return Lookup.unavailable("the answer for " + norm + " is not valid JSON");
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".pypi", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the cache is an optimisation; a failed write only costs a later request
        }
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NORMAL).build();
                }
                c = client;
            }
        }
        return c;
    }

    @Override
    public String describe() {
        return "the package index " + options.indexUrl() + (options.offline() ? " (offline)" : "");
    }
}
