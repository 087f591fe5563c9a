package zonesim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import zonesim.metrics.Interval;
import zonesim.model.OutageSpec;
import zonesim.model.Scenario;
import zonesim.model.Study;

/**
 * The downtime each injected outage causes beyond what the random failures cause: the
 * scenario is simulated again without that outage on the same random streams, and the
 * per-replication difference in down minutes of every replica and client region is
 * estimated with a paired Student-t interval.
 */
public final class OutageImpact {
    /** Extra down minutes caused by one outage, by replica and by client region (pulls). */
    public record Impact(OutageSpec outage, Map<String, Interval> replicaMinutes, Map<String, Interval> clientMinutes) { }

    private OutageImpact() { }

    /** Impacts of every outage of {@code base}, whose own run is {@code baseResult}. */
    public static List<Impact> of(Scenario base, ConfigurationResult baseResult, int threads, IntConsumer progress) {
        List<Impact> out = new ArrayList<>();
        if (base.outages().isEmpty()) {
            return out;
        }
        List<Study.Configuration> without = new ArrayList<>();
        for (int k = 0; k < base.outages().size(); k++) {
            List<OutageSpec> rest = new ArrayList<>(base.outages());
            rest.remove(k);
            // a Study's first configuration must be called baseline; here it is "without outage 0"
            without.add(new Study.Configuration(k == 0 ? "baseline" : "without-" + k, base.withOutages(rest)));
        }
        StudyResult r = Experiment.run(new Study("impact", without), threads, progress);
        for (int k = 0; k < base.outages().size(); k++) {
            ConfigurationResult w = r.configurations().get(k);
            Map<String, Interval> replicas = new LinkedHashMap<>();
            List<String> regions = baseResult.layout().replicas();
            for (int i = 0; i < regions.size(); i++) {
                int col = MetricLayout.replicaColumn(i);
                replicas.put(regions.get(i), minutes(baseResult, w, col, base.confidence()));
            }
            Map<String, Interval> clients = new LinkedHashMap<>();
            List<String> cl = baseResult.layout().clients();
            for (int i = 0; i < cl.size(); i++) {
                clients.put(cl.get(i), minutes(baseResult, w, baseResult.layout().clientColumn(i), base.confidence()));
            }
            out.add(new Impact(base.outages().get(k), replicas, clients));
        }
        return out;
    }

    private static Interval minutes(ConfigurationResult with, ConfigurationResult without, int col, double conf) {
        double[] a = with.column(col);
        double[] b = without.column(col);
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (a[i] - b[i]) * 60;
        }
        return Interval.studentT(d, conf);
    }
}
