package zonesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The detailed tables: every whole-horizon estimate by section (clients, replicas, the
 * registry as a whole, control plane, SLA, data, costs) with readable labels, one column
 * per configuration; and every paired difference from the baseline with its verdict. Raw
 * metric ids stay in summary.json and summary.csv. Also HTML escaping for the report.
 */
public final class HtmlTables {
    /** Section prefixes in display order, with their titles. */
    private static final Map<String, String> SECTIONS = sections();

    private HtmlTables() { }

    private static Map<String, String> sections() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("clients", "Clients (through the global endpoint)");
        m.put("sla", "SLA windows");
        m.put("global", "The registry as a whole (any replica)");
        m.put("replicas", "Each replica");
        m.put("control_plane", "Control plane (the home replica)");
        m.put("data", "Pushes and data");
        m.put("costs", "Costs a year");
        return m;
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True for a per-phase metric name ({@code phases.<k>.<metric>}). */
    static boolean isPhase(String metric) {
        return metric.startsWith("phases.");
    }

    /** Whole-horizon metrics of every configuration, grouped by section in display order. */
    static Map<String, List<String>> metricsBySection(SummaryDoc s) {
        Set<String> all = new LinkedHashSet<>();
        s.configurations().forEach(c -> s.estimates(c).keySet().stream().filter(k -> !isPhase(k)).forEach(all::add));
        Map<String, List<String>> out = new LinkedHashMap<>();
        SECTIONS.keySet().forEach(k -> out.put(k, new ArrayList<>()));
        for (String m : all) {
            out.computeIfAbsent(m.split("\\.")[0], k -> new ArrayList<>()).add(m);
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }

    /**
     * Every whole-horizon estimate: a group row per section, a row per metric (its label),
     * a column per configuration; each cell the estimate, its interval and the exact value
     * where known (marked (!) when outside the interval).
     */
    public static Table estimates(SummaryDoc s) {
        MetricText text = new MetricText(s);
        List<String> header = new ArrayList<>(List.of("metric"));
        header.addAll(s.configurations());
        Table.Builder t = Table.with(header);
        metricsBySection(s).forEach((section, metrics) -> {
            t.group(SECTIONS.getOrDefault(section, section));
            for (String m : metrics) {
                List<Table.Cell> row = new ArrayList<>(List.of(Table.Cell.of(text.label(m))));
                for (String c : s.configurations()) {
                    row.add(text.cell(c, m, s.estimate(c, m), true));
                }
                t.row(row);
            }
        });
        return t.build();
    }

    /**
     * The paired differences of whole-horizon metrics from the baseline, a group per
     * configuration, highlighting intervals that exclude zero with their verdict (better or
     * worse, from the metric's declared direction). Differences that are exactly zero in every
     * replication are counted in one line per configuration instead of listed.
     */
    public static Table comparisons(SummaryDoc s) {
        MetricText text = new MetricText(s);
        Table.Builder t = Table.with("metric", "difference from the baseline", "verdict");
        Map<String, List<SummaryDoc.Comparison>> byConfig = new LinkedHashMap<>();
        for (SummaryDoc.Comparison c : s.comparisons()) {
            if (!isPhase(c.metric())) {
                byConfig.computeIfAbsent(c.configuration(), k -> new ArrayList<>()).add(c);
            }
        }
        byConfig.forEach((config, list) -> {
            t.group(config + " \u2212 baseline");
            int identical = 0;
            for (SummaryDoc.Comparison c : list) {
                Estimate d = c.difference();
                if (untouched(d)) {
                    identical++;
                    continue;
                }
                boolean sig = d.excludesZero();
                SummaryDoc.MetricInfo info = s.info(c.metric());
                String verdict = !sig ? "" : info == null ? "" : info.verdict(d.mean());
                t.row(List.of(Table.Cell.of(text.label(c.metric())), Table.Cell.of(text.difference(c.metric(), d)),
                        Table.Cell.of(verdict)), sig);
            }
            if (identical > 0) {
                t.row(List.of(Table.Cell.of(identicalLine(identical)), Table.Cell.of(""), Table.Cell.of("")));
            }
        });
        return t.build();
    }

    /** True for a difference of exactly zero in every replication. */
    static boolean untouched(Estimate difference) {
        return difference.mean() == 0 && difference.halfWidth() == 0;
    }

    /** "N metrics identical in every replication (untouched by this configuration)". */
    static String identicalLine(int n) {
        return n + (n == 1 ? " metric" : " metrics") + " identical in every replication (untouched by this "
                + "configuration)";
    }
}
