package dev.anvilcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** The two schemas the reports are validated against, loaded offline (their ids are mapped to local files). */
final class Schemas {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Our schema, read from the repository's docs (Surefire runs in the module folder). */
    static final Path REPORT_SCHEMA = Path.of("..", "docs", "schema", "anvil-check-report.schema.json");
    private static final String REPORT_ID =
            "https://github.com/anvil-check/anvil-check/blob/main/docs/schema/anvil-check-report.schema.json";
    private static final String SARIF_ID =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private Schemas() {
    }

    static JsonSchema report() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m -> m.mapPrefix(REPORT_ID,
                        REPORT_SCHEMA.toAbsolutePath().normalize().toUri().toString())));
        return factory.getSchema(SchemaLocation.of(REPORT_ID), config());
    }

    static JsonSchema sarif() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                b -> b.schemaMappers(m -> m.mapPrefix(SARIF_ID, "classpath:sarif/sarif-schema-2.1.0.json")));
        return factory.getSchema(SchemaLocation.of(SARIF_ID), config());
    }

    private static SchemaValidatorsConfig config() {
        return SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    }

    static JsonNode parse(String text) throws IOException {
        return JSON.readTree(text);
    }

    /** The validation errors, one per line, for readable assertion messages. */
    static String errors(JsonSchema schema, JsonNode doc) {
        Set<ValidationMessage> errors = schema.validate(doc);
        return errors.stream().map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n"));
    }
}
