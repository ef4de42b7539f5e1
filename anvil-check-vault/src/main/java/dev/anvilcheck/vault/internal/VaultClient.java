package dev.anvilcheck.vault.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jopenlibs.vault.EnvironmentLoader;
import io.github.jopenlibs.vault.Vault;
import io.github.jopenlibs.vault.VaultConfig;
import io.github.jopenlibs.vault.VaultException;
import io.github.jopenlibs.vault.response.LogicalResponse;
import io.github.jopenlibs.vault.response.LookupResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP calls of one check, with bounded retries and backoff. KV reads, {@code sys/mounts},
 * {@code sys/internal/ui/mounts} and {@code auth/token/lookup-self} go through the jopenlibs driver; a few calls
 * use the JDK {@link HttpClient} directly where the driver is unfit (each says why). Both share one
 * {@link HttpClient}, so TLS settings and the connect timeout are the same everywhere.
 *
 * <p>The driver is always used in KV "version 1" mode, which sends paths verbatim: this class builds every KV v2
 * path itself ({@code <mount>/metadata/<path>}), because the driver's v2 rewriting puts {@code data/} after the
 * first segment and so gets multi-segment mounts such as {@code kv/team} wrong, and its engine-version lookup by
 * path map is broken in 6.2.x. The driver's own retries are left off (fixed interval, swallows interrupts);
 * status codes are checked here, never trusted to the driver. Nothing here logs a body or a token.
 *
 * <p>Used by one thread at a time.
 */
public final class VaultClient {

    private static final Logger LOG = LoggerFactory.getLogger(VaultClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_PAUSE = Duration.ofSeconds(2);

    private final VaultSettings settings;
    private final TokenSource.Token token;
    private final HttpClient http;
    private final Vault driver;
    private final List<String> sensitive;

    /**
     * A client for one check.
     *
     * @param settings the settings
     * @param token the token
     * @param http the shared HTTP client (TLS and connect timeout already set)
     * @throws CallException when the driver rejects the configuration
     */
    public VaultClient(VaultSettings settings, TokenSource.Token token, HttpClient http) throws CallException {
        this.settings = settings;
        this.token = token;
        this.http = http;
        this.sensitive = List.of(token.value());
        try {
            VaultConfig config = new VaultConfig()
                    // the driver would otherwise read VAULT_TOKEN, VAULT_ADDR etc. silently: we pass all settings
                    .environmentLoader(new NoEnvironment())
                    .address(base())
                    .token(token.value())
                    .engineVersion(1)
                    .httpClient(http)
                    .openTimeout(seconds(settings.openTimeout()))
                    .readTimeout(seconds(settings.readTimeout()));
            if (settings.namespace().isPresent()) {
                config.nameSpace(settings.namespace().get());
            }
            this.driver = Vault.create(config.build(), 1);
        } catch (VaultException | RuntimeException e) {
            throw new CallException("the Vault driver rejected the configuration: " + Scrub.describe(e, sensitive),
                    -1);
        }
    }

    /**
     * Builds the HTTP client every call shares: HTTP/1.1, no redirects (a redirect would carry the token to
     * another host), the connect timeout, and the CA file's certificates when one is given. TLS verification is
     * always on.
     *
     * @param settings the settings
     * @return the client
     * @throws CallException when the CA file cannot be used
     */
    public static HttpClient httpClient(VaultSettings settings) throws CallException {
        HttpClient.Builder b = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.openTimeout());
        if (settings.caFile().isPresent()) {
            b.sslContext(Tls.trusting(settings.caFile().get()));
        }
        return b.build();
    }

    /**
     * {@code GET sys/health}. JDK client: the driver's {@code debug().health()} throws on the newer 474 and 530
     * codes and puts the body in the exception. Only I/O errors and 500/502/504 are retried: 429, 472, 473, 501,
     * 503 are answers about the node, not failures.
     *
     * @return the answer
     * @throws CallException when there was no answer
     */
    public Reply health() throws CallException {
        return retrying("GET", "sys/health", () -> send("GET", "sys/health", null, false),
                s -> s == 500 || s == 502 || s == 504);
    }

