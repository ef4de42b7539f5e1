package dev.anvilcheck.secrets;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.ProjectCheck;
import dev.anvilcheck.secrets.internal.Baseline;
import dev.anvilcheck.secrets.internal.SecretsChecker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The secrets check as a configurable {@link ProjectCheck}: .env reading and linting, .env against .env.example,
 * required variables, hard-coded and plaintext secrets, and optionally a {@link SecretStore}. The chain's
 * {@code validateSecrets()} runs {@link #defaults()}; use this class to check against another environment than
 * the process's, or to write a baseline.
 *
 * <pre>{@code
 * SecretsResult r = AnvilProject.load(path)
 *         .then(SecretsCheck.defaults().withEnvironment(Map.of("DATABASE_URL", "postgresql://db/app")))
 *         .result(SecretsResult.class).orElseThrow();
 * SecretsCheck.writeBaseline(AnvilProject.load(path));   // accept today's hard-coded secrets
 * }</pre>
 *
 * <p>Immutable and thread-safe. No value read from any file or from the environment reaches a finding, a log line,
 * an exception or the baseline.
 */
public final class SecretsCheck implements ProjectCheck<SecretsResult> {

    private final Map<String, String> environment;
    private final Optional<SecretStore> store;
    private final String storeEnvironment;

    private SecretsCheck(Map<String, String> environment, Optional<SecretStore> store, String storeEnvironment) {
        this.environment = environment;
        this.store = store;
        this.storeEnvironment = storeEnvironment;
    }

    /**
     * The check against this process's environment, without a store.
     *
     * @return the check
     */
    public static SecretsCheck defaults() {
        return new SecretsCheck(System.getenv(), Optional.empty(), "");
    }

    /**
     * A copy that checks required variables against this environment instead of the process's.
     *
     * @param variables the variables (names to values)
     * @return the new check
     */
    public SecretsCheck withEnvironment(Map<String, String> variables) {
        return new SecretsCheck(Collections.unmodifiableMap(new HashMap<>(Objects.requireNonNull(variables,
                "variables"))), store, storeEnvironment);
    }

    /**
     * A copy that also asks a secret store about an environment; its result is part of the {@link SecretsResult}.
     *
     * @param secretStore the store
     * @param environmentName the environment's name in anvil-check.yaml
     * @return the new check
     */
    public SecretsCheck withStore(SecretStore secretStore, String environmentName) {
        return new SecretsCheck(environment, Optional.of(Objects.requireNonNull(secretStore, "secretStore")),
                Objects.requireNonNull(environmentName, "environmentName"));
    }

    @Override
    public SecretsResult check(AnvilProject project) {
        return SecretsChecker.run(project, environment, store, storeEnvironment);
    }

    /**
     * Writes {@code .anvil-check-baseline.json} beside anvil.yaml with the fingerprints of every hard-coded secret
     * found now, so that later runs report only new ones. The file holds fingerprints (salted hashes) only.
     *
     * @param project the project
     * @return the file written
     * @throws IOException when it cannot be written
     */
    public static Path writeBaseline(AnvilProject project) throws IOException {
        return Baseline.write(project.root(), SecretsChecker.leakFingerprints(project));
    }
}
