package zonesim.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import zonesim.metrics.Interval;
import zonesim.model.WhatIf;
import zonesim.scenario.ScenarioDocument;
import zonesim.scenario.ScenarioException;

/**
 * Runs a tornado study: the nominal point, then each parameter at the low and the high end
 * of its range (all else nominal), 1 + 2k points evaluated together, so exactly where the
 * metric allows (instant) and otherwise on common random numbers: the same failure
 * histories at every point, so each bar's length is a paired comparison with the nominal.
 */
public final class SensitivityRunner {
    private SensitivityRunner() { }

    /** Runs {@code s} of {@code doc}. */
    public static Tornado run(ScenarioDocument doc, WhatIf.Sensitivity s, Evaluator.Options options)
            throws ScenarioException {
        long start = System.nanoTime();
        List<String> configs = s.difference() ? List.of(s.minuend(), s.subtrahend()) : List.of(s.configuration());
        String metric = s.settings().metrics().get(0);
        WhatIf.Settings settings = new WhatIf.Settings(List.of(metric), order(doc, configs), s.settings().method(),
                s.settings().replications(), s.settings().origin());
        Evaluator ev = Evaluator.of(doc, settings, List.of(metric), options);
        List<List<WhatIf.Setting>> points = new ArrayList<>(List.of(List.of()));
        for (WhatIf.Swing w : s.swings()) {
            points.add(List.of(new WhatIf.Setting(w.parameter(), w.low())));
            points.add(List.of(new WhatIf.Setting(w.parameter(), w.high())));
        }
        Evaluator.Evaluation e = ev.evaluate(points);
        List<Tornado.Bar> bars = new ArrayList<>();
        for (int i = 0; i < s.swings().size(); i++) {
            WhatIf.Swing w = s.swings().get(i);
            bars.add(new Tornado.Bar(w.parameter(), w.low(), w.high(), value(s, e.points().get(1 + 2 * i), metric),
                    value(s, e.points().get(2 + 2 * i), metric)));
        }
        bars.sort(Comparator.comparingDouble(Tornado.Bar::swing).reversed());
        String subject = s.difference() ? s.minuend() + " - " + s.subtrahend() : s.configuration();
        return new Tornado(doc.loaded().study().baseline().name(), s, SweepRunner.metrics(ev).get(metric), subject,
                value(s, e.points().get(0), metric), bars, e.exactMetrics().contains(metric), e, options.threads(),
                (System.nanoTime() - start) / 1e9);
    }

    private static Interval value(WhatIf.Sensitivity s, Point p, String metric) {
        if (s.difference()) {
            return p.difference(s.minuend(), s.subtrahend(), metric);
        }
        Cell c = p.cell(s.configuration(), metric);
        return new Interval(c.value(), c.low(), c.high(), (c.high() - c.low()) / 2, 0);
    }

    /** {@code names} in the file's order (the order the evaluator keeps). */
    private static List<String> order(ScenarioDocument doc, List<String> names) {
        return doc.loaded().study().configurations().stream().map(c -> c.name()).filter(names::contains).toList();
    }
}
