package dev.anvilcheck.report.internal;

import dev.anvilcheck.compat.CompatibilityResult;
import dev.anvilcheck.compat.FileCompatibility;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.Severity;
import dev.anvilcheck.ToolInfo;
import dev.anvilcheck.matrix.CompatibilityMatrix;
import dev.anvilcheck.matrix.Interpreter;
import dev.anvilcheck.report.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the shared JSON shape (DESIGN section 3, schemaVersion 1). */
public final class JsonWriter {

    /** The JSON shape's version. */
    public static final int SCHEMA_VERSION = 1;
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonWriter() {
    }

    /**
     * Writes a report, pretty-printed with a final newline.
     *
     * @param report the report
     * @param out the writer
     * @throws IOException when writing fails
     */
    public static void write(Report report, Writer out) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        MAPPER.writer(pp).writeValue(out, tree(report));
        out.write("\n");
    }

    /**
     * The report as a JSON tree.
     *
     * @param report the report
     * @return the root object
     */
    public static ObjectNode tree(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", ToolInfo.NAME);
        tool.put("version", ToolInfo.version());
        root.put("project", report.project());
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", ReportSupport.count(report, Severity.ERROR));
        summary.put("warnings", ReportSupport.count(report, Severity.WARNING));
        summary.put("infos", ReportSupport.count(report, Severity.INFO));
        root.set("findings", findings(report.findings()));
        compatibilityFiles(report, root);
        report.result(CompatibilityMatrix.class).ifPresent(m -> root.set("matrix", matrix(m)));
        return root;
    }

    /**
     * Findings as a JSON array.
     *
     * @param findings the findings
     * @return the array
     */
    public static ArrayNode findings(List<Finding> findings) {
        ArrayNode arr = MAPPER.createArrayNode();
        for (Finding f : findings) {
            arr.add(finding(f));
        }
        return arr;
    }

    /**
     * One finding with its details written flat.
     *
     * @param f the finding
     * @return the object
     */
    public static JsonNode finding(Finding f) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("ruleId", f.rule().code());
        o.put("severity", f.severity().jsonName());
        o.put("message", f.message());
        f.hint().ifPresent(h -> o.put("hint", h));
        f.location().ifPresent(l -> o.set("location", location(l)));
        Details d = f.details();
        if (d instanceof Details.Compatibility) {
            Details.Compatibility c = (Details.Compatibility) d;
            o.put("kind", c.kind());
            o.put("feature", c.feature());
            c.minVersion().ifPresent(v -> o.put("minVersion", v));
            c.removedIn().ifPresent(v -> o.put("removedIn", v));
        } else if (d instanceof Details.Secret) {
            Details.Secret s = (Details.Secret) d;
            o.put("key", s.key());
            o.put("fingerprint", s.fingerprint());
        } else if (d instanceof Details.Database) {
            Details.Database db = (Details.Database) d;
            o.put("object", db.object());
            db.expected().ifPresent(v -> o.put("expected", v));
            db.actual().ifPresent(v -> o.put("actual", v));
        }
        return o;
    }

    /**
     * The matrix section: interpreters, rows with cells by version, recommendations.
     *
     * @param m the matrix
     * @return the object
     */
    static ObjectNode matrix(CompatibilityMatrix m) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode interpreters = o.putArray("interpreters");
        for (Interpreter i : m.interpreters()) {
            ObjectNode n = interpreters.addObject();
            n.put("version", i.version().toString());
            n.put("fullVersion", i.fullVersion());
            n.put("path", i.executable().toString());
            n.put("pytest", i.hasPytest());
        }
        ArrayNode targeted = o.putArray("targeted");
        m.targeted().forEach(v -> targeted.add(v.toString()));
        ArrayNode rows = o.putArray("rows");
        for (CompatibilityMatrix.Row r : m.rows()) {
            ObjectNode row = rows.addObject();
            row.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
            row.put("name", r.name());
            ObjectNode cells = row.putObject("cells");
            r.cells().forEach((version, cell) -> {
                ObjectNode c = cells.putObject(version);
                c.put("status", cell.status().name().toLowerCase(java.util.Locale.ROOT));
                if (!cell.reason().isEmpty()) {
                    c.put("reason", cell.reason());
                }
            });
        }
        ArrayNode recs = o.putArray("recommendations");
        m.recommendations().forEach(recs::add);
        m.lowestPassingVersion().ifPresent(v -> o.put("lowestPassingVersion", v.toString()));
        return o;
    }

    static ObjectNode location(Location l) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("path", l.path());
        o.put("line", l.line());
        o.put("column", l.column());
        o.put("endLine", l.endLine());
        o.put("endColumn", l.endColumn());
        return o;
    }


    // ---- the python command's files[] (owned by the compatibility check; DESIGN section 3) ----

    /**
     * Adds {@code files[]} (path, minimumVersion, maximumVersion, syntaxErrors[], findings[]) when the report holds a
     * {@link CompatibilityResult}.
     *
     * @param report the report
     * @param root the JSON root to add to
     */
    static void compatibilityFiles(Report report, ObjectNode root) {
        Optional<CompatibilityResult> result = report.result(CompatibilityResult.class);
        if (result.isEmpty()) {
            return;
        }
        ArrayNode files = root.putArray("files");
        for (FileCompatibility f : result.get().files()) {
            ObjectNode o = files.addObject();
            o.put("path", f.path());
            o.put("minimumVersion", f.minimumVersion().toString());
            f.maximumVersion().ifPresent(v -> o.put("maximumVersion", v.toString()));
            f.decidedBy().ifPresent(d -> o.put("decidedBy", d));
            f.target().ifPresent(t -> o.put("target", t.toString()));
            o.set("syntaxErrors", findings(f.syntaxErrors()));
            o.set("findings", findings(f.findings()));
        }
    }
}
