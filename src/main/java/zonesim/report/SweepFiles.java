package zonesim.report;

import zonesim.io.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonesim.experiment.Metric;
import zonesim.metrics.Interval;
import zonesim.model.Parameter;
import zonesim.model.WhatIf;
import zonesim.whatif.Best;
import zonesim.whatif.Cell;
import zonesim.whatif.Crossover;
import zonesim.whatif.Evaluator;
import zonesim.whatif.Point;
import zonesim.whatif.SweepResult;
import zonesim.whatif.Tornado;

/**
 * The data files of a sweep folder: sweep.json (the sweep's points, best configurations and
 * crossovers, and the tornado), sweep.csv (one row per point, configuration and metric),
 * crossovers.csv and sensitivity.csv. Parameter values are in the parameter's unit
 * ({@code unit}: hours, fraction, per_hour, number or factor); metrics as in summary.json.
 */
public final class SweepFiles {
    private SweepFiles() { }

    /** sweep.json; either part may be null. */
    public static String json(SweepResult r, Tornado t) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", r != null ? r.scenario() : t.scenario());
        if (r != null) {
            root.put("seed", r.seed());
            root.put("confidence", r.confidence());
            root.put("sweep", sweep(r));
        }
        if (t != null) {
            root.put("sensitivity", tornado(t));
        }
        return Json.write(root);
    }

    private static Map<String, Object> sweep(SweepResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parameters", r.sweep().axes().stream().map(a -> {
            Map<String, Object> x = parameter(a.parameter());
            x.put("scale", a.log() ? "log" : "linear");
            x.put("values", a.values());
            return (Object) x;
        }).toList());
        m.put("configurations", r.configurations());
        m.put("metrics", metrics(r.metrics(), r.evaluation()));
        m.put("method", r.sweep().settings().method().key());
        m.put("replications_per_point", r.evaluation().replications());
        List<Object> points = new ArrayList<>();
        for (int i = 0; i < r.points().size(); i++) {
            Point p = r.points().get(i);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("index", i);
            x.put("parameters", settings(p.settings()));
            Map<String, Object> values = new LinkedHashMap<>();
            for (String c : r.configurations()) {
                Map<String, Object> byMetric = new LinkedHashMap<>();
                for (String metric : r.metrics().keySet()) {
                    Cell cell = p.cell(c, metric);
                    if (cell.present()) {
                        byMetric.put(metric, cell(cell));
                    }
                }
                values.put(c, byMetric);
            }
            x.put("values", values);
            Map<String, Object> best = new LinkedHashMap<>();
            for (String metric : r.metrics().keySet()) {
                Best b = r.best().get(metric).get(i);
                if (b.configuration() != null) {
                    Map<String, Object> bx = new LinkedHashMap<>();
                    bx.put("configuration", b.configuration());
                    bx.put("clear", b.clear());
                    best.put(metric, bx);
                }
            }
            x.put("best", best);
            points.add(x);
        }
        m.put("points", points);
        m.put("crossovers", r.crossovers().stream().map(SweepFiles::crossover).toList());
        m.put("performance", performance(r.evaluation(), r.threads(), r.wallSeconds()));
        return m;
    }

    private static Object crossover(Crossover c) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("metric", c.metric());
        x.put("parameter", c.along().path());
        x.put("at", settings(c.at()));
        x.put("below_better", c.belowBetter());
        x.put("above_better", c.aboveBetter());
        x.put("estimate", c.estimate());
        x.put("low", c.low());
        x.put("high", c.high());
        x.put("method", c.exact() ? "exact" : "simulation");
        x.put("text", text(c));
        return x;
    }

    /** One line for people: {@code zr better above 9.998h (9.998h to 9.998h, exact)}. */
    public static String text(Crossover c) {
        Parameter p = c.along();
        StringBuilder at = new StringBuilder();
        for (WhatIf.Setting s : c.at()) {
            at.append(" at ").append(s.parameter().label()).append(" = ").append(s.parameter().describe(s.value()));
        }
        int digits = c.exact() ? 7 : 4;
        return c.metric() + ": " + c.aboveBetter() + " better than " + c.belowBetter() + " above " + p.label() + " = "
                + p.describe(c.estimate(), digits) + " (" + (c.exact() ? "exact, bracket " : "interval ")
                + p.describe(c.low(), digits) + " to " + p.describe(c.high(), digits) + ")" + at;
    }

    private static Map<String, Object> tornado(Tornado t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric", t.metric().name());
        if (t.sensitivity().difference()) {
            m.put("difference", List.of(t.sensitivity().minuend(), t.sensitivity().subtrahend()));
        } else {
            m.put("configuration", t.sensitivity().configuration());
        }
        m.put("method", t.exact() ? "exact" : "simulation");
        m.put("replications_per_point", t.evaluation().replications());
        m.put("nominal", interval(t.nominal()));
        m.put("bars", t.bars().stream().map(b -> {
            Map<String, Object> x = parameter(b.parameter());
            x.put("low", b.low());
            x.put("high", b.high());
            x.put("at_low", interval(b.atLow()));
            x.put("at_high", interval(b.atHigh()));
            x.put("swing", b.swing());
            return (Object) x;
        }).toList());
        m.put("performance", performance(t.evaluation(), t.threads(), t.wallSeconds()));
        return m;
    }

    /** sweep.csv: point, the parameter values, configuration, metric, value, interval, exact, source. */
    public static String csv(SweepResult r) {
        return SeriesFiles.csv(p -> {
            List<Object> head = new ArrayList<>(List.of("point"));
            r.sweep().axes().forEach(a -> head.add(a.parameter().path()));
            head.addAll(List.of("configuration", "metric", "value", "ci_low", "ci_high", "exact", "source"));
            p.printRecord(head);
            for (int i = 0; i < r.points().size(); i++) {
                Point pt = r.points().get(i);
                for (String c : r.configurations()) {
                    for (String metric : r.metrics().keySet()) {
                        Cell cell = pt.cell(c, metric);
                        if (!cell.present()) {
                            continue;
                        }
                        List<Object> row = new ArrayList<>(List.of(i));
                        pt.settings().forEach(s -> row.add(num(s.value())));
                        row.addAll(List.of(c, metric, num(cell.value()), num(cell.low()), num(cell.high()),
                                num(cell.exact()), cell.simulated() ? "simulation" : "exact"));
                        p.printRecord(row);
                    }
                }
            }
        });
    }

    /** crossovers.csv: one row per crossover. */
    public static String crossoversCsv(SweepResult r) {
        return SeriesFiles.csv(p -> {
            p.printRecord("metric", "parameter", "at", "below_better", "above_better", "estimate", "low", "high",
                    "method");
            for (Crossover c : r.crossovers()) {
                StringBuilder at = new StringBuilder();
                c.at().forEach(s -> at.append(at.length() == 0 ? "" : ";").append(s.parameter().path()).append('=')
                        .append(num(s.value())));
                p.printRecord(c.metric(), c.along().path(), at, c.belowBetter(), c.aboveBetter(), num(c.estimate()),
                        num(c.low()), num(c.high()), c.exact() ? "exact" : "simulation");
            }
        });
    }

    /** sensitivity.csv: the nominal value, then one row per bar, widest swing first. */
    public static String tornadoCsv(Tornado t) {
        return SeriesFiles.csv(p -> {
            p.printRecord("parameter", "label", "low", "high", "value_at_low", "ci_low_at_low", "ci_high_at_low",
                    "value_at_high", "ci_low_at_high", "ci_high_at_high", "swing");
            Interval n = t.nominal();
            p.printRecord("(nominal)", "scenario as written", "", "", num(n.mean()), num(n.low()), num(n.high()),
                    num(n.mean()), num(n.low()), num(n.high()), 0);
            for (Tornado.Bar b : t.bars()) {
                p.printRecord(b.parameter().path(), b.parameter().label(), num(b.low()), num(b.high()),
                        num(b.atLow().mean()), num(b.atLow().low()), num(b.atLow().high()), num(b.atHigh().mean()),
                        num(b.atHigh().low()), num(b.atHigh().high()), num(b.swing()));
            }
        });
    }

    /** A parameter's path, label and units. */
    static Map<String, Object> parameter(Parameter p) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("path", p.path());
        x.put("label", p.label());
        x.put("unit", switch (p.unit()) {
            case HOURS -> "hours";
            case PERCENT -> "fraction";
            case PER_HOUR -> "per_hour";
            case NUMBER -> "number";
            case FACTOR -> "factor";
        });
        x.put("display_unit", p.displayUnit());
        return x;
    }

    /** The metrics' meaning and whether each was computed exactly. */
    static Map<String, Object> metrics(Map<String, Metric> metrics, Evaluator.Evaluation e) {
        Map<String, Object> out = new LinkedHashMap<>();
        metrics.forEach((name, m) -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("label", m.label());
            x.put("unit", m.measure().unit());
            x.put("better", m.measure().better().name().toLowerCase(java.util.Locale.ROOT));
            x.put("method", e.exactMetrics().contains(name) ? "exact" : "simulation");
            out.put(name, x);
        });
        return out;
    }

    static Map<String, Object> settings(List<WhatIf.Setting> settings) {
        Map<String, Object> x = new LinkedHashMap<>();
        settings.forEach(s -> x.put(s.parameter().path(), s.value()));
        return x;
    }

    static Map<String, Object> performance(Evaluator.Evaluation e, int threads, double wallSeconds) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("points", e.points().size());
        x.put("wall_seconds", wallSeconds);
        x.put("simulation_seconds", e.simulationSeconds());
        x.put("events", e.events());
        x.put("threads", threads);
        return x;
    }

    private static Map<String, Object> cell(Cell c) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("value", c.value());
        x.put("ci_low", c.low());
        x.put("ci_high", c.high());
        if (Double.isFinite(c.exact())) {
            x.put("exact", c.exact());
        }
        x.put("source", c.simulated() ? "simulation" : "exact");
        return x;
    }

    private static Map<String, Object> interval(Interval i) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("value", i.mean());
        x.put("ci_low", i.low());
        x.put("ci_high", i.high());
        return x;
    }

    static String num(double d) {
        return Double.isFinite(d) ? Json.number(d) : "";
    }
}
