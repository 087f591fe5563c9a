package zonesim.model;

import zonesim.distribution.Distribution;
import zonesim.distribution.Uniform;

/** The global endpoint's health detection (SPEC 4.5). */
public record RoutingSpec(Distribution detection, double dnsTtlHours, double recoveryDetectionHours,
                          double undetectedIncidents) {
    /** Defaults: detection uniform 60-180 s, DNS TTL 60 s, recovery detection 2 min, no blind spot. */
    public static final RoutingSpec DEFAULT = new RoutingSpec(
            new Uniform(60.0 / 3600, 180.0 / 3600), 60.0 / 3600, 2.0 / 60, 0);
}
