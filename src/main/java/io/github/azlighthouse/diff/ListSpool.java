package io.github.azlighthouse.diff;

import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.customers.CustomerStream;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.DelegationPlanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A customer list into a {@link Spool}: streamed one customer at a time and planned as {@code generate} plans it,
 * so both sides of a diff are resolved delegations. The current list and a customer-list baseline go this way
 * (each on its own thread); input problems go to the spool's findings.
 */
final class ListSpool {

    private ListSpool() {}

    /**
     * Reads {@code file} into {@code spool}. Returns the list's header (everything but the customers), or null when it
     * cannot be read. A customer id or subscription listed twice is left to {@code generate}, which refuses it: checking
     * it here would cost memory for every customer.
     */
    static CustomerList read(Path file, String shown, CustomerListReader reader, DelegationPlanner planner, Spool spool)
            throws IOException {
        for (boolean headerFirst : new boolean[] {false, true}) {
            try (CustomerStream stream = reader.open(file, shown, headerFirst)) {
                spool.findings().addAll(stream.headerFindings());
                CustomerList list = stream.header();
                if (list != null) {
                    spool.managingTenantId(list.managingTenantId().value());
                    spool.pecPrincipalId(list.pecAutomationAccount()
                            .principal()
                            .principalId()
                            .value());
                }
                while (stream.hasNext()) {
                    CustomerStream.Entry e = stream.next();
                    e.findings().forEach(f -> f.position().pin()); // the customer's part of the list can go
                    spool.findings().addAll(e.findings());
                    if (e.customer() != null && list != null) {
                        spool.add(state(list, e.customer(), planner));
                    }
                }
                if (!stream.mustReadAgain()) {
                    spool.findings().addAll(stream.endFindings());
                    return list;
                }
                spool.reset(); // keys follow 'customers': read it again, header first
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        throw new IllegalStateException("a list read header first is never read again");
    }

    /** A customer of a list as its resolved delegations. */
    static CustomerState state(CustomerList list, CustomerList.Customer customer, DelegationPlanner planner) {
        List<Delegation> delegations =
                planner.plan(list, customer).stream().flatMap(List::stream).toList();
        return CustomerState.of(
                customer.id().value(), customer.name(), customer.tenantId().value(), delegations);
    }
}
