package dev.anvilcheck.vault.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.config.AnvilYaml;
import dev.anvilcheck.config.CheckConfig;
import dev.anvilcheck.secrets.SecretOutcome;
import dev.anvilcheck.secrets.SecretPresence;
import dev.anvilcheck.secrets.SecretStoreResult;
import dev.anvilcheck.vault.VaultRule;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One Vault check of one environment: health, token, mount and KV version, capabilities, then presence of the
 * secret and of each required key, without reading values unless the user opted in. Problems become findings
 * and outcomes, never exceptions.
 */
public final class VaultCheck {

    private final VaultSettings settings;
    private final HttpClient http;
    private final String store;
    private final List<Finding> findings = new ArrayList<>();

    /**
     * A check.
     *
     * @param settings the settings
     * @param http the shared client, or null when it could not be built (then {@code httpProblem} says why)
     * @param store the store's description for the result
     */
    public VaultCheck(VaultSettings settings, HttpClient http, String store) {
        this.settings = settings;
        this.http = http;
        this.store = store;
    }

    /**
     * Runs the check.
     *
     * @param project the project
     * @param environment the environment's name
     * @param httpProblem why the HTTP client could not be built, if it could not
     * @return the result, with the project's rule settings applied
     */
    public SecretStoreResult run(AnvilProject project, String environment, Optional<String> httpProblem) {
        CheckConfig config = project.checkConfig();
        CheckConfig.Environment env = config.environments().get(environment);
        if (env == null || env.vault().isEmpty()) {
            String known = String.join(", ", new TreeSet<>(config.environments().keySet()));
            findings.add(Finding.of(VaultRule.ENVIRONMENT_NOT_CONFIGURED, null, env == null
                    ? "environment '" + environment + "' is not in anvil-check.yaml"
                    + (known.isEmpty() ? "" : " (known: " + known + ")")
                    : "environment '" + environment + "' has no vault section in anvil-check.yaml")
                    .withHint("add environments." + environment + ".vault: {mount: secret, path: ...}"));
            return result(project, environment, List.of());
        }
        CheckConfig.VaultTarget target = env.vault().get();
        Set<String> required = new LinkedHashSet<>();
        project.anvilYaml().ifPresent(y -> y.secrets().stream().map(AnvilYaml.SecretDeclaration::name)
                .forEach(required::add));
        required.addAll(target.keys());
        Target t = new Target(trim(settings.mount().orElse(target.mount())), trim(target.path()),
                settings.kvVersion().or(target::kvVersion));
        List<SecretPresence> presences = check(t, required, config.vault(), httpProblem);
        return result(project, environment, presences);
    }

    private List<SecretPresence> check(Target t, Set<String> required, CheckConfig.Vault vaultConfig,
                                       Optional<String> httpProblem) {
        if (httpProblem.isPresent()) {
            findings.add(Finding.of(VaultRule.NOT_CONFIGURED, null, httpProblem.get()));
            return all(t, required, SecretOutcome.ERROR, "not checked: " + httpProblem.get());
        }
        TokenSource.Token token;
        try {
            token = settings.token().resolve();
        } catch (TokenSource.TokenException e) {
            findings.add(Finding.of(VaultRule.NOT_CONFIGURED, null, "no Vault token: " + e.getMessage())
                    .withHint("set VAULT_TOKEN or VAULT_TOKEN_FILE"));
            return all(t, required, SecretOutcome.ERROR, "not checked: no token");
        }
        VaultClient client;
        try {
            client = new VaultClient(settings, token, http);
        } catch (CallException e) {
            findings.add(Finding.of(VaultRule.NOT_CONFIGURED, null, e.getMessage()));
            return all(t, required, SecretOutcome.ERROR, "not checked: " + e.getMessage());
        }
        try {
            Optional<String> stop = health(client);
            if (stop.isEmpty()) {
                stop = token(client, vaultConfig);
            }
            if (stop.isPresent()) {
                return all(t, required, SecretOutcome.ERROR, "not checked: " + stop.get());
            }
        } catch (CallException e) {
            findings.add(Finding.of(VaultRule.UNREACHABLE, null, "Vault at " + settings.address() + " did not answer: "
                    + e.getMessage()).withHint("check VAULT_ADDR, the network, and the CA certificate"));
            return all(t, required, SecretOutcome.ERROR, "not checked: " + e.getMessage());
        }
        Optional<Target> resolved;
        try {
            resolved = mount(client, t);
        } catch (CallException e) {
            findings.add(Finding.of(VaultRule.SECRET_ERROR, null, "detecting the mount of " + t.full()
                    + " failed: " + e.getMessage()));
            return all(t, required, SecretOutcome.ERROR, "not checked: " + e.getMessage());
        }
        if (resolved.isEmpty()) {
            return all(t, required, SecretOutcome.ERROR, "not checked: mount or KV version unknown");
        }
        try {
            return presence(client, resolved.get(), required, vaultConfig.allowRead());
        } catch (CallException e) {
            findings.add(Finding.of(VaultRule.SECRET_ERROR, null, "checking Vault secret " + resolved.get().full()
                    + " failed: " + e.getMessage()));
            return all(resolved.get(), required, SecretOutcome.ERROR, e.getMessage());
        }
    }

