package dev.anvilcheck;

import dev.anvilcheck.config.ConfigResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fluent chain over a project: each step returns a new {@code CheckRun} holding the results so far and
 * offering the next steps. It is itself a {@link CheckResult} whose findings are those of every step.
 *
 * <pre>{@code
 * CheckRun run = AnvilProject.load(path)
 *         .validateConfig()
 *         .then(project -> myOwnCheck(project));
 * ConfigResult config = run.config().orElseThrow();
 * run.orThrow();
 * }</pre>
 *
 * <p>Running a step again replaces that step's earlier result. Immutable and thread-safe.
 */
public final class CheckRun implements CheckResult {

    private final AnvilProject project;
    private final List<CheckResult> results;
    private final List<Finding> findings;

    CheckRun(AnvilProject project, List<CheckResult> results) {
        this.project = Objects.requireNonNull(project, "project");
        this.results = List.copyOf(results);
        List<Finding> all = new ArrayList<>();
        for (CheckResult r : this.results) {
            all.addAll(r.findings());
        }
        all.sort(null);
        this.findings = List.copyOf(all);
    }

    /**
     * The project the chain runs over.
     *
     * @return the project
     */
    public AnvilProject project() {
        return project;
    }

    /**
     * Every step's result, in the order the steps ran.
     *
     * @return the results
     */
    public List<CheckResult> results() {
        return results;
    }

    /**
     * The result of a given type, if that step ran.
     *
     * @param type the result class
     * @param <T> the result type
     * @return the result
     */
    public <T extends CheckResult> Optional<T> result(Class<T> type) {
        return results.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * The anvil.yaml and anvil-check.yaml result, if {@link #validateConfig()} ran.
     *
     * @return the result
     */
    public Optional<ConfigResult> config() {
        return result(ConfigResult.class);
    }

    /**
     * Adds the validation of anvil.yaml and anvil-check.yaml.
     *
     * @return the new chain
     */
    public CheckRun validateConfig() {
        return with(project.configResult());
    }

    /**
     * Adds the Python compatibility check with the project's targets.
     *
     * @return the new chain
     */
    public CheckRun checkCompatibility() {
        return then(dev.anvilcheck.compat.CompatibilityCheck::run);
    }

    /**
     * Adds the Python compatibility check against one target ({@code "3.7"}, {@code "3.7-3.13"}).
     *
     * @param target the target of server, client and other code
     * @return the new chain
     * @throws IllegalArgumentException when {@code target} is not a target
     */
    public CheckRun checkCompatibility(String target) {
        return then(p -> dev.anvilcheck.compat.CompatibilityCheck.run(p, target));
    }

    /**
     * Adds the secrets check (.env files, required variables, hard-coded secrets).
     *
     * @return the new chain
     */
    public CheckRun validateSecrets() {
        return then(dev.anvilcheck.secrets.SecretsCheck.defaults());
    }

    /**
     * Adds the secrets check including a secret store's answer for an environment.
     *
     * @param store the store
     * @param environment the environment's name
     * @return the new chain
     */
    public CheckRun validateSecrets(dev.anvilcheck.secrets.SecretStore store, String environment) {
        return then(dev.anvilcheck.secrets.SecretsCheck.defaults().withStore(store, environment));
    }

    /**
     * Adds the schema generated from db_schema and database.extra ({@code SchemaResult}).
     *
     * @return the new chain
     */
    public CheckRun generateSchema() {
        return then(dev.anvilcheck.schema.internal.SchemaGenerator::check);
    }

    /**
     * Adds the Anvil cross-checks: code against anvil.yaml and form templates, server requirements against the
     * server's Python ({@link dev.anvilcheck.anvil.AnvilResult}).
     *
     * @return the new chain
     */
    public CheckRun checkAnvil() {
        return then(dev.anvilcheck.anvil.AnvilCheck.fromConfig());
    }

    /**
     * Runs any check and adds its result.
     *
     * @param check the check
     * @return the new chain
     */
    public CheckRun then(ProjectCheck<?> check) {
        return with(Objects.requireNonNull(check.check(project), "a check returned null"));
    }

    /**
     * Adds a result, replacing an earlier one of the same class.
     *
     * @param result the result
     * @return the new chain
     */
    CheckRun with(CheckResult result) {
        List<CheckResult> next = new ArrayList<>();
        boolean replaced = false;
        for (CheckResult r : results) {
            if (r.getClass() == result.getClass()) {
                next.add(result);
                replaced = true;
            } else {
                next.add(r);
            }
        }
        if (!replaced) {
            next.add(result);
        }
        return new CheckRun(project, next);
    }

    /** All findings of every step, sorted. */
    @Override
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Returns this chain when no step found errors, or throws.
     *
     * @return this
     * @throws AnvilCheckException carrying this chain when there are errors
     */
    @Override
    public CheckRun orThrow() {
        CheckResult.super.orThrow();
        return this;
    }

    @Override
    public String toString() {
        return "CheckRun[" + project.root() + ", " + results.size() + " steps, " + findings.size() + " findings]";
    }
}
