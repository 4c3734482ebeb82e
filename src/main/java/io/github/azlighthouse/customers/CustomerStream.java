package io.github.azlighthouse.customers;

import io.github.azlighthouse.customers.CustomerList.Customer;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.source.SourceDocument;
import io.github.azlighthouse.source.StreamedDocument;
import io.github.azlighthouse.source.SyntaxError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A customer list being read one customer at a time (from {@link CustomerListReader#open}). The
 * header (tenant, PEC account, principals, offers) is read and checked first; each customer is
 * then schema-checked and mapped as it is reached, so memory holds one customer, not the list.
 * Iterate on one thread; I/O errors come out as {@link UncheckedIOException}.
 */
public final class CustomerStream implements Iterator<CustomerStream.Entry>, AutoCloseable {

    /** One customer: mapped when it is valid (and the header is), with the input problems found in it. */
    public record Entry(Customer customer, List<Finding> findings) {}

    private final CustomerListReader reader;
    private final StreamedDocument doc;
    private final CustomerList header;
    private final List<Finding> headerFindings;
    private final List<Finding> endFindings = new ArrayList<>();
    private final java.util.Set<String> received = new java.util.HashSet<>(); // offer keys some customer receives
    private Entry next;
    private boolean finished;
    private boolean readAgain;

    CustomerStream(CustomerListReader reader, StreamedDocument doc, CustomerList header, List<Finding> headerFindings) {
        this.reader = reader;
        this.doc = doc;
        this.header = header;
        this.headerFindings = List.copyOf(headerFindings);
        this.finished = doc == null;
    }

    /** Everything but the customers, or {@code null} when {@link #headerFindings()} has problems. */
    public CustomerList header() {
        return headerFindings.isEmpty() ? header : null;
    }

    /** Problems outside the customers (syntax, schema, references); customers are still checked after them. */
    public List<Finding> headerFindings() {
        return headerFindings;
    }

    /** After the last customer: problems of the list as a whole (no customers at all). */
    public List<Finding> endFindings() {
        return List.copyOf(endFindings);
    }

    /**
     * After the last customer: true when top-level keys followed the customers, so the customers were
     * read before all of the header was known. Discard what was done with them and open the list again
     * with {@code headerFirst}.
     */
    public boolean mustReadAgain() {
        return readAgain;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            advance();
        }
        return next != null;
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Entry e = next;
        next = null;
        return e;
    }

    private void advance() {
        try {
            SourceDocument element = doc.nextElement();
            if (element != null) {
                next = reader.customer(element, header, received);
                return;
            }
            finished = true;
            readAgain = !doc.lateKeys().isEmpty();
            if (!readAgain && doc.hasArray() && doc.count() == 0) {
                endFindings.add(CustomerListReader.invalid(
                        doc.header().keyPosition("", CustomerListReader.CUSTOMERS),
                        "'customers' is empty; list at least one customer"));
            }
            if (!readAgain && header() != null) {
                endFindings.addAll(CustomerListMapper.unused(header, received));
            }
        } catch (SyntaxError e) {
            finished = true; // nothing after a syntax error can be read reliably
            next = new Entry(null, List.of(CustomerListReader.invalid(e.position(), e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (doc != null) {
            doc.close();
        }
    }
}
