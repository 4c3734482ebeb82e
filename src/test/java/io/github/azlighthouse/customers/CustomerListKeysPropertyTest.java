package io.github.azlighthouse.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.Expected;
import io.github.azlighthouse.customers.CustomerList.Customer;
import io.github.azlighthouse.delegation.CustomerCollisions;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.DelegationPlanner;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The keys of issue 14 through the reader, on lists that are random or mutated where those keys are
 * ({@code subscriptions[].offers}, {@code customers[].principals}, {@code customers[].managementGroups}):
 * the reader gives a list or findings with places, never an exception; a list it accepts plans completely
 * (every principal resolved, every offer known), and the cross-customer check runs on it.
 */
class CustomerListKeysPropertyTest {

    static final String MSP = read(Expected.BASEDIR.resolve("src/test/resources/msp/customers.yaml"));
    static final String HEADER = MSP.substring(0, MSP.indexOf("customers:\n"));

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    final CustomerListReader reader = new CustomerListReader(new SourceParser());

    /** YAML values of every shape, the valid ones included. */
    @Provide
    Arbitrary<String> value() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "standard",
                        "backup",
                        "gold",
                        "Standard",
                        "",
                        "null",
                        "~",
                        "[]",
                        "{}",
                        "42",
                        "true",
                        "northwind-prod",
                        ".hidden",
                        "..",
                        "a/b",
                        "mg(1).x",
                        "\"quoted: yes\"",
                        "'single'",
                        "[standard]",
                        "{ principalId: 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d }",
                        "&anchor x",
                        "*anchor",
                        "|",
                        ">",
                        "- standard",
                        "tier1",
                        "dedicated",
                        "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f"),
                Arbitraries.strings()
                        .withCharRange(' ', '~')
                        .ofMaxLength(12)
                        .map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
                Arbitraries.strings()
                        .alpha()
                        .numeric()
                        .withChars("-_.()")
                        .ofMinLength(1)
                        .ofMaxLength(95));
    }

    @Provide
    Arbitrary<List<String>> values() {
        return value().list().ofMaxSize(4);
    }

    /** One customer's new keys: own offers of a subscription, principals, management groups (each may be absent). */
    record Keys(
            List<String> subscriptionOffers,
            List<String> principalKeys,
            List<String> principalValues,
            List<String> groups,
            boolean withSubscriptions) {}

    @Provide
    Arbitrary<Keys> keys() {
        return Arbitraries.frequencyOf(Tuple.of(1, validKeys()), Tuple.of(2, randomKeys()));
    }

    /** Keys a list accepts: known offers, the principal the offer needs, well-formed group IDs. */
    Arbitrary<Keys> validKeys() {
        Arbitrary<List<String>> offers =
                Arbitraries.of("standard", "backup").list().uniqueElements().ofMaxSize(2);
        Arbitrary<List<String>> groups = Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars("-_().")
                .ofMinLength(1)
                .ofMaxLength(20)
                .filter(g -> !g.startsWith("."))
                .list()
                .uniqueElements(g -> g.toLowerCase(Locale.ROOT))
                .ofMaxSize(2);
        String team = "{ principalId: 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d, displayName: Team, type: Group }";
        String own = "{ principalId: 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f, displayName: Own Tier 1 }";
        Arbitrary<Boolean> override = Arbitraries.of(true, false);
        return Combinators.combine(offers, override, groups, Arbitraries.of(true, false))
                .as((o, tier1, g, subs) -> new Keys(
                        o,
                        tier1 ? List.of("dedicated", "tier1") : List.of("dedicated"),
                        tier1 ? List.of(team, own) : List.of(team),
                        g,
                        subs || g.isEmpty()));
    }

    Arbitrary<Keys> randomKeys() {
        Arbitrary<List<String>> keyNames = Arbitraries.oneOf(
                        Arbitraries.of("dedicated", "tier1", "approvers", "Bad Key", "x"),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8))
                .list()
                .ofMaxSize(3);
        Arbitrary<List<String>> principals = Arbitraries.of(
                        "{ principalId: 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d, displayName: Team, type: Group }",
                        "{ principalId: 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d }",
                        "{ displayName: No Id }",
                        "{ principalId: not-a-guid, type: Robot }",
                        "{ principalId: 1, colour: blue }",
                        "Team",
                        "[]",
                        "null")
                .list()
                .ofMaxSize(3);
        return Combinators.combine(values(), keyNames, principals, values(), Arbitraries.of(true, false))
                .as(Keys::new);
    }

    static String flow(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    static String customer(Keys k) {
        StringBuilder c = new StringBuilder("""
                  - id: fabrikam
                    tenantId: 7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a
                    offers: [standard]
                """);
        if (!k.principalKeys().isEmpty()) {
            c.append("    principals:\n");
            for (int i = 0; i < k.principalKeys().size(); i++) {
                String value =
                        i < k.principalValues().size() ? k.principalValues().get(i) : "null";
                c.append("      ")
                        .append(k.principalKeys().get(i))
                        .append(": ")
                        .append(value)
                        .append('\n');
            }
        }
        if (k.withSubscriptions()) {
            c.append("    subscriptions:\n      - subscriptionId: 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b\n");
            if (!k.subscriptionOffers().isEmpty()) {
                c.append("        offers: ")
                        .append(flow(k.subscriptionOffers()))
                        .append('\n');
            }
        }
        if (!k.groups().isEmpty()) {
            c.append("    managementGroups: ").append(flow(k.groups())).append('\n');
        }
        return c.toString();
    }

    @Property(tries = 300)
    void randomNewKeysGiveAListOrFindingsNeverExceptions(@ForAll("keys") Keys first, @ForAll("keys") Keys second) {
        String yaml = HEADER + "customers:\n" + customer(first)
                + customer(second)
                        .replace("id: fabrikam", "id: contoso")
                        .replace("7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a", "a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d")
                        .replace("8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b", "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e");
        check(yaml);
        Statistics.coverage(c -> c.check(true).count(n -> n > 0)); // accepted lists are planned too
    }

    record Mutation(double where, int kind, int length, String snippet) {}

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(1, 30),
                        value())
                .as(Mutation::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3);
    }

    /** The provider's own list, mutated in its customers (where the new keys are): deleted, duplicated, replaced. */
    @Property(tries = 300)
    void mutatedListsGiveAListOrFindingsNeverExceptions(@ForAll("mutations") List<Mutation> mutations) {
        int start = MSP.indexOf("customers:\n");
        String text = MSP;
        for (Mutation m : mutations) {
            int at = start + (int) (m.where() * (text.length() - start));
            int end = Math.min(text.length(), at + m.length());
            text = switch (m.kind()) {
                case 0 -> text.substring(0, at) + text.substring(end);
                case 1 -> text.substring(0, end) + text.substring(at, end) + text.substring(end);
                default -> text.substring(0, at) + m.snippet() + text.substring(end);
            };
        }
        check(text);
        Statistics.coverage(c -> c.check(true).count(n -> n > 0));
    }

    private void check(String yaml) {
        CustomerListReader.Result r;
        List<Finding> collisions = new ArrayList<>();
        try {
            Path file = Files.createTempFile("customers", ".yaml");
            try {
                Files.writeString(file, yaml, StandardCharsets.UTF_8);
                r = reader.read(file, "customers.yaml");
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long lines = yaml.lines().count() + 1;
        for (Finding f : r.findings()) {
            assertThat(f.position().file()).isEqualTo("customers.yaml");
            assertThat(f.position().line()).isBetween(1, (int) lines);
            assertThat(f.message()).isNotBlank();
        }
        assertThat(r.ok()).isEqualTo(r.findings().isEmpty());
        Statistics.collect(r.ok());
        if (!r.ok()) {
            return;
        }
        DelegationPlanner planner = new DelegationPlanner(RoleCatalog.bundled());
        CustomerCollisions cross = new CustomerCollisions(RuleSet.defaults());
        for (Customer c : r.list().customers()) {
            collisions.addAll(cross.check(c));
            List<Delegation> all = new ArrayList<>();
            planner.plan(r.list(), c).forEach(all::addAll);
            planner.planManagementGroups(r.list(), c).forEach(all::addAll);
            assertThat(all).as("a customer delegates something").isNotEmpty();
            for (Delegation d : all) {
                d.authorizations()
                        .forEach(a -> assertThat(a.principalId().value())
                                .as("resolved principal")
                                .isNotNull());
                d.eligibleAuthorizations()
                        .forEach(e -> assertThat(e.principalId().value()).isNotNull());
                assertThat(d.viaManagementGroup()).isEqualTo(d.subscriptionId().value() == null);
            }
        }
        collisions.forEach(f -> assertThat(f.position().line()).isPositive());
    }
}
