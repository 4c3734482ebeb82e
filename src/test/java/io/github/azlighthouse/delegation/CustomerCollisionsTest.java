package io.github.azlighthouse.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.customers.CustomerList.Customer;
import io.github.azlighthouse.customers.CustomerList.Subscription;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerCollisionsTest {

    int line = 1;

    Customer customer(String id, String... subscriptions) {
        List<Subscription> subs = new ArrayList<>();
        int at = line;
        for (String s : subscriptions) {
            line++;
            subs.add(new Subscription(
                    new Located(s, new Position("c.yaml", line, 23)), List.of(), new Position("c.yaml", line, 7)));
        }
        line++;
        return new Customer(
                new Located(id, new Position("c.yaml", at, 9)),
                id,
                new Located("7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a", new Position("c.yaml", at, 9)),
                List.of(),
                subs,
                new Position("c.yaml", at, 5));
    }

    static List<String> lines(List<Finding> findings) {
        return findings.stream().map(Finding::toString).toList();
    }

    @Test
    void distinctCustomersAndSubscriptionsAreQuietEvenByTheTenThousand() {
        CustomerCollisions c = new CustomerCollisions(RuleSet.defaults());
        for (int i = 0; i < 10_000; i++) {
            assertThat(c.check(customer(
                            "c" + i,
                            String.format("8e9f0a1b-2c3d-4e4f-9a5b-%012d", 2 * i),
                            String.format("8e9f0a1b-2c3d-4e4f-9a5b-%012d", 2 * i + 1))))
                    .isEmpty();
        }
        // the tables grew many times; what was added first is still found
        assertThat(lines(c.check(customer("c0", "8e9f0a1b-2c3d-4e4f-9a5b-999999999999"))))
                .containsExactly(
                        "c.yaml:30001:9: error [offer-collision] customer 'c0': customer id 'c0' is used twice (first at line 1); ids name"
                                + " output directories and must be unique");
        assertThat(lines(c.check(customer("late", "8E9F0A1B-2C3D-4E4F-9A5B-000000019999"))))
                .containsExactly(
                        "c.yaml:30004:23: error [offer-collision] customer 'late', subscription 8E9F0A1B-2C3D-4E4F-9A5B-000000019999:"
                                + " subscription 8E9F0A1B-2C3D-4E4F-9A5B-000000019999 is listed"
                                + " also under customer 'c9999'; a subscription belongs to one customer entry: list it once,"
                                + " with all its offers");
    }

    @Test
    void aSubscriptionTwiceUnderOneCustomerSaysSo() {
        CustomerCollisions c = new CustomerCollisions(RuleSet.defaults());
        assertThat(lines(c.check(
                        customer("a", "8e9f0a1b-2c3d-4e4f-9a5b-000000000001", "8e9f0a1b-2c3d-4e4f-9a5b-000000000001"))))
                .singleElement()
                .asString()
                .endsWith(": subscription 8e9f0a1b-2c3d-4e4f-9a5b-000000000001 is listed twice under this customer; a"
                        + " subscription belongs to one customer entry: list it once, with all its offers")
                .startsWith("c.yaml:3:23: error [offer-collision] customer 'a', subscription");
    }

    @Test
    void subscriptionIdsThatAreNotGuidsAreComparedAsText() {
        CustomerCollisions c = new CustomerCollisions(RuleSet.defaults());
        assertThat(c.check(customer("a", "not-a-guid"))).isEmpty();
        assertThat(lines(c.check(customer("b", "NOT-A-GUID"))))
                .singleElement()
                .asString()
                .contains("is listed also under customer 'a'");
    }

    @Test
    void offWhenTheRuleIsSwitchedOff() {
        CustomerCollisions c = new CustomerCollisions(
                RuleSet.defaults().configure(Map.of("offer-collision", "off"), new ArrayList<>()));
        c.check(customer("a", "8e9f0a1b-2c3d-4e4f-9a5b-000000000001"));
        assertThat(c.check(customer("a", "8e9f0a1b-2c3d-4e4f-9a5b-000000000001")))
                .isEmpty();
    }
}
