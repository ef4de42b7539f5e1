package dev.anvilcheck.vault;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.secrets.SecretStore;
import dev.anvilcheck.secrets.SecretStoreResult;
import dev.anvilcheck.vault.internal.CallException;
import dev.anvilcheck.vault.internal.TokenSource;
import dev.anvilcheck.vault.internal.VaultCheck;
import dev.anvilcheck.vault.internal.VaultClient;
import dev.anvilcheck.vault.internal.VaultSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Proves that the secrets an Anvil app needs are present in HashiCorp Vault without reading or revealing a
 * value. For an environment of anvil-check.yaml ({@code environments.<env>.vault: {mount, path, kv_version,
 * keys}}) it checks the server's health, the token (valid, TTL against {@code vault.min_token_ttl}, renewable),
 * the mount and its KV version, the token's capabilities, and that the secret at the path exists (not
 * soft-deleted, not destroyed) and holds one key per anvil.yaml {@code secrets:} name plus the listed keys.
 * KV v2 key names come from {@code subkeys/}; where key names need a read (KV v1, or no access to
 * {@code subkeys/}) the outcome is {@code UNKNOWN} unless {@code vault.allow_read: true} allows a read whose values
 * are dropped at once.
 *
 * <pre>{@code
 * VaultSecretStore vault = VaultSecretStore.configure()
 *         .address("https://vault.example.com:8200")
 *         .tokenFromEnv("VAULT_TOKEN")
 *         .namespace("team-a")
 *         .build();
 * SecretStoreResult r = vault.check(AnvilProject.load(Path.of("my-app")), "staging");
 * r.secrets().forEach(p -> System.out.println(p.name() + " " + p.outcome()));
 *
 * SecretStoreResult same = VaultSecretStore.fromEnvironment(System.getenv()).check(project, "staging");
 * }</pre>
 *
 * <p>Tokens and values never appear in results, findings, log lines or exception messages. Problems reaching
 * Vault are findings ({@link VaultRule}), not exceptions. Immutable and thread-safe: one store may check several
 * projects at once; each check resolves the token afresh (a rotated token file is re-read).
 */
public final class VaultSecretStore implements SecretStore {

    /** The connect timeout unless set. */
    public static final Duration DEFAULT_OPEN_TIMEOUT = Duration.ofSeconds(5);
    /** The per-request timeout unless set. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    /** How often a failed read is tried again unless set. */
    public static final int DEFAULT_RETRIES = 2;

    private final VaultSettings settings;
    private final HttpClient http;
    private final Optional<String> httpProblem;

    private VaultSecretStore(VaultSettings settings) {
        this.settings = settings;
        HttpClient client = null;
        String problem = null;
        try {
            client = VaultClient.httpClient(settings);
        } catch (CallException e) {
            problem = e.getMessage();
        }
        this.http = client;
        this.httpProblem = Optional.ofNullable(problem);
    }

    /**
     * Starts a configuration.
     *
     * @return a new builder
     */
    public static Builder configure() {
        return new Builder();
    }

    /**
     * A store configured the way the Vault CLI is: {@code VAULT_ADDR}, {@code VAULT_TOKEN} (or
     * {@code VAULT_TOKEN_FILE}), {@code VAULT_NAMESPACE} and {@code VAULT_CACERT}. A missing token is not an
     * error here: each check reports it as a finding.
     *
     * @param env the environment, usually {@code System.getenv()}
     * @return the store
     * @throws IllegalArgumentException when VAULT_ADDR is missing or not an http(s) URL
     */
    public static VaultSecretStore fromEnvironment(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        Map<String, String> copy = Map.copyOf(env);
        Builder b = configure();
        String addr = copy.get("VAULT_ADDR");
        if (addr == null || addr.isBlank()) {
            throw new IllegalArgumentException("VAULT_ADDR is not set");
        }
        b.address(addr.strip());
        String tokenFile = copy.get("VAULT_TOKEN_FILE");
        if (copy.get("VAULT_TOKEN") == null && tokenFile != null && !tokenFile.isBlank()) {
            b.tokenFile(Path.of(tokenFile.strip()));
        } else {
            b.token = TokenSource.environment("VAULT_TOKEN", copy::get);
        }
        String ns = copy.get("VAULT_NAMESPACE");
        if (ns != null && !ns.isBlank()) {
            b.namespace(ns.strip());
        }
        String ca = copy.get("VAULT_CACERT");
        if (ca != null && !ca.isBlank()) {
            b.caFile(Path.of(ca.strip()));
        }
        return b.build();
    }

    @Override
    public String describe() {
        return "vault " + settings.address() + settings.namespace().map(ns -> " namespace " + ns).orElse("");
    }

