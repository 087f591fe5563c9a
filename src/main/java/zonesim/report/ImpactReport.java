package zonesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zonesim.experiment.OutageImpact;
import zonesim.metrics.Interval;
import zonesim.model.OutageSpec;

/** Outage impact (downtime each injected outage adds) for summary.json and the console. */
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

    /** One readable paragraph per configuration and outage. */
    public static String text(List<OutageImpact.Impact> impacts) {
        if (impacts.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\noutage drills (what each injected outage adds beyond the random failures,"
                + " per replication, paired)\n");
        String config = null;
        for (OutageImpact.Impact i : impacts) {
            if (!i.configuration().equals(config)) {
                config = i.configuration();
                sb.append("  configuration ").append(config).append('\n');
            }
            OutageSpec o = i.outage();
            sb.append(String.format(Locale.ROOT, "   %s down %s at day %s (%s)%s%n", o.target(), hours(o.durationHours()),
                    trim(o.atHours() / 24), o.cause(), o.repeatEveryHours() > 0
                            ? ", every " + hours(o.repeatEveryHours()) : ""));
            i.replicaMinutes().forEach((k, v) -> sb.append(line("replica " + k, v)));
            i.clientMinutes().forEach((k, v) -> sb.append(line(k + " clients (pulls)", v)).append(String.format(
                    Locale.ROOT, "       %-32s %10.0f failed pulls, %.1f failed pushes%n", "",
                    i.clientFailedPulls().get(k).mean(), i.clientFailedPushes().get(k).mean())));
        }
        return sb.toString();
    }

    private static String line(String who, Interval v) {
        return String.format(Locale.ROOT, "    -> %-32s %10.2f min  [%.2f, %.2f]%n", who, v.mean(), v.low(), v.high());
    }

    private static String hours(double h) {
        return h >= 24 && h % 24 == 0 ? trim(h / 24) + " d" : trim(h) + " h";
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }
}
