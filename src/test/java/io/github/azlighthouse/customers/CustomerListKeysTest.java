package io.github.azlighthouse.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.customers.CustomerList.Customer;
import io.github.azlighthouse.delegation.CustomerCollisions;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys of issue 14: subscriptions[].offers, customers[].principals, customers[].managementGroups. */
class CustomerListKeysTest {

    static final String HEADER = """
            managingTenantId: 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181
            pecAutomationAccount: { principalId: 3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f, displayName: PEC, role: Contributor }
            principals:
              ops: { principalId: 0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e, displayName: Ops, type: Group }
            offers:
              std:
                name: Contoso
                authorizations:
                  - { principal: ops, role: Reader }
                  - { principal: team, role: Reader }
              gold:
                name: Contoso Gold
                authorizations:
                  - { principal: ops, role: Reader }
            customers:
            """;

    static final String FABRIKAM = """
              - id: fabrikam
                tenantId: 7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a
                offers: [std]
                principals:
                  team: { principalId: 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d, displayName: Fabrikam Team, type: Group }
                  ops: { principalId: 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f, displayName: Fabrikam Ops }
                subscriptions:
                  - subscriptionId: 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b
                  - subscriptionId: 9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c
                    offers: [std, gold]
                managementGroups: [fabrikam-prod, "fabrikam.eu(1)"]
            """;

    @TempDir
    Path dir;

    final CustomerListReader reader = new CustomerListReader(new SourceParser());

