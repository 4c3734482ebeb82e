package io.github.azlighthouse.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Receives a run's checked customers, in list order, and writes files of its own into the output (the
 * Mojo wires the access review here). Called on the run's thread; a listener holds one customer at a time
 * if it wants memory to stay flat. A run may start more than once (a second pass over the customer list);
 * each start follows a close.
 */
public interface GenerateListener extends AutoCloseable {

    /** A listener that writes nothing. */
    GenerateListener NONE = new GenerateListener() {
        @Override
        public List<String> files() {
            return List.of();
        }

        @Override
        public void start(Path staging, RunSummary header) {}

        @Override
        public void customer(CustomerResult customer) {}

        @Override
        public void finish() {}

        @Override
        public void close() {}
    };

    /** The files it writes, relative to the output directory; the summary lists them after the customers' files. */
    List<String> files();

    /**
     * The customer list's header passed its checks; {@code header} is the summary without customers and
     * totals. Files go into {@code staging}, which becomes the output only if every customer passes.
     */
    void start(Path staging, RunSummary header) throws IOException;

    /** One customer, in list order, while nothing has failed (once something fails, nothing is written). */
    void customer(CustomerResult customer) throws IOException;

    /** Every customer passed: finish the files now, before the output is moved into place. */
    void finish() throws IOException;

    /** The run is over (finished or not): drop whatever is left. */
    @Override
    void close() throws IOException;
}
