package zonesim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import zonesim.experiment.Experiment;
import zonesim.experiment.ObservationCodec;
import zonesim.experiment.Observation;
import zonesim.experiment.OrderedTasks;
import zonesim.experiment.Replicator;
import zonesim.experiment.StudySource;

/**
 * Computes replications on a Spark cluster. The batches are cut into units (batch, block
 * of indices), one partition each, sized so that every core gets several and a block's
 * encoded results stay small; each unit is collected as its own small job, about two per
 * core in flight, and the driver feeds the blocks to their sinks in index order as they
 * arrive ({@link OrderedTasks}), so memory stays flat and results are bit-identical to
 * local threads. ({@code toLocalIterator} would keep order too, but runs one partition at a
 * time.) A failed task is retried by Spark ({@code spark.task.maxFailures}; in
 * {@code local[N]} mode only with {@code local[N,F]}); tasks are pure functions of their
 * unit, so a retry changes nothing.
 */
public final class SparkReplicator implements Replicator {
    /** Units per core, so that a slow core does not hold the others up at the end. */
    static final int UNITS_PER_CORE = 4;
    /** Bytes of encoded results the driver holds at most, over every block in flight. */
    static final long DRIVER_BYTES = 256L << 20;

    /** Log4j 2's property naming its configuration; zonesim's quiets Spark unless one is given. */
    static final String LOG_CONFIG = "log4j2.configurationFile";

    private final JavaSparkContext spark;

    private SparkReplicator(JavaSparkContext spark) {
        this.spark = spark;
    }

    /** True when Spark's classes are on the class path (this class itself loads without them). */
    public static boolean available() {
        try {
            Class.forName("org.apache.spark.SparkConf", false, SparkReplicator.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Starts Spark on {@code master} (null: the one spark-submit configured), logging only
     * warnings unless logging is already configured (as under spark-submit). A local master
     * keeps to the loopback interface and starts no web UI unless configured otherwise; a
     * remote one is sent the jar holding this class.
     */
    public static Replicator start(String master) {
        if (System.getProperty(LOG_CONFIG) == null && System.getProperty("log4j.configurationFile") == null) {
            System.setProperty(LOG_CONFIG, "zonesim/spark/log4j2.properties"); // no effect once logging has started
        }
        SparkConf conf = new SparkConf().setAppName("zonesim");
        if (master != null) {
            conf.setMaster(master);
        }
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        if (conf.get("spark.master", "").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        } else if (!conf.contains("spark.jars")) {
            String[] jars = JavaSparkContext.jarOfClass(SparkReplicator.class);
            if (jars.length > 0) {
                conf.setJars(jars);
            }
        }
        return new SparkReplicator(new JavaSparkContext(conf));
    }

    @Override
    public int parallelism() {
        return spark.defaultParallelism();
    }

    @Override
    public Experiment.Stats run(List<Batch> batches, IntConsumer progress) {
        long start = System.nanoTime();
        int cores = parallelism();
        int inflight = 2 * cores;
        List<Unit> units = units(batches, cores, DRIVER_BYTES / inflight);
        List<StudySource> sources = new ArrayList<>();
        int[] runs = new int[batches.size()];
        long[] before = new long[batches.size()];
        for (int k = 0; k < batches.size(); k++) {
            if (batches.get(k).source() == null) {
                throw new IllegalArgumentException("batch " + k + " has no source to rebuild it from");
            }
            sources.add(batches.get(k).source());
            runs[k] = batches.get(k).runs().size();
            before[k] = k == 0 ? 0 : before[k - 1] + batches.get(k - 1).replications();
        }
        if (units.isEmpty()) {
            return new Experiment.Stats(cores, 0);
        }
        Broadcast<List<StudySource>> shared = spark.broadcast(sources);
        try {
            JavaRDD<byte[]> blocks = spark.parallelize(units, units.size()).map(new BlockTask(shared, runs));
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            try {
                OrderedTasks.run(units.size(), inflight, inflight, u -> collect(blocks, u, units.get(u), failure),
                        (u, block) -> {
                            Unit unit = units.get(u);
                            check(block, unit, runs[unit.batch()]);
                            Batch b = batches.get(unit.batch());
                            for (int j = 0; j < block.size(); j++) {
                                b.sink().accept(unit.first() + j, block.get(j));
                                progress.accept((int) (before[unit.batch()] + unit.first() + j + 1));
                            }
                        });
            } catch (RuntimeException e) {
                throw failure.get() != null ? failure.get() : e;
            }
        } finally {
            shared.unpersist(false);
        }
        return new Experiment.Stats(cores, (System.nanoTime() - start) / 1e9);
    }

    /** Runs unit {@code u} as a job and decodes its block; the first failure cancels the other jobs. */
    private List<Observation[]> collect(JavaRDD<byte[]> blocks, int u, Unit unit,
                                        AtomicReference<RuntimeException> failure) {
        try {
            return ObservationCodec.decode(blocks.collectPartitions(new int[] {u})[0].get(0));
        } catch (Exception e) { // SparkException is checked but not declared by the Scala API
            String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            RuntimeException f = new IllegalStateException("Spark could not compute replications " + unit.first()
                    + ".." + (unit.first() + unit.count() - 1) + (unit.batch() > 0 ? " of study " + unit.batch() : "")
                    + ": " + why, e);
            if (failure.compareAndSet(null, f)) {
                spark.cancelAllJobs();
            }
            throw f;
        }
    }

    private static void check(List<Observation[]> block, Unit unit, int runs) {
        if (block.size() != unit.count() || block.stream().anyMatch(o -> o.length != runs)) {
            throw new IllegalStateException("a Spark task returned a block of the wrong shape for " + unit);
        }
    }

    /**
     * Cuts the batches into units of at most {@code ceil(total / (UNITS_PER_CORE * cores))}
     * replications whose encoded results fit in about {@code blockBytes}; a unit never spans
     * two batches.
     */
    static List<Unit> units(List<Batch> batches, int cores, long blockBytes) {
        long total = batches.stream().mapToLong(Batch::replications).sum();
        long balanced = Math.max(1, (total + (long) UNITS_PER_CORE * cores - 1) / ((long) UNITS_PER_CORE * cores));
        List<Unit> out = new ArrayList<>();
        for (int k = 0; k < batches.size(); k++) {
            Batch b = batches.get(k);
            long perReplication = b.runs().stream().mapToLong(r -> 8L * r.catalog().recordSize() + 64
                    + 16L * r.catalog().replicas().size()).sum();
            int block = (int) Math.max(1, Math.min(balanced, blockBytes / Math.max(1, perReplication)));
            for (int first = 0; first < b.replications(); first += block) {
                out.add(new Unit(k, first, Math.min(block, b.replications() - first)));
            }
        }
        return out;
    }

    @Override
    public void close() {
        spark.stop();
    }
}
