package zonesim.report;

import zonesim.io.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zonesim.exact.ExactResult;
import zonesim.experiment.Metric;
import zonesim.experiment.MetricCatalog;
import zonesim.experiment.StudyResult;
import zonesim.experiment.Summary;
import zonesim.metrics.Interval;
import zonesim.model.Scenario;
import zonesim.scenario.ScenarioComments;

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

    /**
     * What summary.json carries besides the run itself: each configuration's exact analysis
     * where exact figures apply (its importance ranking goes into {@code ranking}), and the
     * notes of the scenario file's comments (into {@code inputs.notes}).
     */
    public record Extras(Map<String, ExactResult> analyses, List<ScenarioComments.Note> notes) {
        /** Nothing extra. */
        public static final Extras NONE = new Extras(Map.of(), List.of());

        public Extras {
            analyses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(analyses));
            notes = List.copyOf(notes);
        }
    }

    /** The summary.json text without exact analyses or notes. */
    public static String json(StudyResult r, Map<String, Map<String, Double>> exact) {
        return json(r, exact, Extras.NONE);
    }

    /** The summary.json text. */
    public static String json(StudyResult r, Map<String, Map<String, Double>> exact, Extras extras) {
        Summary s = r.summary();
        Scenario base = r.study().baseline();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", base.name());
        root.put("description", base.description());
        root.put("seed", base.seed());
        root.put("replications", base.replications());
        root.put("horizon_hours", base.horizonHours());
        root.put("confidence", base.confidence());
        root.put("platform", base.platform());
        root.put("start", base.start().key());
        root.put("home", base.registry().home());
        if (base.costs() != null) {
            root.put("currency", base.costs().currency());
        }
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
            for (String section : List.of("replicas", "global", "control_plane", "clients", "data", "sla", "costs")) {
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
            if (((Map<?, ?>) obj.get("costs")).isEmpty()) {
                obj.remove("costs");
            }
            configs.add(obj);
        }
        root.put("configurations", configs);
        root.put("metric_info", info(r));
        List<Object> cmp = new ArrayList<>();
        for (Summary.Comparison c : s.comparisons()) {
            Map<String, Object> obj = new LinkedHashMap<>();
            obj.put("configuration", c.configuration());
            obj.put("metric", c.metric());
            obj.put("difference", interval(c.difference()));
            cmp.add(obj);
        }
        root.put("comparisons", cmp);
        root.put("outage_impact", ImpactReport.json(s.impacts()));
        root.put("inputs", InputsJson.of(r, extras.notes()));
        if (!extras.analyses().isEmpty()) {
            root.put("ranking", RankingJson.of(extras.analyses()));
        }
        Map<String, Object> perf = new LinkedHashMap<>();
        perf.put("events", r.events());
        perf.put("wall_seconds", r.wallSeconds());
        perf.put("events_per_second", r.wallSeconds() > 0 ? r.events() / r.wallSeconds() : Double.NaN);
        perf.put("threads", r.threads());
        root.put("performance", perf);
        return Json.write(root);
    }

    /**
     * What each metric measures, by whole-horizon name (a per-phase metric
     * {@code phases.<k>.<name>} is described under {@code <name>}): label, unit, the measure's
     * name, which direction is better and the largest value.
     */
    static Map<String, Object> info(StudyResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (StudyResult.ConfigurationRun c : r.configurations()) {
            for (Metric m : c.catalog().metrics()) {
                if (m.perPhase() || out.containsKey(m.name())) {
                    continue;
                }
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("label", m.label());
                i.put("measure", m.measure().name().toLowerCase(Locale.ROOT));
                i.put("unit", m.measure().unit());
                i.put("better", m.measure().better().name().toLowerCase(Locale.ROOT));
                i.put("max", m.measure().max());
                out.put(m.name(), i);
            }
        }
        return out;
    }

    /** The phases of {@code c}'s timeline: index, start and end hour of each. */
    static List<Object> bounds(StudyResult.ConfigurationRun c) {
        List<Object> out = new ArrayList<>();
        MetricCatalog l = c.catalog();
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
        return SeriesFiles.csv(p -> {
            p.printRecord("configuration", "metric", "mean", "ci_low", "ci_high", "half_width", "n", "exact");
            for (Map.Entry<String, Map<String, Interval>> c : s.estimates().entrySet()) {
                Map<String, Double> ex = exact.getOrDefault(c.getKey(), Map.of());
                for (Map.Entry<String, Interval> m : c.getValue().entrySet()) {
                    p.printRecord(row(c.getKey(), m.getKey(), m.getValue(), ex.get(m.getKey())));
                }
            }
            for (Summary.Comparison c : s.comparisons()) {
                p.printRecord(row(c.configuration() + " - baseline", c.metric(), c.difference(), null));
            }
            for (var i : s.impacts()) {
                String config = i.configuration() + " drill " + (i.outage().index() + 1);
                for (var e : i.replicaMinutes().entrySet()) {
                    p.printRecord(row(config, "replicas." + e.getKey() + ".extra_down_minutes", e.getValue(), null));
                }
                for (var e : i.clientMinutes().entrySet()) {
                    p.printRecord(row(config, "clients." + e.getKey() + ".pull.extra_down_minutes", e.getValue(), null));
                    p.printRecord(row(config, "clients." + e.getKey() + ".pull.extra_failed_requests",
                            i.clientFailedPulls().get(e.getKey()), null));
                    p.printRecord(row(config, "clients." + e.getKey() + ".push.extra_failed_requests",
                            i.clientFailedPushes().get(e.getKey()), null));
                }
            }
        });
    }

    private static List<Object> row(String config, String metric, Interval i, Double exact) {
        return List.of(config, metric, num(i.mean()), num(i.low()), num(i.high()), num(i.halfWidth()), i.n(),
                exact == null ? "" : num(exact));
    }

    private static String num(double d) {
        return Double.isFinite(d) ? Json.number(d) : "";
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
