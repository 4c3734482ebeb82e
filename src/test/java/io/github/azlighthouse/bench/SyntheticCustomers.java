package io.github.azlighthouse.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A synthetic customer list of any size: N customers with M subscriptions each; every second
 * subscription delegates two resource groups; two offers, one with an eligible authorization and
 * approvers, so every template shape is exercised.
 */
public final class SyntheticCustomers {

    private SyntheticCustomers() {}

    static String guid(int kind, int i, int j) {
        return String.format(
                "%08x-%04x-4%03x-8%03x-%012x", kind, j & 0xffff, (i >> 12) & 0xfff, i & 0xfff, (long) i * 16 + j);
    }

    public static void write(Path file, int customers, int subscriptions) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("""
                    managingTenantId: 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181
                    partnerId: "1234567"
                    pecAutomationAccount:
                      principalId: 3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f
                      displayName: PEC Automation Account
                      role: Contributor
                    principals:
                      tier1:     { principalId: 0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e, displayName: Tier 1 Support, type: Group }
                      tier2:     { principalId: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d, displayName: Tier 2 Engineers, type: Group }
                      approvers: { principalId: 2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f, displayName: PIM Approvers, type: Group }
                    offers:
                      standard:
                        name: Contoso Managed Services
                        authorizations:
                          - { principal: tier1, role: Reader }
                          - { principal: tier1, role: Managed Services Registration assignment Delete Role }
                          - { principal: tier2, role: Reader }
                        eligibleAuthorizations:
                          - { principal: tier2, role: Contributor, maximumActivationDuration: PT4H, multiFactorAuth: true, approvers: [approvers] }
                      security:
                        name: Contoso Security Operations
                        authorizations:
                          - { principal: tier1, role: Security Reader }
                          - { principal: tier1, role: Managed Services Registration assignment Delete Role }
                    customers:
                    """);
            for (int i = 0; i < customers; i++) {
                w.write("  - id: customer-" + i + "\n");
                w.write("    name: Customer " + i + "\n");
                w.write("    tenantId: " + guid(1, i, 0) + "\n");
                w.write("    offers: [" + (i % 2 == 0 ? "standard" : "security") + "]\n");
                w.write("    subscriptions:\n");
                for (int j = 0; j < subscriptions; j++) {
                    w.write("      - subscriptionId: " + guid(2, i, j) + "\n");
                    if (j % 2 == 1) {
                        w.write("        resourceGroups: [rg-web, rg-data]\n");
                    }
                }
            }
        }
    }
}
