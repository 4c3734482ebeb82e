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
 * A customer list as the baseline (the target branch's, written out with {@code git show}): streamed one customer
 * at a time and planned exactly as the current list is, so both sides are compared as resolved delegations.
 */
final class ListBaseline {

    private ListBaseline() {
    }

    static void read(Path file, String shown, CustomerListReader reader, DelegationPlanner planner, BaselineIndex index)
            throws IOException {
        for (boolean headerFirst : new boolean[] {false, true}) {
            try (CustomerStream stream = reader.open(file, shown, headerFirst)) {
                index.findings().addAll(stream.headerFindings());
                CustomerList list = stream.header();
                if (list != null) {
                    index.managingTenantId(list.managingTenantId().value());
                    index.pecPrincipalId(list.pecAutomationAccount().principal().principalId().value());
                }
                while (stream.hasNext()) {
                    CustomerStream.Entry e = stream.next();
                    index.findings().addAll(e.findings());
                    if (e.customer() != null && list != null) {
                        index.add(state(list, e.customer(), planner));
                    }
                }
                if (!stream.mustReadAgain()) {
                    index.findings().addAll(stream.endFindings());
                    return;
                }
                index.reset(); // keys follow 'customers': read it again, header first
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /** A customer of a list as its resolved delegations. */
    static CustomerState state(CustomerList list, CustomerList.Customer customer, DelegationPlanner planner) {
        List<Delegation> delegations = planner.plan(list, customer).stream().flatMap(List::stream).toList();
        return CustomerState.of(customer.id().value(), customer.name(), customer.tenantId().value(), delegations);
    }
}
