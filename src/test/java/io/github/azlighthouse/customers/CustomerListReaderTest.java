package io.github.azlighthouse.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerListReaderTest {

    static final Path EXAMPLE = Path.of(System.getProperty("lighthouse.basedir", "."))
            .resolve("examples/src/main/lighthouse/customers.yaml");

    static final String VALID = """
            managingTenantId: 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181
            pecAutomationAccount:
              principalId: 3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f
              displayName: PEC Automation Account
              role: Contributor
            principals:
              ops: { principalId: 0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e, displayName: Ops, type: Group }
            offers:
              std:
                name: Contoso
                authorizations:
                  - { principal: ops, role: Reader }
                eligibleAuthorizations:
                  - principal: { principalId: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d, displayName: Eng }
                    role: Contributor
                    approvers: [ops]
            customers:
              - id: fabrikam
                tenantId: 7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a
                offers: [std]
                subscriptions: [ { subscriptionId: 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b, resourceGroups: [rg-a] } ]
            """;

    @TempDir
    Path dir;

    final CustomerListReader reader = new CustomerListReader(new SourceParser());

    private CustomerListReader.Result read(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return reader.read(file, name);
    }

    private CustomerListReader.Result read(String yaml) throws IOException {
        return read("customers.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> lines(CustomerListReader.Result r) {
        return r.findings().stream().map(Finding::toString).toList();
    }

    @Test
    void readsAValidListWithReferencesResolvedAndPositionsKept() throws IOException {
        CustomerListReader.Result r = read(VALID);
        assertThat(r.findings()).isEmpty();
        CustomerList list = r.list();
        assertThat(list.location()).isEqualTo("westeurope");
        assertThat(list.pecAutomationAccount().inject()).isTrue();
        var offer = list.offers().get("std");
        assertThat(offer.authorizations().get(0).principal().displayName().value())
                .isEqualTo("Ops");
        assertThat(offer.authorizations().get(0).role().at().toString()).isEqualTo("customers.yaml:12:33");
        assertThat(offer.eligibleAuthorizations().get(0).approvers().get(0).type())
                .isEqualTo("Group");
        assertThat(list.customers()
                        .get(0)
                        .subscriptions()
                        .get(0)
                        .resourceGroups()
                        .get(0)
                        .value())
                .isEqualTo("rg-a");
    }

    @Test
    void jsonInputReadsTheSame() throws IOException {
        String json = """
                {"managingTenantId": "6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181",
                 "pecAutomationAccount": {"principalId": "3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f", "role": "Contributor"},
                 "offers": {"std": {"name": "Contoso"}},
                 "customers": [{"id": "a", "tenantId": "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a", "offers": ["std"],
                                "subscriptions": [{"subscriptionId": "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b"}]}]}
                """;
        CustomerListReader.Result r = read("customers.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(r.findings()).isEmpty();
        assertThat(r.list().customers().get(0).id().at().toString()).isEqualTo("customers.json:4:23");
    }

    @Test
    void reportsEverySchemaProblemAtOnceWithPositions() throws IOException {
        String bad = VALID.replace("  displayName: PEC Automation Account\n", "  colour: blue\n")
                .replace("id: fabrikam", "id: ../../x");
        assertThat(lines(read(bad)))
                .containsExactly(
                        "customers.yaml:4:3: error [input-invalid] unknown key 'colour' in 'pecAutomationAccount'; check its"
                                + " spelling and indentation (README: customer list)",
                        "customers.yaml:18:9: error [input-invalid] 'customers[0].id': '../../x' is not allowed here; use"
                                + " lower-case letters, digits and '-', starting with a letter or digit, at most 63 characters");
    }

    /** A pattern the value breaks is said in words, never as a regular expression. */
    @Test
    void patternsAreSaidInWords() throws IOException {
        String example = Files.readString(EXAMPLE);
        String bad = example.replace("partnerId: \"1234567\"", "partnerId: \"12-34\"")
                .replace("location: westeurope", "location: West Europe")
                .replace("  security:\n    name:", "  Security Ops:\n    name:")
                .replace("standard, security]", "standard]")
                .replace("resourceGroups: [rg-web, rg-data]", "resourceGroups: [rg-web., rg-data]");
        assertThat(lines(read(bad)))
                .containsExactly(
                        "customers.yaml:5:12: error [input-invalid] 'partnerId': '12-34' is not allowed here; use digits only,"
                                + " at most 10 (your Associated Partner ID, e.g. 1234567)",
                        "customers.yaml:6:11: error [input-invalid] 'location': 'West Europe' is not allowed here; use an Azure"
                                + " region name in lower case, without spaces, such as westeurope or eastus2 (list them: az"
                                + " account list-locations -o table)",
                        "customers.yaml:35:3: error [input-invalid] 'offers': the key 'Security Ops' is not allowed here; use"
                                + " lower-case letters, digits and '-', starting with a letter or digit, at most 63 characters",
                        "customers.yaml:51:26: error [input-invalid] 'customers[0].subscriptions[1].resourceGroups[0]': 'rg-web.'"
                                + " is not allowed here; use a resource group name: letters, digits, '-', '_', '.', '(' and ')',"
                                + " at most 90 characters, not ending with '.'");
        assertThat(lines(read(bad))).noneMatch(l -> l.contains("^") || l.contains("{0,"));
    }

    /** Every pattern in the published schema has its words. */
    @Test
    void everySchemaPatternHasWords() throws IOException {
        JsonNode schema =
                new ObjectMapper().readTree(getClass().getResourceAsStream(CustomerListReader.SCHEMA_RESOURCE));
        List<String> patterns = new ArrayList<>();
        collectPatterns(schema, patterns);
        assertThat(patterns)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(CustomerListReader.PATTERN_WORDS).containsKey(p));
    }

    static void collectPatterns(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("pattern") && e.getValue().isTextual()) {
                    out.add(e.getValue().asText());
                } else {
                    collectPatterns(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectPatterns(child, out));
        }
    }

    @Test
    void reportsDanglingReferences() throws IOException {
        String bad =
                VALID.replace("approvers: [ops]", "approvers: [opz]").replace("offers: [std]", "offers: [std, gold]");
        assertThat(lines(read(bad)))
                .containsExactly(
                        "customers.yaml:16:21: error [input-invalid] customer 'fabrikam', offer 'std': principal 'opz' is not"
                                + " defined under 'principals' (defined: ops), nor under this customer's 'principals'",
                        "customers.yaml:20:19: error [input-invalid] customer 'fabrikam' names offer 'gold', which is not"
                                + " defined under 'offers' (defined: std)");
    }

    @Test
    void missingRequiredKeysAreNamed() throws IOException {
        assertThat(lines(read("managingTenantId: x\n")))
                .contains(
                        "customers.yaml:1:1: error [input-invalid] missing required key 'customers' in the top level");
    }

    @Test
    void yamlSyntaxErrorHasLineAndColumn() throws IOException {
        assertThat(lines(read("managingTenantId: x\n  bad: [\n")))
                .singleElement()
                .asString()
                .isEqualTo(
                        "customers.yaml:2:6: error [input-invalid] a ':' where none fits: this line is indented"
                                + " more than the key above it (line it up), or its value contains ': ' (put the value in quotes)");
    }

    @Test
    void aliasBombIsRefusedNotExpanded() throws IOException {
        StringBuilder bomb =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append("]\n");
        }
        assertThat(lines(read(bomb.toString())))
                .singleElement()
                .asString()
                .isEqualTo("customers.yaml:1:4: error [input-invalid] YAML anchors and aliases (&name, *name) are not"
                        + " supported; write the value out, or use a named principal under 'principals'");
    }

    @Test
    void garbageBytesAreAFindingNotACrash() throws IOException {
        byte[] garbage = new byte[512];
        new java.util.Random(42).nextBytes(garbage);
        CustomerListReader.Result r = read("customers.yaml", garbage);
        assertThat(r.ok()).isFalse();
        assertThat(r.findings()).allMatch(f -> f.ruleId().equals("input-invalid"));
        assertThat(lines(r).get(0)).startsWith("customers.yaml:");
    }

    @Test
    void duplicateKeysAndSecondDocumentsAreRefused() throws IOException {
        assertThat(lines(read("managingTenantId: a\nmanagingTenantId: b\n")))
                .singleElement()
                .asString()
                .isEqualTo("customers.yaml:2:17: error [input-invalid] duplicate key 'managingTenantId'");
        assertThat(lines(read("customers.json", "{\"a\": 1,\n \"a\": 2}".getBytes(StandardCharsets.UTF_8))))
                .containsExactly("customers.json:2:2: error [input-invalid] duplicate key 'a'");
        assertThat(lines(read(VALID + "---\nmanagingTenantId: b\n")))
                .singleElement()
                .asString()
                .contains("more than one YAML document");
    }

    @Test
    void emptyFileIsAFinding() throws IOException {
        assertThat(lines(read(""))).containsExactly("customers.yaml:1:1: error [input-invalid] the file is empty");
    }

    @Test
    void anEmptyCustomerListIsAFindingAtItsKey() throws IOException {
        String empty = VALID.substring(0, VALID.indexOf("customers:")) + "customers: []\n";
        assertThat(lines(read(empty)))
                .containsExactly(
                        "customers.yaml:17:1: error [input-invalid] 'customers' is empty; list at least one customer");
    }

    @Test
    void customersBeforeOrBetweenTheOtherKeysReadTheSameWithTheirOwnPositions() throws IOException {
        int at = VALID.indexOf("customers:");
        String header = VALID.substring(0, at);
        String customers = VALID.substring(at);
        // customers first: the header is not ready, so it is read first and the customers in a second pass
        CustomerListReader.Result first = read(customers + header);
        assertThat(first.findings()).isEmpty();
        assertThat(first.list().offers()).containsOnlyKeys("std");
        assertThat(first.list().customers()).singleElement().satisfies(c -> {
            assertThat(c.id().value()).isEqualTo("fabrikam");
            assertThat(c.id().at().toString()).isEqualTo("customers.yaml:2:9");
        });
        // principals after the customers: the offers' approvers name it, so this too is read header first
        String principals = header.substring(header.indexOf("principals:"), header.indexOf("offers:"));
        CustomerListReader.Result late = read(header.replace(principals, "") + customers + principals);
        assertThat(late.findings()).isEmpty();
        assertThat(late.list()
                        .offers()
                        .get("std")
                        .eligibleAuthorizations()
                        .get(0)
                        .approvers()
                        .get(0)
                        .displayName()
                        .value())
                .isEqualTo("Ops");
        // an unknown key after the customers is reported where it is
        assertThat(lines(read(VALID + "colour: blue\n")))
                .containsExactly(
                        "customers.yaml:22:1: error [input-invalid]"
                                + " unknown key 'colour' in the top level; check its spelling and indentation (README: customer list)");
    }

    @Test
    void problemsInTheHeaderAndInCustomersAreReportedTogether() throws IOException {
        String bad = VALID.replace("role: Contributor\nprincipals", "role: 42\nprincipals")
                .replace("tenantId: 7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a", "tenantId: [x]");
        assertThat(lines(read(bad)))
                .containsExactly(
                        "customers.yaml:5:9: error [input-invalid] 'pecAutomationAccount.role': integer found, string expected",
                        "customers.yaml:19:15: error [input-invalid] 'customers[0].tenantId': array found, string expected");
    }

    @Test
    void customersThatAreNotAListAreAFindingNotACrash() throws IOException {
        String head = VALID.substring(0, VALID.indexOf("customers:"));
        assertThat(lines(read(head + "customers: { fabrikam: 1 }\n")))
                .containsExactly(
                        "customers.yaml:17:12: error [input-invalid] 'customers': object found, array expected");
        assertThat(lines(read(head + "customers:\n")))
                .containsExactly(
                        "customers.yaml:17:11: error [input-invalid] 'customers': string found, array expected"); // an
        // empty YAML value
    }
}
