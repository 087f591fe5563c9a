package zonesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Results reach the consumer in index order, at most a window of them waiting, and the first failure wins. */
class OrderedTasksTest {

    @Test
    void consumerSeesIndexOrderWhateverTheFinishingOrder() {
        List<Integer> seen = new ArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostTaken = new AtomicInteger();
        int window = 5;
        OrderedTasks.run(200, 4, window, i -> {
            mostTaken.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep((i * 7919) % 5); // later indices often finish first
            return i * 10;
        }, (i, r) -> {
            assertEquals(i * 10, r);
            seen.add(i);
            running.decrementAndGet();
        });
        assertEquals(200, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i));
        }
        // a task is taken only with a permit, given back once its result is consumed
        assertTrue(mostTaken.get() <= window, "taken but not consumed: " + mostTaken.get());
    }

    @Test
    void theFirstFailureIsRethrownAndStopsTheRest() {
        AtomicInteger started = new AtomicInteger();
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                OrderedTasks.run(100_000, 2, 4, i -> {
                    started.incrementAndGet();
                    if (i == 3) {
                        throw new IllegalStateException("task 3 failed");
                    }
                    return i;
                }, (i, r) -> { }));
        assertEquals("task 3 failed", e.getMessage());
        assertTrue(started.get() < 100_000, "every task ran after the failure");
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
