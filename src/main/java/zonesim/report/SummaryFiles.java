package zonesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zonesim.experiment.ConfigurationResult;
import zonesim.experiment.MetricLayout;
import zonesim.experiment.OutageImpact;
import zonesim.experiment.StudyResult;
import zonesim.experiment.Summary;
import zonesim.metrics.Interval;
import zonesim.model.Scenario;

/**
 * summary.json and summary.csv (SPEC 6): for each configuration each metric's estimate
 * and interval nested by its dotted name, the paired comparisons with the baseline, and
 * the performance block. {@code exact} holds, per configuration, exact steady-state
 * values by metric name where they apply (shown as {@code "exact"} beside the estimate).
 * Top level also names the registry's {@code home} region and, when every configuration
 * shares the baseline's change times, lists its phases as {@code "phases": [ { "index",
 * "start_hours", "end_hours" } ]} (empty when nothing changes); when configurations have
 * different timelines there is no top-level list and each configuration object carries its
 * own as {@code "phase_bounds"} (its {@code "phases"} key already holds the per-phase metrics).
 */
public final class SummaryFiles {
    private SummaryFiles() { }

    /** The summary.json text. */
    public static String json(StudyResult r, Summary s, Map<String, Map<String, Double>> exact,
                              List<OutageImpact.Impact> impacts) {
        Scenario base = r.study().baseline();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", base.name());
        root.put("description", base.description());
        root.put("seed", base.seed());
        root.put("replications", base.replications());
        root.put("horizon_hours", base.horizonHours());
        root.put("confidence", base.confidence());
        root.put("platform", base.platform());
        root.put("home", base.registry().home());
        List<Object> phases = bounds(r.configurations().get(0));
        boolean shared = r.configurations().stream().allMatch(c -> bounds(c).equals(phases));
        if (shared) {
            root.put("phases", phases);
        }
        List<Object> configs = new ArrayList<>();
        for (Map.Entry<String, Map<String, Interval>> c : s.estimates().entrySet()) {
            Map<String, Object> obj = new LinkedHashMap<>();
            obj.put("name", c.getKey());
            if (!shared) {
                r.configurations().stream().filter(k -> k.name().equals(c.getKey())).findFirst()
                        .ifPresent(k -> obj.put("phase_bounds", bounds(k)));
            }
            for (String section : List.of("replicas", "global", "control_plane", "clients", "data", "sla")) {
                obj.put(section, new LinkedHashMap<String, Object>());
            }
            Map<String, Double> ex = exact.getOrDefault(c.getKey(), Map.of());
            for (Map.Entry<String, Interval> m : c.getValue().entrySet()) {
                Map<String, Object> value = interval(m.getValue());
                if (ex.containsKey(m.getKey())) {
                    value.put("exact", ex.get(m.getKey()));
                }
                put(obj, m.getKey(), value);
            }
            configs.add(obj);
        }
        root.put("configurations", configs);
        List<Object> cmp = new ArrayList<>();
        for (Summary.Comparison c : s.comparisons()) {
            Map<String, Object> obj = new LinkedHashMap<>();
            obj.put("configuration", c.configuration());
            obj.put("metric", c.metric());
            obj.put("difference", interval(c.difference()));
            cmp.add(obj);
        }
        root.put("comparisons", cmp);
        root.put("outage_impact", ImpactReport.json(impacts));
        Map<String, Object> perf = new LinkedHashMap<>();
        perf.put("events", r.events());
        perf.put("wall_seconds", r.wallSeconds());
        perf.put("events_per_second", r.wallSeconds() > 0 ? r.events() / r.wallSeconds() : Double.NaN);
        perf.put("threads", r.threads());
        root.put("performance", perf);
        return Json.write(root);
    }

    /** The phases of {@code c}'s timeline: index, start and end hour of each. */
    static List<Object> bounds(ConfigurationResult c) {
        List<Object> out = new ArrayList<>();
        MetricLayout l = c.layout();
        for (int p = 0; p < l.phases(); p++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", p);
            m.put("start_hours", l.phaseStart(p));
            m.put("end_hours", l.phaseEnd(p));
            out.add(m);
        }
        return out;
    }

    /** summary.csv: one row per configuration and metric, then one per comparison. */
    public static String csv(Summary s, Map<String, Map<String, Double>> exact) {
        StringBuilder sb = new StringBuilder("configuration,metric,mean,ci_low,ci_high,half_width,n,exact\n");
        for (Map.Entry<String, Map<String, Interval>> c : s.estimates().entrySet()) {
            Map<String, Double> ex = exact.getOrDefault(c.getKey(), Map.of());
            for (Map.Entry<String, Interval> m : c.getValue().entrySet()) {
                row(sb, c.getKey(), m.getKey(), m.getValue(), ex.get(m.getKey()));
            }
        }
        for (Summary.Comparison c : s.comparisons()) {
            row(sb, c.configuration() + " - baseline", c.metric(), c.difference(), null);
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String config, String metric, Interval i, Double exact) {
        sb.append(config).append(',').append(metric).append(',')
                .append(num(i.mean())).append(',').append(num(i.low())).append(',').append(num(i.high())).append(',')
                .append(num(i.halfWidth())).append(',').append(i.n()).append(',')
                .append(exact == null ? "" : num(exact)).append('\n');
    }

    private static String num(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%s", Json.number(d)) : "";
    }

    /** The SPEC 6 interval object. */
    public static Map<String, Object> interval(Interval i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", i.mean());
        m.put("ci_low", i.low());
        m.put("ci_high", i.high());
        m.put("half_width", i.halfWidth());
        m.put("n", i.n());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String dotted, Object value) {
        String[] parts = dotted.split("\\.");
        Map<String, Object> m = root;
        for (int i = 0; i < parts.length - 1; i++) {
            m = (Map<String, Object>) m.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        }
        m.put(parts[parts.length - 1], value);
    }
}
