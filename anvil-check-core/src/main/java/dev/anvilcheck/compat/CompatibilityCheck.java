package dev.anvilcheck.compat;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.compat.internal.ApiTable;
import dev.anvilcheck.compat.internal.CompatibilityRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The Python compatibility check: syntax features and standard-library API use of every Python file against its
 * target. In an Anvil project, server code is checked against {@code anvil-check.yaml}'s {@code python.server} or
 * the app's runtime, client code against the browser runtime (Skulpt, {@code 3.7-skulpt}) and other files against
 * the server's target; a target given to the builder or the chain overrides both. A plain file or folder is checked
 * against the given target, or, without one, reports each gated construct as information with each file's
 * minimum version.
 *
 * <pre>{@code
 * CompatibilityResult r = AnvilProject.load(path).checkCompatibility("3.7-3.13")
 *         .result(CompatibilityResult.class).orElseThrow();
 * CompatibilityResult tree = CompatibilityCheck.ofTree(Path.of("scripts"), Optional.of(Target.parse("3.8")));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CompatibilityCheck {

    private CompatibilityCheck() {
    }

    /**
     * Checks a project with the targets of its configuration.
     *
     * @param project the project
     * @return the result, rule settings applied
     */
    public static CompatibilityResult run(AnvilProject project) {
        return CompatibilityRunner.project(project, Optional.empty(), ApiTable.get());
    }

    /**
     * Checks a project against one target for server, client and other code (client code is still checked for
     * the browser runtime's restrictions).
     *
     * @param project the project
     * @param target a version ({@code 3.10}) or range ({@code 3.7-3.13})
     * @return the result, rule settings applied
     * @throws IllegalArgumentException when {@code target} is not a target
     */
    public static CompatibilityResult run(AnvilProject project, String target) {
        return CompatibilityRunner.project(project, Optional.of(Target.parse(target)), ApiTable.get());
    }

    /**
     * Checks a plain Python file or folder (no anvil.yaml needed). Paths in the result are relative to
     * {@code path} (for a single file, its name).
     *
     * @param path a {@code .py} file or a folder
     * @param target the target; empty to report versions only (findings are then information)
     * @return the result
     * @throws IOException when the path cannot be listed
     */
    public static CompatibilityResult ofTree(Path path, Optional<Target> target) throws IOException {
        Objects.requireNonNull(target, "target");
        return CompatibilityRunner.tree(path, target, ApiTable.get());
    }

    /**
     * Checks one piece of source text.
     *
     * @param path the path to put in locations
     * @param source the Python source
     * @param root where the code runs (recorded in the result; the browser runtime's checks follow
     *             {@link Target#skulpt()})
     * @param target the target; empty to report versions only
     * @return the file's result
     */
    public static FileCompatibility ofSource(String path, String source, CodeRoot root, Optional<Target> target) {
        return CompatibilityRunner.source(path, source, root, target, ApiTable.get());
    }
}
