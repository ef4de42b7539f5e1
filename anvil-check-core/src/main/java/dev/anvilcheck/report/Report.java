package dev.anvilcheck.report;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report shows: the project's root as given, every result, and all their findings sorted. Built from a
 * {@link CheckRun}, or from single results for a plain tree.
 *
 * <pre>{@code
 * Report report = Report.of(AnvilProject.load(path).validateConfig());
 * ReportFormat.JSON.write(report, System.out);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param project the project root as the user named it
 * @param results the results, in the order the checks ran
 * @param findings every result's findings, sorted
 */
public record Report(String project, List<CheckResult> results, List<Finding> findings) {

    /** Copies the lists and sorts the findings. */
    public Report {
        Objects.requireNonNull(project, "project");
        results = List.copyOf(results);
        findings = findings.stream().sorted().toList();
    }

    /**
     * The report of a chain.
     *
     * @param run the chain
     * @return the report, naming the project by its root folder
     */
    public static Report of(CheckRun run) {
        return of(run.project().root().toString(), run.results());
    }

    /**
     * The report of some results.
     *
     * @param project the project or tree as the user named it
     * @param results the results
     * @return the report
     */
    public static Report of(String project, List<? extends CheckResult> results) {
        List<Finding> all = new ArrayList<>();
        for (CheckResult r : results) {
            all.addAll(r.findings());
        }
        return new Report(project, new ArrayList<>(results), all);
    }

    /**
     * The result of a given type, if present.
     *
     * @param type the class
     * @param <T> the type
     * @return the result
     */
    public <T extends CheckResult> Optional<T> result(Class<T> type) {
        return results.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
