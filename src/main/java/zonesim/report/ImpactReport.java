package zonesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonesim.experiment.OutageImpact;
import zonesim.model.OutageSpec;

/** Outage impact (downtime each injected outage adds) for summary.json; the report and console read it back (Drills). */
public final class ImpactReport {
    private ImpactReport() { }

    /** The {@code outage_impact} list of summary.json. */
    public static List<Object> json(List<OutageImpact.Impact> impacts) {
        List<Object> out = new ArrayList<>();
        for (OutageImpact.Impact i : impacts) {
            Map<String, Object> m = new LinkedHashMap<>();
            OutageSpec o = i.outage();
            m.put("configuration", i.configuration());
            m.put("index", o.index());
            m.put("target", o.target());
            m.put("at_hours", o.atHours());
            m.put("duration_hours", o.durationHours());
            m.put("cause", o.cause());
            m.put("repeat_every_hours", o.repeatEveryHours());
            Map<String, Object> reps = new LinkedHashMap<>();
            i.replicaMinutes().forEach((k, v) -> reps.put(k, Map.of("extra_down_minutes", SummaryFiles.interval(v))));
            m.put("replicas", reps);
            Map<String, Object> cl = new LinkedHashMap<>();
            i.clientMinutes().forEach((k, v) -> {
                Map<String, Object> pull = new LinkedHashMap<>();
                pull.put("extra_down_minutes", SummaryFiles.interval(v));
                pull.put("extra_failed_requests", SummaryFiles.interval(i.clientFailedPulls().get(k)));
                Map<String, Object> both = new LinkedHashMap<>(); // Map.of's order changes from one JVM to the next
                both.put("pull", pull);
                both.put("push", Map.of("extra_failed_requests", SummaryFiles.interval(i.clientFailedPushes().get(k))));
                cl.put(k, both);
            });
            m.put("clients", cl);
            out.add(m);
        }
        return out;
    }
}
