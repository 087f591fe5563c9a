package zonesim.scenario;

import java.util.List;
import zonesim.model.FailureSpec;
import zonesim.model.ProcessKind;
import zonesim.model.ReplicationSpec;
import zonesim.model.RoutingSpec;
import zonesim.model.SlaSpec;

/**
 * {@code routing}, {@code replication} and {@code sla}; every key defaults to the model's
 * {@code DEFAULT} constant (detection uniform 60-180 s, dns_ttl 60 s, recovery_detection 2 m,
 * undetected_incidents 0, endpoint never fails; zone_lag lognormal median 30 s, geo_lag median 60 s, sigma 1.5;
 * sla 99.9% per 1mo).
 */
final class ServiceReader {
    private static final List<String> ROUTING =
            List.of("detection", "dns_ttl", "recovery_detection", "undetected_incidents", "endpoint");
    private static final List<String> REPLICATION = List.of("zone_lag", "geo_lag");
    private static final List<String> SLA = List.of("target", "window");

    private ServiceReader() { }

    /** The global endpoint's health detection. */
    static RoutingSpec routing(Fields root) {
        RoutingSpec def = RoutingSpec.DEFAULT;
        Fields f = Fields.of(root.diagnostics(), root.get("routing"), root.path("routing"), ROUTING);
        FailureSpec endpoint = f.has("endpoint") ? FailuresReader.spec(f.diagnostics(), f.get("endpoint"),
                f.path("endpoint"), ProcessKind.ENDPOINT, FailureSpec.NEVER_FAILS) : def.endpoint();
        return new RoutingSpec(f.distribution("detection", def.detection()), f.duration("dns_ttl", def.dnsTtlHours()),
                f.duration("recovery_detection", def.recoveryDetectionHours()),
                f.probability("undetected_incidents", def.undetectedIncidents()), endpoint);
    }

    /** Replication lags. */
    static ReplicationSpec replication(Fields root) {
        ReplicationSpec def = ReplicationSpec.DEFAULT;
        Fields f = Fields.of(root.diagnostics(), root.get("replication"), root.path("replication"), REPLICATION);
        return new ReplicationSpec(f.distribution("zone_lag", def.zoneLag()), f.distribution("geo_lag", def.geoLag()));
    }

    /** SLA target and window (> 0). */
    static SlaSpec sla(Fields root) {
        SlaSpec def = SlaSpec.DEFAULT;
        Fields f = Fields.of(root.diagnostics(), root.get("sla"), root.path("sla"), SLA);
        return new SlaSpec(f.probability("target", def.target()), f.positiveDuration("window", def.windowHours()));
    }
}
