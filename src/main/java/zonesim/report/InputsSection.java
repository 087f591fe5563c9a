package zonesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "Inputs and assumptions" section of report.html, from summary.json's {@code inputs}:
 * the run, the start state, the platform rules, what each configuration changes from the
 * baseline, the configuration timelines, the notes and sources the scenario file cites, and
 * every parameter in effect in the baseline.
 */
final class InputsSection {
    private InputsSection() { }

    /** The section body (without its heading). */
    static String html(SummaryDoc s) {
        Map<?, ?> in = s.inputs();
        StringBuilder sb = new StringBuilder("<h3>The run</h3>\n").append(run(s).html("kv"));
        Table changed = changed(s);
        sb.append("<h3>What each configuration changes</h3>\n");
        sb.append(changed.isEmpty() ? "<p>Only the baseline was simulated.</p>\n" : changed.html("params"));
        Table timeline = timeline(s);
        if (!timeline.isEmpty()) {
            sb.append("<h3>Changes over time</h3>\n<p class=\"note\">Each replica's figures cover only the time it "
                    + "serves; the per-phase tables split the horizon at these times.</p>\n").append(timeline.html("params"));
        }
        List<?> notes = SummaryDoc.list(in.get("notes"));
        if (!notes.isEmpty()) {
            Table.Builder t = Table.with("about", "what the scenario file says");
            for (Object o : notes) {
                Map<?, ?> n = SummaryDoc.map(o);
                String key = String.valueOf(n.get("key"));
                t.row(List.of(Table.Cell.of(key.isEmpty() ? "the scenario" : key), Table.Cell.of(String.valueOf(n.get("text")))));
            }
            sb.append("<h3>Notes and sources in the scenario file</h3>\n<p class=\"note\">The comments of ")
                    .append(HtmlTables.esc(String.valueOf(in.get("file"))))
                    .append(", where the example cites where its figures come from.</p>\n").append(t.build().html("notes"));
        }
        Map<?, ?> params = SummaryDoc.map(in.get("parameters"));
        if (!params.isEmpty()) {
            Table.Builder t = Table.with("parameter", "value in the baseline");
            params.forEach((k, v) -> t.row(List.of(Table.Cell.of(String.valueOf(k)), Table.Cell.of(String.valueOf(v)))));
            sb.append("<details><summary>Every parameter in effect in the baseline (").append(params.size())
                    .append(", defaults included)</summary>\n").append(t.build().html("params")).append("</details>\n");
        }
        return sb.toString();
    }

    /** The run: scenario, seed, replications, horizon, confidence, start, platform, SLA, configurations, events. */
    static Table run(SummaryDoc s) {
        Map<?, ?> in = s.inputs();
        Table.Builder t = Table.with("", "");
        kv(t, "scenario file", in.get("file") == null ? s.scenario() : String.valueOf(in.get("file")));
        kv(t, "seed", s.text("seed"));
        kv(t, "replications", Formats.count((long) s.number("replications")) + " per configuration");
        kv(t, "horizon per replication", Labels.horizon(s.number("horizon_hours")));
        kv(t, "confidence level", Labels.percent(s.number("confidence")) + " (every interval)");
        String start = s.text("start");
        if (!start.isEmpty()) {
            kv(t, "start state", start.equals("fresh") ? "fresh: everything new and up at time 0 (a new fleet)"
                    : "steady: each replication is a typical stretch of time, every process starting in its long-run "
                    + "state");
        }
        if (!s.text("platform").isEmpty()) {
            Object rules = in.get("platform_rules");
            kv(t, "platform rules", s.text("platform") + (rules == null ? "" : ": " + rules));
        }
        Map<?, ?> sla = SummaryDoc.map(in.get("sla"));
        if (!sla.isEmpty()) {
            kv(t, "SLA", "pull availability of at least " + Labels.percent(Estimate.num(sla.get("target")))
                    + " in each " + Labels.window(Estimate.num(sla.get("window_hours"))) + " window");
        }
        kv(t, "configurations", String.join(", ", s.configurations()));
        Map<?, ?> p = s.performance();
        if (p.get("events") instanceof Number events) {
            kv(t, "simulated events", Formats.count(events.longValue()) + " in " + Formats.number(
                    Estimate.num(p.get("wall_seconds"))) + " s on " + p.get("threads") + " thread(s)");
        }
        return t.build();
    }

