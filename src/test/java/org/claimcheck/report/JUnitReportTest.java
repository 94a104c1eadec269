package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** JUnit XML: a suite per document, a case per rule, failures for errors and warnings, always well-formed XML. */
class JUnitReportTest {

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theRepositorysReportHasACasePerRuleAndDocument() throws Exception {
        Document xml = parse(Files.readString(Path.of("reports/junit.xml")));
        Element all = xml.getDocumentElement();
        assertThat(all.getAttribute("tests")).isEqualTo(String.valueOf(2 * org.claimcheck.rules.Rules.ALL.size()));
        // the conflicts the open disputes acknowledge fail no case: single-value-conflict, conflicting-statements
        // and negation-contradicted pass in both documents
        assertThat(all.getAttribute("failures")).isEqualTo("6");
        Element suite = (Element) all.getElementsByTagName("testsuite").item(1);
        assertThat(suite.getAttribute("name")).isEqualTo("seeds/004_68334b4f89a0bf69.txt");
        assertThat(suite.getAttribute("failures")).isEqualTo("4");
    }

    @Test
    void controlCharactersFromInputStillMakeWellFormedXml() throws Exception {
        Finding f = new Finding("quote-not-found", Severity.ERROR, "bad \u0000\u001b[31m quote <script>&",
                List.of(new Location("a\u0001.txt", 1, 1, 0, "x", "x")), null);
        StringWriter out = new StringWriter();
        new JUnitReport().write(new Result(1, 0, 0, 0, List.of(f), Map.of("a\u0001.txt", "A"), null, List.of()), out);
        Document xml = parse(out.toString());
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getTextContent()).isEqualTo("a\uFFFD.txt:1:1: error: bad \uFFFD\uFFFD[31m quote <script>&\n");
        assertThat(out.toString()).contains("quote &lt;script&gt;&amp;");
    }
}
