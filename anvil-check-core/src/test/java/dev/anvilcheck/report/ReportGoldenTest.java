package dev.anvilcheck.report;

import dev.anvilcheck.report.internal.SarifWriter;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format's output for the fixed report, and for an empty one, against golden files. */
class ReportGoldenTest {

    private static final String[] EXT = {"txt", "json", "sarif", "xml", "github.txt", "md", "html"};

    private static String ext(ReportFormat f) {
        return EXT[f.ordinal()];
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = "SARIF", mode = EnumSource.Mode.EXCLUDE)
    void full_report(ReportFormat format) throws IOException {
        Golden.check("full." + ext(format), format.render(Fixtures.report()));
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = "SARIF", mode = EnumSource.Mode.EXCLUDE)
    void empty_report(ReportFormat format) throws IOException {
        Golden.check("empty." + ext(format), format.render(Fixtures.empty()));
    }

    @Test
    void full_sarif_with_a_fixed_rule_table() throws IOException {
        StringWriter w = new StringWriter();
        SarifWriter.write(Fixtures.report(), Fixtures.rules(), w);
        Golden.check("full.sarif", w.toString());
    }

    @Test
    void empty_sarif_with_a_fixed_rule_table() throws IOException {
        StringWriter w = new StringWriter();
        SarifWriter.write(Fixtures.empty(), Fixtures.rules(), w);
        Golden.check("empty.sarif", w.toString());
    }

    @Test
    void coloured_text() throws IOException {
        StringWriter w = new StringWriter();
        ReportFormat.TEXT.write(Fixtures.report(), w, true);
        Golden.check("full.color.txt", w.toString());
    }
}