    CustomerListReader.Result read(String yaml) throws IOException {
        Path file = dir.resolve("customers.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return reader.read(file, "customers.yaml");
    }

    static List<String> lines(CustomerListReader.Result r) {
        return r.findings().stream().map(Finding::toString).toList();
    }

    @Test
    void theNewKeysAreReadWithTheirPositions() throws IOException {
        CustomerListReader.Result r = read(HEADER + FABRIKAM);
        assertThat(r.findings()).isEmpty();
        Customer c = r.list().customers().get(0);
        assertThat(c.offersOn(c.subscriptions().get(0)))
                .extracting(Located::value)
                .containsExactly("std");
        assertThat(c.offersOn(c.subscriptions().get(1)))
                .extracting(Located::value)
                .containsExactly("std", "gold");
        assertThat(c.subscriptions().get(1).offers().get(1).at().toString()).isEqualTo("customers.yaml:25:23");
        assertThat(c.offerKeys()).containsExactly("std", "gold");
        assertThat(c.managementGroups()).extracting(Located::value).containsExactly("fabrikam-prod", "fabrikam.eu(1)");
        assertThat(c.principals()).containsOnlyKeys("team", "ops");
        var offer = r.list().offers().get("std");
        // the offer names 'ops' (shared) and 'team' (only this customer defines it); the customer's own win
        assertThat(offer.authorizations().get(1).principal().undefined()).isTrue();
        assertThat(c.principal(offer.authorizations().get(0).principal())
                        .displayName()
                        .value())
                .isEqualTo("Fabrikam Ops");
        assertThat(c.principal(offer.authorizations().get(1).principal())
                        .principalId()
                        .value())
                .isEqualTo("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d");
        assertThat(r.list().principals().get("ops").displayName().value()).isEqualTo("Ops");
    }

    @Test
    void aPrincipalKeyMustBeDefinedForEveryCustomerThatReceivesTheOffer() throws IOException {
        String northwind = """
                  - id: northwind
                    tenantId: a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d
                    offers: [gold]
                    subscriptions:
                      - subscriptionId: b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e
                        offers: [std]
                """;
        assertThat(lines(read(HEADER + FABRIKAM + northwind)))
                .containsExactly(
                        "customers.yaml:10:22: error [input-invalid] customer 'northwind', offer 'std': principal 'team' is not"
                                + " defined under 'principals' (defined: ops), nor under this customer's 'principals'");
    }

    @Test
    void aKeyNoCustomerDefinesInAnOfferNobodyReceivesIsStillReported() throws IOException {
        String only = """
                  - id: northwind
                    tenantId: a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d
                    offers: [gold]
                    managementGroups: [northwind-prod]
                """;
        assertThat(lines(read(HEADER + only)))
                .containsExactly(
                        "customers.yaml:10:22: error [input-invalid] principal 'team' is not defined under 'principals'"
                                + " (defined: ops)");
    }

    @Test
    void undefinedOffersOfASubscriptionArePointedAt() throws IOException {
        assertThat(lines(read(HEADER + FABRIKAM.replace("offers: [std, gold]", "offers: [std, platinum]"))))
                .containsExactly(
                        "customers.yaml:25:23: error [input-invalid] customer 'fabrikam' names offer 'platinum', which is not"
                                + " defined under 'offers' (defined: std, gold)");
    }

    @Test
    void aCustomerNeedsSubscriptionsOrManagementGroups() throws IOException {
        String neither = FABRIKAM.substring(0, FABRIKAM.indexOf("    subscriptions:"));
        assertThat(lines(read(HEADER + neither)))
                .containsExactly(
                        "customers.yaml:16:5: error [input-invalid] 'customers[0]': list 'subscriptions', 'managementGroups' or"
                                + " both; a customer needs something to delegate");
        String groupsOnly = neither + "    managementGroups: [fabrikam-prod]\n";
        assertThat(read(HEADER + groupsOnly).findings()).isEmpty();
    }

    @Test
    void badManagementGroupIdsAreSaidInWords() throws IOException {
        List<String> found = lines(read(HEADER
                + FABRIKAM.replace(
                        "[fabrikam-prod, \"fabrikam.eu(1)\"]",
                        "[../etc, \"Fabrikam Prod\", fabrikam-prod, fabrikam-prod]")));
        assertThat(found).hasSize(3);
        assertThat(found.get(0))
                .isEqualTo("customers.yaml:26:23: error [input-invalid] 'customers[0].managementGroups':"
                        + " the same value is listed twice; list each once");
        assertThat(found.get(1))
                .isEqualTo("customers.yaml:26:24: error [input-invalid] 'customers[0].managementGroups[0]':"
                        + " '../etc' is not allowed here; use "
                        + CustomerListReader.words("^[-A-Za-z0-9_()][-A-Za-z0-9_().]{0,89}$"));
        assertThat(found.get(1))
                .contains("not its display name: az account management-group list --query [].name -o tsv");
        assertThat(found.get(2))
                .startsWith("customers.yaml:26:32: error [input-invalid] 'customers[0].managementGroups[1]':"
                        + " 'Fabrikam Prod' is not allowed here");
    }

    @Test
    void unknownKeysInACustomersPrincipalsAreRefused() throws IOException {
        assertThat(lines(read(HEADER
                        + FABRIKAM.replace("displayName: Fabrikam Ops }", "displayName: Fabrikam Ops, role: Owner }"))))
                .containsExactly("customers.yaml:21:92: error [input-invalid] unknown key 'role' in"
                        + " 'customers[0].principals.ops'; check its spelling and indentation (README: customer list)");
    }

    @Test
    void aManagementGroupUnderTwoCustomersCollides() throws IOException {
        String second = FABRIKAM.replace("id: fabrikam", "id: contoso")
                .replace("7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a", "a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d")
                .replace("8e9f0a1b-2c3d", "1e9f0a1b-2c3d")
                .replace("9f0a1b2c-3d4e", "2f0a1b2c-3d4e")
                .replace("[fabrikam-prod, \"fabrikam.eu(1)\"]", "[FABRIKAM-PROD]");
        CustomerListReader.Result r = read(HEADER + FABRIKAM + second);
        assertThat(r.findings()).isEmpty();
        CustomerCollisions collisions = new CustomerCollisions(RuleSet.defaults());
        List<Finding> found = new ArrayList<>();
        r.list().customers().forEach(c -> found.addAll(collisions.check(c)));
        assertThat(found)
                .extracting(Finding::toString)
                .containsExactly(
                        "customers.yaml:37:24: error [offer-collision]"
                                + " customer 'contoso', management group 'FABRIKAM-PROD': management group 'FABRIKAM-PROD' is listed also"
                                + " under customer 'fabrikam'; its Azure Policy delegation belongs to one customer entry: list it once");
    }
}
