package zonesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The background writer of per-replication records: same rows, same order, failures not lost. */
class BackgroundWriterTest {

    /**
     * 10 x CAPACITY records through a slow target: after close every one has been written,
     * in the order given. Bugs caught: close returning before the queue is drained (rows
     * missing from replications.csv), records reordered or dropped when the queue is full.
     */
    @Test
    void writesEveryRecordInOrderBeforeCloseReturns() {
        List<Integer> seen = new ArrayList<>();
        int n = 10 * BackgroundWriter.CAPACITY;
        try (BackgroundWriter w = new BackgroundWriter((c, catalog, i, o) -> {
            if (i % 50 == 0) {
                Thread.onSpinWait();
            }
            seen.add(i);
        })) {
            for (int i = 0; i < n; i++) {
                w.write("baseline", null, i, null);
            }
        }
        assertEquals(IntStream.range(0, n).boxed().toList(), seen);
    }

    /**
     * The target fails on record 3 (a full disk): the failure reaches the caller, by a later
     * write or by close, and writing far more than CAPACITY records afterwards never blocks.
     * Bugs caught: a swallowed failure (a run reported complete with rows missing), a writer
     * thread that stops taking records and leaves the simulation waiting forever.
     */
    @Test
    void aFailureOfTheTargetReachesTheCaller() {
        UncheckedIOException disk = new UncheckedIOException(new IOException("No space left on device"));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () -> {
                try (BackgroundWriter w = new BackgroundWriter((c, catalog, i, o) -> {
                    if (i == 3) {
                        throw disk;
                    }
                })) {
                    for (int i = 0; i < 20 * BackgroundWriter.CAPACITY; i++) {
                        w.write("baseline", null, i, null);
                    }
                }
            });
            assertSame(disk, thrown);
        });
    }
}
