package io.github.azlighthouse.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {

    @Test
    void resultsComeInItemOrderEvenWhenLaterItemsFinishFirst() throws IOException {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        InOrder.run(
                items.iterator(),
                4,
                "test",
                i -> {
                    try {
                        Thread.sleep((200 - i) % 7); // earlier items tend to take longer
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return i * 2;
                },
                seen::add);
        assertThat(seen).isEqualTo(items.stream().map(i -> i * 2).toList());
    }

    @Test
    void inFlightWorkIsBounded() throws IOException {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        List<Integer> maxAhead = new ArrayList<>();
        int[] consumed = {0};
        InOrder.run(
                IntStream.range(0, 500).boxed().iterator(),
                2,
                "test",
                i -> {
                    started.incrementAndGet();
                    running.incrementAndGet();
                    running.decrementAndGet();
                    return i;
                },
                i -> {
                    consumed[0]++;
                    maxAhead.add(started.get() - consumed[0]);
                });
        assertThat(consumed[0]).isEqualTo(500);
        assertThat(maxAhead.stream().mapToInt(Integer::intValue).max().orElse(0))
                .isLessThanOrEqualTo(2 * 16);
    }

    @Test
    void anIoErrorReachesTheCallerUnchanged() {
        assertThatThrownBy(() -> InOrder.run(
                        List.of(1, 2, 3).iterator(),
                        2,
                        "test",
                        i -> {
                            if (i == 2) {
                                throw new IOException("disk full at " + i);
                            }
                            return i;
                        },
                        i -> {}))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full at 2");
    }
}
