package zonesim.model;

import zonesim.distribution.Distribution;
import zonesim.distribution.Uniform;

/**
 * The global endpoint (SPEC 4.5): its health detection and its own failure process
 * ({@code endpoint}; never fails by default).
 */
public record RoutingSpec(Distribution detection, double dnsTtlHours, double recoveryDetectionHours,
                          double undetectedIncidents, FailureSpec endpoint) {
    /** Defaults: detection uniform 60-180 s, DNS TTL 60 s, recovery detection 2 min, no blind spot, no endpoint failures. */
    public static final RoutingSpec DEFAULT = new RoutingSpec(
            new Uniform(60.0 / 3600, 180.0 / 3600), 60.0 / 3600, 2.0 / 60, 0, FailureSpec.NEVER_FAILS);

    public RoutingSpec {
        if (endpoint == null) {
            endpoint = FailureSpec.NEVER_FAILS;
        }
    }

    /** Without an endpoint failure process. */
    public RoutingSpec(Distribution detection, double dnsTtlHours, double recoveryDetectionHours,
                       double undetectedIncidents) {
        this(detection, dnsTtlHours, recoveryDetectionHours, undetectedIncidents, FailureSpec.NEVER_FAILS);
    }
}