    private static void kv(Table.Builder t, String k, String v) {
        t.row(List.of(Table.Cell.of(k), Table.Cell.of(v)));
    }

    /** Per configuration, each parameter whose value differs from the baseline's. */
    static Table changed(SummaryDoc s) {
        Table.Builder t = Table.with("configuration", "parameter", "in the baseline", "in this configuration");
        for (String c : s.configurations()) {
            if (c.equals("baseline")) {
                continue;
            }
            List<?> changes = SummaryDoc.list(s.inputs(c).get("changed"));
            if (changes.isEmpty()) {
                t.row(List.of(Table.Cell.of(c), Table.Cell.of("(no parameter differs)"), Table.Cell.of(""),
                        Table.Cell.of("")));
            }
            for (Object o : changes) {
                Map<?, ?> d = SummaryDoc.map(o);
                t.row(List.of(Table.Cell.of(c), Table.Cell.of(String.valueOf(d.get("parameter"))),
                        Table.Cell.of(String.valueOf(d.get("baseline"))), Table.Cell.of(String.valueOf(d.get("value")))));
            }
        }
        return t.build();
    }

    /** Each configuration's timed changes. */
    static Table timeline(SummaryDoc s) {
        Table.Builder t = Table.with("configuration", "when", "change");
        for (String c : s.configurations()) {
            for (Object o : SummaryDoc.list(s.inputs(c).get("changes"))) {
                Map<?, ?> ch = SummaryDoc.map(o);
                t.row(List.of(Table.Cell.of(c), Table.Cell.of(ScenarioParameters.day(Estimate.num(ch.get("at_hours")))),
                        Table.Cell.of(String.valueOf(ch.get("text")))));
            }
        }
        return t.build();
    }

    /** Processes named for people: "common cause acr-global", "replica service eastus", "cooling eastus/az1/dc1". */
    static String process(String path, String kind) {
        if (path.startsWith("common_cause:")) {
            return "common cause " + path.substring("common_cause:".length());
        }
        if (path.startsWith("replica:")) {
            return "registry service in " + path.substring("replica:".length());
        }
        if (path.equals("endpoint")) {
            return "global endpoint";
        }
        return switch (kind) {
            case "region" -> "region " + path;
            case "zone" -> "zone " + path;
            default -> kind + " " + path.replaceFirst("/" + kind + "$", "");
        };
    }

    /** The importance ranking (exact, steady state): per configuration its top processes, and the endpoint. */
    static Table ranking(SummaryDoc s) {
        Table.Builder t = Table.with("configuration", "where the registry's downtime comes from (top 5)",
                "global endpoint on its own");
        for (Map<?, ?> r : s.rankings()) {
            List<String> top = new ArrayList<>();
            for (Object o : SummaryDoc.list(r.get("entries"))) {
                Map<?, ?> e = SummaryDoc.map(o);
                if (top.size() < 5) {
                    top.add(process(String.valueOf(e.get("process")), String.valueOf(e.get("kind"))) + " "
                            + Formats.percent(Estimate.num(e.get("criticality"))));
                }
            }
            Map<?, ?> endpoint = SummaryDoc.map(r.get("endpoint"));
            double down = Estimate.num(endpoint.get("downtime_minutes_per_year"));
            t.row(List.of(Table.Cell.of(String.valueOf(r.get("configuration"))),
                    Table.Cell.of(top.isEmpty() ? "never down" : String.join(" \u00b7 ", top)),
                    Table.Cell.of(down > 0 ? Formats.minutes(down) + " a year (every client)" : "never down")));
        }
        return t.build();
    }
}
