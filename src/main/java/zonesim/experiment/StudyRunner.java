package zonesim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import zonesim.model.Study;

/**
 * Runs a study in one pass: every configuration and every outage drill on common random
 * numbers ({@link RunPlan}), each replication's records streamed into the estimators, the
 * paired differences, the drills and the outage-duration histograms, and to an optional
 * per-replication writer ({@link StudyPass}). Memory is flat in the number of
 * replications. The replications are computed by a {@link Replicator}: local threads, or a
 * cluster that rebuilds each study from its {@link StudySource}; either way each study sees
 * its replications in index order, so results are bit-identical.
 */
public final class StudyRunner {
    /** Receives each configuration's record of each replication, in replication order. */
    @FunctionalInterface
    public interface RecordWriter {
        /** Replication {@code index} of configuration {@code configuration}. */
        void write(String configuration, MetricCatalog catalog, int index, Observation observation);
    }

    /** One study of a pass: the study, how a remote task rebuilds it (null for local work), and its writer (may be null). */
    public record Job(Study study, StudySource source, RecordWriter writer) { }

    private StudyRunner() { }

    /** Runs {@code study} on local threads without writing per-replication records. */
    public static StudyResult run(Study study, int threads, IntConsumer progress) {
        return run(study, threads, progress, null);
    }

    /** Runs {@code study} on local threads; {@code writer} (may be null) sees every configuration's records. */
    public static StudyResult run(Study study, int threads, IntConsumer progress, RecordWriter writer) {
        return run(new Job(study, null, writer), Replicator.local(threads), progress);
    }

    /** Runs {@code job} with {@code replicator}. */
    public static StudyResult run(Job job, Replicator replicator, IntConsumer progress) {
        return runAll(List.of(job), replicator, progress).get(0);
    }

    /**
     * Runs several studies (e.g. the points of a sweep) in one pass of {@code replicator},
     * so that a cluster can spread all of them at once; {@code progress} counts
     * replications over all of them, and every result carries the pass's performance.
     */
    public static List<StudyResult> runAll(List<Job> jobs, Replicator replicator, IntConsumer progress) {
        List<StudyPass> passes = jobs.stream().map(j -> new StudyPass(j.study(), j.writer())).toList();
        List<Replicator.Batch> batches = new ArrayList<>();
        for (int k = 0; k < jobs.size(); k++) {
            StudyPass p = passes.get(k);
            batches.add(new Replicator.Batch(jobs.get(k).source(), p.plan().runs(),
                    jobs.get(k).study().baseline().replications(), p));
        }
        Experiment.Stats stats = replicator.run(batches, progress);
        return passes.stream().map(p -> p.result(stats)).toList();
    }
}
