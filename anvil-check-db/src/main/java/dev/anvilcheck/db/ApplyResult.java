package dev.anvilcheck.db;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.Finding;
import java.util.List;

/**
 * The result of {@link AnvilDatabase#applySchema(dev.anvilcheck.schema.SchemaResult)}.
 *
 * <pre>{@code
 * ApplyResult r = db.applySchema(schema);
 * r.changes().forEach(System.out::println);     // "created table app_tables.orders", ...
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param changes what was created or changed, one line each; empty when the database already matched
 * @param skipped destructive changes that were not made (each also a {@link DbRule#DESTRUCTIVE_SKIPPED} finding)
 * @param findings the findings, sorted
 */
public record ApplyResult(List<String> changes, List<String> skipped, List<Finding> findings) implements CheckResult {

    /** Copies the lists and sorts the findings. */
    public ApplyResult {
        changes = List.copyOf(changes);
        skipped = List.copyOf(skipped);
        findings = findings.stream().sorted().toList();
    }
}
