package dev.anvilcheck.db;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.Finding;
import java.util.List;

/**
 * The result of {@link AnvilDatabase#drift(dev.anvilcheck.schema.SchemaResult)}: how the live database differs
 * from the app's generated schema. Each finding carries {@code Details.Database} (object, expected, actual); the
 * safe fixes (creating what is missing) are collected in {@link #fixStatements()}.
 *
 * <pre>{@code
 * DriftResult d = db.drift(schema);
 * if (!d.findings().isEmpty()) { System.out.println(d.fixSql()); }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param schema the schema compared
 * @param findings the differences, sorted
 * @param fixStatements SQL that fixes the safe differences, in the order to run it
 */
public record DriftResult(String schema, List<Finding> findings, List<String> fixStatements) implements CheckResult {

    /** Copies the lists and sorts the findings. */
    public DriftResult {
        findings = findings.stream().sorted().toList();
        fixStatements = List.copyOf(fixStatements);
    }

    /**
     * Whether the database matches the app.
     *
     * @return true when there are no findings
     */
    public boolean inSync() {
        return findings.isEmpty();
    }

    /**
     * The safe fixes as one script.
     *
     * @return the statements joined by new lines, empty when there are none
     */
    public String fixSql() {
        return fixStatements.isEmpty() ? "" : String.join("\n", fixStatements) + "\n";
    }
}
