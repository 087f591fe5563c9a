package zonesim.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zonesim.bench.HandTunedLoop;
import zonesim.experiment.StudyRunner;
import zonesim.experiment.StudyResult;
import zonesim.model.Scenario;
import zonesim.model.Study;

/**
 * {@code zonesim bench [SCENARIO]}: the engine's one-thread speed against the hand-tuned
 * loop on the same model and streams (default ../shared/bench/ref66.yaml), and its
 * two-thread speed-up. Rounds alternate the contenders so machine noise hits both; the
 * median round is reported. Not a unit test: speed is only compared within one run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure engine speed against a hand-tuned loop (REF66 by default).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.yaml")
    Path file = Path.of("..", "shared", "bench", "ref66.yaml");

    @Option(names = "--rounds", description = "measured rounds (default ${DEFAULT-VALUE})")
    int rounds = 5;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Study study = Inputs.load(file, true, null, null, spec.commandLine().getErr());
        Scenario s = study.baseline();
        Study single = new Study(study.file(), List.of(new Study.Configuration("baseline", s)));
        HandTunedLoop loop = new HandTunedLoop(s);
        out.printf(Locale.ROOT, "%s: %d replications x %.0f h%n", s.name(), s.replications(), s.horizonHours());
        double[] engine1 = new double[rounds];
        double[] hand = new double[rounds];
        double[] engine2 = new double[rounds];
        long engineEvents = 0;
        long handEvents = 0;
        engine(single, 1);
        handTuned(loop, s);
        for (int i = 0; i < rounds; i++) {
            StudyResult r1 = engine(single, 1);
            engine1[i] = r1.events() / r1.wallSeconds();
            engineEvents = r1.events();
            long t0 = System.nanoTime();
            handEvents = handTuned(loop, s);
            hand[i] = handEvents / ((System.nanoTime() - t0) / 1e9);
            StudyResult r2 = engine(single, 2);
            engine2[i] = r2.events() / r2.wallSeconds();
            out.printf(Locale.ROOT, "  round %d: engine 1 thread %.2f M events/s, hand-tuned %.2f M/s, engine 2 threads %.2f M/s%n",
                    i + 1, engine1[i] / 1e6, hand[i] / 1e6, engine2[i] / 1e6);
        }
        double e1 = median(engine1);
        double h = median(hand);
        double e2 = median(engine2);
        out.printf(Locale.ROOT, "events per run: engine %d, hand-tuned %d%s%n", engineEvents, handEvents,
                engineEvents == handEvents ? " (identical histories)" : " (DIFFERENT: check the models)");
        out.printf(Locale.ROOT, "median: engine %.2f M events/s = %.0f%% of hand-tuned %.2f M events/s; 2-thread speed-up %.2fx%n",
                e1 / 1e6, 100 * e1 / h, h / 1e6, e2 / e1);
        out.flush();
        return 0;
    }

    private static StudyResult engine(Study study, int threads) {
        return StudyRunner.run(study, threads, i -> { });
    }

    private static long handTuned(HandTunedLoop loop, Scenario s) {
        long events = 0;
        for (int rep = 0; rep < s.replications(); rep++) {
            events += loop.run(s.seed(), rep, s.horizonHours()).events();
        }
        return events;
    }

    private static double median(double[] x) {
        double[] c = x.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
