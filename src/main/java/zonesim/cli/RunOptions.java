package zonesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

    @Option(names = "--lenient", description = "report platform-rule violations as warnings")
    boolean lenient;

    @Option(names = "--force", description = "run even when the estimated work is above the limit")
    boolean force;

    /** The study with the overrides applied. */
    Study study(PrintWriter err) throws ScenarioException, UserError {
        return Inputs.load(file, lenient, replications, seed, err);
    }

    /** Prints the estimated work of {@code study} to {@code err}; refuses it above the limit unless --force. */
    void checkWork(Study study, PrintWriter err) throws UserError {
        WorkGate.check(study, true, threads(), force, "", err);
    }

    /** The thread count. */
    int threads() throws UserError {
        return Threads.resolve(threads);
    }
}
