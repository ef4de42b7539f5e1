package dev.anvilcheck.anvil;

import dev.anvilcheck.ProjectCheck;
import dev.anvilcheck.anvil.internal.AnvilAnalyzer;

import java.util.Objects;

/**
 * The Anvil cross-checks as a {@link ProjectCheck}: code against anvil.yaml and form templates, server
 * requirements against the server's Python. {@code AnvilProject.checkAnvil()} runs {@link #fromConfig()}.
 *
 * <pre>{@code
 * CheckRun run = AnvilProject.load(path).then(AnvilCheck.with(DependencyMetadata.file(Path.of("meta.json"))));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class AnvilCheck {

    private AnvilCheck() {
    }

    /**
     * The check with the metadata source that anvil-check.yaml's {@code dependencies} section selects.
     *
     * @return the check
     */
    public static ProjectCheck<AnvilResult> fromConfig() {
        return project -> AnvilAnalyzer.run(project, DependencyMetadata.fromConfig(
                project.checkConfig().dependencies(), project.root()));
    }

    /**
     * The check with a given metadata source.
     *
     * @param metadata where package metadata comes from
     * @return the check
     */
    public static ProjectCheck<AnvilResult> with(DependencyMetadata metadata) {
        Objects.requireNonNull(metadata, "metadata");
        return project -> AnvilAnalyzer.run(project, metadata);
    }
}
