package dev.anvilcheck.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Vault HTTP API test server on 127.0.0.1 (random port) that follows Vault's documented API for what
 * anvil-check uses: KV v1 and v2 mounts ({@code data/}, {@code metadata/}, {@code subkeys/}, {@code delete/},
 * {@code undelete/}, {@code destroy/}), LIST (method or {@code ?list=true}) with an empty result as 404
 * {@code {"errors":[]}}, soft-deleted and destroyed versions (404 with a body holding the metadata),
 * {@code sys/health} and its codes, {@code sys/mounts} (read and enable/disable), {@code sys/internal/ui/mounts},
 * {@code sys/policies/acl}, {@code auth/token/create}, {@code auth/token/lookup-self},
 * {@code sys/capabilities-self}, ACL policies in HCL (the {@code path "..." { capabilities = [...] }} subset with
 * {@code *} and {@code +}), namespaces by {@code X-Vault-Namespace} (tokens valid only where issued), 403 permission
 * denied, a sealed server (503 for everything but sys/health), and injected faults: slow answers, dropped
 * connections, forced statuses.
 *
 * <p>Thread-safe: state changes are synchronized on the server.
 */
public final class VaultTestServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RULE = Pattern.compile(
            "path\\s+\"([^\"]*)\"\\s*\\{\\s*capabilities\\s*=\\s*\\[([^\\]]*)\\]\\s*}");

    private final HttpServer server;
    private final String scheme;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final String rootToken;
    private final Map<String, Ns> namespaces = new HashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();

    volatile boolean initialized = true;
    public volatile boolean sealed;
    volatile boolean standby;
    volatile boolean perfStandby;
    volatile boolean drSecondary;
    volatile boolean standbyCutOff;
    volatile boolean removed;
    /** Old servers have no sys/internal/ui/mounts (404) and no subkeys/ (404). */
    volatile boolean uiMountsSupported = true;
    volatile boolean subkeysSupported = true;

    private VaultTestServer(String rootToken) throws IOException {
        this(rootToken, null);
    }

    private VaultTestServer(String rootToken, javax.net.ssl.SSLContext tls) throws IOException {
        this.rootToken = rootToken;
        Ns root = new Ns();
        root.tokens.put(rootToken, new TokenInfo(List.of("root"), null, false));
        root.mounts.put("secret", new Mount("kv", 2));
        namespaces.put("", root);
        InetSocketAddress at = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls == null) {
            server = HttpServer.create(at, 50);
        } else {
            com.sun.net.httpserver.HttpsServer https = com.sun.net.httpserver.HttpsServer.create(at, 50);
            https.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls));
            server = https;
        }
        this.scheme = tls == null ? "http" : "https";
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public static VaultTestServer start(String rootToken) throws IOException {
        return new VaultTestServer(rootToken);
    }

    /** The same server over HTTPS with this server certificate. */
    static VaultTestServer startTls(String rootToken, javax.net.ssl.SSLContext tls) throws IOException {
        return new VaultTestServer(rootToken, tls);
    }

    public String address() {
        return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request so far as {@code METHOD path} (path without {@code /v1/}, query kept). */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void clearRequests() {
        requests.clear();
    }

    /**
     * Creates a namespace with a KV v2 mount {@code secret} and returns a root token valid only inside it.
     */
    synchronized String createNamespace(String name) {
        Ns ns = namespaces.computeIfAbsent(name, n -> {
            Ns created = new Ns();
            created.mounts.put("secret", new Mount("kv", 2));
            return created;
        });
        String token = "hvs.nsroot" + UUID.randomUUID().toString().replace("-", "");
        ns.tokens.put(token, new TokenInfo(List.of("root"), null, false));
        return token;
    }

    /** The next {@code times} requests whose path starts with {@code prefix} wait {@code delay} first. */
    void slow(String prefix, Duration delay, int times) {
        faults.add(new Fault(prefix, times, delay, 0, false));
    }

    /** The next {@code times} requests whose path starts with {@code prefix} get their connection dropped. */
    void drop(String prefix, int times) {
        faults.add(new Fault(prefix, times, Duration.ZERO, 0, true));
    }

    /** The next {@code times} requests whose path starts with {@code prefix} are answered with {@code status}. */
    void failWith(String prefix, int status, int times) {
        faults.add(new Fault(prefix, times, Duration.ZERO, status, false));
    }

    /** Like {@link #failWith}, with this text in the error body (as a proxy or a plugin might echo data). */
    void failWithBody(String prefix, int status, int times, String text) {
        faults.add(new Fault(prefix, times, Duration.ZERO, status, false, text));
    }

    /** Forgets every injected fault not yet used up. */
    void clearFaults() {
        faults.clear();
    }

    /** Makes a token expire now (as if its TTL ran out). */
    synchronized void expire(String token) {
        for (Ns ns : namespaces.values()) {
            TokenInfo t = ns.tokens.get(token);
            if (t != null) {
                ns.tokens.put(token, new TokenInfo(t.policies, Instant.now().minusSeconds(1), t.renewable));
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    // ---- dispatch ---------------------------------------------------------------------------------------------

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String raw = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery();
            String method = ex.getRequestMethod();
            if (!raw.startsWith("/v1/")) {
                send(ex, 404, errors());
                return;
            }
            String path = URLDecoder.decode(raw.substring(4), StandardCharsets.UTF_8);
            Map<String, String> q = query(query);
            if ("GET".equals(method) && "true".equals(q.get("list"))) {
                method = "LIST";
            }
            requests.add(method + " " + path + (query == null ? "" : "?" + query));
            Fault f = fault(path);
            if (f != null) {
                if (f.drop) {
                    // an exception out of the handler makes the server close the connection without an answer
                    throw new IllegalStateException("dropped by the test");
                }
                if (!f.delay.isZero()) {
                    try {
                        Thread.sleep(f.delay.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (f.status != 0) {
                    send(ex, f.status, errors(f.text == null ? "injected status " + f.status : f.text));
                    return;
                }
            }
            byte[] body = ex.getRequestBody().readAllBytes();
            JsonNode json = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            Answer a;
            synchronized (this) {
                a = route(method, path, q, json, ex.getRequestHeaders().getFirst("X-Vault-Token"),
                        ns(ex.getRequestHeaders().getFirst("X-Vault-Namespace")));
            }
            send(ex, a.status, a.body);
        }
    }

    private Fault fault(String path) {
        for (Fault f : faults) {
            if (path.startsWith(f.prefix) && f.take()) {
                return f;
            }
        }
        return null;
    }

    private static String ns(String header) {
        if (header == null) {
            return "";
        }
        String s = header.strip();
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private Answer route(String method, String path, Map<String, String> q, JsonNode body, String token,
                         String nsName) {
        if (path.equals("sys/health")) {
            return health(q);
        }
        if (!initialized) {
            return new Answer(400, errors("Vault is not initialized"));
        }
        if (sealed) {
            return new Answer(503, errors("Vault is sealed"));
        }
        Ns ns = namespaces.get(nsName);
        if (ns == null) {
            return new Answer(403, errors("permission denied"));
        }
        TokenInfo tok = token == null ? null : ns.tokens.get(token);
        if (tok == null || (tok.expires != null && tok.expires.isBefore(Instant.now()))) {
            return new Answer(403, errors("permission denied"));
        }
        // what the default policy grants every token
        if (path.equals("auth/token/lookup-self") && method.equals("GET")) {
            return lookupSelf(token, tok);
        }
        if (path.equals("sys/capabilities-self") && (method.equals("POST") || method.equals("PUT"))) {
            return capabilitiesSelf(ns, tok, body);
        }
        if (path.startsWith("sys/internal/ui/mounts/") && method.equals("GET")) {
            return uiMount(ns, tok, path.substring("sys/internal/ui/mounts/".length()));
        }
        String cap = capabilityFor(method);
        if (!allowed(ns, tok, path, cap)) {
            return new Answer(403, errors("1 error occurred:\n\t* permission denied\n\n"));
        }
        if (path.equals("sys/mounts") && method.equals("GET")) {
            return mounts(ns);
        }
        if (path.startsWith("sys/mounts/")) {
            return mountAdmin(ns, method, path.substring("sys/mounts/".length()), body);
        }
        if (path.startsWith("sys/policies/acl/")) {
            String name = path.substring("sys/policies/acl/".length());
            if (method.equals("DELETE")) {
                ns.policies.remove(name);
            } else {
                ns.policies.put(name, parsePolicy(body.path("policy").asText("")));
            }
            return new Answer(204, null);
        }
        if (path.equals("auth/token/create") && method.equals("POST")) {
            return createToken(ns, body);
        }
        Map.Entry<String, Mount> m = mountFor(ns, path);
        if (m == null) {
            return new Answer(404, errors("no handler for route \"" + path + "\". route entry not found."));
        }
        String rest = path.length() > m.getKey().length() ? path.substring(m.getKey().length() + 1) : "";
        return m.getValue().version == 2 ? kv2(m.getValue(), method, rest, q, body)
                : kv1(m.getValue(), method, rest, body);
    }

    // ---- sys ---------------------------------------------------------------------------------------------------

    private Answer health(Map<String, String> q) {
        ObjectNode b = JSON.createObjectNode();
        b.put("initialized", initialized);
        b.put("sealed", sealed);
        b.put("standby", standby || perfStandby || standbyCutOff);
        b.put("performance_standby", perfStandby);
        b.put("replication_performance_mode", "disabled");
        b.put("replication_dr_mode", drSecondary ? "secondary" : "disabled");
        b.put("server_time_utc", Instant.now().getEpochSecond());
        b.put("version", "1.17.0+test");
        b.put("cluster_name", "vault-cluster-test");
        int status;
        if (!initialized) {
            status = code(q, "uninitcode", 501);
        } else if (sealed) {
            status = code(q, "sealedcode", 503);
        } else if (removed) {
            status = 530;
        } else if (drSecondary) {
            status = code(q, "drsecondarycode", 472);
        } else if (perfStandby) {
            status = "true".equals(q.get("perfstandbyok")) ? 200 : code(q, "performancestandbycode", 473);
        } else if (standbyCutOff) {
            status = 474;
        } else if (standby) {
            status = "true".equals(q.get("standbyok")) ? 200 : code(q, "standbycode", 429);
        } else {
            status = code(q, "activecode", 200);
        }
        return new Answer(status, b);
    }

    private static int code(Map<String, String> q, String name, int dflt) {
        String v = q.get(name);
        return v == null ? dflt : Integer.parseInt(v);
    }

    private Answer lookupSelf(String token, TokenInfo t) {
        ObjectNode d = JSON.createObjectNode();
        d.put("accessor", "acc-" + Integer.toHexString(token.hashCode()));
        d.put("creation_time", Instant.now().getEpochSecond());
        d.put("creation_ttl", t.expires == null ? 0 : 3600);
        d.put("display_name", "token");
        d.put("entity_id", "");
        if (t.expires == null) {
            d.putNull("expire_time");
        } else {
            d.put("expire_time", t.expires.toString());
        }
        d.put("explicit_max_ttl", 0);
        d.put("id", token);
        d.put("issue_time", Instant.now().toString());
        d.putNull("meta");
        d.put("num_uses", 0);
        d.put("orphan", false);
        d.put("path", "auth/token/create");
        ArrayNode pol = d.putArray("policies");
        t.policies.forEach(pol::add);
        d.put("renewable", t.renewable);
        d.put("ttl", t.expires == null ? 0 : Math.max(0, Duration.between(Instant.now(), t.expires).getSeconds()));
        d.put("type", "service");
        return new Answer(200, wrap(d));
    }

    private Answer capabilitiesSelf(Ns ns, TokenInfo tok, JsonNode body) {
        List<String> paths = new ArrayList<>();
        body.path("paths").forEach(p -> paths.add(p.asText()));
        if (body.has("path")) {
            paths.add(body.path("path").asText());
        }
        ObjectNode out = JSON.createObjectNode();
        for (String p : paths) {
            ArrayNode arr = out.putArray(p);
            capabilities(ns, tok, p).forEach(arr::add);
        }
        if (paths.size() == 1) {
            out.set("capabilities", out.get(paths.get(0)).deepCopy());
        }
        ObjectNode res = wrap(out.deepCopy());
        res.setAll(out);
        return new Answer(200, res);
    }

    private Answer uiMount(Ns ns, TokenInfo tok, String path) {
        if (!uiMountsSupported) {
            return new Answer(404, errors());
        }
        Map.Entry<String, Mount> m = mountFor(ns, path);
        String denied = "preflight capability check returned 403, please ensure client's policies grant access to "
                + "path \"" + path + "/\"";
        if (m == null || !anyUnder(tok, ns, m.getKey())) {
            return new Answer(403, errors(denied));
        }
        return new Answer(200, wrap(mountJson(m.getKey(), m.getValue()).put("path", m.getKey() + "/")));
    }

    private Answer mounts(Ns ns) {
        ObjectNode all = JSON.createObjectNode();
        all.set("sys/", JSON.createObjectNode().put("type", "system").put("description", "system endpoints"));
        all.set("cubbyhole/", JSON.createObjectNode().put("type", "cubbyhole").put("description", "per-token"));
        for (Map.Entry<String, Mount> e : ns.mounts.entrySet()) {
            all.set(e.getKey() + "/", mountJson(e.getKey(), e.getValue()));
        }
        ObjectNode res = all.deepCopy();
        res.set("data", all);
        return new Answer(200, res);
    }

    private ObjectNode mountJson(String path, Mount m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("accessor", m.type + "_" + Integer.toHexString(path.hashCode()));
        o.put("description", "");
        o.put("local", false);
        o.put("seal_wrap", false);
        o.put("type", m.type);
        o.set("options", m.type.equals("kv") ? JSON.createObjectNode().put("version", String.valueOf(m.version))
                : NullNode.getInstance());
        return o;
    }

    private Answer mountAdmin(Ns ns, String method, String path, JsonNode body) {
        String p = trim(path);
        if (method.equals("DELETE")) {
            ns.mounts.remove(p);
            return new Answer(204, null);
        }
        if (ns.mounts.containsKey(p)) {
            return new Answer(400, errors("path is already in use at " + p + "/"));
        }
        String type = body.path("type").asText("kv");
        int version = "2".equals(body.path("options").path("version").asText("1")) ? 2 : 1;
        if (type.equals("kv-v2")) {
            type = "kv";
            version = 2;
        }
        ns.mounts.put(p, new Mount(type, version));
        return new Answer(204, null);
    }

    private Answer createToken(Ns ns, JsonNode body) {
        List<String> policies = new ArrayList<>();
        body.path("policies").forEach(p -> policies.add(p.asText()));
        if (!body.path("no_default_policy").asBoolean(false)) {
            policies.add("default");
        }
        Duration ttl = parseDuration(body.path("ttl").asText("768h"));
        boolean renewable = body.path("renewable").asBoolean(true);
        String token = "hvs.test" + UUID.randomUUID().toString().replace("-", "");
        ns.tokens.put(token, new TokenInfo(List.copyOf(policies), Instant.now().plus(ttl), renewable));
        ObjectNode auth = JSON.createObjectNode();
        auth.put("client_token", token);
        auth.put("lease_duration", ttl.getSeconds());
        auth.put("renewable", renewable);
        ObjectNode res = JSON.createObjectNode();
        res.set("auth", auth);
        return new Answer(200, res);
    }

    private static Duration parseDuration(String s) {
        Matcher m = Pattern.compile("(\\d+)([smhd]?)").matcher(s.strip());
        if (!m.matches()) {
            return Duration.ofHours(768);
        }
        long n = Long.parseLong(m.group(1));
        switch (m.group(2)) {
            case "m": return Duration.ofMinutes(n);
            case "h": return Duration.ofHours(n);
            case "d": return Duration.ofDays(n);
            default: return Duration.ofSeconds(n);
        }
    }

    // ---- ACL ---------------------------------------------------------------------------------------------------

    private static String capabilityFor(String method) {
        switch (method) {
            case "GET": case "HEAD": return "read";
            case "LIST": return "list";
            case "DELETE": return "delete";
            default: return "update";
        }
    }

    private boolean allowed(Ns ns, TokenInfo tok, String path, String cap) {
        List<String> caps = capabilities(ns, tok, path);
        if (caps.contains("root")) {
            return true;
        }
        if (cap.equals("update")) {
            return caps.contains("update") || caps.contains("create");
        }
        return caps.contains(cap);
    }

    private List<String> capabilities(Ns ns, TokenInfo tok, String path) {
        if (tok.policies.contains("root")) {
            return List.of("root");
        }
        Set<String> caps = new TreeSet<>();
        for (String name : tok.policies) {
            List<Rule> rules = ns.policies.getOrDefault(name, List.of());
            Rule best = null;
            for (Rule r : rules) {
                if (r.matches(path) && (best == null || r.specificity() > best.specificity())) {
                    best = r;
                }
            }
            if (best != null) {
                if (best.caps.contains("deny")) {
                    return List.of("deny");
                }
                caps.addAll(best.caps);
            }
        }
        return caps.isEmpty() ? List.of("deny") : List.copyOf(caps);
    }

    private boolean anyUnder(TokenInfo tok, Ns ns, String mount) {
        if (tok.policies.contains("root")) {
            return true;
        }
        for (String name : tok.policies) {
            for (Rule r : ns.policies.getOrDefault(name, List.of())) {
                if (!r.caps.contains("deny") && (r.prefix + "/").startsWith(mount + "/")
                        || r.glob && (mount + "/").startsWith(r.prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Rule> parsePolicy(String hcl) {
        List<Rule> rules = new ArrayList<>();
        Matcher m = RULE.matcher(hcl);
        while (m.find()) {
            List<String> caps = new ArrayList<>();
            for (String c : m.group(2).split(",")) {
                String t = c.strip().replace("\"", "");
                if (!t.isEmpty()) {
                    caps.add(t);
                }
            }
            rules.add(new Rule(m.group(1), caps));
        }
        return rules;
    }

    // ---- KV ----------------------------------------------------------------------------------------------------

    private static Map.Entry<String, Mount> mountFor(Ns ns, String path) {
        Map.Entry<String, Mount> best = null;
        for (Map.Entry<String, Mount> e : ns.mounts.entrySet()) {
            if ((path + "/").startsWith(e.getKey() + "/")
                    && (best == null || e.getKey().length() > best.getKey().length())) {
                best = e;
            }
        }
        return best;
    }

    private Answer kv1(Mount m, String method, String path, JsonNode body) {
        switch (method) {
            case "LIST":
                return list(m.v1.keySet(), path);
            case "GET": {
                Map<String, JsonNode> data = m.v1.get(trim(path));
                if (data == null) {
                    return new Answer(404, errors());
                }
                ObjectNode res = wrap(JSON.valueToTree(data));
                res.put("lease_duration", 2764800);
                return new Answer(200, res);
            }
            case "DELETE":
                m.v1.remove(trim(path));
                return new Answer(204, null);
            default: {
                Map<String, JsonNode> data = new LinkedHashMap<>();
                body.properties().forEach(e -> data.put(e.getKey(), e.getValue()));
                m.v1.put(trim(path), data);
                return new Answer(204, null);
            }
        }
    }

    private Answer kv2(Mount m, String method, String rest, Map<String, String> q, JsonNode body) {
        int slash = rest.indexOf('/');
        String op = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : trim(rest.substring(slash + 1));
        Secret s = m.v2.get(path);
        switch (op + " " + method) {
            case "data GET": {
                Version v = s == null ? null : s.version(q.get("version"));
                if (v == null) {
                    return new Answer(404, errors());
                }
                ObjectNode d = JSON.createObjectNode();
                if (v.gone()) {
                    d.putNull("data");
                    d.set("metadata", v.metadata());
                    return new Answer(404, wrap(d));
                }
                d.set("data", JSON.valueToTree(v.data));
                d.set("metadata", v.metadata());
                return new Answer(200, wrap(d));
            }
            case "data POST": case "data PUT": {
                Secret t = m.v2.computeIfAbsent(path, p -> new Secret());
                Map<String, JsonNode> data = new LinkedHashMap<>();
                body.path("data").properties().forEach(e -> data.put(e.getKey(), e.getValue()));
                Version v = new Version(t.versions.size() + 1, data);
                t.versions.put(v.number, v);
                return new Answer(200, wrap(v.metadata()));
            }
            case "data DELETE": {
                if (s != null && !s.versions.isEmpty()) {
                    s.versions.lastEntry().getValue().deleted = Instant.now();
                }
                return new Answer(204, null);
            }
            case "delete POST": case "delete PUT": case "undelete POST": case "undelete PUT":
            case "destroy POST": case "destroy PUT": {
                if (s != null) {
                    for (JsonNode n : body.path("versions")) {
                        Version v = s.versions.get(n.asInt());
                        if (v != null) {
                            if (op.equals("delete")) {
                                v.deleted = Instant.now();
                            } else if (op.equals("undelete")) {
                                v.deleted = null;
                            } else {
                                v.destroyed = true;
                                v.data = Map.of();
                            }
                        }
                    }
                }
                return new Answer(204, null);
            }
            case "metadata GET": {
                if (s == null) {
                    return new Answer(404, errors());
                }
                ObjectNode d = JSON.createObjectNode();
                d.put("cas_required", false);
                d.put("created_time", s.created.toString());
                d.put("current_version", s.versions.isEmpty() ? 0 : s.versions.lastKey());
                d.putNull("custom_metadata");
                d.put("delete_version_after", "0s");
                d.put("max_versions", 0);
                d.put("oldest_version", 0);
                d.put("updated_time", s.created.toString());
                ObjectNode vs = d.putObject("versions");
                s.versions.forEach((n, v) -> {
                    ObjectNode o = vs.putObject(String.valueOf(n));
                    o.put("created_time", v.created.toString());
                    o.put("deletion_time", v.deleted == null ? "" : v.deleted.toString());
                    o.put("destroyed", v.destroyed);
                });
                return new Answer(200, wrap(d));
            }
            case "metadata LIST":
                return list(m.v2.keySet(), path);
            case "metadata DELETE":
                m.v2.remove(path);
                return new Answer(204, null);
            case "subkeys GET": {
                if (!subkeysSupported) {
                    return new Answer(404, errors());
                }
                Version v = s == null ? null : s.version(q.get("version"));
                if (v == null) {
                    return new Answer(404, errors());
                }
                ObjectNode d = JSON.createObjectNode();
                d.set("metadata", v.metadata());
                if (v.gone()) {
                    d.putNull("subkeys");
                    return new Answer(404, wrap(d));
                }
                int depth = q.containsKey("depth") ? Integer.parseInt(q.get("depth")) : 0;
                d.set("subkeys", subkeys(JSON.valueToTree(v.data), depth, 1));
                return new Answer(200, wrap(d));
            }
            default: {
                ObjectNode w = JSON.createObjectNode();
                w.putArray("warnings").add("Invalid path for a versioned K/V secrets engine. See the API docs for "
                        + "the appropriate API endpoints to use. If using the Vault CLI, use 'vault kv get' for "
                        + "this operation.");
                return new Answer(404, w);
            }
        }
    }

    private static JsonNode subkeys(JsonNode data, int depth, int level) {
        ObjectNode out = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> e : data.properties()) {
            boolean deeper = e.getValue().isObject() && e.getValue().size() > 0 && (depth == 0 || level < depth);
            out.set(e.getKey(), deeper ? subkeys(e.getValue(), depth, level + 1) : NullNode.getInstance());
        }
        return out;
    }

    private static Answer list(Set<String> all, String folder) {
        String prefix = trim(folder).isEmpty() ? "" : trim(folder) + "/";
        Set<String> keys = new TreeSet<>();
        for (String p : all) {
            if (p.startsWith(prefix)) {
                String rest = p.substring(prefix.length());
                int i = rest.indexOf('/');
                keys.add(i < 0 ? rest : rest.substring(0, i + 1));
            }
        }
        if (keys.isEmpty()) {
            return new Answer(404, errors());
        }
        ObjectNode d = JSON.createObjectNode();
        ArrayNode arr = d.putArray("keys");
        keys.forEach(arr::add);
        return new Answer(200, wrap(d));
    }

    // ---- plumbing ----------------------------------------------------------------------------------------------

    private static ObjectNode wrap(JsonNode data) {
        ObjectNode o = JSON.createObjectNode();
        o.put("request_id", UUID.randomUUID().toString());
        o.put("lease_id", "");
        o.put("renewable", false);
        o.put("lease_duration", 0);
        o.set("data", data);
        o.putNull("wrap_info");
        o.putNull("warnings");
        o.putNull("auth");
        return o;
    }

    private static ObjectNode errors(String... messages) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode arr = o.putArray("errors");
        for (String m : messages) {
            arr.add(m);
        }
        return o;
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        if (body == null || status == 204) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        byte[] b = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private static Map<String, String> query(String q) {
        Map<String, String> m = new HashMap<>();
        if (q == null) {
            return m;
        }
        for (String part : q.split("&")) {
            int i = part.indexOf('=');
            m.put(URLDecoder.decode(i < 0 ? part : part.substring(0, i), StandardCharsets.UTF_8),
                    i < 0 ? "" : URLDecoder.decode(part.substring(i + 1), StandardCharsets.UTF_8));
        }
        return m;
    }

    private static String trim(String p) {
        String s = p;
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private record Answer(int status, JsonNode body) {
    }

    private static final class Ns {
        final Map<String, Mount> mounts = new TreeMap<>();
        final Map<String, List<Rule>> policies = new HashMap<>();
        final Map<String, TokenInfo> tokens = new ConcurrentHashMap<>();
    }

    private record TokenInfo(List<String> policies, Instant expires, boolean renewable) {
    }

    private static final class Mount {
        final String type;
        final int version;
        final Map<String, Map<String, JsonNode>> v1 = new TreeMap<>();
        final Map<String, Secret> v2 = new TreeMap<>();

        Mount(String type, int version) {
            this.type = type;
            this.version = version;
        }
    }

    private static final class Secret {
        final Instant created = Instant.now().truncatedTo(ChronoUnit.MICROS);
        final TreeMap<Integer, Version> versions = new TreeMap<>();

        Version version(String wanted) {
            if (versions.isEmpty()) {
                return null;
            }
            return wanted == null || wanted.equals("0") ? versions.lastEntry().getValue()
                    : versions.get(Integer.parseInt(wanted));
        }
    }

    private static final class Version {
        final int number;
        final Instant created = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<String, JsonNode> data;
        Instant deleted;
        boolean destroyed;

        Version(int number, Map<String, JsonNode> data) {
            this.number = number;
            this.data = Collections.unmodifiableMap(data);
        }

        boolean gone() {
            return destroyed || deleted != null;
        }

        ObjectNode metadata() {
            ObjectNode o = JSON.createObjectNode();
            o.put("created_time", created.toString());
            o.putNull("custom_metadata");
            o.put("deletion_time", deleted == null ? "" : deleted.toString());
            o.put("destroyed", destroyed);
            o.put("version", number);
            return o;
        }
    }

    private static final class Rule {
        final String prefix;
        final boolean glob;
        final Pattern pattern;
        final List<String> caps;

        Rule(String path, List<String> caps) {
            this.glob = path.endsWith("*");
            this.prefix = glob ? path.substring(0, path.length() - 1) : path;
            StringBuilder re = new StringBuilder();
            for (String part : prefix.split("(?<=\\+)|(?=\\+)")) {
                re.append(part.equals("+") ? "[^/]+" : Pattern.quote(part));
            }
            this.pattern = Pattern.compile(re + (glob ? ".*" : ""));
            this.caps = List.copyOf(caps);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }

        int specificity() {
            return prefix.length() * 2 + (glob ? 0 : 1);
        }
    }

    private static final class Fault {
        final String prefix;
        final Duration delay;
        final int status;
        final boolean drop;
        final String text;
        private int left;

        Fault(String prefix, int times, Duration delay, int status, boolean drop) {
            this(prefix, times, delay, status, drop, null);
        }

        Fault(String prefix, int times, Duration delay, int status, boolean drop, String text) {
            this.text = text;
            this.prefix = prefix;
            this.left = times;
            this.delay = delay;
            this.status = status;
            this.drop = drop;
        }

        synchronized boolean take() {
            if (left <= 0) {
                return false;
            }
            left--;
            return true;
        }
    }
}