    // ---- health ----------------------------------------------------------------------------------------------

    private Optional<String> health(VaultClient client) throws CallException {
        Reply r = client.health();
        String where = "Vault at " + settings.address();
        switch (r.status()) {
            case 200:
                return Optional.empty();
            case 429:
                findings.add(Finding.of(VaultRule.STANDBY, null, where + " is a standby node (sys/health 429)"));
                return Optional.empty();
            case 473:
                findings.add(Finding.of(VaultRule.STANDBY, null,
                        where + " is a performance standby node (sys/health 473)"));
                return Optional.empty();
            case 503:
                findings.add(Finding.of(VaultRule.SEALED, null, where + " is sealed (sys/health 503)")
                        .withHint("unseal it (vault operator unseal) and check again"));
                return Optional.of("Vault is sealed");
            case 501:
                findings.add(Finding.of(VaultRule.UNINITIALIZED, null,
                        where + " is not initialised (sys/health 501)"));
                return Optional.of("Vault is not initialised");
            case 472:
                return unhealthy(where + " is a disaster-recovery secondary (sys/health 472)");
            case 474:
                return unhealthy(where + " is a standby that cannot reach the active node (sys/health 474)");
            case 530:
                return unhealthy(where + " was removed from its cluster (sys/health 530)");
            default:
                return unhealthy(where + " answered sys/health with HTTP " + r.status());
        }
    }

    private Optional<String> unhealthy(String message) {
        findings.add(Finding.of(VaultRule.UNHEALTHY, null, message));
        return Optional.of(message);
    }

    // ---- token -----------------------------------------------------------------------------------------------

    private Optional<String> token(VaultClient client, CheckConfig.Vault vaultConfig) throws CallException {
        VaultClient.TokenLookup lookup = client.lookupSelf();
        if (lookup.status() == 403 || lookup.status() == 401) {
            findings.add(Finding.of(VaultRule.TOKEN_INVALID, null, "Vault rejected the token (lookup-self HTTP "
                    + lookup.status() + ")" + settings.namespace().map(ns -> " in namespace " + ns).orElse(""))
                    .withHint("the token is expired, revoked, or from another namespace; issue a new one"));
            return Optional.of("token rejected");
        }
        if (lookup.info().isEmpty()) {
            findings.add(Finding.of(VaultRule.TOKEN_LOOKUP_FAILED, null,
                    "auth/token/lookup-self answered HTTP " + lookup.status() + "; the token's TTL is unknown"));
            return Optional.empty();
        }
        VaultClient.TokenLookup.Info info = lookup.info().get();
        if (info.ttlSeconds() > 0) {
            Duration ttl = Duration.ofSeconds(info.ttlSeconds());
            Optional<Duration> min = vaultConfig.minTokenTtl();
            if (min.isPresent() && ttl.compareTo(min.get()) < 0) {
                findings.add(Finding.of(VaultRule.TOKEN_TTL_LOW, null, "the Vault token expires in "
                        + human(ttl) + ", less than vault.min_token_ttl (" + human(min.get()) + ")"
                        + (info.renewable() ? "" : "; it cannot be renewed"))
                        .withHint(info.renewable() ? "renew it (vault token renew) before deploying"
                                : "issue a token with a longer TTL"));
            }
            if (!info.renewable()) {
                findings.add(Finding.of(VaultRule.TOKEN_NOT_RENEWABLE, null,
                        "the Vault token cannot be renewed; it expires in " + human(ttl)));
            }
        }
        return Optional.empty();
    }

    // ---- mount and KV version --------------------------------------------------------------------------------

