package zonesim.report;

import zonesim.io.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonesim.metrics.Interval;
import zonesim.model.WhatIf;
import zonesim.whatif.Cell;
import zonesim.whatif.Point;
import zonesim.whatif.UncertaintyResult;

/**
 * The data files of an uncertainty folder: uncertainty.json (the parameters and their laws,
 * and per metric each configuration's spread over the worlds, probability of being best,
 * pairwise win shares and rank-correlation drivers) and worlds.csv (one row per world,
 * configuration and metric, with the world's parameter values).
 */
public final class UncertaintyFiles {
    private UncertaintyFiles() { }

    /** uncertainty.json. */
    public static String json(UncertaintyResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", r.scenario());
        root.put("seed", r.seed());
        root.put("confidence", r.confidence());
        root.put("worlds", r.worlds());
        root.put("sampling", "latin hypercube");
        root.put("method", r.uncertainty().settings().method().key());
        root.put("replications_per_world", r.evaluation().replications());
        root.put("parameters", r.uncertainty().parameters().stream().map(u -> {
            Map<String, Object> x = SweepFiles.parameter(u.parameter());
            x.put("law", u.law().family());
            x.put("description", u.describe());
            x.put("nominal", u.nominal());
            return (Object) x;
        }).toList());
        root.put("configurations", r.configurations());
        root.put("metrics", SweepFiles.metrics(r.metrics(), r.evaluation()));
        Map<String, Object> results = new LinkedHashMap<>();
        r.summaries().forEach((metric, s) -> {
            Map<String, Object> byConfig = new LinkedHashMap<>();
            s.spread().forEach((c, sp) -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("mean", sp.mean());
                x.put("median", sp.median());
                x.put("p05", sp.p05());
                x.put("p95", sp.p95());
                x.put("min", sp.min());
                x.put("max", sp.max());
                x.put("mean_half_width", sp.meanHalfWidth());
                Interval b = s.best().get(c);
                Map<String, Object> best = new LinkedHashMap<>();
                best.put("mean", b.mean());
                best.put("ci_low", b.low());
                best.put("ci_high", b.high());
                x.put("probability_best", best);
                if (!r.exact(metric)) {
                    x.put("clearly_best", s.clearlyBest().get(c));
                }
                x.put("drivers", s.drivers().get(c));
                byConfig.put(c, x);
            });
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("configurations", byConfig);
            m.put("wins", s.wins());
            results.put(metric, m);
        });
        root.put("results", results);
        root.put("performance", SweepFiles.performance(r.evaluation(), r.threads(), r.wallSeconds()));
        return Json.write(root);
    }

    /** worlds.csv: world, each parameter's value, configuration, metric, value, interval, exact, source. */
    public static String csv(UncertaintyResult r) {
        return SeriesFiles.csv(p -> {
            List<Object> head = new ArrayList<>(List.of("world"));
            r.uncertainty().parameters().forEach(u -> head.add(u.parameter().path()));
            head.addAll(List.of("configuration", "metric", "value", "ci_low", "ci_high", "exact", "source"));
            p.printRecord(head);
            List<Point> worlds = r.evaluation().points();
            for (int i = 0; i < worlds.size(); i++) {
                Point w = worlds.get(i);
                for (String c : r.configurations()) {
                    for (String metric : r.metrics().keySet()) {
                        Cell cell = w.cell(c, metric);
                        if (!cell.present()) {
                            continue;
                        }
                        List<Object> row = new ArrayList<>(List.of(i));
                        for (WhatIf.Setting s : w.settings()) {
                            row.add(SweepFiles.num(s.value()));
                        }
                        row.addAll(List.of(c, metric, SweepFiles.num(cell.value()), SweepFiles.num(cell.low()),
                                SweepFiles.num(cell.high()), SweepFiles.num(cell.exact()),
                                cell.simulated() ? "simulation" : "exact"));
                        p.printRecord(row);
                    }
                }
            }
        });
    }
}
