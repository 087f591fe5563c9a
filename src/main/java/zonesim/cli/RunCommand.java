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

/** {@code zonesim run}: simulate, print the summary, write results. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Simulate a scenario, print a summary and write results/<name>/.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions options;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/<name>)")
    Path out;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        var outw = spec.commandLine().getOut();
        Inputs.Input in = options.input(err);
        Study study = in.study();
        Path dir = out != null ? out : Path.of("results", study.baseline().name());
        try (Replicator replicator = options.replicator()) { // Spark starts only once the scenario has loaded
            options.checkWork(study, replicator, err);
            try (ResultsStaging staging = SimulationJob.stage(dir)) { // checks --out and locks it before simulating
                SimulationJob.Outcome o = SimulationJob.run(study, in.source(), replicator, err, staging);
                o.print(outw, err);
                o.write(staging);
            }
        }
        outw.println("results written to " + dir);
        outw.flush();
        return 0;
    }
}
