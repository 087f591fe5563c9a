package zonesim.cli;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.function.IntConsumer;
import zonesim.experiment.Experiment;
import zonesim.experiment.Replicator;

/**
 * Starts the Spark backend by name, so that nothing outside {@code zonesim.spark} refers
 * to Spark: without {@code --spark}, Spark's classes are never loaded and need not be on
 * the class path (the plain jar does not carry them).
 */
final class SparkBackend {
    static final String CLASS = "zonesim.spark.SparkReplicator";

    private SparkBackend() { }

    /**
     * A replicator that connects to {@code master} (null: the master spark-submit configured)
     * when first asked for work or for its cores, so that a what-if study computed exactly
     * never starts Spark; refuses at once when Spark is not on the class path.
     */
    static Replicator lazy(String master) throws UserError {
        try {
            if (!(Boolean) Class.forName(CLASS).getMethod("available").invoke(null)) {
                throw missing();
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            throw missing();
        }
        return new Replicator() {
            private Replicator spark;

            private Replicator spark() {
                if (spark == null) {
                    spark = start(master);
                }
                return spark;
            }

            @Override
            public Experiment.Stats run(List<Batch> batches, IntConsumer progress) {
                return spark().run(batches, progress);
            }

            @Override
            public int parallelism() {
                return spark().parallelism();
            }

            @Override
            public void close() {
                if (spark != null) {
                    spark.close();
                }
            }
        };
    }

    /** Connects to {@code master} (null: the master spark-submit configured). */
    static Replicator start(String master) {
        try {
            return (Replicator) Class.forName(CLASS).getMethod("start", String.class).invoke(null, master);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            } else if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the Spark backend " + CLASS + " cannot be loaded", e);
        }
    }

    private static UserError missing() {
        return new UserError("--spark needs Apache Spark on the class path: start zonesim with ./zonesim (which"
                + " adds Spark's jars) or with spark-submit", Main.FAILED);
    }
}
