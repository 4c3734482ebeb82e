package io.github.azlighthouse.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.azlighthouse.arm.TemplateReader;
import io.github.azlighthouse.arm.TemplateSchemas;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleContext;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.SourceDocument;
import io.github.azlighthouse.source.SourceParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What {@link CleanPairs} relies on: renaming a pair's GUIDs (equal ones to equal ones, built-in roles and
 * the placeholder left alone) changes neither the check's verdict nor the pair's key, on every fidelity
 * fixture (real-world template shapes) with random new GUIDs. And a template that looks inside a GUID is
 * never value-blind, so it is never taken for another.
 */
class CleanPairsPropertyTest {

    static final Path FIXTURES =
            Path.of(System.getProperty("lighthouse.basedir", ".")).resolve("src/test/resources/fidelity");
    static final Pattern GUID = Pattern.compile(
            "(?<![0-9A-Za-z])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9A-Za-z])");
    static final String PEC = "3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f";
    static final String MANAGING = "6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181";
    static final String SUBSCRIPTION = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d";
    static final RoleCatalog CATALOG = RoleCatalog.bundled();

    final TemplateCheck check = new TemplateCheck(new TemplateSchemas());
    final SourceParser parser = new SourceParser();

    /** A template and its parameter file (or null), as text. */
    record Pair(String name, String template, String parameters) {}

    @Provide
    Arbitrary<Pair> pairs() throws Exception {
        List<Pair> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            for (Path dir : dirs.sorted().toList()) {
                List<Path> files;
                try (Stream<Path> s = Files.list(dir)) {
                    files = s.sorted().toList();
                }
                for (Path t : files) {
                    if (t.getFileName().toString().contains("parameters")) {
                        continue;
                    }
                    String stem = t.getFileName().toString().replace(".json", "");
                    List<Path> params = files.stream()
                            .filter(p -> p.getFileName().toString().startsWith(stem + ".")
                                    && p.getFileName().toString().endsWith("parameters.json"))
                            .toList();
                    if (params.isEmpty()) {
                        out.add(new Pair(dir.getFileName() + "/" + t.getFileName(), Files.readString(t), null));
                    }
                    for (Path p : params) {
                        out.add(new Pair(
                                dir.getFileName() + "/" + p.getFileName(), Files.readString(t), Files.readString(p)));
                    }
                }
            }
        }
        return Arbitraries.of(out);
    }

    @Property(tries = 200)
    void renamingGuidsKeepsTheVerdictAndTheKey(@ForAll("pairs") Pair pair, @ForAll long seed) throws Exception {
        Map<String, String> renaming = new HashMap<>();
        Random random = new Random(seed);
        Pair renamed = new Pair(
                pair.name(),
                rename(pair.template(), renaming, random),
                pair.parameters() == null ? null : rename(pair.parameters(), renaming, random));
        String[] context = {PEC, MANAGING, SUBSCRIPTION};
        String[] renamedContext = {
            rename(PEC, renaming, random), rename(MANAGING, renaming, random), rename(SUBSCRIPTION, renaming, random)
        };
        TemplateCheck.Result before = check(pair, context);
        TemplateCheck.Result after = check(renamed, renamedContext);
        assertEquals(before.valueBlind(), after.valueBlind(), pair.name());
        assertEquals(ruleIds(before), ruleIds(after), pair.name());
        CleanPairs clean = new CleanPairs(CATALOG);
        assertEquals(key(clean, pair, context), key(clean, renamed, renamedContext), pair.name());
    }

    @Example
    void mostFixturesAreCleanAndValueBlindOnceThePecAccountIsThere() throws Exception {
        long blindAndClean = pairs().allValues()
                .orElseThrow()
                .filter(p -> {
                    try {
                        TemplateCheck.Result r = check(p, new String[] {PEC, MANAGING, SUBSCRIPTION});
                        return r.valueBlind() && r.findings().stream().noneMatch(Finding::isError);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
        assertTrue(blindAndClean >= 5, "the property above must cover clean, cacheable pairs: " + blindAndClean);
    }

    @Example
    void aTemplateThatLooksInsideAGuidIsNeverValueBlind() throws Exception {
        String template = """
                {"$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "parameters": {"p": {"type": "string", "defaultValue": "%s"}},
                 "resources": [{"type": "Microsoft.ManagedServices/registrationDefinitions", "apiVersion": "2022-10-01",
                   "name": "%s",
                   "properties": {"registrationDefinitionName": "x", "managedByTenantId": "%s",
                     "authorizations": [{"principalId": "%s", "principalIdDisplayName": "PEC",
                       "roleDefinitionId": "[if(startsWith(parameters('p'), 'a'), '%s', '%s')]"}]}}]}
                """;
        String contributor = "b24988ac-6180-42a0-ab88-20f7382dd24c";
        String reader = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
        String name = "11111111-2222-4333-8444-555555555555";
        Pair starting = new Pair(
                "a",
                String.format(Locale.ROOT, template, "a" + PEC.substring(1), name, MANAGING, PEC, contributor, reader),
                null);
        Pair other = new Pair(
                "b",
                String.format(Locale.ROOT, template, "b" + PEC.substring(1), name, MANAGING, PEC, contributor, reader),
                null);
        String[] context = {PEC, MANAGING, SUBSCRIPTION};
        TemplateCheck.Result a = check(starting, context);
        TemplateCheck.Result b = check(other, context);
        assertFalse(a.valueBlind());
        assertNotEquals(ruleIds(a), ruleIds(b), "the verdict depends on the GUID's first letter");
        CleanPairs clean = new CleanPairs(CATALOG);
        assertEquals(key(clean, starting, context), key(clean, other, context), "same text up to the GUID");
    }

    TemplateCheck.Result check(Pair pair, String[] context) throws Exception {
        SourceDocument t = parse(pair.template(), "t.json");
        SourceDocument p = pair.parameters() == null ? null : parse(pair.parameters(), "t.parameters.json");
        return check.check(
                t,
                p,
                new TemplateReader.Context(context[0], "customer", null, context[2]),
                RuleSet.defaults(),
                new RuleContext(CATALOG, LocalDate.of(2026, 11, 24), 180, context[1]),
                false);
    }

    SourceDocument parse(String text, String name) throws Exception {
        return parser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, name);
    }

    static CleanPairs.Key key(CleanPairs clean, Pair pair, String[] context) {
        return clean.key(
                pair.template().getBytes(StandardCharsets.UTF_8),
                pair.parameters() == null ? null : pair.parameters().getBytes(StandardCharsets.UTF_8),
                context[0],
                null,
                context[2],
                null,
                context[1]);
    }

    static List<String> ruleIds(TemplateCheck.Result r) {
        return r.findings().stream().map(Finding::ruleId).sorted().toList();
    }

    /** Every lower-case GUID that is no built-in role and not all zero, replaced by a random one, consistently. */
    static String rename(String text, Map<String, String> renaming, Random random) {
        Matcher m = GUID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String g = m.group();
            String to = g.equals("00000000-0000-0000-0000-000000000000")
                            || CATALOG.byId(g).isPresent()
                    ? g
                    : renaming.computeIfAbsent(g, k -> new UUID(random.nextLong(), random.nextLong()).toString());
            m.appendReplacement(out, to);
        }
        m.appendTail(out);
        return out.toString();
    }
}