    /**
     * {@code GET auth/token/lookup-self} through the driver. Its answer holds the token itself ({@code id}):
     * only the TTL and the renewable flag are kept, the response object is dropped here, and nothing of it is
     * logged.
     *
     * @return the status and, on 200, what was kept
     * @throws CallException when there was no answer
     */
    public TokenLookup lookupSelf() throws CallException {
        return retrying("GET", "auth/token/lookup-self", () -> {
            try {
                LookupResponse r = driver.auth().lookupSelf();
                int status = r.getRestResponse().getStatus();
                return new TokenLookup(status, status == 200
                        ? Optional.of(new TokenLookup.Info(r.getTTL(), r.isRenewable())) : Optional.empty());
            } catch (VaultException e) {
                int status = driverStatus(e);
                if (status > 0) {
                    return new TokenLookup(status, Optional.empty());
                }
                throw noAnswer(e);
            } catch (RuntimeException e) {
                throw new CallException("unreadable lookup-self answer (" + e.getClass().getSimpleName() + ")", -1);
            }
        }, TokenLookup::status, VaultClient::retryableRead);
    }

    /**
     * A GET of a structural path (metadata, subkeys, mounts) through the driver in verbatim-path mode. The
     * driver returns 4xx answers and throws on others; both become a {@link Reply} here.
     *
     * @param path the path under {@code /v1/}, already built
     * @return the answer
     * @throws CallException when there was no answer
     */
    public Reply read(String path) throws CallException {
        return read(path, "");
    }

    /**
     * Like {@link #read(String)}, with a query string.
     *
     * @param path the path under {@code /v1/}
     * @param query the query without {@code ?} ({@code depth=1}), or empty
     * @return the answer
     * @throws CallException when there was no answer
     */
    public Reply read(String path, String query) throws CallException {
        String shown = query.isEmpty() ? path : path + "?" + query;
        String url = query.isEmpty() ? encode(path) : encode(path) + "?" + query;
        return retrying("GET", shown, () -> logicalRead(url,
                (status, body) -> new Reply(status, parse(body)),
                status -> new Reply(status, MissingNode.getInstance())),
                Reply::status, VaultClient::retryableRead);
    }

    /**
     * Reads a secret's data and keeps only its key names: the values are dropped before this returns and the
     * raw body is zeroed. Used only when the user opted in with {@code vault.allow_read: true}.
     *
     * @param path the data path ({@code secret/data/app} for KV v2, {@code secret/app} for v1)
     * @param v2 whether the values are under {@code data.data} (KV v2) or {@code data} (v1)
     * @return the status and, on 200, the key names
     * @throws CallException when there was no answer
     */
    public KeyNames readKeyNames(String path, boolean v2) throws CallException {
        return retrying("GET", path + " (keys only)", () -> logicalRead(encode(path), (status, body) -> {
            List<String> names = new ArrayList<>();
            if (status == 200) {
                JsonNode values = parse(body).path("data");
                if (v2) {
                    values = values.path("data");
                }
                for (Iterator<String> it = values.fieldNames(); it.hasNext(); ) {
                    names.add(it.next());
                }
            }
            return new KeyNames(status, names);
        }, status -> new KeyNames(status, List.of())),
                KeyNames::status, VaultClient::retryableRead);
    }

    /**
     * {@code LIST <path>}. JDK client: the driver's {@code list()} turns a 404 into an empty answer, so an empty
     * folder, a missing path and Vault's {@code {"errors":[]}} cannot be told apart, and it rewrites paths.
     *
     * @param path the folder path
     * @return the answer
     * @throws CallException when there was no answer
     */
    public Reply list(String path) throws CallException {
        String p = path.endsWith("/") ? path : path + "/";
        return retrying("LIST", p, () -> send("LIST", p, null, true), VaultClient::retryableRead);
    }

    /**
     * {@code POST sys/capabilities-self}. JDK client: the driver has no API for it. It is a read in effect (it
     * changes nothing), so it is retried like one.
     *
     * @param paths the paths to ask about
     * @return the answer
     * @throws CallException when there was no answer
     */
    public Reply capabilities(List<String> paths) throws CallException {
        ObjectNode req = JSON.createObjectNode();
        paths.forEach(req.putArray("paths")::add);
        byte[] body = req.toString().getBytes(StandardCharsets.UTF_8);
        return retrying("POST", "sys/capabilities-self", () -> send("POST", "sys/capabilities-self", body, true),
                VaultClient::retryableRead);
    }

    /** Reads are retried on 412 (standby eventual consistency) and 5xx. */
    static boolean retryableRead(int status) {
        return status == 412 || status >= 500;
    }

