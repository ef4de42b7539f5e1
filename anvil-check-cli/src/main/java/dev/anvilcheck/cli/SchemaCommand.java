package dev.anvilcheck.cli;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.Finding;
import dev.anvilcheck.report.Report;
import dev.anvilcheck.report.ReportFormat;
import dev.anvilcheck.schema.SchemaResult;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anvilcheck.report.internal.JsonWriter;
import dev.anvilcheck.schema.SchemaModel;
import java.io.IOException;
import picocli.CommandLine.Command;

/**
 * {@code anvil-check schema PATH}: the PostgreSQL DDL generated from db_schema. In text format the SQL goes to
 * stdout (or {@code --output}) and findings to stderr; {@code --format json} gives the shared JSON shape with a
 * {@code tables} section (the typed model); other formats give the findings report.
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
        if (common.format == ReportFormat.JSON) {
            writeJson(report);
            return;
        }
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

    /** The shared JSON shape plus the {@code tables} section: the typed schema model. */
    private void writeJson(Report report) throws IOException {
        SchemaResult r = report.result(SchemaResult.class).orElseThrow();
        ObjectNode root = JsonWriter.tree(report);
        root.put("schema", r.schema().name());
        ArrayNode tables = root.putArray("tables");
        for (SchemaModel.Table t : r.schema().tables()) {
            ObjectNode o = tables.addObject();
            o.put("name", t.name());
            o.put("kind", t.kind() == SchemaModel.TableKind.APP_TABLE ? "table" : "join_table");
            ArrayNode cols = o.putArray("columns");
            for (SchemaModel.Column c : t.columns()) {
                ObjectNode co = cols.addObject();
                co.put("name", c.name());
                co.put("type", c.type().sql(r.schema().name()));
                c.anvilType().ifPresent(a -> co.put("anvilType", a));
                co.put("notNull", c.notNull() || c.identity());
            }
            ArrayNode pk = o.putArray("primaryKey");
            t.primaryKey().forEach(pk::add);
            ArrayNode fks = o.putArray("foreignKeys");
            for (SchemaModel.ForeignKey fk : r.schema().foreignKeys()) {
                if (fk.table().equals(t.name())) {
                    fks.addObject().put("name", fk.name()).put("column", fk.column())
                            .put("references", fk.targetTable()).put("onDelete", fk.onDelete().sql());
                }
            }
            ArrayNode idx = o.putArray("indexes");
            for (SchemaModel.Index i : r.schema().indexes()) {
                if (i.table().equals(t.name())) {
                    ObjectNode io = idx.addObject().put("name", i.name())
                            .put("method", i.method().name().toLowerCase(java.util.Locale.ROOT))
                            .put("unique", i.unique());
                    ArrayNode ic = io.putArray("columns");
                    i.columns().forEach(ic::add);
                }
            }
        }
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        String json = new ObjectMapper().writer(pp).writeValueAsString(root) + "\n";
        SqlOutput.write(this, json);
    }
}
