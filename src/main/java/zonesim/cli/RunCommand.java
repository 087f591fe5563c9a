package zonesim.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zonesim.experiment.StudyResult;
import zonesim.experiment.Summary;
import zonesim.model.Study;
import zonesim.report.ConsoleTable;

/** {@code zonesim run}: simulate, print the summary, write results. */
@Command(name = "run", description = "Simulate a scenario, print a summary and write results/<name>/.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "the scenario file")
    Path file;

    @Option(names = "-n", paramLabel = "REPS", description = "replications (default: the scenario's)")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "master seed (default: the scenario's)")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: available processors)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/<name>)")
    Path out;

    @Option(names = "--lenient", description = "report platform-rule violations as warnings")
    boolean lenient;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        var outw = spec.commandLine().getOut();
        Study study = Inputs.load(file, lenient, replications, seed, err);
        int t = Threads.resolve(threads);
        StudyResult r = SimulationJob.simulate(study, t, err);
        Summary s = Summary.of(r);
        Map<String, Map<String, Double>> exact = SimulationJob.exact(study);
        var impacts = SimulationJob.impacts(r, t);
        outw.print(ConsoleTable.estimates(r, s, exact));
        int outside = ConsoleTable.exactOutside(s, exact);
        if (outside > 0) {
            err.printf("zonesim: warning: %d exact value(s) fall outside the simulated interval, marked (!): expect about"
                    + " %.0f%% of them to by chance; more suggests too few replications or a model outside SPEC 7%n",
                    outside, 100 * (1 - study.baseline().confidence()));
        }
        outw.print(ConsoleTable.phases(r, s));
        outw.print(ConsoleTable.comparisons(r, s));
        outw.print(zonesim.report.ImpactReport.text(impacts));
        outw.print(ConsoleTable.performance(r));
        Path dir = out != null ? out : Path.of("results", study.baseline().name());
        SimulationJob.write(dir, r, s, exact, impacts);
        outw.println("results written to " + dir);
        outw.flush();
        return 0;
    }
}
