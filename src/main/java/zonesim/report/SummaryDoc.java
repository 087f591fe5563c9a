package zonesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * summary.json read back (SPEC 6) for the charts and the report. JSON is YAML 1.2, so
 * snakeyaml-engine's loader parses it; absent sections read as empty.
 */
public final class SummaryDoc {
    /** A paired difference {@code configuration - baseline} of one metric. */
    public record Comparison(String configuration, String metric, Estimate difference) { }

    /** One phase of a configuration timeline, between consecutive change times (hours). */
    public record Phase(int index, double startHours, double endHours) {
        /** "day 0–30": the phase's bounds in days since the start ("phase k" when unknown). */
        public String label() {
            if (!Double.isFinite(startHours) || !Double.isFinite(endHours)) {
                return "phase " + index;
            }
            java.text.NumberFormat days = ChartStyle.format("0.##");
            return "day " + days.format(startHours / 24) + "\u2013" + days.format(endHours / 24);
        }
    }

    private final Map<?, ?> root;

    private SummaryDoc(Map<?, ?> root) {
        this.root = root;
    }

    /**
     * Parses summary.json text; an IllegalArgumentException with a one-line reason if it is not
     * JSON, nested too deep, or lacks what the report needs ({@link SummaryCheck}).
     */
    public static SummaryDoc parse(String json) {
        if (SummaryCheck.depth(json) > SummaryCheck.MAX_DEPTH) {
            throw new IllegalArgumentException("nested more than " + SummaryCheck.MAX_DEPTH + " levels deep");
        }
        Object o;
        try {
            o = new Load(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).setMaxAliasesForCollections(0)
                    .build()).loadFromString(json);
        } catch (MarkedYamlEngineException e) {
            String where = e.getProblemMark().map(m -> " at line " + (m.getLine() + 1) + ", column "
                    + (m.getColumn() + 1)).orElse("");
            throw new IllegalArgumentException("not valid JSON" + where + ": " + oneLine(e.getProblem()));
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException("not valid JSON: " + oneLine(e.getMessage()));
        }
        if (!(o instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String problem = SummaryCheck.problem(m);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new SummaryDoc(m);
    }

    private static String oneLine(String s) {
        String line = s == null ? "syntax error" : s.strip().lines().findFirst().orElse("syntax error");
        return line.length() > 120 ? line.substring(0, 120) + "\u2026" : line;
    }

    /** A top-level field as text ("" when absent or null). */
    public String text(String key) {
        Object v = root.get(key);
        return v == null ? "" : v.toString();
    }

    /** A top-level number, NaN when absent. */
    public double number(String key) {
        return Estimate.num(root.get(key));
    }

    /** Scenario name. */
    public String scenario() {
        return text("scenario");
    }

    /** The registry's home region, or "" when summary.json predates the field. */
    public String home() {
        return text("home");
    }

    /**
     * The phases of {@code configuration}'s timeline: its own {@code phase_bounds} when the
     * configurations' timelines differ, else the top-level {@code phases}; empty when nothing
     * changes. When summary.json has per-phase metrics but no bounds (older folders), the phases
     * are numbered from the metric names with NaN bounds.
     */
    public List<Phase> phases(String configuration) {
        Object own = configurationMap(configuration).get("phase_bounds");
        List<Phase> out = new ArrayList<>();
        for (Object o : list(own != null ? own : root.get("phases"))) {
            Map<?, ?> m = map(o);
            out.add(new Phase(out.size(), Estimate.num(m.get("start_hours")),
                    Estimate.num(m.get("end_hours"))));
        }
        if (out.isEmpty()) {
            for (int k = 0; map(configurationMap(configuration).get("phases")).containsKey(String.valueOf(k)); k++) {
                out.add(new Phase(k, Double.NaN, Double.NaN));
            }
        }
        return out;
    }

    /** Configuration names in file order (the baseline first). */
    public List<String> configurations() {
        List<String> names = new ArrayList<>();
        for (Object c : list(root.get("configurations"))) {
            names.add(String.valueOf(map(c).get("name")));
        }
        return names;
    }

    /** Every estimate of {@code configuration} by dotted metric name, in file order. */
    public Map<String, Estimate> estimates(String configuration) {
        Map<String, Estimate> out = new LinkedHashMap<>();
        flatten("", configurationMap(configuration), out);
        return out;
    }

    /** The estimate of {@code metric} (dotted name) in {@code configuration}, or null. */
    public Estimate estimate(String configuration, String metric) {
        return estimates(configuration).get(metric);
    }

    /** Keys of section {@code section} of {@code configuration} (e.g. replica or client regions). */
    public List<String> keys(String configuration, String section) {
        List<String> keys = new ArrayList<>();
        map(configurationMap(configuration).get(section)).keySet().forEach(k -> keys.add(String.valueOf(k)));
        return keys;
    }

    /** Paired comparisons in file order. */
    public List<Comparison> comparisons() {
        List<Comparison> out = new ArrayList<>();
        for (Object o : list(root.get("comparisons"))) {
            Map<?, ?> m = map(o);
            out.add(new Comparison(String.valueOf(m.get("configuration")), String.valueOf(m.get("metric")),
                    Estimate.of(map(m.get("difference")))));
        }
        return out;
    }

    /**
     * What a metric measures (summary.json's {@code metric_info}; a per-phase name is described
     * by its whole-horizon name); null for folders written before the map existed.
     */
    public MetricInfo info(String metric) {
        String name = metric.startsWith("phases.") ? metric.replaceFirst("^phases\\.[^.]+\\.", "") : metric;
        Map<?, ?> m = map(map(root.get("metric_info")).get(name));
        if (m.isEmpty()) {
            return null;
        }
        return new MetricInfo(String.valueOf(m.get("label")), String.valueOf(m.get("measure")),
                String.valueOf(m.get("unit")), String.valueOf(m.get("better")), Estimate.num(m.get("max")));
    }

    /** One entry of {@code metric_info}: label, measure name, unit, better direction, largest value. */
    public record MetricInfo(String label, String measure, String unit, String better, double max) {
        /** "better", "worse" or "different" for a difference that is not chance. */
        public String verdict(double difference) {
            if (better.equals("neither") || difference == 0) {
                return "different";
            }
            return (difference > 0) == better.equals("higher") ? "better" : "worse";
        }
    }

    /** The {@code inputs} object (empty when absent). */
    public Map<?, ?> inputs() {
        return map(root.get("inputs"));
    }

    /** The {@code inputs} entry of one configuration (empty when absent). */
    public Map<?, ?> inputs(String configuration) {
        for (Object o : list(inputs().get("configurations"))) {
            if (configuration.equals(String.valueOf(map(o).get("name")))) {
                return map(o);
            }
        }
        return Map.of();
    }

    /** A region's display name from {@code inputs.regions}, else its id. */
    public String regionName(String id) {
        Object n = map(inputs().get("regions")).get(id);
        return n == null ? id : n.toString();
    }

    /** The currency of the cost figures ("" when the scenario prices nothing). */
    public String currency() {
        return text("currency");
    }

    /** The {@code outage_impact} list, each entry as its map. */
    public List<Map<?, ?>> outageImpacts() {
        List<Map<?, ?>> out = new ArrayList<>();
        list(root.get("outage_impact")).forEach(o -> out.add(map(o)));
        return out;
    }

    /** The {@code ranking} list (configurations where exact figures apply), each entry as its map. */
    public List<Map<?, ?>> rankings() {
        List<Map<?, ?>> out = new ArrayList<>();
        list(root.get("ranking")).forEach(o -> out.add(map(o)));
        return out;
    }

    /** Simulated years behind each configuration's estimates: replications × horizon / 8760. */
    public double simulatedYears() {
        return number("replications") * number("horizon_hours") / zonesim.distribution.Hours.PER_YEAR;
    }

    /** The performance block as key/value pairs (empty when absent). */
    public Map<?, ?> performance() {
        return map(root.get("performance"));
    }

    private Map<?, ?> configurationMap(String name) {
        for (Object c : list(root.get("configurations"))) {
            if (name.equals(String.valueOf(map(c).get("name")))) {
                return map(c);
            }
        }
        return Map.of();
    }

    private static void flatten(String prefix, Map<?, ?> m, Map<String, Estimate> out) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String name = prefix + e.getKey();
            if (Estimate.isEstimate(e.getValue())) {
                out.put(name, Estimate.of(map(e.getValue())));
            } else if (e.getValue() instanceof Map<?, ?> sub) {
                flatten(name + ".", sub, out);
            }
        }
    }

    /** {@code o} as a map (empty when it is not one). */
    static Map<?, ?> map(Object o) {
        return o instanceof Map<?, ?> m ? m : Map.of();
    }

    /** {@code o} as a list (empty when it is not one). */
    static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
