package io.github.azlighthouse.report;

import io.github.azlighthouse.generate.CustomerResult;
import io.github.azlighthouse.generate.GenerateListener;
import io.github.azlighthouse.generate.RunSummary;
import io.github.azlighthouse.roles.RoleCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The access review as a {@code generate} listener: {@link AccessReport} gets each checked customer as the
 * run streams them, and writes {@code report.html} and {@code report.md} into the output.
 */
public final class AccessReview implements GenerateListener {

    private final RoleCatalog catalog;
    private AccessReport report;
    private RunSummary header;

    public AccessReview(RoleCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<String> files() {
        return List.of(AccessReport.HTML, AccessReport.MARKDOWN);
    }

    @Override
    public void start(Path staging, RunSummary header) throws IOException {
        close();
        this.header = header;
        this.report = new AccessReport(staging, catalog);
    }

    @Override
    public void customer(CustomerResult customer) throws IOException {
        report.add(customer.customerId(), customer.customerName(), customer.delegations(), customer.findings());
    }

    @Override
    public void finish() throws IOException {
        report.finish(
                header.managingTenantId(),
                header.pluginVersion(),
                header.pecGateDisabled() == null ? List.of() : header.pecGateDisabled());
    }

    @Override
    public void close() {
        if (report != null) {
            report.close();
            report = null;
        }
    }
}
