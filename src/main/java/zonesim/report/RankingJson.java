package zonesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonesim.distribution.Hours;
import zonesim.exact.ExactResult;
import zonesim.exact.RankEntry;

/**
 * The {@code ranking} list of summary.json: per configuration where exact figures apply,
 * which processes the registry's (any-replica) downtime comes from, by criticality
 * importance (ExactResult.ranking; common causes are rows of their own), the top
 * {@value #TOP}; and the global endpoint's own downtime, which no replica can mask and
 * which reaches every client.
 */
final class RankingJson {
    /** Entries kept per configuration. */
    static final int TOP = 12;

    private RankingJson() { }

    /** The list for {@code analyses} (configuration name to its exact result). */
    static List<Object> of(Map<String, ExactResult> analyses) {
        List<Object> out = new ArrayList<>();
        analyses.forEach((name, r) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("configuration", name);
            m.put("system", ExactResult.GLOBAL);
            m.put("unavailability", r.globalUnavailability());
            List<Object> entries = new ArrayList<>();
            for (RankEntry e : r.rankingOf(ExactResult.GLOBAL)) {
                if (entries.size() == TOP) {
                    break;
                }
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("process", e.process());
                x.put("kind", e.kind());
                x.put("criticality", e.criticality());
                entries.add(x);
            }
            m.put("entries", entries);
            Map<String, Object> endpoint = new LinkedHashMap<>();
            endpoint.put("availability", r.endpoint().availability());
            endpoint.put("downtime_minutes_per_year", r.endpoint().unavailability() * Hours.MINUTES_PER_YEAR);
            m.put("endpoint", endpoint);
            out.add(m);
        });
        return out;
    }
}
