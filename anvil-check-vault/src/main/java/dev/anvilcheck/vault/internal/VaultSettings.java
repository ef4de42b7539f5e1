package dev.anvilcheck.vault.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a {@code VaultSecretStore} was configured with. Holds a token source, never a token's text in
 * {@link #toString()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param address the server's base URL ({@code https://vault.example.com:8200})
 * @param token where the token comes from
 * @param namespace the Enterprise/HCP namespace, sent as {@code X-Vault-Namespace}
 * @param mount overrides the environment's mount
 * @param kvVersion overrides the environment's KV version (1 or 2)
 * @param caFile a PEM file of CA certificates to trust instead of the JDK's
 * @param openTimeout connect timeout
 * @param readTimeout per-request timeout once connected
 * @param retries how many times a failed read is tried again (412, 5xx, I/O)
 * @param backoff the first pause between tries; it doubles each time, capped at two seconds
 */
public record VaultSettings(URI address, TokenSource token, Optional<String> namespace, Optional<String> mount,
                            Optional<Integer> kvVersion, Optional<Path> caFile, Duration openTimeout,
                            Duration readTimeout, int retries, Duration backoff) {
    /** Checks for nulls. */
    public VaultSettings {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(mount, "mount");
        Objects.requireNonNull(kvVersion, "kvVersion");
        Objects.requireNonNull(caFile, "caFile");
        Objects.requireNonNull(openTimeout, "openTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(backoff, "backoff");
    }
}
