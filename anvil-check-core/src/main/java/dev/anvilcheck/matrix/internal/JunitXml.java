package dev.anvilcheck.matrix.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads JUnit XML (pytest's --junitxml, and the usual CI dialects) safely: no DTDs, no external entities. */
public final class JunitXml {

    /** A test's outcome. */
    public enum Result { PASSED, FAILED, SKIPPED }

    /**
     * One test case.
     *
     * @param id classname::name
     * @param result its outcome
     * @param message the failure or skip message's first line
     */
    public record TestCase(String id, Result result, String message) {
    }

    private JunitXml() {
    }

    /**
     * Reads the test cases of a JUnit XML file.
     *
     * @param file the file
     * @return the cases in document order
     * @throws IOException when the file cannot be read or is not JUnit XML
     */
    public static List<TestCase> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Document doc = b.parse(in);
            NodeList cases = doc.getElementsByTagName("testcase");
            List<TestCase> out = new ArrayList<>();
            for (int i = 0; i < cases.getLength(); i++) {
                Element e = (Element) cases.item(i);
                String cls = e.getAttribute("classname");
                String id = (cls.isEmpty() ? "" : cls + "::") + e.getAttribute("name");
                Result result = Result.PASSED;
                String message = "";
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (!(c instanceof Element)) {
                        continue;
                    }
                    String tag = ((Element) c).getTagName();
                    if (tag.equals("failure") || tag.equals("error")) {
                        result = Result.FAILED;
                        message = firstLine(((Element) c).getAttribute("message"));
                    } else if (tag.equals("skipped") && result == Result.PASSED) {
                        result = Result.SKIPPED;
                        message = firstLine(((Element) c).getAttribute("message"));
                    }
                }
                out.add(new TestCase(id, result, message));
            }
            return out;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file.getFileName() + " is not JUnit XML: " + e.getMessage(), e);
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 299) + "…" : line;
    }
}
