package dev.anvilcheck.db;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.Finding;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@link AnvilDatabase#info()}, {@link AnvilDatabase#repair()} and
 * {@link AnvilDatabase#baseline(String)}: every migration with its state.
 *
 * <pre>{@code
 * db.info().migrations().forEach(m -> System.out.println(m.version() + " " + m.state()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param migrations the migrations in version order (applied, failed, missing and pending together)
 * @param schemaVersion the highest applied version
 * @param findings the findings, sorted
 */
public record InfoResult(List<MigrationInfo> migrations, Optional<String> schemaVersion, List<Finding> findings)
        implements CheckResult {

    /** Copies the lists and sorts the findings. */
    public InfoResult {
        migrations = List.copyOf(migrations);
        findings = findings.stream().sorted().toList();
    }

    /**
     * The migrations in one state.
     *
     * @param state the state
     * @return those migrations
     */
    public List<MigrationInfo> migrations(MigrationInfo.State state) {
        return migrations.stream().filter(m -> m.state() == state).toList();
    }
}
