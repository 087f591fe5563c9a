package zonesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer a results folder gives, first in the report and on the console: for each
 * client region (pulls through the global endpoint) and for the registry as a whole (any
 * replica up), each configuration's downtime a year, availability, SLA breach chance,
 * its paired difference from the baseline in plain words, and its yearly cost; then one
 * sentence per configuration saying what it changes for each client region and what it costs.
 */
public final class Answer {
    /** Who the figures are for: a client region's pulls or the registry as a whole. */
    record Subject(String title, String downtime, String availability, String sla) { }

    private final SummaryDoc s;
    private final MetricText text;
    private final Map<String, Estimate> differences = new LinkedHashMap<>();

    /** The answer of {@code s}. */
    public Answer(SummaryDoc s) {
        this.s = s;
        this.text = new MetricText(s);
        for (SummaryDoc.Comparison c : s.comparisons()) {
            differences.put(c.configuration() + "\u0000" + c.metric(), c.difference());
        }
    }

    /** Client regions first (in file order over the configurations), then the registry as a whole. */
    List<Subject> subjects() {
        List<Subject> out = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        for (String c : s.configurations()) {
            for (String r : s.keys(c, "clients")) {
                if (!regions.contains(r) && s.estimate(c, "clients." + r + ".pull.availability") != null) {
                    regions.add(r);
                }
            }
        }
        for (String r : regions) {
            out.add(new Subject(s.regionName(r) + " clients (pulls through the global endpoint)",
                    "clients." + r + ".pull.downtime_minutes_per_year", "clients." + r + ".pull.availability",
                    "sla." + r + ".breach_probability"));
        }
        out.add(new Subject("The registry as a whole (at least one replica up; routing aside)",
                "global.downtime_minutes_per_year", "global.availability", null));
        return out;
    }

    /** True when the scenario has costs. */
    boolean priced() {
        return s.configurations().stream().anyMatch(c -> s.estimate(c, "costs.total_per_year") != null);
    }

    /** The answer table with every interval. */
    public Table table() {
        return table(false);
    }

    /**
     * The answer table: one group of rows per subject, one row per configuration; {@code compact}
     * leaves out the intervals of availability and SLA breach chance (for an 80-column console).
     */
    public Table table(boolean compact) {
        boolean costs = priced();
        boolean sla = subjects().stream().anyMatch(sub -> sub.sla() != null && s.configurations().stream()
                .anyMatch(c -> s.estimate(c, sub.sla()) != null));
        List<String> header = new ArrayList<>(List.of("configuration", "downtime a year", "availability"));
        if (sla) {
            header.add("SLA breach chance");
        }
        boolean compared = s.configurations().size() > 1;
        if (compared) {
            header.add("compared with the baseline (downtime)");
        }
        if (costs) {
            header.add("total cost a year");
        }
        Table.Builder t = Table.with(header);
        for (Subject sub : subjects()) {
            t.group(sub.title());
            for (String c : s.configurations()) {
                Estimate down = s.estimate(c, sub.downtime());
                Estimate avail = s.estimate(c, sub.availability());
                if (down == null && avail == null) {
                    continue;
                }
                List<Table.Cell> row = new ArrayList<>();
                row.add(Table.Cell.of(Assumptions.label(s, c)));
                row.add(text.cell(c, sub.downtime(), down, false));
                row.add(brief(text.cell(c, sub.availability(), avail, false), compact));
                if (sla) {
                    row.add(sub.sla() == null ? Table.Cell.of("") : brief(text.cell(c, sub.sla(), s.estimate(c, sub.sla()),
                            false), compact));
                }
                Estimate d = difference(c, sub.downtime());
                if (compared) {
                    row.add(Table.Cell.of(c.equals("baseline") ? "(the reference)" : text.difference(sub.downtime(), d)));
                }
                if (costs) {
                    row.add(Table.Cell.of(Formats.money(mean(c, "costs.total_per_year"), s.currency())));
                }
                t.row(row, d != null && d.excludesZero());
            }
        }
        return t.build();
    }

    private static Table.Cell brief(Table.Cell c, boolean compact) {
        return compact ? Table.Cell.of(c.text()) : c;
    }

    /** One sentence per configuration other than the baseline: what it does to each subject's downtime and to the cost. */
    public List<String> sentences() {
        List<String> out = new ArrayList<>();
        for (String c : s.configurations()) {
            if (c.equals("baseline")) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            List<Subject> subjects = subjects();
            boolean clients = subjects.size() > 1;
            Map<String, List<String>> whoByPhrase = new LinkedHashMap<>(); // regions with the same change share a phrase
            for (Subject sub : subjects) {
                Estimate d = difference(c, sub.downtime());
                if (d != null && (sub.sla() != null || !clients)) {
                    String who = sub.sla() == null ? "the registry as a whole" : sub.title().replaceFirst(" clients \\(.*", "");
                    whoByPhrase.computeIfAbsent(phrase(sub.downtime(), d), k -> new ArrayList<>()).add(who);
                }
            }
            whoByPhrase.forEach((phrase, who) -> parts.add(phrase + " for " + and(who)
                    + (who.contains("the registry as a whole") ? "" : " clients")));
            Estimate cost = difference(c, "costs.total_per_year");
            Estimate infra = difference(c, "costs.infrastructure_per_year");
            if (cost != null) {
                String infraText = infra == null || infra.mean() == 0 ? "the same infrastructure bill"
                        : Formats.money(Math.abs(infra.mean()), s.currency()) + (infra.mean() > 0 ? " more" : " less")
                        + " for infrastructure";
                String total = text.difference("costs.total_per_year", cost);
                parts.add(infraText + (total.startsWith("no clear") || total.startsWith("identical")
                        ? ", " + total.replaceFirst("^no clear difference", "no clear difference in total yearly cost")
                        .replaceFirst("^identical in every replication", "the same total yearly cost")
                        : ", total yearly cost " + total));
            }
            if (!parts.isEmpty()) {
                out.add(Assumptions.label(s, c) + ": " + String.join("; ", parts) + ".");
            }
        }
        out.addAll(Assumptions.notes(s));
        return out;
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "6.4 h less downtime a year [6.3, 6.5]" or "no clear difference in downtime (...)". */
    private String phrase(String metric, Estimate d) {
        String t = text.difference(metric, d);
        if (t.startsWith("no clear") || t.startsWith("identical")) {
            return t.replaceFirst("^no clear difference", "no clear difference in downtime")
                    .replaceFirst("^identical in every replication", "the same downtime in every replication");
        }
        return t.replaceFirst(" (less|more) \\[", " $1 downtime a year [");
    }

    private Estimate difference(String configuration, String metric) {
        return differences.get(configuration + "\u0000" + metric);
    }

    private double mean(String configuration, String metric) {
        Estimate e = s.estimate(configuration, metric);
        return e == null ? Double.NaN : e.mean();
    }
}
