package dev.anvilcheck;

import dev.anvilcheck.config.AnvilYaml;
import dev.anvilcheck.config.CheckConfig;
import dev.anvilcheck.config.ConfigResult;
import dev.anvilcheck.internal.config.AnvilYamlValidator;
import dev.anvilcheck.internal.config.CheckConfigValidator;
import dev.anvilcheck.internal.io.SafeFiles;
import dev.anvilcheck.internal.project.Globs;
import dev.anvilcheck.internal.project.ProjectScanner;
import dev.anvilcheck.internal.project.RulePolicy;
import dev.anvilcheck.internal.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An Anvil app loaded from disk: its {@code anvil.yaml}, its optional {@code anvil-check.yaml}, and the index of its
 * files. The entry point of the library.
 *
 * <pre>{@code
 * CheckRun run = AnvilProject.load(Path.of("my-app"))
 *         .validateConfig();
 * run.findings().forEach(System.out::println);
 * run.orThrow();                       // throws AnvilCheckException when there are errors
 *
 * AnvilProject project = AnvilProject.configure()
 *         .path(Path.of("my-app"))
 *         .exclude("tests/fixtures/**")
 *         .load();
 * }</pre>
 *
 * <p>{@link #load(Path)} throws {@link ProjectLoadException} only when the path cannot be read or is not an Anvil
 * app; every problem inside the app (a broken anvil.yaml included) becomes a finding. Instances are immutable and
 * thread-safe: checks may run on one project from several threads.
 */
public final class AnvilProject {

    /** The manifest's file name. */
    public static final String ANVIL_YAML = "anvil.yaml";
    /** Our own settings file's name. */
    public static final String CHECK_YAML = "anvil-check.yaml";

    private final Path root;
    private final Options options;
    private final ConfigResult config;
    private final List<SourceFile> files;
    private final RulePolicy policy;

    private AnvilProject(Path root, Options options, ConfigResult config, List<SourceFile> files) {
        this.root = root;
        this.options = options;
        this.config = config;
        this.files = files;
        this.policy = new RulePolicy(config.checkConfig().rules());
    }

    /**
     * Loads the app in {@code path} with default options.
     *
     * @param path the app's folder (the one holding anvil.yaml)
     * @return the project
     * @throws ProjectLoadException when the path is missing, unreadable, a file, or has no anvil.yaml
     */
    public static AnvilProject load(Path path) {
        return configure().path(path).load();
    }

    /**
     * Starts a configuration, in the style of {@code Flyway.configure()}.
     *
     * @return a new builder
     */
    public static Builder configure() {
        return new Builder();
    }

    /**
     * The project root, absolute and normalized.
     *
     * @return the root
     */
    public Path root() {
        return root;
    }

    /**
     * The options this project was loaded with.
     *
     * @return the options
     */
    public Options options() {
        return options;
    }

    /**
     * The app's manifest, as far as it is valid; empty when anvil.yaml could not be read at all.
     *
     * @return the manifest
     */
    public Optional<AnvilYaml> anvilYaml() {
        return config.anvilYaml();
    }

    /**
     * The team's settings from anvil-check.yaml, or the defaults.
     *
     * @return the settings
     */
    public CheckConfig checkConfig() {
        return config.checkConfig();
    }

    /**
     * The project's Python files (client, server and others), sorted by path, excludes applied.
     *
     * @return the files
     */
    public List<SourceFile> pythonFiles() {
        return files;
    }

    /**
     * Whether the project has this project-relative file.
     *
     * @param relPath the path with {@code /} separators
     * @return true when it is a regular file
     */
    public boolean hasFile(String relPath) {
        return Files.isRegularFile(root.resolve(relPath));
    }

    /**
     * Applies the project's rule settings (severity overrides and per-path ignores from anvil-check.yaml) to
     * findings and sorts them. Every check, including those of other modules, passes its findings through here.
     *
     * @param findings findings at their rules' default severities
     * @return the findings as configured, sorted
     */
    public List<Finding> applyRuleSettings(List<Finding> findings) {
        return policy.apply(findings);
    }

    /**
     * Validates anvil.yaml and anvil-check.yaml: the first step of the chain.
     *
     * @return the chain with a {@link ConfigResult}
     */
    public CheckRun validateConfig() {
        return new CheckRun(this, List.of()).validateConfig();
    }

    /**
     * Checks the Python compatibility of every file against its code root's target: the first step of the chain.
     *
     * @return the chain with a {@link dev.anvilcheck.compat.CompatibilityResult}
     */
    public CheckRun checkCompatibility() {
        return new CheckRun(this, List.of()).checkCompatibility();
    }

    /**
     * Checks the Python compatibility of every file against one target ({@code "3.7"}, {@code "3.7-3.13"}).
     *
     * @param target the target of server, client and other code
     * @return the chain with a {@link dev.anvilcheck.compat.CompatibilityResult}
     * @throws IllegalArgumentException when {@code target} is not a target
     */
    public CheckRun checkCompatibility(String target) {
        return new CheckRun(this, List.of()).checkCompatibility(target);
    }

    /**
     * Checks .env files, required variables and hard-coded secrets: a step of the chain.
     *
     * @return the chain with a {@link dev.anvilcheck.secrets.SecretsResult}
     */
    public CheckRun validateSecrets() {
        return new CheckRun(this, List.of()).validateSecrets();
    }

    /**
     * Checks secrets as {@link #validateSecrets()} does and asks a secret store about an environment.
     *
     * @param store the store
     * @param environment the environment's name
     * @return the chain with a {@link dev.anvilcheck.secrets.SecretsResult} that includes the store's result
     */
    public CheckRun validateSecrets(dev.anvilcheck.secrets.SecretStore store, String environment) {
        return new CheckRun(this, List.of()).validateSecrets(store, environment);
    }

    /**
     * Generates the schema from db_schema and database.extra as the first step of the chain.
     *
     * @return the chain with a {@code SchemaResult}
     */
    public CheckRun generateSchema() {
        return new CheckRun(this, List.of()).generateSchema();
    }

    /**
     * Runs the Anvil cross-checks as the first step of the chain ({@link dev.anvilcheck.anvil.AnvilResult}).
     *
     * @return the chain with the result
     */
    public CheckRun checkAnvil() {
        return new CheckRun(this, List.of()).checkAnvil();
    }

    /**
     * Runs every offline check, as {@code anvil-check check} does: configuration, Python compatibility, Anvil
     * cross-references, schema generation and secrets (files, code, leaks; no secret store). Checks that need a
     * server (Vault, the live database) are separate steps.
     *
     * @return the chain with every offline result
     */
    public CheckRun checkAll() {
        return offlineChecksButSecrets().validateSecrets();
    }

    /**
     * Runs every offline check as {@link #checkAll()} does, with the secrets check also asking a secret store
     * (Vault) about an environment.
     *
     * @param store the store
     * @param environment the environment's name in anvil-check.yaml
     * @return the chain with every offline result and the store's answer
     */
    public CheckRun checkAll(dev.anvilcheck.secrets.SecretStore store, String environment) {
        return offlineChecksButSecrets().validateSecrets(store, environment);
    }

    private CheckRun offlineChecksButSecrets() {
        return validateConfig().checkCompatibility().checkAnvil().generateSchema();
    }

    /**
     * Runs any check as the first step of the chain.
     *
     * @param check the check
     * @return the chain with its result
     */
    public CheckRun then(ProjectCheck<?> check) {
        return new CheckRun(this, List.of()).then(check);
    }

    /**
     * The result of validating the configuration, computed when the project was loaded.
     *
     * @return the config result with the project's rule settings applied
     */
    ConfigResult configResult() {
        return config;
    }

    @Override
    public String toString() {
        return "AnvilProject[" + root + "]";
    }

    /**
     * Options for loading a project.
     *
     * @param configFile an anvil-check.yaml elsewhere than beside anvil.yaml
     * @param excludes globs to skip, on top of anvil-check.yaml's
     * @param serverTarget overrides the server code's target
     * @param clientTarget overrides the client code's target
     */
    public record Options(Optional<Path> configFile, List<String> excludes, Optional<String> serverTarget,
                          Optional<String> clientTarget) {
        /** Copies the list. */
        public Options {
            Objects.requireNonNull(configFile, "configFile");
            excludes = List.copyOf(excludes);
            Objects.requireNonNull(serverTarget, "serverTarget");
            Objects.requireNonNull(clientTarget, "clientTarget");
        }
    }

    /**
     * Configures and loads a project. Not thread-safe; the project it builds is.
     */
    public static final class Builder {
        private Path path;
        private Path configFile;
        private final List<String> excludes = new ArrayList<>();
        private String serverTarget;
        private String clientTarget;

        private Builder() {
        }

        /**
         * The app's folder.
         *
         * @param value the folder holding anvil.yaml
         * @return this builder
         */
        public Builder path(Path value) {
            this.path = Objects.requireNonNull(value, "path");
            return this;
        }

        /**
         * Reads settings from this file instead of the app's anvil-check.yaml.
         *
         * @param value the settings file
         * @return this builder
         */
        public Builder configFile(Path value) {
            this.configFile = Objects.requireNonNull(value, "configFile");
            return this;
        }

        /**
         * Skips paths matching these globs, on top of anvil-check.yaml's excludes.
         *
         * @param globs the globs, relative to the project root
         * @return this builder
         */
        public Builder exclude(String... globs) {
            excludes.addAll(List.of(globs));
            return this;
        }

        /**
         * Sets the Python target of server and client code ({@code "3.10"} or {@code "3.7-3.13"}).
         *
         * @param target the target
         * @return this builder
         */
        public Builder target(String target) {
            this.serverTarget = Objects.requireNonNull(target, "target");
            this.clientTarget = target;
            return this;
        }

        /**
         * Sets the Python target of client code alone.
         *
         * @param target the target
         * @return this builder
         */
        public Builder clientTarget(String target) {
            this.clientTarget = Objects.requireNonNull(target, "target");
            return this;
        }

        /**
         * Loads the project.
         *
         * @return the project
         * @throws ProjectLoadException when the path is missing, unreadable, a file, or has no anvil.yaml
         * @throws IllegalStateException when no path was set
         */
        public AnvilProject load() {
            if (path == null) {
                throw new IllegalStateException("AnvilProject.configure().path(...) was not called");
            }
            Options options = new Options(Optional.ofNullable(configFile), excludes, Optional.ofNullable(serverTarget),
                    Optional.ofNullable(clientTarget));
            return Loader.load(path, options);
        }
    }

    /** Reads a project from disk. */
    private static final class Loader {

        static AnvilProject load(Path path, Options options) {
            Path root = path.toAbsolutePath().normalize();
            if (!Files.exists(root)) {
                throw new ProjectLoadException(path, ProjectLoadException.Reason.NOT_FOUND,
                        path + ": no such file or folder", null);
            }
            if (!Files.isDirectory(root)) {
                throw new ProjectLoadException(path, ProjectLoadException.Reason.NOT_A_DIRECTORY,
                        path + ": is a file; give the app's folder (the one holding anvil.yaml)", null);
            }
            if (!Files.isReadable(root) || !Files.isExecutable(root)) {
                throw new ProjectLoadException(path, ProjectLoadException.Reason.UNREADABLE,
                        path + ": permission denied", null);
            }
            Path yaml = root.resolve(ANVIL_YAML);
            if (!SafeFiles.entryExists(yaml)) {
                throw new ProjectLoadException(path, ProjectLoadException.Reason.NOT_AN_ANVIL_APP,
                        path + ": not an Anvil app (no anvil.yaml)", null);
            }
            Optional<String> yamlProblem = SafeFiles.problem(yaml);
            if (yamlProblem.isPresent()) {
                // never opened: a FIFO or a device would block or never end
                throw new ProjectLoadException(path, ProjectLoadException.Reason.UNREADABLE,
                        yaml + ": " + yamlProblem.get(), null);
            }
            YamlReader.Read checkRead = readOptional(path, root, options.configFile().orElse(root.resolve(CHECK_YAML)),
                    options.configFile().isPresent());
            String checkPath = options.configFile().map(p -> displayPath(root, p)).orElse(CHECK_YAML);
            CheckConfigValidator.Outcome check = CheckConfigValidator.validate(checkRead.root(), checkRead.findings(),
                    checkPath);
            YamlReader.Read read;
            try {
                read = YamlReader.read(yaml, ANVIL_YAML);
            } catch (AccessDeniedException e) {
                throw new ProjectLoadException(path, ProjectLoadException.Reason.UNREADABLE,
                        yaml + ": permission denied", e);
            } catch (IOException e) {
                throw new ProjectLoadException(path, ProjectLoadException.Reason.UNREADABLE,
                        yaml + ": " + SafeFiles.describe(e), e);
            }
            Optional<Predicate<String>> clientExists = Files.isDirectory(root.resolve("client_code"))
                    || Files.isDirectory(root.resolve("forms"))
                    ? Optional.of(m -> ProjectScanner.clientModuleExists(root, m)) : Optional.empty();
            AnvilYamlValidator.Outcome app = AnvilYamlValidator.validate(read.root(), read.findings(), ANVIL_YAML,
                    check.config().requiredSections(), clientExists);
            List<Finding> findings = new ArrayList<>(app.findings());
            findings.addAll(check.findings());
            List<String> excludes = new ArrayList<>(check.config().exclude());
            excludes.addAll(options.excludes());
            List<SourceFile> files;
            try {
                files = ProjectScanner.pythonFiles(root, new Globs(excludes));
            } catch (IOException e) {
                throw new ProjectLoadException(path, ProjectLoadException.Reason.UNREADABLE,
                        path + ": cannot be listed (" + e.getClass().getSimpleName() + ")", e);
            }
            RulePolicy policy = new RulePolicy(check.config().rules());
            ConfigResult config = new ConfigResult(app.model(), check.config(), policy.apply(findings));
            return new AnvilProject(root, options, config, files);
        }

        private static YamlReader.Read readOptional(Path given, Path root, Path file, boolean explicit) {
            if (!SafeFiles.entryExists(file)) {
                if (explicit) {
                    throw new ProjectLoadException(given, ProjectLoadException.Reason.NOT_FOUND,
                            file + ": no such settings file", null);
                }
                return new YamlReader.Read(Optional.empty(), List.of());
            }
            Optional<String> problem = SafeFiles.problem(file);
            if (problem.isPresent()) {
                // a folder cannot be read, and reading a FIFO or a device would wait forever
                throw new ProjectLoadException(given, ProjectLoadException.Reason.UNREADABLE,
                        file + ": " + problem.get(), null);
            }
            try {
                return YamlReader.read(file, displayPath(root, file));
            } catch (NoSuchFileException e) {
                return new YamlReader.Read(Optional.empty(), List.of());
            } catch (IOException e) {
                throw new ProjectLoadException(given, ProjectLoadException.Reason.UNREADABLE,
                        file + ": " + SafeFiles.describe(e), e);
            }
        }

        private static String displayPath(Path root, Path file) {
            Path abs = file.toAbsolutePath().normalize();
            return abs.startsWith(root) ? ProjectScanner.relative(root, abs) : abs.toString().replace('\\', '/');
        }
    }
}
