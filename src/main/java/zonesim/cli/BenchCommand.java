package zonesim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import zonesim.scenario.ScenarioLoader;

/**
 * {@code zonesim bench [SCENARIO]}: the engine's speed against a hand-tuned loop on the same
 * model and random streams (REF66, bundled, by default), on one thread and two; and, when
 * the shared REF66 yardstick is at hand ({@code ../shared/bench/yardstick}), against that
 * too. Rounds alternate the contenders so machine noise hits all of them; the median
 * round is reported. Not a unit test: speed is only compared within one run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure engine speed against a hand-tuned loop (REF66 by default).")
final class BenchCommand implements Callable<Integer> {
    private static final String REF66 = "/zonesim/bench/ref66.yaml";
    private static final Pattern RATE = Pattern.compile("ev_per_s=([0-9.]+)");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.yaml",
            description = "scenario (default: the bundled REF66 model)")
    Path file;

    @Option(names = "--rounds", description = "measured rounds (default ${DEFAULT-VALUE})")
    int rounds = 5;

    @Option(names = "--yardstick", paramLabel = "DIR",
            description = "the shared REF66 yardstick, run when present (default ${DEFAULT-VALUE})")
    Path yardstick = Path.of("..", "shared", "bench", "yardstick");

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Study study = file == null ? bundled() : Inputs.load(file, true, null, null, spec.commandLine().getErr());
        // the benchmark starts every process new and up at t = 0, as the yardstick does
        Scenario s = study.baseline().withStart(zonesim.model.Start.FRESH);
        Study single = new Study(study.file(), List.of(new Study.Configuration("baseline", s)));
        HandTunedLoop loop = new HandTunedLoop(s);
        Path shared = yardstick.resolve("run");
        boolean withShared = file == null && Files.isExecutable(shared);
        out.printf(Locale.ROOT, "%s: %d replications x %.0f h%s%n", s.name(), s.replications(), s.horizonHours(),
                withShared ? "; shared yardstick: " + shared : "");
        double[] engine1 = new double[rounds];
        double[] hand = new double[rounds];
        double[] engine2 = new double[rounds];
        double[] sharedRate = new double[rounds];
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
            sharedRate[i] = withShared ? runShared(shared) : Double.NaN;
            out.printf(Locale.ROOT, "  round %d: engine 1 thread %.2f M events/s, hand-tuned %.2f M/s, engine 2 threads %.2f M/s%s%n",
                    i + 1, engine1[i] / 1e6, hand[i] / 1e6, engine2[i] / 1e6,
                    withShared ? String.format(Locale.ROOT, ", shared yardstick %.2f M/s", sharedRate[i] / 1e6) : "");
            out.flush();
        }
        double e1 = median(engine1);
        double h = median(hand);
        double e2 = median(engine2);
        out.printf(Locale.ROOT, "events per run: engine %d, hand-tuned %d%s%n", engineEvents, handEvents,
                engineEvents == handEvents ? " (identical histories)" : " (DIFFERENT: check the models)");
        out.printf(Locale.ROOT, "median: engine %.2f M events/s = %.0f%% of hand-tuned %.2f M events/s; 2 threads %.2f M events/s = %.2fx one thread%n",
                e1 / 1e6, 100 * e1 / h, h / 1e6, e2 / 1e6, e2 / e1);
        if (withShared) {
            double y = median(sharedRate);
            out.printf(Locale.ROOT, "shared yardstick (best of 3 per round, median): %.2f M events/s; engine %.2fx, hand-tuned %.2fx of it%n",
                    y / 1e6, e1 / y, h / y);
        } else {
            out.println("no shared yardstick at " + shared + " (--yardstick DIR names its folder): compared with the"
                    + " hand-tuned loop only");
        }
        out.flush();
        return 0;
    }

    /** The bundled REF66 model. */
    private static Study bundled() throws Exception {
        try (InputStream in = BenchCommand.class.getResourceAsStream(REF66)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + REF66);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ScenarioLoader.loadString("ref66.yaml (bundled)", text, false).study();
        }
    }

    /** The best events per second of one run of the shared yardstick (three JIT-warmed replications). */
    private static double runShared(Path run) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(run.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        double best = Double.NaN;
        Matcher m = RATE.matcher(text);
        while (m.find()) {
            double r = Double.parseDouble(m.group(1));
            best = Double.isNaN(best) ? r : Math.max(best, r);
        }
        return best;
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
