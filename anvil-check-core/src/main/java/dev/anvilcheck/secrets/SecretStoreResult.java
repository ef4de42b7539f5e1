package dev.anvilcheck.secrets;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link SecretStore} found for one environment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param store the store's description (no credentials)
 * @param environment the environment checked
 * @param secrets one outcome per required name, in the order required
 * @param findings the findings, sorted
 */
public record SecretStoreResult(String store, String environment, List<SecretPresence> secrets,
                                List<Finding> findings) implements CheckResult {
    /** Copies the lists and sorts the findings. */
    public SecretStoreResult {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(environment, "environment");
        secrets = List.copyOf(secrets);
        findings = findings.stream().sorted().toList();
    }
}
