package dev.anvilcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import dev.anvilcheck.AnvilProject;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON report against docs/schema/anvil-check-report.schema.json, and the schema against bad documents. */
class JsonReportSchemaTest {

    private static JsonSchema schema;

    @BeforeAll
    static void load() {
        schema = Schemas.report();
    }

    private static JsonNode json(Report report) throws IOException {
        return Schemas.parse(ReportFormat.JSON.render(report));
    }

    @Test
    void the_full_report_is_valid() throws IOException {
        assertThat(Schemas.errors(schema, json(Fixtures.report()))).isEmpty();
    }

    @Test
    void an_empty_report_is_valid() throws IOException {
        assertThat(Schemas.errors(schema, json(Fixtures.empty()))).isEmpty();
    }

    @Test
    void the_report_of_a_real_project_is_valid() throws IOException {
        Report report = Report.of(AnvilProject.load(Path.of(Fixtures.PROJECT)).validateConfig());
        assertThat(report.findings()).isNotEmpty();
        assertThat(Schemas.errors(schema, json(report))).isEmpty();
    }

    @Test
    void an_unknown_severity_is_rejected() throws IOException {
        JsonNode doc = json(Fixtures.report());
        ((ObjectNode) doc.get("findings").get(0)).put("severity", "fatal");
        assertThat(Schemas.errors(schema, doc)).contains("severity");
    }

    @Test
    void a_null_is_rejected() throws IOException {
        JsonNode doc = json(Fixtures.report());
        ((ObjectNode) doc.get("findings").get(0)).putNull("hint");
        assertThat(Schemas.errors(schema, doc)).contains("hint");
    }

    @Test
    void a_secret_key_without_fingerprint_is_rejected() throws IOException {
        JsonNode doc = json(Fixtures.report());
        for (JsonNode f : doc.get("findings")) {
            if (f.has("fingerprint")) {
                ((ObjectNode) f).remove("fingerprint");
            }
        }
        assertThat(Schemas.errors(schema, doc)).contains("fingerprint");
    }

    @Test
    void a_malformed_rule_id_and_a_zero_line_are_rejected() throws IOException {
        JsonNode doc = json(Fixtures.report());
        ObjectNode first = (ObjectNode) doc.get("findings").get(0);
        first.put("ruleId", "py101");
        ((ObjectNode) first.get("location")).put("line", 0);
        assertThat(Schemas.errors(schema, doc)).contains("ruleId").contains("line");
    }

    @Test
    void an_unknown_finding_field_is_rejected() throws IOException {
        JsonNode doc = json(Fixtures.report());
        ((ObjectNode) doc.get("findings").get(0)).put("value", "sk_live_x");
        assertThat(Schemas.errors(schema, doc)).contains("value");
    }
}
