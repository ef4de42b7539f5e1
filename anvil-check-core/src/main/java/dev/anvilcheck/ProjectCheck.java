package dev.anvilcheck;

/**
 * A check that runs over a loaded project and returns its result. The built-in steps of the chain are checks;
 * other modules (anvil-check-db, anvil-check-vault) and callers add their own through
 * {@link CheckRun#then(ProjectCheck)}.
 *
 * <pre>{@code
 * CheckRun run = AnvilProject.load(path).validateConfig().then(project -> myResult(project));
 * }</pre>
 *
 * <p>Implementations should be thread-safe; the project they get is immutable.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface ProjectCheck<R extends CheckResult> {

    /**
     * Runs the check. Problems in the app become findings; only misuse throws.
     *
     * @param project the project
     * @return the result
     */
    R check(AnvilProject project);
}
