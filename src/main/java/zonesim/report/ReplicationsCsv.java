package zonesim.report;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import zonesim.experiment.ConfigurationResult;
import zonesim.experiment.Metric;
import zonesim.experiment.Observation;
import zonesim.experiment.StudyResult;

/**
 * replications.csv: one row per configuration and replication with every metric's value
 * in that replication (ratio metrics as that replication's own ratio, empty when its
 * denominator is zero) and its event count. Charts and {@code zonesim report} read it.
 */
public final class ReplicationsCsv {
    private ReplicationsCsv() { }

    /** The file's text. */
    public static String write(StudyResult r) {
        Set<String> names = new LinkedHashSet<>();
        for (ConfigurationResult c : r.configurations()) {
            c.layout().metrics().forEach(m -> names.add(m.name()));
        }
        StringBuilder sb = new StringBuilder("configuration,replication,events");
        names.forEach(n -> sb.append(',').append(n));
        sb.append('\n');
        for (ConfigurationResult c : r.configurations()) {
            Map<String, Metric> byName = new TreeMap<>();
            c.layout().metrics().forEach(m -> byName.put(m.name(), m));
            Observation[] obs = c.observations();
            for (int i = 0; i < obs.length; i++) {
                double[] col = obs[i].columns();
                sb.append(c.name()).append(',').append(i).append(',').append(obs[i].events());
                for (String n : names) {
                    Metric m = byName.get(n);
                    sb.append(',');
                    if (m != null) {
                        double v = m.isRatio() ? m.scale() * col[m.column()] / col[m.denominator()] : m.value(col);
                        if (Double.isFinite(v)) {
                            sb.append(Json.number(v));
                        }
                    }
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
