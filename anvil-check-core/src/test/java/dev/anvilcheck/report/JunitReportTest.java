package dev.anvilcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anvilcheck.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML parsed back with the JDK's parser: well-formed, counts consistent, hostile text intact. */
class JunitReportTest {

    private static Document parse(Report report) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        byte[] xml = ReportFormat.JUNIT.render(report).getBytes(StandardCharsets.UTF_8);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    @Test
    void counts_match_the_test_cases_and_failures() throws Exception {
        Document doc = parse(Fixtures.report());
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        List<Element> cases = elements(doc, "testcase");
        long failingCases = cases.stream().filter(c -> c.getElementsByTagName("failure").getLength() > 0).count();
        assertThat(Integer.parseInt(root.getAttribute("tests"))).isEqualTo(cases.size());
        assertThat(Long.parseLong(root.getAttribute("failures"))).isEqualTo(failingCases);
        for (Element suite : elements(doc, "testsuite")) {
            int suiteCases = suite.getElementsByTagName("testcase").getLength();
            assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(suiteCases);
        }
        long nonInfo = Fixtures.findings().stream().filter(f -> f.severity() != Severity.INFO).count();
        assertThat(elements(doc, "failure")).hasSize((int) nonInfo);
    }

    @Test
    void one_test_case_per_rule_and_file_in_a_suite_per_prefix() throws Exception {
        Document doc = parse(Fixtures.report());
        List<String> suites = elements(doc, "testsuite").stream().map(e -> e.getAttribute("name")).toList();
        assertThat(suites).containsExactly("anvil-check.AX", "anvil-check.AY", "anvil-check.DB", "anvil-check.PY",
                "anvil-check.SE");
        List<String> names = elements(doc, "testcase").stream().map(e -> e.getAttribute("name")).toList();
        assertThat(names).doesNotHaveDuplicates()
                .contains("PY101 walrus-operator: server_code/orders.py", "DB201 column-drift: (no file)");
        Element walrus = elements(doc, "testcase").stream()
                .filter(e -> e.getAttribute("name").startsWith("PY101")).findFirst().orElseThrow();
        assertThat(walrus.getElementsByTagName("failure").getLength()).isEqualTo(2);
    }

    @Test
    void infos_pass_and_are_listed_in_system_out() throws Exception {
        Document doc = parse(Fixtures.report());
        Element info = elements(doc, "testcase").stream()
                .filter(e -> e.getAttribute("name").startsWith("PY201")).findFirst().orElseThrow();
        assertThat(info.getElementsByTagName("failure").getLength()).isZero();
        assertThat(info.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("math.prod is new in Python 3.8");
    }

    @Test
    void hostile_text_survives_the_round_trip() throws Exception {
        Document doc = parse(Fixtures.report());
        Element failure = elements(doc, "failure").stream()
                .filter(e -> e.getAttribute("message").contains("broken")).findFirst().orElseThrow();
        assertThat(failure.getAttribute("message")).isEqualTo("1:1: " + Fixtures.HOSTILE.replace('\u001b', '\ufffd'));
        assertThat(failure.getTextContent()).contains("hint: 50% of\r\nhints, too");
    }

    @Test
    void an_empty_report_has_one_passing_test() throws Exception {
        Document doc = parse(Fixtures.empty());
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("1");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        assertThat(elements(doc, "testcase")).hasSize(1);
    }
}
