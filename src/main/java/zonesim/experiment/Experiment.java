package zonesim.experiment;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Runs replications of several prepared configurations over the same replication indices,
 * in parallel, and hands the results to a sink in replication order.
 *
 * <p>Replication {@code i} of every configuration draws from the streams of index
 * {@code i} (common random numbers: the same element has the same failure history in
 * every configuration). Tasks are whole replication indices, run by {@link OrderedTasks},
 * so the sink sees indices 0, 1, 2, ... whatever the thread count (results are
 * bit-identical for any {@code --threads}) and memory stays flat in the number of
 * replications.
 */
public final class Experiment {
    /** Receives the observations of replication {@code index} of every configuration, in index order. */
    @FunctionalInterface
    public interface Sink {
        /** One replication of every configuration (in the order they were given). */
        void accept(int index, Observation[] observations);
    }

    /** How the run went: threads (or cores) used and wall time of the simulation (start-up excluded, SPEC 6). */
    public record Stats(int threads, double wallSeconds) { }

    private static final int PENDING_PER_THREAD = 64;
    private static final long NOT_STARTED = Long.MAX_VALUE;

    private Experiment() { }

    /**
     * Runs {@code replications} replications of each of {@code runs} on {@code threads}
     * threads; {@code progress} hears the count of finished replications. The wall time runs
     * from the first replication's start to the last one's end: the threads' creation
     * (several milliseconds of class loading in a fresh JVM) is start-up, not simulation.
     */
    public static Stats run(List<PreparedConfiguration> runs, int replications, int threads, IntConsumer progress,
                            Sink sink) {
        int t = Math.max(1, Math.min(threads, replications));
        long called = System.nanoTime();
        AtomicLong start = new AtomicLong(NOT_STARTED); // the earliest start of a task
        OrderedTasks.run(replications, t, PENDING_PER_THREAD * t, i -> {
            long now = System.nanoTime();
            for (long s = start.get(); now < s && !start.compareAndSet(s, now); s = start.get()) {
                // another thread moved the start meanwhile: compare again
            }
            return replicate(runs, i);
        }, (i, obs) -> {
            sink.accept(i, obs);
            progress.accept(i + 1);
        });
        long first = start.get() == NOT_STARTED ? called : start.get();
        return new Stats(t, (System.nanoTime() - first) / 1e9);
    }

    /** Replication {@code index} of every run, in order. */
    public static Observation[] replicate(List<PreparedConfiguration> runs, int index) {
        Observation[] obs = new Observation[runs.size()];
        for (int k = 0; k < obs.length; k++) {
            obs[k] = Replication.run(runs.get(k), index);
        }
        return obs;
    }
}