    private Reply send(String method, String path, byte[] body, boolean auth) throws CallException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "/v1/" + encode(path)))
                .timeout(settings.readTimeout())
                .header("X-Vault-Request", "true");
        if (auth) {
            b.header("X-Vault-Token", token.value());
            settings.namespace().ifPresent(ns -> b.header("X-Vault-Namespace", ns));
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        byte[] raw = null;
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            raw = r.body();
            return new Reply(r.statusCode(), parse(raw));
        } catch (IOException e) {
            throw new CallException(Scrub.describe(e, sensitive), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallException("interrupted", -1);
        } finally {
            if (raw != null) {
                Arrays.fill(raw, (byte) 0);
            }
        }
    }

    private <T> T retrying(String method, String path, Attempt<T> attempt, java.util.function.ToIntFunction<T> status,
                           IntPredicate retryable) throws CallException {
        for (int i = 0; ; i++) {
            boolean last = i >= settings.retries();
            try {
                T r = attempt.run();
                int s = status.applyAsInt(r);
                LOG.debug("vault {} {} -> {} (try {})", method, path, s, i + 1);
                if (!retryable.test(s) || last) {
                    return r;
                }
            } catch (CallException e) {
                LOG.debug("vault {} {} -> {} (try {})", method, path, e.getMessage(), i + 1);
                if (e.status() < 0 || last) {
                    throw e;
                }
            }
            pause(i);
        }
    }

    private Reply retrying(String method, String path, Attempt<Reply> attempt, IntPredicate retryable)
            throws CallException {
        return retrying(method, path, attempt, Reply::status, retryable);
    }

    private void pause(int attempt) throws CallException {
        long base = settings.backoff().toMillis() << Math.min(attempt, 16);
        long cap = Math.min(base, MAX_PAUSE.toMillis());
        long ms = cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1);
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallException("interrupted", -1);
        }
    }

    /**
     * One GET through the driver: the answer's status and raw body go to {@code onAnswer}; a status the driver
     * throws for goes to {@code onStatusOnly}; no answer at all is a {@link CallException}. The raw body (which
     * may hold secret values) is zeroed before this returns, whatever happens.
     */
    private <T> T logicalRead(String url, java.util.function.BiFunction<Integer, byte[], T> onAnswer,
                              java.util.function.IntFunction<T> onStatusOnly) throws CallException {
        byte[] body = null;
        try {
            LogicalResponse r = driver.logical().read(url);
            int status = r.getRestResponse().getStatus();
            body = r.getRestResponse().getBody();
            return onAnswer.apply(status, body);
        } catch (VaultException e) {
            int status = driverStatus(e);
            if (status > 0) {
                return onStatusOnly.apply(status);
            }
            throw noAnswer(e);
        } catch (RuntimeException e) {
            throw new CallException("unreadable answer (" + e.getClass().getSimpleName() + ")", -1);
        } finally {
            if (body != null) {
                Arrays.fill(body, (byte) 0);
            }
        }
    }

    private CallException noAnswer(VaultException e) {
        return new CallException(Scrub.describe(e, sensitive), Scrub.rootIo(e) != null ? 0 : -1);
    }

    private static int driverStatus(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof VaultException && ((VaultException) c).getHttpStatusCode() > 0) {
                return ((VaultException) c).getHttpStatusCode();
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return 0;
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private String base() {
        String a = settings.address().toString();
        return a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
    }

    /** Percent-encodes each path segment, keeping {@code /}; a {@code ?} in a path is encoded too. */
    static String encode(String path) {
        StringBuilder sb = new StringBuilder();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(URLEncoder.encode(parts[i], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    private static int seconds(Duration d) {
        long s = (d.toMillis() + 999) / 1000;
        return (int) Math.max(1, Math.min(s, Integer.MAX_VALUE));
    }

    @FunctionalInterface
    private interface Attempt<T> {
        T run() throws CallException;
    }

    /** An environment loader that sees no variables: the driver must not pick settings up on its own. */
    private static final class NoEnvironment extends EnvironmentLoader {
        private static final long serialVersionUID = 1L;

        @Override
        public String loadVariable(String name) {
            return null;
        }
    }

    /**
     * What lookup-self said.
     *
     * @param status the HTTP status
     * @param info the kept fields, on 200
     */
    public record TokenLookup(int status, Optional<Info> info) {
        /**
         * The fields kept from a lookup.
         *
         * @param ttlSeconds seconds left; 0 for a token that never expires
         * @param renewable whether it can be renewed
         */
        public record Info(long ttlSeconds, boolean renewable) {
        }
    }

    /**
     * Key names read with their values dropped.
     *
     * @param status the HTTP status
     * @param names the key names, on 200
     */
    public record KeyNames(int status, List<String> names) {
        /** Copies the list. */
        public KeyNames {
            names = List.copyOf(names);
        }
    }
}
