package dev.anvilcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.RuleCatalog;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.report.internal.ReportSupport;
import dev.anvilcheck.report.internal.SarifWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SARIF against the official SARIF 2.1.0 schema, and what GitHub code scanning relies on. */
class SarifReportTest {

    private static JsonSchema schema;

    @BeforeAll
    static void load() {
        schema = Schemas.sarif();
    }

    private static JsonNode sarif(Report report) throws IOException {
        return Schemas.parse(ReportFormat.SARIF.render(report));
    }

    @Test
    void the_full_report_is_valid_sarif() throws IOException {
        assertThat(Schemas.errors(schema, sarif(Fixtures.report()))).isEmpty();
    }

    @Test
    void an_empty_report_is_valid_sarif() throws IOException {
        JsonNode doc = sarif(Fixtures.empty());
        assertThat(Schemas.errors(schema, doc)).isEmpty();
        assertThat(doc.at("/runs/0/results")).isEmpty();
    }

    @Test
    void the_schema_rejects_broken_sarif() throws IOException {
        JsonNode doc = sarif(Fixtures.report());
        ((ObjectNode) doc.at("/runs/0/results/0")).put("level", "fatal");
        ((ObjectNode) doc.at("/runs/0/results/0/locations/0/physicalLocation/region")).put("startLine", 0);
        String errors = Schemas.errors(schema, doc);
        assertThat(errors).contains("level").contains("startLine");
    }

    @Test
    void the_driver_lists_every_rule_of_the_catalog_and_each_result_points_at_its_rule() throws IOException {
        JsonNode run = sarif(Fixtures.report()).at("/runs/0");
        List<String> ids = new ArrayList<>();
        run.at("/tool/driver/rules").forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(ids).containsAll(RuleCatalog.all().stream().map(RuleId::code).toList());
        assertThat(ids).containsAll(Fixtures.findings().stream().map(f -> f.rule().code()).toList());
        for (JsonNode result : run.get("results")) {
            int index = result.get("ruleIndex").asInt();
            assertThat(ids.get(index)).isEqualTo(result.get("ruleId").asText());
        }
        assertThat(run.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
        assertThat(run.at("/tool/driver/rules/0/defaultConfiguration/level").asText())
                .isIn("error", "warning", "note");
    }

    @Test
    void locations_are_relative_to_srcroot_and_percent_encoded() throws IOException {
        JsonNode results = sarif(Fixtures.report()).at("/runs/0/results");
        List<String> uris = new ArrayList<>();
        for (JsonNode r : results) {
            JsonNode art = r.at("/locations/0/physicalLocation/artifactLocation");
            if (!art.isMissingNode()) {
                assertThat(art.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
                uris.add(art.get("uri").asText());
            }
        }
        assertThat(uris).contains("server_code/orders.py", ".env", "weird%20dir/%C3%BC%7Cx,y%3Az.py")
                .noneMatch(u -> u.startsWith("/") || u.contains(":"));
        assertThat(SarifWriter.uri("a b/c#d?e%f")).isEqualTo("a%20b/c%23d%3Fe%25f");
    }

    @Test
    void findings_without_a_location_give_location_less_results() throws IOException {
        JsonNode results = sarif(Fixtures.report()).at("/runs/0/results");
        JsonNode last = results.get(results.size() - 1);
        assertThat(last.get("ruleId").asText()).isEqualTo("DB201");
        assertThat(last.has("locations")).isFalse();
        assertThat(last.at("/properties/object").asText()).isEqualTo("app_tables.orders.total");
    }

    @Test
    void fingerprints_ignore_the_line_and_secrets_keep_their_own() {
        Finding a = Finding.of(TestRule.WALRUS, Location.at("x.py", 3, 1), "m");
        Finding moved = Finding.of(TestRule.WALRUS, Location.at("x.py", 30, 9), "m");
        Finding other = Finding.of(TestRule.WALRUS, Location.at("y.py", 3, 1), "m");
        assertThat(ReportSupport.fingerprint(a)).isEqualTo(ReportSupport.fingerprint(moved))
                .isNotEqualTo(ReportSupport.fingerprint(other)).hasSize(32);
        Finding secret = Fixtures.findings().stream().filter(ReportSupport::isSecret).findFirst().orElseThrow();
        assertThat(ReportSupport.fingerprint(secret)).isEqualTo("6f1d2e3c4b5a69788796a5b4c3d2e1f0");
    }

    @Test
    void the_output_is_deterministic() throws IOException {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        SarifWriter.write(Fixtures.report(), Fixtures.rules(), a);
        SarifWriter.write(new Report(Fixtures.PROJECT, List.of(), reversed(Fixtures.findings())), Fixtures.rules(), b);
        assertThat(a.toString()).isEqualTo(b.toString());
    }

    private static List<Finding> reversed(List<Finding> findings) {
        List<Finding> r = new ArrayList<>(findings);
        java.util.Collections.reverse(r);
        return r;
    }
}
