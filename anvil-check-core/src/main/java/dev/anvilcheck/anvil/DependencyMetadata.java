package dev.anvilcheck.anvil;

import dev.anvilcheck.anvil.internal.FileMetadata;
import dev.anvilcheck.anvil.internal.InstalledMetadata;
import dev.anvilcheck.anvil.internal.NoMetadata;
import dev.anvilcheck.anvil.internal.PypiMetadata;
import dev.anvilcheck.config.CheckConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the metadata of the server's required packages comes from: the releases of a package, each with its
 * {@code Requires-Python} and distribution files, and the top-level modules it provides.
 *
 * <pre>{@code
 * DependencyMetadata installed = DependencyMetadata.installed(Path.of("/usr/bin/python3.11"));
 * DependencyMetadata pypi = DependencyMetadata.pypi(DependencyMetadata.PypiOptions.defaults()
 *         .withCacheDir(Path.of(".anvil-check/pypi")));
 * DependencyMetadata.Lookup l = pypi.lookup("requests");
 * }</pre>
 *
 * <p>Implementations are thread-safe; lookups never throw for a missing package or a network failure (they
 * return a {@link Lookup} saying so).
 */
public interface DependencyMetadata {

    /**
     * Looks a project up by name (any spelling; compared as PyPI normalises names).
     *
     * @param name the project name
     * @return what is known
     */
    Lookup lookup(String name);

    /**
     * A short description of the source for messages ({@code "installed in /usr/bin/python3.11"}).
     *
     * @return the description
     */
    String describe();

    /**
     * Reads the distributions installed for an interpreter or environment: an interpreter path
     * ({@code .../bin/python}), a prefix or venv folder, or a site-packages folder. Only files are read; the
     * interpreter is never run. An installed distribution is known in its installed version only.
     *
     * @param interpreterOrDir the interpreter or folder
     * @return the source
     */
    static DependencyMetadata installed(Path interpreterOrDir) {
        return InstalledMetadata.of(interpreterOrDir);
    }

    /**
     * Asks a PyPI JSON API ({@code <index>/<name>/json}).
     *
     * @param options index, timeouts, cache and offline mode
     * @return the source
     */
    static DependencyMetadata pypi(PypiOptions options) {
        return new PypiMetadata(options);
    }

    /**
     * Reads a fixed JSON file: {@code {"packages": {"name": {"top_level": ["mod"], "releases": {"1.0":
     * {"requires_python": ">=3.8", "files": [{"filename": "x-1.0-py3-none-any.whl"}]}}}}}}.
     *
     * @param file the file
     * @return the source (an unreadable file gives a source whose every lookup is unavailable)
     */
    static DependencyMetadata file(Path file) {
        return FileMetadata.read(file);
    }

    /**
     * The source that anvil-check.yaml's {@code dependencies} section selects; relative paths are resolved
     * against {@code root}. The installed source without a {@code python} setting knows no packages.
     *
     * @param config the settings
     * @param root the project root
     * @return the source
     */
    static DependencyMetadata fromConfig(CheckConfig.Dependencies config, Path root) {
        switch (config.source()) {
            case "pypi":
                PypiOptions o = PypiOptions.defaults().withOffline(config.offline());
                if (config.indexUrl().isPresent()) {
                    o = o.withIndexUrl(config.indexUrl().get());
                }
                if (config.cacheDir().isPresent()) {
                    o = o.withCacheDir(root.resolve(config.cacheDir().get()));
                }
                return pypi(o);
            case "file":
                return config.file().map(f -> file(root.resolve(f))).orElse(none());
            default:
                return config.python().map(p -> installed(root.resolve(p))).orElse(none());
        }
    }

    /**
     * A source that knows nothing (every lookup is {@link Status#NOT_FOUND}).
     *
     * @return the source
     */
    static DependencyMetadata none() {
        return NoMetadata.INSTANCE;
    }

    /** The outcome of a lookup. */
    enum Status {
        /** The project is known. */
        FOUND,
        /** The source positively does not have the project. */
        NOT_FOUND,
        /** The source could not answer (offline without cache, network failure, bad data). */
        UNAVAILABLE
    }

