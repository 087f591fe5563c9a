package zonesim.whatif;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import zonesim.experiment.Metric;
import zonesim.experiment.MetricCatalog;
import zonesim.model.Parameter;
import zonesim.scenario.DidYouMean;
import zonesim.scenario.Problem;
import zonesim.scenario.ScenarioException;

/** Problems a what-if study finds after loading, reported where the study was declared. */
final class Problems {
    private Problems() { }

    /** A one-problem exception at {@code o}. */
    static ScenarioException at(Parameter.Origin o, String message) {
        return new ScenarioException(List.of(new Problem(o.file(), o.line(), o.column(), o.path(), message)));
    }

    /** True iff {@code catalog} has {@code metric}. */
    static boolean has(MetricCatalog catalog, String metric) {
        return catalog.metrics().stream().anyMatch(m -> m.name().equals(metric));
    }

    /** Every metric must be one some configuration reports (a summary.json name). */
    static void checkMetrics(Parameter.Origin o, List<String> metrics, Collection<MetricCatalog> catalogs)
            throws ScenarioException {
        Set<String> known = new LinkedHashSet<>();
        catalogs.forEach(c -> c.metrics().stream().map(Metric::name).forEach(known::add));
        for (String m : metrics) {
            if (!known.contains(m)) {
                throw at(o, "unknown metric '" + m + "'" + DidYouMean.hint(m, known) + "; metrics are named as in "
                        + "summary.json, e.g. global.availability, replicas.<region>.availability, "
                        + "clients.<region>.pull.availability, costs.total_per_year");
            }
        }
    }
}
