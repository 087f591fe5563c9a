package zonesim.experiment;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands each record to another {@link StudyRunner.RecordWriter} on a thread of its own, in
 * the order received, so that formatting and writing per-replication rows (replications.csv:
 * dozens of decimal conversions per row, slow while that code is still cold) overlaps the
 * simulation instead of pausing it. At most {@link #CAPACITY} records wait, so memory stays
 * flat. The first failure of the target is thrown, once, by the next {@link #write} or by
 * {@link #close}, which waits until every record has been written; records after a failure
 * are dropped.
 */
public final class BackgroundWriter implements StudyRunner.RecordWriter, AutoCloseable {
    /** Records waiting at most. */
    static final int CAPACITY = 64;

    private record Item(String configuration, MetricCatalog catalog, int index, Observation observation) { }

    private static final Item END = new Item(null, null, -1, null);

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread thread;
    private volatile Throwable failure;
    private boolean closed;
    private boolean reported; // the failure has reached the caller (thrown once: try-with-resources adds no self-suppression)

    /** Starts the writing thread for {@code target}. */
    public BackgroundWriter(StudyRunner.RecordWriter target) {
        thread = new Thread(() -> {
            try {
                for (Item it = queue.take(); it != END; it = queue.take()) {
                    if (failure == null) {
                        try {
                            target.write(it.configuration(), it.catalog(), it.index(), it.observation());
                        } catch (RuntimeException | Error e) {
                            failure = e; // keep taking, so that no producer waits forever on a full queue
                        }
                    }
                }
            } catch (InterruptedException e) {
                failure = e;
            }
        }, "zonesim-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void write(String configuration, MetricCatalog catalog, int index, Observation observation) {
        rethrow();
        put(new Item(configuration, catalog, index, observation));
    }

    /** Waits until every record has been written; rethrows the target's first failure. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            put(END);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing records", e);
            }
        }
        rethrow();
    }

    private void put(Item it) {
        try {
            queue.put(it);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing records", e);
        }
    }

    private void rethrow() {
        Throwable f = failure;
        if (f == null || reported) {
            return;
        }
        reported = true;
        if (f instanceof RuntimeException re) {
            throw re;
        } else if (f instanceof Error err) {
            throw err;
        } else {
            throw new IllegalStateException("record writer interrupted", f);
        }
    }
}