    /**
     * Checks one environment of a project: the entry that works without the chain.
     *
     * @param project the project
     * @param environment the environment's name in anvil-check.yaml
     * @return one outcome per required key (or for the secret itself when no key is required) and the findings,
     *         with the project's rule settings applied
     */
    @Override
    public SecretStoreResult check(AnvilProject project, String environment) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(environment, "environment");
        return new VaultCheck(settings, http, describe()).run(project, environment, httpProblem);
    }

    @Override
    public String toString() {
        return "VaultSecretStore[" + describe() + ", token from " + settings.token() + "]";
    }

    /**
     * Configures a {@link VaultSecretStore}. Not thread-safe; the store it builds is.
     */
    public static final class Builder {
        private URI address;
        private TokenSource token;
        private String namespace;
        private String mount;
        private Integer kvVersion;
        private Path caFile;
        private Duration openTimeout = DEFAULT_OPEN_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int retries = DEFAULT_RETRIES;
        private Duration backoff = Duration.ofMillis(250);

        private Builder() {
        }

        /**
         * The server's address ({@code https://vault.example.com:8200}).
         *
         * @param url an http or https URL
         * @return this builder
         * @throws IllegalArgumentException when it is not an http(s) URL with a host
         */
        public Builder address(String url) {
            Objects.requireNonNull(url, "url");
            URI uri;
            try {
                uri = new URI(url.strip());
            } catch (URISyntaxException e) {
                // the text is not echoed: a mistyped address may hold credentials
                throw new IllegalArgumentException("the Vault address is not a URL", null);
            }
            if (uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("the Vault address must not hold a user or password");
            }
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("the Vault address must be an http(s) URL with a host and no "
                        + "query: " + uri.getScheme() + "://" + uri.getHost() + uri.getRawPath());
            }
            this.address = uri;
            return this;
        }

        /**
         * The token itself.
         *
         * @param value the token
         * @return this builder
         */
        public Builder token(String value) {
            this.token = TokenSource.literal(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Reads the token from an environment variable of this process at each check.
         *
         * @param variable the variable ({@code VAULT_TOKEN})
         * @return this builder
         */
        public Builder tokenFromEnv(String variable) {
            this.token = TokenSource.environment(Objects.requireNonNull(variable, "variable"), System::getenv);
            return this;
        }

        /**
         * Reads the token from a file (such as a Vault Agent sink) at each check.
         *
         * @param file the file
         * @return this builder
         */
        public Builder tokenFile(Path file) {
            this.token = TokenSource.file(Objects.requireNonNull(file, "file"));
            return this;
        }

        /**
         * The Enterprise/HCP namespace ({@code team-a} or {@code parent/child}), sent as
         * {@code X-Vault-Namespace}.
         *
         * @param value the namespace
         * @return this builder
         */
        public Builder namespace(String value) {
            Objects.requireNonNull(value, "value");
            this.namespace = value.isBlank() ? null : value.strip();
            return this;
        }

        /**
         * Overrides the environment's mount ({@code secret}, {@code kv/team}).
         *
         * @param value the mount path
         * @return this builder
         */
        public Builder mount(String value) {
            this.mount = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Overrides the environment's KV version; detection is skipped.
         *
         * @param version 1 or 2
         * @return this builder
         * @throws IllegalArgumentException for another number
         */
        public Builder kvVersion(int version) {
            if (version != 1 && version != 2) {
                throw new IllegalArgumentException("kvVersion must be 1 or 2, not " + version);
            }
            this.kvVersion = version;
            return this;
        }

        /**
         * Trusts the CA certificates in this PEM file instead of the JDK's. Verification is always on.
         *
         * @param file the PEM file
         * @return this builder
         */
        public Builder caFile(Path file) {
            this.caFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * The connect timeout (default 5 s).
         *
         * @param value a positive duration
         * @return this builder
         */
        public Builder openTimeout(Duration value) {
            this.openTimeout = positive(value, "openTimeout");
            return this;
        }

        /**
         * The timeout of each request once connected (default 10 s; the driver's calls round it up to whole
         * seconds).
         *
         * @param value a positive duration
         * @return this builder
         */
        public Builder readTimeout(Duration value) {
            this.readTimeout = positive(value, "readTimeout");
            return this;
        }

        /**
         * How many times a failed read (HTTP 412, 5xx, I/O error) is tried again, with exponential backoff and
         * jitter (default 2).
         *
         * @param value 0 to 10
         * @return this builder
         */
        public Builder retries(int value) {
            if (value < 0 || value > 10) {
                throw new IllegalArgumentException("retries must be 0 to 10, not " + value);
            }
            this.retries = value;
            return this;
        }

        /**
         * The first pause between tries (default 250 ms); it doubles each time, capped at two seconds.
         *
         * @param value a positive duration
         * @return this builder
         */
        public Builder backoff(Duration value) {
            this.backoff = positive(value, "backoff");
            return this;
        }

        /**
         * Builds the store.
         *
         * @return the store
         * @throws IllegalStateException when no address or no token source was set
         */
        public VaultSecretStore build() {
            if (address == null) {
                throw new IllegalStateException("VaultSecretStore.configure().address(...) was not called");
            }
            if (token == null) {
                throw new IllegalStateException("no token: call token(..), tokenFromEnv(..) or tokenFile(..)");
            }
            return new VaultSecretStore(new VaultSettings(address, token, Optional.ofNullable(namespace),
                    Optional.ofNullable(mount), Optional.ofNullable(kvVersion), Optional.ofNullable(caFile),
                    openTimeout, readTimeout, retries, backoff));
        }

        private static Duration positive(Duration d, String what) {
            Objects.requireNonNull(d, what);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " must be positive");
            }
            return d;
        }
    }
}
