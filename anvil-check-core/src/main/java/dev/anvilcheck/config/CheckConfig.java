package dev.anvilcheck.config;

import dev.anvilcheck.Severity;
import dev.anvilcheck.python.PythonVersion;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The team's own settings from {@code anvil-check.yaml} beside {@code anvil.yaml} (DESIGN section 4). Every key is
 * optional; {@link #defaults()} is what an app without the file gets. Anvil's editor owns anvil.yaml, so these
 * settings never go there.
 *
 * <pre>{@code
 * CheckConfig cfg = AnvilProject.load(path).checkConfig();
 * cfg.python().server().ifPresent(t -> System.out.println("server target " + t));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param python target overrides
 * @param exclude globs of paths to skip, on top of .git, .venv, venv, node_modules, __pycache__
 * @param requiredSections top-level anvil.yaml sections that must exist (rule AY012)
 * @param requiredEnv required environment variables by name, in file order
 * @param environments deploy environments by name, in file order
 * @param deployment deployment settings
 * @param database database settings
 * @param rules severity overrides and ignores
 * @param vault Vault settings common to all environments
 * @param dependencies where server dependency metadata comes from
 * @param matrix the interpreter matrix
 * @param slackWebhookEnv the environment variable that holds a Slack webhook URL
 */
public record CheckConfig(Python python, List<String> exclude, List<String> requiredSections,
                          Map<String, RequiredVariable> requiredEnv, Map<String, Environment> environments,
                          Optional<Deployment> deployment, Database database, Rules rules, Vault vault,
                          Dependencies dependencies, Matrix matrix, Optional<String> slackWebhookEnv) {

    /** The sections required when anvil-check.yaml does not say. */
    public static final List<String> DEFAULT_REQUIRED_SECTIONS = List.of("name", "db_schema", "secrets");

    /** Copies the collections. */
    public CheckConfig {
        exclude = List.copyOf(exclude);
        requiredSections = List.copyOf(requiredSections);
        requiredEnv = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(requiredEnv));
        environments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(environments));
    }

    /**
     * The settings of an app without anvil-check.yaml.
     *
     * @return the defaults
     */
    public static CheckConfig defaults() {
        return new CheckConfig(new Python(Optional.empty(), Optional.empty(), List.of()), List.of(),
                DEFAULT_REQUIRED_SECTIONS, Map.of(), Map.of(), Optional.empty(),
                new Database(Optional.empty(), "app_tables", Map.of(), false), new Rules(Map.of(), List.of()),
                new Vault(Optional.empty(), false),
                new Dependencies("installed", Optional.empty(), Optional.empty(), Optional.empty(), false,
                        Optional.empty()),
                new Matrix(List.of(), false), Optional.empty());
    }

    /**
     * Target overrides. A target is a version ({@code "3.10"}), a range ({@code "3.7-3.13"}), or for the client
     * {@code "3.7-skulpt"}, the browser runtime.
     *
     * @param server the server code's target, overriding runtime_options
     * @param client the client code's target
     * @param matrix versions for the interpreter matrix
     */
    public record Python(Optional<String> server, Optional<String> client, List<PythonVersion> matrix) {
        /** Copies the list. */
        public Python {
            matrix = List.copyOf(matrix);
        }
    }

    /** The type a required variable's value must have. */
    public enum VariableType {
        /** Any text (optionally matching a pattern). */
        STRING,
        /** A whole number. */
        INTEGER,
        /** A decimal number. */
        FLOAT,
        /** true/false, yes/no, 1/0, on/off. */
        BOOLEAN,
        /** An absolute URL with a scheme. */
        URL,
        /** An e-mail address. */
        EMAIL
    }

    /**
     * A required environment variable.
     *
     * @param name the variable
     * @param type the type its value must have
     * @param required whether it must be set (false: checked only when present)
     * @param pattern a regular expression the whole value must match
     */
    public record RequiredVariable(String name, VariableType type, boolean required, Optional<String> pattern) {
    }

    /**
     * A deploy environment.
     *
     * @param name its name ({@code staging})
     * @param database where its database is
     * @param vault where its secrets are in Vault
     */
    public record Environment(String name, Optional<DatabaseTarget> database, Optional<VaultTarget> vault) {
    }

    /**
     * An environment's database.
     *
     * @param urlEnv the environment variable holding the JDBC or postgresql:// URL
     * @param schema the schema that mirrors the app's tables
     */
    public record DatabaseTarget(String urlEnv, String schema) {
    }

    /**
     * An environment's Vault secret.
     *
     * @param mount the KV mount ({@code secret}, {@code kv/team})
     * @param path the secret's path inside the mount
     * @param kvVersion 1 or 2 when set; detected otherwise
     * @param keys keys the secret must hold besides the anvil.yaml secret names
     */
    public record VaultTarget(String mount, String path, Optional<Integer> kvVersion, List<String> keys) {
        /** Copies the list. */
        public VaultTarget {
            keys = List.copyOf(keys);
        }
    }

    /**
     * Deployment settings.
     *
     * @param strategy rolling, blue-green or recreate
     * @param healthCheckUrl a URL to probe after deploying
     * @param healthCheckTimeout how long the probe may take
     * @param rollbackOnFailure whether to roll back on failure
     * @param rollbackCommand the command that rolls back
     */
    public record Deployment(Optional<String> strategy, Optional<String> healthCheckUrl,
                             Optional<Duration> healthCheckTimeout, boolean rollbackOnFailure,
                             Optional<String> rollbackCommand) {
    }

    /**
     * Database settings.
     *
     * @param migrations the migrations folder, relative to the project (default {@code src/database/migrations})
     * @param schema the schema that mirrors the app's tables (default {@code app_tables})
     * @param extra extra objects (indexes, functions, constraints, comments) as plain values
     * @param allowDestructive whether drift fixes may drop or narrow
     */
    public record Database(Optional<String> migrations, String schema, Map<String, Object> extra,
                           boolean allowDestructive) {
        /** Copies the map. */
        public Database {
            extra = Map.copyOf(extra);
        }
    }

    /**
     * Rule settings.
     *
     * @param severity severity overrides by rule code
     * @param ignore rules ignored under path globs
     */
    public record Rules(Map<String, Severity> severity, List<Ignore> ignore) {
        /** Copies the collections. */
        public Rules {
            severity = Map.copyOf(severity);
            ignore = List.copyOf(ignore);
        }
    }

    /**
     * A rule ignored under some paths.
     *
     * @param rule the rule code
     * @param paths globs; empty means everywhere
     */
    public record Ignore(String rule, List<String> paths) {
        /** Copies the list. */
        public Ignore {
            paths = List.copyOf(paths);
        }
    }

    /**
     * Vault settings.
     *
     * @param minTokenTtl the least time-to-live the token must have left
     * @param allowRead whether key names may be had by a read whose values are dropped at once
     */
    public record Vault(Optional<Duration> minTokenTtl, boolean allowRead) {
    }

    /**
     * Where server dependency metadata comes from.
     *
     * @param source installed, pypi or file
     * @param python the interpreter whose installed distributions are read
     * @param indexUrl the PyPI JSON API base URL
     * @param cacheDir the on-disk cache of PyPI answers
     * @param offline whether to use only the cache
     * @param file the fixed metadata file
     */
    public record Dependencies(String source, Optional<String> python, Optional<String> indexUrl,
                               Optional<String> cacheDir, boolean offline, Optional<String> file) {
    }

    /**
     * The interpreter matrix.
     *
     * @param interpreters explicit interpreter paths
     * @param runTests whether to run the project's pytest suite per interpreter
     */
    public record Matrix(List<String> interpreters, boolean runTests) {
        /** Copies the list. */
        public Matrix {
            interpreters = List.copyOf(interpreters);
        }
    }
}
