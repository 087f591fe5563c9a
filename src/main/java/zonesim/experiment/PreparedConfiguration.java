package zonesim.experiment;

import zonesim.model.Scenario;
import zonesim.registry.ChangePlan;
import zonesim.registry.LagIntegrals;
import zonesim.registry.SystemTemplates;

/**
 * What is computed once per configuration and shared read-only by its replications: the
 * replayed configuration timeline, the metric catalog, the system's structure and wiring
 * plan and, when clients push, the replication-lag tables.
 */
public record PreparedConfiguration(Scenario scenario, ChangePlan plan, MetricCatalog catalog, LagIntegrals lags,
                                    SystemTemplates systems) {

    /** Prepares {@code s}. */
    public static PreparedConfiguration of(Scenario s) {
        ChangePlan plan = new ChangePlan(s);
        boolean pushes = s.clients().values().stream().anyMatch(c -> c.pushesPerHour() > 0);
        LagIntegrals lags = pushes ? new LagIntegrals(s.replication(), plan.replicas().size()) : null;
        return new PreparedConfiguration(s, plan, new MetricCatalog(s, plan), lags, new SystemTemplates(s, plan));
    }
}
