package io.github.azlighthouse.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.audit.AuditRequest;
import io.github.azlighthouse.audit.AuditResult;
import io.github.azlighthouse.audit.Auditor;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The partner's collect-delegations scripts: rendered, linted, and run against a stand-in az. */
class CollectScriptsTest {

    static final String TENANT = "6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181";
    static final String SUB1 = "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b";
    static final String SUB2 = "9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c";

    @TempDir
    Path dir;

    Path script(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, CollectScripts.render(TENANT).get(name));
        Files.setPosixFilePermissions(
                file,
                EnumSet.of(
                        PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE));
        return file;
    }

    @Test
    void theManagingTenantIsFilledIn() {
        Map<String, String> scripts = CollectScripts.render(TENANT);
        assertThat(scripts).containsOnlyKeys("collect-delegations.sh", "collect-delegations.ps1");
        scripts.values()
                .forEach(s -> assertThat(s)
                        .doesNotContain("@MANAGING_TENANT_ID@")
                        .contains(TENANT)
                        .contains("api-version=")
                        .contains("$expandRegistrationDefinition=true")
                        .contains("$filter="));
    }

    @Test
    void theShellScriptPassesBashSyntaxCheckAndShellcheck() throws Exception {
        Path sh = script("collect-delegations.sh");
        Kits.Run syntax = Kits.run(dir, Map.of(), "bash", "-n", sh.toString());
        assertThat(syntax.status()).as(syntax.output()).isZero();
        boolean shellcheck =
                Kits.run(dir, Map.of(), "sh", "-c", "command -v shellcheck").status() == 0;
        assertThat(shellcheck || System.getenv("CI") == null)
                .as("CI must have shellcheck (.ci/run installs it)")
                .isTrue();
        if (shellcheck) {
            Kits.Run lint = Kits.run(dir, Map.of(), "shellcheck", sh.toString());
            assertThat(lint.status()).as(lint.output()).isZero();
        } else {
            System.out.println("SKIPPED shellcheck of collect-delegations.sh: shellcheck is not installed");
        }
    }

    /**
     * A stand-in az: records its calls; account list answers two delegated subscriptions; az rest answers the
     * first subscription in two pages (nextLink) and fails for the second.
     */
    Path fakeAz() throws Exception {
        Path bin = dir.resolve("bin");
        Files.createDirectories(bin);
        Path az = bin.resolve("az");
        Files.writeString(az, """
                #!/usr/bin/env bash
                printf '%s\\n' "$*" >> "$AZ_LOG"
                case "$1 $2" in
                  "account show") exit 0 ;;
                  "account list") printf '%s\\n%s\\n' "$SUB1" "$SUB2" ;;
                  "rest --method")
                    case "$*" in
                      *skipToken*) cat "$PAGES/page2.json" ;;
                      *"/subscriptions/$SUB1/"*) cat "$PAGES/page1.json" ;;
                      *) echo "ERROR: (AuthorizationFailed) stand-in" >&2; exit 1 ;;
                    esac ;;
                esac
                """);
        Files.setPosixFilePermissions(
                az,
                EnumSet.of(
                        PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE));
        Path pages = dir.resolve("pages");
        Files.createDirectories(pages);
        // as az prints JSON: indented, one key per line
        Files.writeString(
                pages.resolve("page1.json"),
                "{\n  \"nextLink\": \"https://management.azure.com/subscriptions/" + SUB1
                        + "/providers/Microsoft.ManagedServices/registrationAssignments?api-version=2022-10-01&$skipToken=p2\",\n"
                        + "  \"value\": [\n" + assignment("d1", "Contoso Managed Services") + "\n  ]\n}\n");
        Files.writeString(
                pages.resolve("page2.json"),
                "{\n  \"value\": [\n" + assignment("d2", "Contoso Security") + "\n  ]\n}\n");
        return bin;
    }

    static String assignment(String definition, String offer) {
        return "{\"id\": \"/subscriptions/" + SUB1 + "/providers/Microsoft.ManagedServices/registrationAssignments/a-"
                + definition
                + "\", \"properties\": {\"provisioningState\": \"Succeeded\", \"registrationDefinition\": {\"name\": \""
                + definition + "\", \"properties\": {\"registrationDefinitionName\": \"" + offer
                + "\", \"managedByTenantId\": \""
                + TENANT + "\", \"authorizations\": [{\"principalId\": \"3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f\","
                + " \"principalIdDisplayName\": \"PEC\", \"roleDefinitionId\": \"b24988ac-6180-42a0-ab88-20f7382dd24c\"}]}}}}";
    }

    @Test
    void itSavesOneFilePerSubscriptionFollowingNextLinkAndGoesOnAfterAFailure() throws Exception {
        Path sh = script("collect-delegations.sh");
        Path log = dir.resolve("az.log");
        Kits.Run r = Kits.run(
                dir,
                Map.of(
                        "PATH",
                        fakeAz() + ":" + System.getenv("PATH"),
                        "AZ_LOG",
                        log.toString(),
                        "SUB1",
                        SUB1,
                        "SUB2",
                        SUB2,
                        "PAGES",
                        dir.resolve("pages").toString()),
                sh.toString(),
                "out dir");
        assertThat(r.status()).as(r.output()).isEqualTo(1);
        assertThat(r.output())
                .contains(
                        "could not read the delegations of subscription " + SUB2,
                        "Saved the delegations of 1 of 2 subscriptions in out dir/.",
                        "collect-delegations.sh: 1 subscription(s) could not be read; the others are saved");
        List<String> calls = Files.readAllLines(log);
        String query = "?api-version=2022-10-01&$expandRegistrationDefinition=true&$filter=managedByTenantId%20eq%20%27"
                + TENANT + "%27";
        assertThat(calls)
                .containsExactly(
                        "account show --output none",
                        "account list --all --query [?homeTenantId != tenantId && tenantId == '" + TENANT
                                + "'].id --output tsv",
                        "rest --method get --url https://management.azure.com/subscriptions/" + SUB1
                                + "/providers/Microsoft.ManagedServices/registrationAssignments" + query
                                + " --output json",
                        "rest --method get --url https://management.azure.com/subscriptions/" + SUB1
                                + "/providers/Microsoft.ManagedServices/registrationAssignments?api-version=2022-10-01&$skipToken=p2"
                                + " --output json",
                        "rest --method get --url https://management.azure.com/subscriptions/" + SUB2
                                + "/providers/Microsoft.ManagedServices/registrationAssignments" + query
                                + " --output json");
        Path out = dir.resolve("out dir");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(SUB1 + ".json", SUB1 + ".page-2.json");
        }
        // what it saved is what lighthouse:audit reads
        AuditResult audit = new Auditor()
                .run(new AuditRequest(
                        List.of(out),
                        List.of(),
                        dir,
                        null,
                        "3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f",
                        TENANT,
                        RoleCatalog.bundled(),
                        RuleSet.defaults(),
                        LocalDate.of(2026, 11, 24),
                        180,
                        0.15));
        assertThat(audit.general()).isEmpty();
        assertThat(audit.subscriptions()).singleElement().satisfies(s -> {
            assertThat(s.delegations()).hasSize(2);
            assertThat(s.pecGate()).isEqualTo("ok");
        });
    }

    @Test
    void thePowerShellScriptIsBalancedAndQuotesItsODataOptions() {
        // No PowerShell here: .ci/run parses it with tree-sitter's PowerShell grammar (src/test/powershell).
        // This checks what a parser would reject first: unbalanced braces, parentheses and quotes.
        String ps1 = CollectScripts.render(TENANT).get("collect-delegations.ps1");
        Deque<Character> open = new ArrayDeque<>();
        boolean single = false;
        boolean dbl = false;
        for (String line : ps1.split("\n", 0)) {
            if (!single && !dbl && line.trim().startsWith("#")) {
                continue;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\'' && !dbl) {
                    single = !single;
                } else if (c == '"' && !single) {
                    dbl = !dbl;
                } else if (!single && !dbl && "({[".indexOf(c) >= 0) {
                    open.push(c);
                } else if (!single && !dbl && ")}]".indexOf(c) >= 0) {
                    assertThat(open).as("closing " + c + " in: " + line).isNotEmpty();
                    assertThat("({[".indexOf(open.pop())).as(line).isEqualTo(")}]".indexOf(c));
                }
            }
            assertThat(single || dbl)
                    .as("string left open at the end of: " + line)
                    .isFalse();
        }
        assertThat(open).isEmpty();
        assertThat(ps1)
                .contains(
                        "'&$expandRegistrationDefinition=true&$filter='",
                        "Invoke-AzRestMethod -Method GET -Path $path",
                        "$_.HomeTenantId -ne $_.TenantId",
                        "$ErrorActionPreference = 'Stop'");
    }
}
