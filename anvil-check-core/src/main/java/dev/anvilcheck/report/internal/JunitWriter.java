package dev.anvilcheck.report.internal;

import dev.anvilcheck.Finding;
import dev.anvilcheck.Severity;
import dev.anvilcheck.ToolInfo;
import dev.anvilcheck.report.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes JUnit XML in the shape Jenkins, GitLab and the GitHub test-report actions read: a {@code testsuites}
 * root, one {@code testsuite} per rule prefix ({@code anvil-check.AY}), one {@code testcase} per rule and file,
 * and one {@code failure} per error or warning (the {@code failures} counts are of failing test cases). Infos do not fail a test case; they are listed in its
 * {@code system-out}. A report without findings has one passing test case, so reporters see that checks ran.
 * No time stamps or host names: the output depends on the report alone.
 */
public final class JunitWriter {

    private JunitWriter() {
    }

    /**
     * Writes a report.
     *
     * @param report the report
     * @param out the writer
     * @throws IOException when writing fails
     */
    public static void write(Report report, Writer out) throws IOException {
        // suite (prefix) -> case key (code + file) -> findings; TreeMaps keep the output sorted.
        Map<String, Map<String, List<Finding>>> suites = new TreeMap<>();
        for (Finding f : report.findings()) {
            String code = f.rule().code();
            String prefix = code.length() >= 2 ? code.substring(0, 2) : code;
            String file = f.location().map(l -> l.path()).orElse("");
            suites.computeIfAbsent(prefix, k -> new TreeMap<>())
                    .computeIfAbsent(code + "\u0000" + file, k -> new ArrayList<>()).add(f);
        }
        long failures = suites.values().stream().mapToLong(JunitWriter::failingCases).sum();
        int tests = suites.isEmpty() ? 1 : suites.values().stream().mapToInt(Map::size).sum();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"" + attr(ToolInfo.NAME + " " + report.project()) + "\" tests=\"" + tests
                + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        if (suites.isEmpty()) {
            out.write("  <testsuite name=\"" + ToolInfo.NAME + "\" tests=\"1\" failures=\"0\" errors=\"0\""
                    + " skipped=\"0\" time=\"0\">\n");
            out.write("    <testcase classname=\"" + ToolInfo.NAME + "\" name=\"no findings\" time=\"0\"/>\n");
            out.write("  </testsuite>\n");
        }
        for (Map.Entry<String, Map<String, List<Finding>>> suite : suites.entrySet()) {
            long suiteFailures = failingCases(suite.getValue());
            String suiteName = ToolInfo.NAME + "." + suite.getKey();
            out.write("  <testsuite name=\"" + attr(suiteName) + "\" tests=\"" + suite.getValue().size()
                    + "\" failures=\"" + suiteFailures + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
            for (List<Finding> group : suite.getValue().values()) {
                writeCase(out, suiteName, group);
            }
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
    }

    private static void writeCase(Writer out, String suiteName, List<Finding> group) throws IOException {
        Finding first = group.get(0);
        String file = first.location().map(l -> l.path()).orElse("(no file)");
        String name = first.rule().code() + " " + first.rule().title() + ": " + file;
        out.write("    <testcase classname=\"" + attr(suiteName + "." + first.rule().code()) + "\" name=\""
                + attr(name) + "\"");
        if (first.location().isPresent()) {
            out.write(" file=\"" + attr(first.location().get().path()) + "\"");
        }
        out.write(" time=\"0\">\n");
        StringBuilder infos = new StringBuilder();
        for (Finding f : group) {
            if (!fails(f)) {
                infos.append(line(f)).append('\n');
                continue;
            }
            String where = f.location().map(l -> l.line() + ":" + l.column() + ": ").orElse("");
            out.write("      <failure type=\"" + f.severity().jsonName() + "\" message=\""
                    + attr(where + f.message()) + "\">");
            out.write(text(line(f) + f.hint().map(h -> "\nhint: " + h).orElse("")));
            out.write("</failure>\n");
        }
        if (infos.length() > 0) {
            out.write("      <system-out>" + text(infos.toString()) + "</system-out>\n");
        }
        out.write("    </testcase>\n");
    }

    /** How many test cases fail: counts are of test cases, as reporters expect, not of findings. */
    private static long failingCases(Map<String, List<Finding>> cases) {
        return cases.values().stream().filter(g -> g.stream().anyMatch(JunitWriter::fails)).count();
    }

    private static boolean fails(Finding f) {
        return f.severity() != Severity.INFO;
    }

    private static String line(Finding f) {
        return f.location().map(l -> l + ": ").orElse("") + f.severity().jsonName() + " " + f.rule().code() + " "
                + f.message();
    }

    private static String attr(String s) {
        String t = ReportSupport.xmlSafe(s);
        StringBuilder b = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&': b.append("&amp;"); break;
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&apos;"); break;
                case '\n': b.append("&#10;"); break;
                case '\r': b.append("&#13;"); break;
                case '\t': b.append("&#9;"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }

    private static String text(String s) {
        String t = ReportSupport.xmlSafe(s);
        StringBuilder b = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&': b.append("&amp;"); break;
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '\r': b.append("&#13;"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }
}
