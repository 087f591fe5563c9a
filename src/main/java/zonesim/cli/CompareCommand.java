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

/** {@code zonesim compare}: every configuration on common random numbers, paired differences. */
@Command(name = "compare", description = "Run every configuration on common random numbers and print paired differences.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml")
    Path file;

    @Option(names = "-n", paramLabel = "REPS")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S")
    Long seed;

    @Option(names = "--threads", paramLabel = "T")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "also write results there")
    Path out;

    @Option(names = "--lenient")
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
        if (s.comparisons().isEmpty()) {
            outw.println("\nthe scenario has no configurations besides the baseline: nothing to compare");
        }
        int outside = ConsoleTable.exactOutside(s, exact);
        if (outside > 0) {
            err.printf("zonesim: warning: %d exact value(s) fall outside the simulated interval, marked (!): expect about"
                    + " %.0f%% of them to by chance; more suggests too few replications or a model outside SPEC 7%n",
                    outside, 100 * (1 - study.baseline().confidence()));
        }
        outw.print(ConsoleTable.phases(r, s));
        outw.print(ConsoleTable.comparisons(r, s));
        outw.print(zonesim.report.ImpactReport.text(impacts));
        if (out != null) {
            SimulationJob.write(out, r, s, exact, impacts);
            outw.println("results written to " + out);
        }
        outw.flush();
        return 0;
    }
}
