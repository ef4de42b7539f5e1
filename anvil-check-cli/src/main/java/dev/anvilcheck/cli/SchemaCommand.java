package dev.anvilcheck.cli;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.Finding;
import dev.anvilcheck.report.Report;
import dev.anvilcheck.report.ReportFormat;
import dev.anvilcheck.schema.SchemaResult;
import java.io.IOException;
import picocli.CommandLine.Command;

/**
 * {@code anvil-check schema PATH}: the PostgreSQL DDL generated from db_schema. In text format the SQL goes to
 * stdout (or {@code --output}) and findings to stderr; other formats give the findings report.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Generate PostgreSQL DDL from db_schema (SQL on stdout; --format json for the findings).")
final class SchemaCommand extends ProjectCommand {

    @Override
    CheckRun run(AnvilProject project) {
        return project.generateSchema();
    }

    @Override
    void write(Report report) throws IOException {
        if (common.format != ReportFormat.TEXT) {
            super.write(report);
            return;
        }
        SchemaResult r = report.result(SchemaResult.class).orElseThrow();
        for (Finding f : r.findings()) {
            err().println(f);
        }
        err().flush();
        SqlOutput.write(this, r.sql());
    }
}
