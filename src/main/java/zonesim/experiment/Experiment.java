package zonesim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import zonesim.model.Study;

/**
 * Runs every configuration of a study over the same replication indices, in parallel.
 *
 * <p>Replication {@code i} of every configuration draws from the streams of index
 * {@code i} (common random numbers: the same element has the same failure history in
 * every configuration). Tasks are whole replication indices; each writes only its own
 * slot of the result arrays, and results are combined afterwards in index order, so the
 * figures are bit-identical for any thread count.
 */
public final class Experiment {
    private Experiment() { }

    /** Runs {@code study} on {@code threads} threads; {@code progress} hears the count of finished replications. */
    public static StudyResult run(Study study, int threads, IntConsumer progress) {
        List<Study.Configuration> configs = study.configurations();
        int n = study.baseline().replications();
        List<PreparedConfiguration> prepared = new ArrayList<>();
        List<Observation[]> obs = new ArrayList<>();
        for (Study.Configuration c : configs) {
            prepared.add(PreparedConfiguration.of(c.scenario()));
            obs.add(new Observation[n]);
        }
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        int t = Math.max(1, Math.min(threads, n));
        ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "zonesim-replication");
            th.setDaemon(true);
            return th;
        });
        try {
            AtomicInteger next = new AtomicInteger();
            AtomicBoolean failed = new AtomicBoolean(); // one worker's failure (e.g. out of memory) stops the others
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < t; w++) {
                futures.add(pool.submit(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < n && !failed.get(); i = next.getAndIncrement()) {
                            for (int k = 0; k < configs.size(); k++) {
                                obs.get(k)[i] = Replication.run(prepared.get(k), i);
                            }
                            progress.accept(done.incrementAndGet());
                        }
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
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
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        List<ConfigurationResult> results = new ArrayList<>();
        for (int k = 0; k < configs.size(); k++) {
            results.add(new ConfigurationResult(configs.get(k).name(), configs.get(k).scenario(), prepared.get(k).layout(),
                    obs.get(k)));
        }
        return new StudyResult(study, results, t, wall);
    }
}
