package zonesim.experiment;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Computes the replications of one or more studies and feeds each study's sink its
 * replications in index order, so results do not depend on where they were computed: on
 * local threads ({@link #local}) or on a cluster (the {@code zonesim.spark} package). The
 * unit of work a backend may distribute is (batch, block of replication indices), where a
 * batch is one study: a scenario with its configurations, or one sweep point or world.
 */
public interface Replicator extends AutoCloseable {
    /**
     * One study's share of the work: the recipe a remote task rebuilds it from (may be null
     * for local work), its prepared runs, the number of replications and their sink.
     */
    record Batch(StudySource source, List<PreparedConfiguration> runs, int replications, Experiment.Sink sink) {
        public Batch {
            runs = List.copyOf(runs);
        }
    }

    /** Runs every batch, one after the other in order; {@code progress} hears replications fed so far over all batches. */
    Experiment.Stats run(List<Batch> batches, IntConsumer progress);

    /** Replications computed at once (threads or cores), for work estimates. */
    int parallelism();

    /** Releases what the backend holds (a cluster connection); nothing for local threads. */
    @Override
    default void close() { }

    /** Local threads. */
    static Replicator local(int threads) {
        return new Replicator() {
            @Override
            public Experiment.Stats run(List<Batch> batches, IntConsumer progress) {
                int used = 1;
                double seconds = 0;
                int before = 0;
                for (Batch b : batches) {
                    int offset = before;
                    Experiment.Stats s = Experiment.run(b.runs(), b.replications(), threads,
                            done -> progress.accept(offset + done), b.sink());
                    used = Math.max(used, s.threads());
                    seconds += s.wallSeconds();
                    before += b.replications();
                }
                return new Experiment.Stats(used, seconds);
            }

            @Override
            public int parallelism() {
                return threads;
            }
        };
    }
}
