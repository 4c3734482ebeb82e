package io.github.azlighthouse.parallel;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent work items on several threads and hands the results back in the items' order,
 * with a bounded number in flight: output is the same as a sequential run's, and memory does not grow
 * with the number of items. A fresh pool per call, so nothing is shared between builds.
 */
public final class InOrder {

    /** Work on one item; may throw I/O errors, which reach the caller unchanged. */
    @FunctionalInterface
    public interface Work<T, R> {
        R apply(T item) throws IOException;
    }

    /** Receives results in item order, on the calling thread. */
    @FunctionalInterface
    public interface Sink<R> {
        void accept(R result) throws IOException;
    }

    private static final int IN_FLIGHT_PER_THREAD = 16;

    private InOrder() {}

    /**
     * Applies {@code work} to every item and hands the results to {@code sink} in the items' order.
     *
     * @param threads worker threads; 0 = one per core
     */
    public static <T, R> void run(Iterator<T> items, int threads, String name, Work<T, R> work, Sink<R> sink)
            throws IOException {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            while (items.hasNext() || !inFlight.isEmpty()) {
                while (items.hasNext() && inFlight.size() < n * IN_FLIGHT_PER_THREAD) {
                    T item = items.next();
                    inFlight.add(pool.submit(() -> work.apply(item)));
                }
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
