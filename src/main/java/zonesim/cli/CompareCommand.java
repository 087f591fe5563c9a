package zonesim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zonesim.experiment.Replicator;
import zonesim.model.Study;
import zonesim.report.ResultsStaging;

/** {@code zonesim compare}: every configuration on common random numbers; prints only the paired differences. */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "Run every configuration on common random numbers and print paired differences.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions options;

    @Option(names = "--out", paramLabel = "DIR", description = "also write results there")
    Path out;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        var outw = spec.commandLine().getOut();
        Inputs.Input in = options.input(err);
        Study study = in.study();
        try (Replicator replicator = options.replicator()) { // Spark starts only once the scenario has loaded
            options.checkWork(study, replicator, err);
            try (ResultsStaging staging = out == null ? null : SimulationJob.stage(out)) {
                SimulationJob.Outcome o = SimulationJob.run(study, in.source(), replicator, err, staging);
                o.printDifferences(outw, err);
                if (staging != null) {
                    o.write(staging);
                    outw.println("results written to " + out);
                }
            }
        }
        outw.flush();
        return 0;
    }
}
