package zonesim.cli;

import java.lang.reflect.InvocationTargetException;
import zonesim.experiment.Replicator;

/**
 * Starts the Spark backend by name, so that nothing outside {@code zonesim.spark} refers
 * to Spark: without {@code --spark}, Spark's classes are never loaded and need not be on
 * the class path (the plain jar does not carry them).
 */
final class SparkBackend {
    static final String CLASS = "zonesim.spark.SparkReplicator";

    private SparkBackend() { }

    /** Connects to {@code master} (null: the master spark-submit configured). */
    static Replicator start(String master) throws UserError {
        try {
            return (Replicator) Class.forName(CLASS).getMethod("start", String.class).invoke(null, master);
        } catch (ClassNotFoundException | LinkageError e) {
            throw missing();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof LinkageError) {
                throw missing();
            } else if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UserError missing() {
        return new UserError("--spark needs Apache Spark on the class path: start zonesim with ./zonesim (which"
                + " adds Spark's jars) or with spark-submit", Main.FAILED);
    }
}
