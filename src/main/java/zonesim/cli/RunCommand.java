package zonesim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
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
        Study study = options.study(err);
        options.checkWork(study, err);
        Path dir = out != null ? out : Path.of("results", study.baseline().name());
        try (ResultsStaging staging = SimulationJob.stage(dir)) { // checks --out and locks it before simulating
            SimulationJob.Outcome o = SimulationJob.run(study, options.threads(), err, staging);
            o.print(outw, err);
            o.write(staging);
        }
        outw.println("results written to " + dir);
        outw.flush();
        return 0;
    }
}
