package zonesim.experiment;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs replications of several prepared configurations over the same replication indices,
 * in parallel, and hands the results to a sink in replication order.
 *
 * <p>Replication {@code i} of every configuration draws from the streams of index
 * {@code i} (common random numbers: the same element has the same failure history in
 * every configuration). Tasks are whole replication indices; finished ones wait in a
 * bounded reorder buffer until every earlier index has been handed on, so the sink sees
 * indices 0, 1, 2, ... whatever the thread count (results are bit-identical for any
 * {@code --threads}) and memory stays flat in the number of replications.
 */
public final class Experiment {
    /** Receives the observations of replication {@code index} of every configuration, in index order. */
    @FunctionalInterface
    public interface Sink {
        /** One replication of every configuration (in the order they were given). */
        void accept(int index, Observation[] observations);
    }

    /** How the run went: threads used and wall time of the simulation. */
    public record Stats(int threads, double wallSeconds) { }

    private static final int PENDING_PER_THREAD = 64;

    private Experiment() { }

    /**
     * Runs {@code replications} replications of each of {@code runs} on {@code threads}
     * threads; {@code progress} hears the count of finished replications.
     */
    public static Stats run(List<PreparedConfiguration> runs, int replications, int threads, IntConsumer progress,
                            Sink sink) {
        int t = Math.max(1, Math.min(threads, replications));
        Map<Integer, Observation[]> pending = new ConcurrentHashMap<>();
        Semaphore window = new Semaphore(PENDING_PER_THREAD * t);
        AtomicInteger next = new AtomicInteger();
        int[] fed = {0};
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "zonesim-replication");
            th.setDaemon(true);
            return th;
        });
        try {
            AtomicBoolean failed = new AtomicBoolean(); // one worker's failure (e.g. out of memory) stops the others
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int w = 0; w < t; w++) {
                futures.add(pool.submit(() -> {
                    try {
                        while (!failed.get()) {
                            window.acquire();
                            int i = next.getAndIncrement();
                            if (i >= replications || failed.get()) {
                                window.release();
                                return null;
                            }
                            Observation[] obs = new Observation[runs.size()];
                            for (int k = 0; k < obs.length; k++) {
                                obs[k] = Replication.run(runs.get(k), i);
                            }
                            pending.put(i, obs);
                            synchronized (fed) {
                                for (Observation[] o = pending.remove(fed[0]); o != null; o = pending.remove(fed[0])) {
                                    sink.accept(fed[0], o);
                                    fed[0]++;
                                    window.release();
                                    progress.accept(fed[0]);
                                }
                            }
                        }
                        return null;
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        window.release(PENDING_PER_THREAD * t + 1); // wake workers waiting for an index never fed
                        throw e;
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        return new Stats(t, (System.nanoTime() - start) / 1e9);
    }
}
