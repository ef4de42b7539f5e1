package dev.anvilcheck.assertj;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.Severity;
import dev.anvilcheck.SourceFile;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a loaded project. The finding assertions run the project's offline checks that core offers as
 * offline checks ({@link AnvilProject#checkAll()}) and check their findings; {@link #checks()} navigates
 * to that chain.
 *
 * <pre>{@code
 * assertThat(AnvilProject.load(Path.of("examples/sample-app")))
 *         .hasAnvilYaml()
 *         .hasPythonFile("server_code/orders.py")
 *         .hasNoErrors();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public class AnvilProjectAssert extends AbstractObjectAssert<AnvilProjectAssert, AnvilProject> {

    AnvilSoftAssertions soft;

    /**
     * Creates the assert.
     *
     * @param actual the project under test
     */
    public AnvilProjectAssert(AnvilProject actual) {
        super(actual, AnvilProjectAssert.class);
    }

    /**
     * The chain of checks the finding assertions look at.
     *
     * @param project the project
     * @return the chain
     */
    static CheckRun run(AnvilProject project) {
        return project.checkAll();
    }

    private CheckRunAssert runAssert() {
        isNotNull();
        CheckRunAssert a = new CheckRunAssert(actual == null ? null : run(actual));
        a.info.useRepresentation(info.representation());
        if (info.description() != null) {
            a.info.description(info.description());
        }
        return a;
    }

    /**
     * Verifies that anvil.yaml could be read (as far as it is valid).
     *
     * @return this assert
     */
    public AnvilProjectAssert hasAnvilYaml() {
        isNotNull();
        if (actual.anvilYaml().isEmpty()) {
            failWithMessage("%nExpecting the Anvil project %s to have a readable anvil.yaml but it could not be read;"
                    + " run validateConfig() for the reason", actual.root());
        }
        return myself;
    }

    /**
     * Verifies that the project has this Python file (after excludes).
     *
     * @param path the path relative to the project root
     * @return this assert
     */
    public AnvilProjectAssert hasPythonFile(String path) {
        isNotNull();
        String p = path.replace('\\', '/');
        if (actual.pythonFiles().stream().noneMatch(f -> f.path().equals(p))) {
            failWithMessage("%nExpecting the Anvil project %s to have the Python file %s but its Python files are %s",
                    actual.root(), p, actual.pythonFiles().stream().map(SourceFile::path).toList());
        }
        return myself;
    }

    /**
     * Verifies that the project's checks find no error.
     *
     * @return this assert
     */
    public AnvilProjectAssert hasNoErrors() {
        runAssert().hasNoErrors();
        return myself;
    }

    /**
     * Verifies that the project's checks find nothing at or above a severity.
     *
     * @param threshold the severity
     * @return this assert
     */
    public AnvilProjectAssert hasNoFindingsAtOrAbove(Severity threshold) {
        runAssert().hasNoFindingsAtOrAbove(threshold);
        return myself;
    }

    /**
     * Verifies that the project's checks find something of the rule.
     *
     * @param rule the rule
     * @return this assert
     */
    public AnvilProjectAssert hasFinding(RuleId rule) {
        runAssert().hasFinding(rule);
        return myself;
    }

    /**
     * Verifies that the project's checks find something of the rule with this code.
     *
     * @param code the rule code
     * @return this assert
     */
    public AnvilProjectAssert hasFinding(String code) {
        runAssert().hasFinding(code);
        return myself;
    }

    /**
     * Verifies that the project's checks find something starting on the line of the file.
     *
     * @param path the path relative to the project root
     * @param line the 1-based line
     * @return this assert
     */
    public AnvilProjectAssert hasFindingAt(String path, int line) {
        runAssert().hasFindingAt(path, line);
        return myself;
    }

    /**
     * Navigates to the findings of the project's checks.
     *
     * @return a list assert on them
     */
    public FindingsAssert findings() {
        return checks().findings();
    }

    /**
     * Navigates to the chain of the project's checks.
     *
     * @return an assert on the chain
     */
    public CheckRunAssert checks() {
        if (actual == null) {
            AssertionError e = failure("%nExpecting actual not to be null");
            if (soft == null) {
                throw e;
            }
            soft.collectAssertionError(e);
        }
        CheckRun run = actual == null ? null : run(actual);
        return soft != null ? soft.assertThat(run) : new CheckRunAssert(run);
    }
}
