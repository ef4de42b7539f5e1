package dev.anvilcheck.db;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.Finding;
import java.util.List;

/**
 * The result of {@link AnvilDatabase#createIfMissing()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param database the target database's name ({@code ""} when it is not known, as with a DataSource)
 * @param created whether this call created it
 * @param findings the findings, sorted
 */
public record CreateResult(String database, boolean created, List<Finding> findings) implements CheckResult {

    /** Sorts the findings. */
    public CreateResult {
        findings = findings.stream().sorted().toList();
    }
}