    /**
     * The outcome of a lookup.
     *
     * @param status found, not found or unavailable
     * @param project the project when found
     * @param reason why it is unavailable, or empty
     */
    record Lookup(Status status, Optional<Project> project, String reason) {
        /** Checks for nulls. */
        public Lookup {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(reason, "reason");
        }

        /**
         * A found project.
         *
         * @param p the project
         * @return the lookup
         */
        public static Lookup found(Project p) {
            return new Lookup(Status.FOUND, Optional.of(p), "");
        }

        /**
         * Not found.
         *
         * @return the lookup
         */
        public static Lookup notFound() {
            return new Lookup(Status.NOT_FOUND, Optional.empty(), "");
        }

        /**
         * Unavailable.
         *
         * @param reason why
         * @return the lookup
         */
        public static Lookup unavailable(String reason) {
            return new Lookup(Status.UNAVAILABLE, Optional.empty(), reason);
        }
    }

    /**
     * A project's metadata.
     *
     * @param name the project name as the source spells it
     * @param releases releases by version string
     * @param topLevel the top-level modules it installs, when known (installed distributions only)
     */
    record Project(String name, Map<String, Release> releases, List<String> topLevel) {
        /** Copies the collections. */
        public Project {
            releases = Map.copyOf(releases);
            topLevel = List.copyOf(topLevel);
        }
    }

    /**
     * One release.
     *
     * @param version the version string
     * @param requiresPython its Requires-Python specifier, when declared
     * @param files its distribution files; empty when the source does not list them
     * @param yanked whether the release was yanked
     */
    record Release(String version, Optional<String> requiresPython, List<DistFile> files, boolean yanked) {
        /** Copies the list. */
        public Release {
            files = List.copyOf(files);
        }
    }

    /**
     * A distribution file of a release.
     *
     * @param filename the file name (wheel tags are read from it)
     * @param requiresPython the file's own Requires-Python, when declared
     */
    record DistFile(String filename, Optional<String> requiresPython) {
    }

    /**
     * Settings of the PyPI source.
     *
     * @param indexUrl the JSON API base, {@code https://pypi.org/pypi} by default ({@code <base>/<name>/json})
     * @param connectTimeout the connect timeout
     * @param requestTimeout the whole-request timeout
     * @param cacheDir where answers are cached, if anywhere
     * @param offline whether only the cache is used
     */
    record PypiOptions(String indexUrl, Duration connectTimeout, Duration requestTimeout, Optional<Path> cacheDir,
                       boolean offline) {
        /** Checks for nulls. */
        public PypiOptions {
            Objects.requireNonNull(indexUrl, "indexUrl");
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            Objects.requireNonNull(cacheDir, "cacheDir");
        }

        /**
         * pypi.org, 5 s to connect, 20 s per request, no cache, online.
         *
         * @return the defaults
         */
        public static PypiOptions defaults() {
            return new PypiOptions("https://pypi.org/pypi", Duration.ofSeconds(5), Duration.ofSeconds(20),
                    Optional.empty(), false);
        }

        /**
         * A copy with another index URL.
         *
         * @param url the JSON API base
         * @return the copy
         */
        public PypiOptions withIndexUrl(String url) {
            return new PypiOptions(url, connectTimeout, requestTimeout, cacheDir, offline);
        }

        /**
         * A copy with other timeouts.
         *
         * @param connect the connect timeout
         * @param request the request timeout
         * @return the copy
         */
        public PypiOptions withTimeouts(Duration connect, Duration request) {
            return new PypiOptions(indexUrl, connect, request, cacheDir, offline);
        }

        /**
         * A copy with a cache folder.
         *
         * @param dir the folder
         * @return the copy
         */
        public PypiOptions withCacheDir(Path dir) {
            return new PypiOptions(indexUrl, connectTimeout, requestTimeout, Optional.of(dir), offline);
        }

        /**
         * A copy with offline mode on or off.
         *
         * @param value true to use only the cache
         * @return the copy
         */
        public PypiOptions withOffline(boolean value) {
            return new PypiOptions(indexUrl, connectTimeout, requestTimeout, cacheDir, value);
        }
    }
}
