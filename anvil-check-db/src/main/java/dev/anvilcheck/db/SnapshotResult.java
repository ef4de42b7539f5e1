package dev.anvilcheck.db;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.Finding;
import java.util.List;

/**
 * The result of {@link AnvilDatabase#snapshot()}: the live schema written out as DDL read from the catalog
 * (tables with columns, keys, foreign keys and indexes), deterministic so two snapshots can be compared.
 *
 * <p>Immutable and thread-safe.
 *
 * @param schema the schema written out
 * @param sql the DDL
 * @param findings the findings (a connection failure), sorted
 */
public record SnapshotResult(String schema, String sql, List<Finding> findings) implements CheckResult {

    /** Sorts the findings. */
    public SnapshotResult {
        findings = findings.stream().sorted().toList();
    }
}
