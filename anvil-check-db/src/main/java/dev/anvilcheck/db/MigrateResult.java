package dev.anvilcheck.db;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.Finding;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@link AnvilDatabase#migrate()} or of a dry run: what ran (or would run), and the findings.
 *
 * <pre>{@code
 * MigrateResult r = db.migrate();
 * System.out.println(r.executed().size() + " applied, now at " + r.schemaVersion().orElse("nothing"));
 * r.orThrow();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param executed the migrations applied by this run, in order (for a dry run: none)
 * @param pending the migrations still pending afterwards (for a dry run: the plan, in order)
 * @param schemaVersion the highest applied version afterwards
 * @param dryRun whether this was a dry run
 * @param planSql for a dry run, the scripts that would run, each after a comment naming it; empty otherwise
 * @param findings the findings, sorted
 */
public record MigrateResult(List<MigrationInfo> executed, List<MigrationInfo> pending, Optional<String> schemaVersion,
                            boolean dryRun, String planSql, List<Finding> findings) implements CheckResult {

    /** Copies the lists and sorts the findings. */
    public MigrateResult {
        executed = List.copyOf(executed);
        pending = List.copyOf(pending);
        findings = findings.stream().sorted().toList();
    }
}
