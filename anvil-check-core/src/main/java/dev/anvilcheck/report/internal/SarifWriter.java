package dev.anvilcheck.report.internal;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.Severity;
import dev.anvilcheck.ToolInfo;
import dev.anvilcheck.report.Report;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes SARIF 2.1.0 for GitHub code scanning: one run, the tool driver with its rule table, one result per
 * finding. The output depends only on the report and the rules (no time stamps, no absolute paths).
 */
public final class SarifWriter {

    /** The SARIF version written. */
    public static final String VERSION = "2.1.0";
    /** The schema URI written into {@code $schema}. */
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The base id that result URIs are relative to: the project root. */
    public static final String SRCROOT = "%SRCROOT%";
    /** The key of our fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "anvilCheck/v1";

    private SarifWriter() {
    }

    /**
     * Writes a report with every rule on the class path in the rule table.
     *
     * @param report the report
     * @param out the writer
     * @throws IOException when writing fails
     */
    public static void write(Report report, Writer out) throws IOException {
        write(report, ReportSupport.allRules(report.findings()), out);
    }

    /**
     * Writes a report with the given rules (plus any a finding names) in the rule table.
     *
     * @param report the report
     * @param rules the rules to list
     * @param out the writer
     * @throws IOException when writing fails
     */
    public static void write(Report report, List<? extends RuleId> rules, Writer out) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        JsonWriter.MAPPER.writer(pp).writeValue(out, tree(report, ReportSupport.rules(rules, report.findings())));
        out.write("\n");
    }

    static ObjectNode tree(Report report, List<RuleId> rules) {
        ObjectNode root = JsonWriter.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", VERSION);
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", ToolInfo.NAME);
        driver.put("version", ToolInfo.version());
        driver.put("informationUri", ReportSupport.INFORMATION_URI);
        ArrayNode ruleArray = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (RuleId r : rules) {
            index.put(r.code(), ruleArray.size());
            ruleArray.add(rule(r));
        }
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            results.add(result(f, index.get(f.rule().code())));
        }
        return root;
    }

    private static ObjectNode rule(RuleId r) {
        ObjectNode o = JsonWriter.MAPPER.createObjectNode();
        o.put("id", r.code());
        o.put("name", r.title());
        o.putObject("shortDescription").put("text", ReportSupport.firstSentence(r.description()));
        o.putObject("fullDescription").put("text", r.description());
        ObjectNode help = o.putObject("help");
        help.put("text", r.code() + " " + r.title() + ": " + r.description());
        help.put("markdown", "**" + r.code() + " " + MarkdownWriter.escape(r.title()) + "**\n\n"
                + MarkdownWriter.escape(r.description()));
        o.putObject("defaultConfiguration").put("level", level(r.defaultSeverity()));
        ArrayNode tags = o.putObject("properties").putArray("tags");
        tags.add(ToolInfo.NAME);
        if (r.code().startsWith("SE") || r.code().startsWith("VA")) {
            tags.add("security");
        }
        return o;
    }

    private static ObjectNode result(Finding f, int ruleIndex) {
        ObjectNode o = JsonWriter.MAPPER.createObjectNode();
        o.put("ruleId", f.rule().code());
        o.put("ruleIndex", ruleIndex);
        o.put("level", level(f.severity()));
        String text = f.message() + f.hint().map(h -> "\nHint: " + h).orElse("");
        o.putObject("message").put("text", text);
        if (f.location().isPresent()) {
            Location l = f.location().get();
            ObjectNode phys = o.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode art = phys.putObject("artifactLocation");
            art.put("uri", uri(l.path()));
            art.put("uriBaseId", SRCROOT);
            ObjectNode region = phys.putObject("region");
            region.put("startLine", l.line());
            region.put("startColumn", l.column());
            region.put("endLine", l.endLine());
            region.put("endColumn", Math.max(l.endColumn(), 1));
        }
        o.putObject("partialFingerprints").put(FINGERPRINT_KEY, ReportSupport.fingerprint(f));
        ObjectNode props = JsonWriter.MAPPER.createObjectNode();
        f.hint().ifPresent(h -> props.put("hint", h));
        Details d = f.details();
        if (d instanceof Details.Compatibility) {
            Details.Compatibility c = (Details.Compatibility) d;
            props.put("kind", c.kind());
            props.put("feature", c.feature());
            c.minVersion().ifPresent(v -> props.put("minVersion", v));
            c.removedIn().ifPresent(v -> props.put("removedIn", v));
        } else if (d instanceof Details.Secret) {
            props.put("key", ((Details.Secret) d).key());
        } else if (d instanceof Details.Database) {
            Details.Database db = (Details.Database) d;
            props.put("object", db.object());
            db.expected().ifPresent(v -> props.put("expected", v));
            db.actual().ifPresent(v -> props.put("actual", v));
        }
        if (!props.isEmpty()) {
            o.set("properties", props);
        }
        return o;
    }

    /**
     * The SARIF level of a severity: {@code error}, {@code warning} or {@code note}.
     *
     * @param s the severity
     * @return the level
     */
    public static String level(Severity s) {
        switch (s) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "note";
        }
    }

    /**
     * A relative path as a URI reference: each segment percent-encoded (UTF-8) except unreserved characters and
     * sub-delimiters, {@code /} kept.
     *
     * @param path the path with {@code /} separators
     * @return the URI reference
     */
    public static String uri(String path) {
        StringBuilder b = new StringBuilder(path.length() + 8);
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (byte x : bytes) {
            int c = x & 0xff;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=@/".indexOf(c) >= 0;   // ':' is encoded, so no segment reads as a scheme
            if (keep) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }
}
