package io.github.azlighthouse.audit;

import static io.github.azlighthouse.audit.Exports.CONTRIBUTOR;
import static io.github.azlighthouse.audit.Exports.PEC;
import static io.github.azlighthouse.audit.Exports.SUB1;
import static io.github.azlighthouse.audit.Exports.SUB2;
import static io.github.azlighthouse.audit.Exports.TIER2;
import static io.github.azlighthouse.audit.Exports.array;
import static io.github.azlighthouse.audit.Exports.page;
import static io.github.azlighthouse.audit.Exports.standard;
import static io.github.azlighthouse.audit.Exports.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.Severities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportReaderTest {

    @TempDir
    Path dir;

    final ExportReader reader = new ExportReader();
    final FindingSink findings = new FindingSink(Severities.allErrors());
    final List<DeployedAssignment> read = new ArrayList<>();

    ExportReader.FileSummary read(Path file) {
        return reader.read(file, file.getFileName().toString(), read::add, findings);
    }

    @Test
    void restPagesWithNextLinkInTwoFiles() throws IOException {
        String next = "https://management.azure.com/subscriptions/" + SUB1 + "/providers/Microsoft.ManagedServices/"
                + "registrationAssignments?api-version=2022-10-01&$skipToken=abc";
        ExportReader.FileSummary first = read(
                write(dir.resolve("p1.json"), page(next, standard(SUB1, "d1").rest())));
        ExportReader.FileSummary second = read(write(
                dir.resolve("p2.json"),
                page(
                        null,
                        Exports.assignment(SUB1, "d2")
                                .offer("Contoso Security")
                                .permanent(PEC, "PEC", CONTRIBUTOR)
                                .rest())));
        assertThat(findings.findings()).isEmpty();
        assertThat(first.assignments()).isEqualTo(1);
        assertThat(second.assignments()).isEqualTo(1);
        assertThat(first.cliShape()).isFalse();
        DeployedAssignment a = read.get(0);
        assertThat(a.subscriptionId()).isEqualTo(SUB1);
        assertThat(a.resourceGroup()).isNull();
        assertThat(a.definitionName()).isEqualTo("d1");
        assertThat(a.offerName().value()).isEqualTo("Contoso Managed Services");
        assertThat(a.managedByTenantId().value()).isEqualTo(Exports.MANAGING);
        assertThat(a.manageeTenantId().value()).isEqualTo(Exports.FABRIKAM);
        assertThat(a.state().value()).isEqualTo("Succeeded");
        assertThat(a.eligibleKnown()).isTrue();
        assertThat(a.authorizations()).hasSize(5);
        assertThat(a.authorizations().get(3).delegatedRoleDefinitionIds())
                .extracting(l -> l.value())
                .containsExactly(CONTRIBUTOR);
        assertThat(a.eligibleAuthorizations()).singleElement().satisfies(e -> {
            assertThat(e.principalId().value()).isEqualTo(TIER2);
            assertThat(e.maximumActivationDuration().value()).isEqualTo("PT4H");
            assertThat(e.multiFactorAuthProvider().value()).isEqualTo("Azure");
            assertThat(e.approvers())
                    .singleElement()
                    .satisfies(ap -> assertThat(ap.principalId().value()).isEqualTo(Exports.APPROVERS));
        });
        // positions point into the export: the PEC account's principalId is on its own line
        List<String> lines = Files.readAllLines(dir.resolve("p1.json"));
        int line = a.authorizations().get(4).principalId().at().line();
        assertThat(lines.get(line - 1)).contains("\"principalId\" : \"" + PEC + "\"");
        assertThat(a.authorizations().get(4).principalId().at().file()).isEqualTo("p1.json");
    }

    @Test
    void manyPagesInOneArray() throws IOException {
        read(write(
                dir.resolve("all.json"),
                array(
                        page("https://next", standard(SUB1, "d1").rest()),
                        page(
                                null,
                                standard(SUB2, "d2").rest(),
                                standard(SUB2, "d3").resourceGroup("rg-web").rest()))));
        assertThat(findings.findings()).isEmpty();
        assertThat(read).extracting(DeployedAssignment::subscriptionId).containsExactly(SUB1, SUB2, SUB2);
        assertThat(read.get(2).resourceGroup().value()).isEqualTo("rg-web");
        assertThat(read).allMatch(DeployedAssignment::eligibleKnown);
    }

    @Test
    void theCliShapeHasNoEligibleAuthorizationsAndSaysSo() throws IOException {
        ExportReader.FileSummary s = read(write(
                dir.resolve("cli.json"),
                array(
                        standard(SUB1, "d1").cli(),
                        standard(SUB2, "d2").resourceGroup("rg-data").cli())));
        assertThat(findings.findings()).isEmpty();
        assertThat(s.cliShape()).isTrue();
        assertThat(read).hasSize(2).noneMatch(DeployedAssignment::eligibleKnown);
        assertThat(read.get(0).eligibleAuthorizations()).isEmpty();
        assertThat(read.get(1).resourceGroup().value()).isEqualTo("rg-data");
    }

    @Test
    void propertyNamesAreCaseInsensitive() throws IOException {
        read(write(
                dir.resolve("pascal.json"),
                Exports.pascal(page(null, standard(SUB1, "d1").rest()))));
        assertThat(findings.findings()).isEmpty();
        assertThat(read).singleElement().satisfies(a -> {
            assertThat(a.authorizations()).hasSize(5);
            assertThat(a.offerName().value()).isEqualTo("Contoso Managed Services");
            assertThat(a.eligibleAuthorizations()).hasSize(1);
        });
    }

    @Test
    void failedProvisioningIsKeptWithItsPosition() throws IOException {
        read(write(
                dir.resolve("failed.json"),
                page(null, standard(SUB1, "d1").state("Failed").rest())));
        assertThat(read.get(0).state().value()).isEqualTo("Failed");
        assertThat(read.get(0).state().at().line()).isGreaterThan(1);
    }

    @Test
    void anAssignmentWithoutItsDefinitionIsAFindingAndTheRestIsRead() throws IOException {
        var bare = standard(SUB1, "d1").rest();
        ((com.fasterxml.jackson.databind.node.ObjectNode) bare.path("properties")).remove("registrationDefinition");
        read(write(
                dir.resolve("bare.json"), page(null, bare, standard(SUB2, "d2").rest())));
        assertThat(read).extracting(DeployedAssignment::subscriptionId).containsExactly(SUB2);
        assertThat(findings.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("input-invalid");
            assertThat(f.message()).contains("$expandRegistrationDefinition=true", "--include-definition true");
            assertThat(f.position().file()).isEqualTo("bare.json");
            assertThat(f.position().line()).isEqualTo(3); // the assignment's "properties"
        });
    }

    @Test
    void brokenJsonIsAFindingWithLineAndColumn() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"value\": [\n    {\"id\": \"x\",,}\n  ]\n}\n");
        read(file);
        Finding f = findings.findings().get(0);
        assertThat(f.toString()).startsWith("broken.json:3:16: error [input-invalid] not readable as JSON:");
        findings.findings().clear();
        Files.writeString(file, "");
        read(file);
        assertThat(findings.findings())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("the file is empty"));
        findings.findings().clear();
        Files.writeString(file, "\"just a string\"");
        read(file);
        assertThat(findings.findings())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("expected a JSON object or array"));
    }

    @Test
    void roleIdsGivenAsResourceIdsAreReadAsGuids() throws IOException {
        read(write(
                dir.resolve("ids.json"),
                page(
                        null,
                        Exports.assignment(SUB1, "d1")
                                .permanent(
                                        PEC, "PEC", "/providers/Microsoft.Authorization/roleDefinitions/" + CONTRIBUTOR)
                                .rest())));
        assertThat(read.get(0).authorizations().get(0).roleDefinitionId().value())
                .isEqualTo(CONTRIBUTOR);
    }
}
