package dev.anvilcheck.secrets;

import dev.anvilcheck.AnvilProject;

/**
 * A store that can prove secrets exist without revealing them (HashiCorp Vault in anvil-check-vault). Core knows
 * only this interface, so it never depends on a store's client library.
 *
 * <pre>{@code
 * SecretStoreResult r = store.check(project, "staging");
 * r.secrets().stream().filter(p -> p.outcome() != SecretOutcome.PRESENT).forEach(System.out::println);
 * }</pre>
 *
 * <p>Implementations must be thread-safe and must never put a secret value or a token into a result, a log line
 * or an exception message.
 */
public interface SecretStore {

    /**
     * A description for reports (address and namespace, never credentials).
     *
     * @return the description
     */
    String describe();

    /**
     * Checks the secrets that an environment of the project needs (from anvil-check.yaml's
     * {@code environments.<name>} and anvil.yaml's {@code secrets:}).
     *
     * @param project the project
     * @param environment the environment's name
     * @return the outcomes and findings; problems reaching the store are findings, not exceptions
     */
    SecretStoreResult check(AnvilProject project, String environment);
}