    private Optional<Target> mount(VaultClient client, Target t) throws CallException {
        if (t.version().isPresent()) {
            int v = t.version().get();
            if (v != 1 && v != 2) {
                findings.add(Finding.of(VaultRule.KV_VERSION_UNKNOWN, null, "kv_version " + v
                        + " is neither 1 nor 2"));
                return Optional.empty();
            }
            return Optional.of(t);
        }
        String full = t.full();
        Optional<MountInfo> found = Optional.empty();
        boolean noMount = false;
        Reply ui = client.read("sys/internal/ui/mounts/" + full);
        if (ui.status() == 200) {
            found = Optional.of(new MountInfo(trim(ui.data().path("path").asText(t.mount())),
                    ui.data().path("type").asText(""), ui.data().path("options").path("version").asText("")));
        } else {
            Reply mounts = client.read("sys/mounts");
            if (mounts.status() == 200) {
                JsonNode table = mounts.data().isObject() && mounts.data().size() > 0 ? mounts.data() : mounts.body();
                found = longestMount(table, full);
                noMount = found.isEmpty();
            }
        }
        if (found.isEmpty()) {
            if (noMount) {
                findings.add(Finding.of(VaultRule.MOUNT_NOT_FOUND, null, "no secrets engine is mounted at '"
                        + t.mount() + "' (sys/mounts lists none that holds " + full + ")"));
            } else {
                findings.add(Finding.of(VaultRule.KV_VERSION_UNKNOWN, null, "the KV version of mount '" + t.mount()
                        + "' could not be detected (sys/internal/ui/mounts HTTP " + ui.status()
                        + ", sys/mounts denied or unavailable)")
                        .withHint("set kv_version: 1 or 2 under environments.<env>.vault in anvil-check.yaml"));
            }
            return Optional.empty();
        }
        MountInfo m = found.get();
        if (!m.type().equals("kv") && !m.type().equals("generic")) {
            findings.add(Finding.of(VaultRule.MOUNT_NOT_FOUND, null, "mount '" + m.path() + "' is a '" + m.type()
                    + "' engine, not a KV secrets engine"));
            return Optional.empty();
        }
        Target resolved = t;
        if (!m.path().equals(t.mount())) {
            if (!(full + "/").startsWith(m.path() + "/") || full.length() <= m.path().length() + 1) {
                findings.add(Finding.of(VaultRule.MOUNT_NOT_FOUND, null, "Vault's mount for " + full + " is '"
                        + m.path() + "', which does not hold the secret path"));
                return Optional.empty();
            }
            resolved = new Target(m.path(), full.substring(m.path().length() + 1), Optional.empty());
            findings.add(Finding.of(VaultRule.MOUNT_MISMATCH, null, "configured mount '" + t.mount()
                    + "' with path '" + t.path() + "', but Vault mounts the engine at '" + m.path()
                    + "'; checked mount '" + m.path() + "' path '" + resolved.path() + "'")
                    .withHint("write mount: " + m.path() + " and path: " + resolved.path()));
        }
        int version = "2".equals(m.version()) ? 2 : 1;
        return Optional.of(new Target(resolved.mount(), resolved.path(), Optional.of(version)));
    }

    private static Optional<MountInfo> longestMount(JsonNode table, String full) {
        MountInfo best = null;
        for (Map.Entry<String, JsonNode> e : table.properties()) {
            if (!e.getValue().isObject() || !e.getValue().has("type")) {
                continue;
            }
            String path = trim(e.getKey());
            if ((full + "/").startsWith(path + "/") && (best == null || path.length() > best.path().length())) {
                best = new MountInfo(path, e.getValue().path("type").asText(""),
                        e.getValue().path("options").path("version").asText(""));
            }
        }
        return Optional.ofNullable(best);
    }

    // ---- presence --------------------------------------------------------------------------------------------

