package zonesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Outage drills (summary.json {@code outage_impact}): what each injected outage adds beyond
 * the random failures, per configuration, paired replication by replication: extra minutes
 * down for each client region's pulls with the failed pulls and pushes they cost, and
 * extra minutes down of each replica. Totals over the horizon (one run of the drill).
 * One group per outage (outages of different configurations that match are one group).
 */
public final class Drills {
    private final SummaryDoc s;

    /** The drills of {@code s}. */
    public Drills(SummaryDoc s) {
        this.s = s;
    }

    /** True when the scenario injects outages. */
    public boolean any() {
        return !s.outageImpacts().isEmpty();
    }

    /** "eastus/az2 down 6 h from day 30 (power)", with its repetition. */
    static String title(Map<?, ?> i) {
        double at = Estimate.num(i.get("at_hours"));
        double every = Estimate.num(i.get("repeat_every_hours"));
        String s = i.get("target") + " down " + Labels.duration(Estimate.num(i.get("duration_hours")))
                + " from " + ScenarioParameters.day(at) + " (" + i.get("cause") + ")";
        return every > 0 ? s + ", every " + Labels.duration(every) : s;
    }

    /** The drills table: a group per outage, a row per configuration. */
    public Table table() {
        Map<String, List<Map<?, ?>>> byOutage = new LinkedHashMap<>();
        Set<String> clients = new LinkedHashSet<>();
        for (Map<?, ?> i : s.outageImpacts()) {
            byOutage.computeIfAbsent(title(i), k -> new ArrayList<>()).add(i);
            clients.addAll(keys(i.get("clients")));
        }
        List<String> header = new ArrayList<>(List.of("configuration"));
        clients.forEach(c -> header.add(s.regionName(c) + " clients: extra pull downtime"));
        header.add("extra downtime of each replica");
        Table.Builder t = Table.with(header);
        byOutage.forEach((title, impacts) -> {
            t.group(title);
            for (Map<?, ?> i : impacts) {
                List<Table.Cell> row = new ArrayList<>(List.of(Table.Cell.of(String.valueOf(i.get("configuration")))));
                Map<?, ?> cl = SummaryDoc.map(i.get("clients"));
                for (String c : clients) {
                    Map<?, ?> one = SummaryDoc.map(cl.get(c));
                    if (one.isEmpty()) {
                        row.add(Table.Cell.of(""));
                        continue;
                    }
                    Estimate minutes = Estimate.of(SummaryDoc.map(SummaryDoc.map(one.get("pull")).get("extra_down_minutes")));
                    Estimate pulls = Estimate.of(SummaryDoc.map(SummaryDoc.map(one.get("pull")).get("extra_failed_requests")));
                    Estimate pushes = Estimate.of(SummaryDoc.map(SummaryDoc.map(one.get("push")).get("extra_failed_requests")));
                    row.add(new Table.Cell(minutes(minutes), Formats.number(pulls.mean()) + " failed pulls, "
                            + Formats.number(pushes.mean()) + " failed pushes"));
                }
                List<String> reps = new ArrayList<>();
                SummaryDoc.map(i.get("replicas")).forEach((k, v) -> reps.add(k + " " + minutes(Estimate.of(
                        SummaryDoc.map(SummaryDoc.map(v).get("extra_down_minutes"))))));
                row.add(Table.Cell.of(String.join("; ", reps)));
                t.row(row);
            }
        });
        return t.build();
    }

    /** "+6.0 h [5.9 h, 6.1 h]" or "none (in every replication)" for minutes of extra downtime. */
    static String minutes(Estimate e) {
        if (e.mean() == 0 && e.halfWidth() == 0) {
            return "none";
        }
        String unit = Formats.unitFor(e.mean());
        java.util.function.DoubleFunction<String> f = x -> Formats.minutes(x, unit);
        String iv = Double.isFinite(e.low()) && e.halfWidth() > 0
                ? " [" + Formats.signed(e.low(), f) + ", " + Formats.signed(e.high(), f) + "]" : "";
        return Formats.signed(e.mean(), f) + iv;
    }

    private static List<String> keys(Object o) {
        List<String> out = new ArrayList<>();
        SummaryDoc.map(o).keySet().forEach(k -> out.add(String.valueOf(k)));
        return out;
    }
}
