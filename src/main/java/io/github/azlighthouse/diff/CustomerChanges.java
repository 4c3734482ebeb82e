package io.github.azlighthouse.diff;

import java.util.List;

/**
 * The changes of one customer (or, with a null {@code customer}, of the list as a whole), in a stable order.
 *
 * @param name the customer's display name, when known
 */
public record CustomerChanges(String customer, String name, List<Change> changes) {

    /** {@code fabrikam (Fabrikam Ltd)}, or the id alone. */
    public String title() {
        if (customer == null) {
            return "all customers";
        }
        return name == null || name.equals(customer) ? customer : customer + " (" + name + ")";
    }
}