    private List<SecretPresence> presence(VaultClient client, Target t, Set<String> required, boolean allowRead)
            throws CallException {
        boolean v2 = t.version().orElse(2) == 2;
        String dataPath = v2 ? t.mount() + "/data/" + t.path() : t.full();
        String metaPath = t.mount() + "/metadata/" + t.path();
        String subPath = t.mount() + "/subkeys/" + t.path();
        String parent = t.path().contains("/") ? t.path().substring(0, t.path().lastIndexOf('/')) : "";
        String leaf = t.path().substring(t.path().lastIndexOf('/') + 1);
        String listPath = t.mount() + "/" + (parent.isEmpty() ? "" : parent + "/");
        Capabilities caps = capabilities(client, v2 ? List.of(dataPath, metaPath, subPath) : List.of(dataPath,
                listPath));
        if (caps.known() && !caps.allows(dataPath, "read")) {
            findings.add(Finding.of(VaultRule.NO_READ_CAPABILITY, null, "the token has no read capability on "
                    + dataPath + " (sys/capabilities-self: " + caps.of(dataPath) + "), which the app reads at deploy")
                    .withHint("grant read on " + dataPath + " to the deploy token's policy"));
        }
        String place = t.full() + " (KV v" + (v2 ? 2 : 1) + ")";
        State state = v2 ? stateV2(client, metaPath, subPath, caps) : stateV1(client, listPath, leaf, dataPath, caps,
                allowRead);
        if (state.outcome() != SecretOutcome.PRESENT) {
            secretFinding(state, t, place, required);
            return all(t, required, state.outcome(), state.detail());
        }
        Map<String, SecretPresence> out = new LinkedHashMap<>();
        Optional<Set<String>> names = state.keys();
        String how = state.keysFrom();
        if (names.isEmpty() && allowRead && !required.isEmpty()) {
            VaultClient.KeyNames k = client.readKeyNames(dataPath, v2);
            if (k.status() == 200) {
                names = Optional.of(new LinkedHashSet<>(k.names()));
                how = "read of " + dataPath + " (values dropped)";
            } else {
                how = "read of " + dataPath + " answered HTTP " + k.status();
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String key : required) {
            if (names.isEmpty()) {
                unknown.add(key);
                out.put(key, new SecretPresence(key, t.full(), SecretOutcome.UNKNOWN, "secret exists; key names "
                        + "unknown (" + how + ")"));
            } else if (names.get().contains(key)) {
                out.put(key, new SecretPresence(key, t.full(), SecretOutcome.PRESENT, "key present (" + how + ")"));
            } else {
                out.put(key, new SecretPresence(key, t.full(), SecretOutcome.MISSING, "key missing (" + how + ")"));
                findings.add(Finding.of(VaultRule.SECRET_MISSING, null, "key '" + key + "' is missing from Vault "
                        + "secret " + place)
                        .withHint("add it: vault kv patch -mount=" + t.mount() + " " + t.path() + " " + key + "=...")
                        .withDetails(details(VaultRule.SECRET_MISSING, t.full(), key)));
            }
        }
        if (!unknown.isEmpty()) {
            findings.add(Finding.of(VaultRule.SECRET_UNKNOWN, null, "Vault secret " + place + " exists, but its key "
                    + "names cannot be checked without reading values (" + how + "): " + String.join(", ", unknown))
                    .withHint(v2 ? "grant read on " + subPath + ", or set vault.allow_read: true"
                            : "set vault.allow_read: true to allow a read whose values are dropped at once"));
        }
        if (required.isEmpty()) {
            out.put(t.path(), new SecretPresence(t.path(), t.full(), SecretOutcome.PRESENT, state.detail()));
        }
        return List.copyOf(out.values());
    }

    private Capabilities capabilities(VaultClient client, List<String> paths) throws CallException {
        Reply r = client.capabilities(paths);
        if (r.status() != 200) {
            return new Capabilities(Optional.empty());
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        JsonNode data = r.data().isObject() ? r.data() : r.body();
        for (String p : paths) {
            JsonNode node = data.path(p);
            if (!node.isArray() && paths.size() == 1) {
                node = data.path("capabilities");
            }
            if (!node.isArray()) {
                node = r.body().path(p);
            }
            if (!node.isArray()) {
                return new Capabilities(Optional.empty());
            }
            List<String> list = new ArrayList<>();
            node.forEach(c -> list.add(c.asText().toLowerCase(Locale.ROOT)));
            map.put(p, list);
        }
        return new Capabilities(Optional.of(map));
    }

    private State stateV2(VaultClient client, String metaPath, String subPath, Capabilities caps)
            throws CallException {
        Reply meta = client.read(metaPath);
        if (meta.status() == 200) {
            State s = versionState(meta.data().path("current_version").asLong(0),
                    meta.data().path("versions").path(meta.data().path("current_version").asText("0")), metaPath);
            if (s.outcome() != SecretOutcome.PRESENT) {
                return s;
            }
            return withSubkeys(client, subPath, s);
        }
        if (meta.status() == 403) {
            // metadata/ may be denied while subkeys/ is granted: subkeys carries the version's metadata too
            Reply sub = client.read(subPath, "depth=1");
            if (sub.status() == 200) {
                State s = versionState(sub.data().path("metadata").path("version").asLong(1),
                        sub.data().path("metadata"), subPath);
                return s.outcome() != SecretOutcome.PRESENT ? s
                        : new State(SecretOutcome.PRESENT, s.detail(), keysOf(sub), "subkeys/");
            }
            if (sub.status() == 404 && sub.data().path("metadata").isObject()) {
                return versionState(sub.data().path("metadata").path("version").asLong(0),
                        sub.data().path("metadata"), subPath);
            }
            if (sub.status() == 404) {
                return notFound(metaPath + " HTTP 403, " + subPath + " HTTP 404", caps, subPath);
            }
            return forbiddenOrError(sub.status(), metaPath + " and " + subPath);
        }
        if (meta.status() == 404) {
            return notFound(metaPath + " HTTP 404", caps, metaPath);
        }
        return forbiddenOrError(meta.status(), metaPath);
    }

    private State withSubkeys(VaultClient client, String subPath, State present) throws CallException {
        Reply sub = client.read(subPath, "depth=1");
        if (sub.status() == 200) {
            return new State(SecretOutcome.PRESENT, present.detail(), keysOf(sub), "subkeys/");
        }
        return new State(SecretOutcome.PRESENT, present.detail(), Optional.empty(),
                subPath + " answered HTTP " + sub.status());
    }

    private static Optional<Set<String>> keysOf(Reply sub) {
        JsonNode subkeys = sub.data().path("subkeys");
        if (!subkeys.isObject()) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        subkeys.fieldNames().forEachRemaining(names::add);
        return Optional.of(names);
    }

    private static State versionState(long version, JsonNode v, String where) {
        if (version <= 0 || v.isMissingNode()) {
            return new State(SecretOutcome.MISSING, where + ": no live version", Optional.empty(), "");
        }
        if (v.path("destroyed").asBoolean(false)) {
            return new State(SecretOutcome.DESTROYED, "latest version " + version + " destroyed", Optional.empty(),
                    "");
        }
        String deletion = v.path("deletion_time").asText("");
        if (!deletion.isEmpty() && inPast(deletion)) {
            return new State(SecretOutcome.DELETED, "latest version " + version + " deleted at " + deletion,
                    Optional.empty(), "");
        }
        return new State(SecretOutcome.PRESENT, "version " + version, Optional.empty(), "");
    }

    private static boolean inPast(String time) {
        try {
            return !OffsetDateTime.parse(time).isAfter(OffsetDateTime.now());
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private State stateV1(VaultClient client, String listPath, String leaf, String dataPath, Capabilities caps,
                          boolean allowRead) throws CallException {
        Reply list = client.list(listPath);
        if (list.status() == 200) {
            Set<String> keys = new LinkedHashSet<>();
            list.data().path("keys").forEach(k -> keys.add(k.asText()));
            if (keys.contains(leaf)) {
                return new State(SecretOutcome.PRESENT, "listed in " + listPath, Optional.empty(),
                        "KV v1 has no key-names-only endpoint");
            }
            return new State(SecretOutcome.MISSING, keys.contains(leaf + "/") ? "only a folder '" + leaf
                    + "/' exists in " + listPath : "not listed in " + listPath, Optional.empty(), "");
        }
        if (list.status() == 404 && list.body().path("warnings").toString().contains("versioned K/V")) {
            return new State(SecretOutcome.ERROR, "the mount is a versioned (KV v2) engine, but KV v1 was asked for",
                    Optional.empty(), "");
        }
        if (list.status() == 404) {
            return notFound("LIST " + listPath + " HTTP 404 (empty)", caps, listPath);
        }
        if (list.status() == 403 && allowRead) {
            VaultClient.KeyNames k = client.readKeyNames(dataPath, false);
            if (k.status() == 200) {
                return new State(SecretOutcome.PRESENT, "read of " + dataPath, Optional.of(new LinkedHashSet<>(
                        k.names())), "read of " + dataPath + " (values dropped)");
            }
            if (k.status() == 404) {
                return new State(SecretOutcome.MISSING, "read of " + dataPath + " HTTP 404", Optional.empty(), "");
            }
            return forbiddenOrError(k.status(), "LIST " + listPath + " and " + dataPath);
        }
        return forbiddenOrError(list.status(), "LIST " + listPath);
    }

    private static State notFound(String detail, Capabilities caps, String path) {
        if (caps.known() && caps.denies(path)) {
            return new State(SecretOutcome.FORBIDDEN, detail + "; capabilities-self: " + caps.of(path),
                    Optional.empty(), "");
        }
        return new State(SecretOutcome.MISSING, detail, Optional.empty(), "");
    }

    private static State forbiddenOrError(int status, String where) {
        if (status == 403) {
            return new State(SecretOutcome.FORBIDDEN, where + " HTTP 403 (permission denied)", Optional.empty(), "");
        }
        if (status == 307 || status == 308) {
            return new State(SecretOutcome.ERROR, where + " answered HTTP " + status + " (a redirect from a standby "
                    + "without request forwarding; point VAULT_ADDR at the active node)", Optional.empty(), "");
        }
        return new State(SecretOutcome.ERROR, where + " answered HTTP " + status, Optional.empty(), "");
    }

    private void secretFinding(State state, Target t, String place, Set<String> required) {
        String keys = required.isEmpty() ? "" : " (needed for " + String.join(", ", required) + ")";
        switch (state.outcome()) {
            case MISSING:
                findings.add(Finding.of(VaultRule.SECRET_MISSING, null, "Vault secret " + place + " does not exist"
                        + keys).withHint("write it: vault kv put -mount=" + t.mount() + " " + t.path() + " ..."));
                break;
            case FORBIDDEN:
                findings.add(Finding.of(VaultRule.SECRET_FORBIDDEN, null, "the token may not look at Vault secret "
                        + place + ": " + state.detail() + keys));
                break;
            case DELETED:
                findings.add(Finding.of(VaultRule.SECRET_DELETED, null, "Vault secret " + place + ": "
                        + state.detail() + keys)
                        .withHint("vault kv undelete -mount=" + t.mount() + " -versions=N " + t.path()));
                break;
            case DESTROYED:
                findings.add(Finding.of(VaultRule.SECRET_DESTROYED, null, "Vault secret " + place + ": "
                        + state.detail() + keys).withHint("write a new version"));
                break;
            default:
                findings.add(Finding.of(VaultRule.SECRET_ERROR, null, "Vault secret " + place + ": "
                        + state.detail() + keys));
                break;
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static List<SecretPresence> all(Target t, Set<String> required, SecretOutcome outcome, String detail) {
        List<SecretPresence> out = new ArrayList<>();
        for (String key : required) {
            out.add(new SecretPresence(key, t.full(), outcome, detail));
        }
        if (required.isEmpty()) {
            out.add(new SecretPresence(t.path(), t.full(), outcome, detail));
        }
        return out;
    }

    private SecretStoreResult result(AnvilProject project, String environment, List<SecretPresence> presences) {
        return new SecretStoreResult(store, environment, presences, project.applyRuleSettings(findings));
    }

    private static Details details(VaultRule rule, String place, String key) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest((rule.code() + "\0" + place + "\0" + key).getBytes(StandardCharsets.UTF_8));
            return new Details.Secret(key, HexFormat.of().formatHex(h, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static String trim(String p) {
        String s = p.strip();
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String human(Duration d) {
        long s = d.getSeconds();
        if (s >= 86400 && s % 3600 == 0) {
            return s / 86400 + "d" + (s % 86400 == 0 ? "" : s % 86400 / 3600 + "h");
        }
        if (s >= 3600) {
            return s / 3600 + "h" + (s % 3600 / 60 == 0 ? "" : s % 3600 / 60 + "m");
        }
        if (s >= 60) {
            return s / 60 + "m" + (s % 60 == 0 ? "" : s % 60 + "s");
        }
        return s + "s";
    }

    /** Where the secret is: mount, path inside it, KV version when known. */
    private record Target(String mount, String path, Optional<Integer> version) {
        String full() {
            return mount + "/" + path;
        }
    }

    private record MountInfo(String path, String type, String version) {
    }

    /** The secret's state and, when known, its key names and how they were had. */
    private record State(SecretOutcome outcome, String detail, Optional<Set<String>> keys, String keysFrom) {
    }

    private record Capabilities(Optional<Map<String, List<String>>> map) {
        boolean known() {
            return map.isPresent();
        }

        String of(String path) {
            return String.valueOf(map.map(m -> m.get(path)).orElse(List.of()));
        }

        boolean allows(String path, String cap) {
            List<String> c = map.map(m -> m.get(path)).orElse(List.of());
            return c.contains(cap) || c.contains("root");
        }

        boolean denies(String path) {
            List<String> c = map.map(m -> m.get(path)).orElse(List.of());
            return c.isEmpty() || c.equals(List.of("deny"));
        }
    }
}
