package dev.anvilcheck.db;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.Finding;
import java.util.List;

/**
 * The result of {@link AnvilDatabase#verify()}: every migration and the generated schema applied to a throwaway
 * PostgreSQL database; failures are findings at file:line.
 *
 * <p>Immutable and thread-safe.
 *
 * @param migrationsApplied how many migrations applied cleanly
 * @param schemaApplied whether the generated schema applied cleanly (false when there was none to apply)
 * @param findings the findings, sorted
 */
public record VerifyResult(int migrationsApplied, boolean schemaApplied, List<Finding> findings)
        implements CheckResult {

    /** Sorts the findings. */
    public VerifyResult {
        findings = findings.stream().sorted().toList();
    }
}
