package zonesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zonesim.experiment.Replicator;
import zonesim.model.Study;
import zonesim.scenario.ScenarioException;

/** Options shared by {@code run} and {@code compare} (a picocli mixin). */
final class RunOptions {
    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "the scenario file")
    Path file;

    @Option(names = "-n", paramLabel = "REPS", description = "replications (default: the scenario's)")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "master seed (default: the scenario's)")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: available processors)")
    Integer threads;

    @Option(names = "--spark", paramLabel = "MASTER", description = "compute the replications on Apache Spark,"
            + " e.g. local[2] or spark://host:7077 (under spark-submit, Spark is used without this option)")
    String spark;

    @Option(names = "--lenient", description = "report platform-rule violations as warnings")
    boolean lenient;

    @Option(names = "--force", description = "run even when the estimated work is above the limit")
    boolean force;

    /** The study with the overrides applied, and its text. */
    Inputs.Input input(PrintWriter err) throws ScenarioException, UserError {
        return Inputs.read(file, lenient, replications, seed, err);
    }

    /** Prints the estimated work of {@code study} to {@code err}; refuses it above the limit unless --force. */
    void checkWork(Study study, Replicator replicator, PrintWriter err) throws UserError {
        WorkGate.check(study, true, replicator.parallelism(), force, "", err);
    }

    /**
     * Where the replications are computed: on Spark with {@code --spark} or under
     * spark-submit (which sets {@code spark.master}), else on local threads. Call it after
     * the study has loaded, so scenario errors are reported before Spark starts (it starts
     * when first asked for work or for its cores).
     */
    Replicator replicator() throws UserError {
        if (spark == null && System.getProperty("spark.master") == null) {
            return Replicator.local(threads());
        }
        if (threads != null) {
            throw new UserError("--threads is for local runs: on Spark the cluster's cores compute the replications",
                    Main.INVALID);
        }
        return SparkBackend.lazy(spark);
    }

    /** The local thread count (for the replications when not on Spark, and for work done here). */
    int threads() throws UserError {
        return Threads.resolve(threads);
    }
}
