package dev.anvilcheck.matrix;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.Finding;
import dev.anvilcheck.python.PythonVersion;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The interpreter matrix: rows are files (compiled by each interpreter) and tests (run by each interpreter with
 * pytest), columns are Python versions, cells pass, fail or skip with a reason; plus recommendations.
 *
 * <pre>{@code
 * CompatibilityMatrix m = MatrixRunner.configure().runTests(true).build().run(project);
 * m.lowestPassingVersion().ifPresent(v -> System.out.println("works from " + v));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param interpreters the interpreters used, one per column
 * @param targeted the versions the team targets (python.matrix); failures there are errors
 * @param rows the rows, files first (sorted by path), then tests
 * @param recommendations plain sentences: the lowest version that works and what blocks each lower one
 * @param findings the findings, sorted
 */
public record CompatibilityMatrix(List<Interpreter> interpreters, List<PythonVersion> targeted, List<Row> rows,
                                  List<String> recommendations, List<Finding> findings) implements CheckResult {

    /** Copies the lists and sorts the findings. */
    public CompatibilityMatrix {
        interpreters = List.copyOf(interpreters);
        targeted = List.copyOf(targeted);
        rows = List.copyOf(rows);
        recommendations = List.copyOf(recommendations);
        findings = findings.stream().sorted().toList();
    }

    /** What a row is. */
    public enum RowKind {
        /** A Python file, compiled by each interpreter. */
        FILE,
        /** A test of the project's pytest suite. */
        TEST
    }

    /** A cell's state. */
    public enum Status {
        /** Compiled, or the test passed. */
        PASS,
        /** Did not compile, or the test failed. */
        FAIL,
        /** Not run, with the reason. */
        SKIP
    }

    /**
     * One cell.
     *
     * @param status pass, fail or skip
     * @param reason why it failed or was skipped; empty for a pass
     */
    public record Cell(Status status, String reason) {
        /** Checks for nulls. */
        public Cell {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * One row.
     *
     * @param kind file or test
     * @param name the file's path or the test's id
     * @param cells cells by version ({@code "3.11"}), in column order
     */
    public record Row(RowKind kind, String name, Map<String, Cell> cells) {
        /** Copies the map, keeping its order. */
        public Row {
            cells = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cells));
        }
    }

    /**
     * The lowest interpreter version whose every cell passes.
     *
     * @return the version, if any passes everything
     */
    public Optional<PythonVersion> lowestPassingVersion() {
        return interpreters.stream().map(Interpreter::version).sorted()
                .filter(v -> rows.stream().allMatch(r -> {
                    Cell c = r.cells().get(v.toString());
                    return c == null || c.status() != Status.FAIL;
                })).findFirst();
    }
}
