package io.github.azlighthouse.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleCatalogTest {

    static final RoleCatalog BUNDLED = RoleCatalog.bundled();
    static final Path SHARED = Path.of(System.getProperty("lighthouse.shared", "../shared"));

    @Test
    void bundledCatalogHoldsTheDerivationsTheRulesNeed() {
        assertThat(BUNDLED.roles()).hasSize(928);
        assertThat(BUNDLED.asOf()).isEqualTo(LocalDate.of(2026, 8, 22));
        assertThat(BUNDLED.roles().stream().filter(Role::isSupported)).hasSize(578);
        assertThat(BUNDLED.roles().stream().filter(Role::earnsPec)).hasSize(71);
        assertThat(BUNDLED.roles().stream().filter(r -> !r.restrictedActions().isEmpty()))
                .hasSize(34);
        assertThat(BUNDLED.roles().stream().filter(r -> r.isSupported() && r.includesReader()))
                .hasSize(12);
        assertThat(BUNDLED.roles().stream().filter(Role::dataActionsChangedRecently))
                .hasSize(4);
        assertThat(BUNDLED.roles().stream().filter(Role::allActions).map(Role::name))
                .containsExactlyInAnyOrder("Owner", "Contributor");
    }

    @Test
    void theBundledFingerprintIsTheResourcesChecksumAndStable() throws Exception {
        byte[] bytes;
        try (var in = RoleCatalog.class.getResourceAsStream(RoleCatalog.BUNDLED_RESOURCE)) {
            bytes = in.readAllBytes();
        }
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        assertThat(RoleCatalog.bundledFingerprint())
                .isEqualTo("bundled:" + bytes.length + ":" + Long.toHexString(crc.getValue()))
                .isEqualTo(RoleCatalog.bundledFingerprint());
    }

    @Test
    void wellKnownRolesHaveTheirFacts() {
        Role contributor = BUNDLED.byName("contributor").orElseThrow();
        assertThat(contributor.id()).isEqualTo("b24988ac-6180-42a0-ab88-20f7382dd24c");
        assertThat(contributor.earnsPec()).isTrue();
        assertThat(contributor.includesReader()).isTrue();
        Role reader = BUNDLED.byId(Role.READER).orElseThrow();
        assertThat(reader.isSupported()).isTrue();
        assertThat(reader.earnsPec()).isFalse();
        assertThat(BUNDLED.byId(Role.OWNER).orElseThrow().support()).isEqualTo(Role.Support.OWNER);
        assertThat(BUNDLED.byId(Role.USER_ACCESS_ADMINISTRATOR).orElseThrow().support())
                .isEqualTo(Role.Support.LIMITED);
        assertThat(BUNDLED.byId(Role.REGISTRATION_DELETE).orElseThrow().isSupported())
                .isTrue();
        assertThat(BUNDLED.byName("Log Analytics Contributor").orElseThrow().support())
                .isEqualTo(Role.Support.DATA_ACTIONS);
        assertThat(BUNDLED.byName("Log Analytics Reader").orElseThrow().includesReader())
                .isFalse();
        assertThat(BUNDLED.byId("360CAB3D-4340-4C96-816D-682FBD52B3E2")
                        .orElseThrow()
                        .isSupported())
                .isFalse();
        assertThat(BUNDLED.byName("Role Based Access Control Administrator")
                        .orElseThrow()
                        .support())
                .isEqualTo(Role.Support.RESTRICTED_ACTIONS);
    }

    @Test
    void suggestsNearbyNames() {
        assertThat(BUNDLED.suggest("Contributer", 1)).containsExactly("Contributor");
        assertThat(BUNDLED.suggest("zzzzzzzzzzzzzzzzzzzzzzzzzz", 3)).isEmpty();
    }

    @Test
    void importerDerivesFlagsFromASmallExport(@TempDir Path dir) throws IOException {
        String export = """
                [{"name": "AAAAAAAA-0000-4000-8000-000000000001", "roleName": "Reads Everything",
                  "updatedOn": "2026-01-02T00:00:00+00:00",
                  "permissions": [{"actions": ["*/read"], "notActions": [], "dataActions": [], "notDataActions": []}]},
                 {"name": "aaaaaaaa-0000-4000-8000-000000000002", "roleName": "Locks It",
                  "updatedOn": "2026-03-04T00:00:00+00:00",
                  "permissions": [{"actions": ["Microsoft.Authorization/LOCKS/write"], "notActions": []},
                                  {"actions": [], "dataActions": ["x/y"]}]},
                 {"name": "aaaaaaaa-0000-4000-8000-000000000003", "roleName": "Reads Less",
                  "permissions": [{"actions": ["*"], "notActions": ["Microsoft.Web/*"], "notDataActions": ["z"]}]}]
                """;
        String pec = """
                {"roles": [{"id": "aaaaaaaa-0000-4000-8000-000000000001", "pecEligible": true},
                           {"id": "aaaaaaaa-0000-4000-8000-000000000003", "pecEligible": false}]}
                """;
        Files.writeString(dir.resolve("export.json"), export);
        Files.writeString(dir.resolve("pec.json"), pec);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = RoleCatalogImporter.run(
                new String[] {
                    "--export",
                    dir.resolve("export.json").toString(),
                    "--pec",
                    dir.resolve("pec.json").toString(),
                    "--out",
                    dir.resolve("catalog.json").toString(),
                    "--changed-recently",
                    "AAAAAAAA-0000-4000-8000-000000000002"
                },
                new PrintStream(out),
                System.err);
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 roles as of 2026-03-04, 1 Lighthouse-supported");
        RoleCatalog c = RoleCatalog.load(dir.resolve("catalog.json"), BUNDLED);
        Role everything = c.byName("reads everything").orElseThrow();
        assertThat(everything.id()).isEqualTo("aaaaaaaa-0000-4000-8000-000000000001");
        assertThat(everything.includesReader()).isTrue();
        assertThat(everything.earnsPec()).isTrue();
        Role locks = c.byName("Locks It").orElseThrow();
        assertThat(locks.restrictedActions()).containsExactly("Microsoft.Authorization/LOCKS/write");
        assertThat(locks.hasDataActions()).isTrue();
        assertThat(locks.dataActionsChangedRecently()).isTrue();
        Role less = c.byName("Reads Less").orElseThrow();
        assertThat(less.includesReader()).isFalse();
        assertThat(less.hasNotDataActions()).isTrue();
        assertThat(less.pecEligible()).isFalse();
        assertThat(less.allActions()).isTrue();
        assertThat(everything.allActions()).isFalse();
    }

    @Test
    void importerRefusesMissingArguments() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(RoleCatalogImporter.run(new String[] {"--export", "x"}, System.out, new PrintStream(err)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: RoleCatalogImporter");
    }

    @Test
    void aRawExportLoadsAsACatalogWithBundledPecFlags(@TempDir Path dir) throws IOException {
        String export = """
                [{"name": "b24988ac-6180-42a0-ab88-20f7382dd24c", "roleName": "Contributor",
                  "permissions": [{"actions": ["*"], "notActions": ["Microsoft.Authorization/*/Write"]}]},
                 {"name": "92aaf0da-9dab-42b6-94a3-d43ce8d16293", "roleName": "Log Analytics Contributor",
                  "permissions": [{"actions": ["*/read"]}]}]
                """;
        Files.writeString(dir.resolve("export.json"), export);
        RoleCatalog c = RoleCatalog.load(dir.resolve("export.json"), BUNDLED);
        assertThat(c.byName("Contributor").orElseThrow().earnsPec()).isTrue();
        Role la = c.byName("Log Analytics Contributor").orElseThrow();
        assertThat(la.hasDataActions()).isFalse();
        assertThat(la.dataActionsChangedRecently())
                .as("differs from the bundled catalog")
                .isTrue();
    }

    /** The committed catalog is exactly what the importer makes of the raw inputs (when they are beside us). */
    @Test
    void committedCatalogIsReproducedByTheImporter(@TempDir Path dir) throws IOException {
        Path export = SHARED.resolve("data/azure-builtin-roles.full.json");
        Path pec = SHARED.resolve("data/pec-eligible-roles.json");
        if (!Files.isRegularFile(export) || !Files.isRegularFile(pec)) {
            System.out.println("SKIPPED committedCatalogIsReproducedByTheImporter: " + export + " is absent"
                    + " (../shared holds the raw role export only in the project's own checkout and CI)");
        }
        assumeTrue(Files.isRegularFile(export) && Files.isRegularFile(pec), "../shared/data absent");
        String committed;
        try (InputStream in = RoleCatalog.class.getResourceAsStream(RoleCatalog.BUNDLED_RESOURCE)) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String source = new ObjectMapper().readTree(committed).path("source").asText();
        Set<String> changed = Set.of(
                "92aaf0da-9dab-42b6-94a3-d43ce8d16293",
                "73c42c96-874c-492b-b04d-ab87d138a893",
                "c6c9b2d8-9a5e-4122-85e1-81612a046ab2",
                "cd50fd1f-0421-46f2-8cce-afc587dbcc77");
        RoleCatalog fresh = RoleExport.fromExport(
                new ObjectMapper().readTree(export.toFile()),
                RoleCatalogImporter.pecEligibleIds(new ObjectMapper().readTree(pec.toFile())),
                LocalDate.of(2026, 8, 22),
                changed,
                source);
        assertThat(RoleCatalogImporter.write(fresh)).isEqualTo(committed);
    }
}
