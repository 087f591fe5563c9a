package zonesim.whatif;

import zonesim.scenario.ScenarioDocument;
import zonesim.scenario.ScenarioException;

/**
 * A scenario whose crossover is derived by hand. One region, three zones; datacenters and
 * the region never fail; zone-wide failures mttf 5y (43800 h), mttr Z (swept); the replica
 * service mttf 1y (8760 h), mttr 2h. Zone failover windows are off (0s), so availability is
 * structural only.
 * <ul>
 * <li>baseline: the replica pinned in az1/dc1: A = a1 (1 - q), a1 = 8760 / 8762 (service),
 *     q = Z / (43800 + Z) (its zone down);</li>
 * <li>zr: zone-redundant, its service repaired in 4h instead: A = a2 (1 - q^3),
 *     a2 = 8760 / 8764 (down only with all three zones).</li>
 * </ul>
 * They cross where a1 (1 - q) = a2 (1 - q^3): q = 1 - (a2 / a1)(1 - q^3) = 2/8764 + (8762/8764) q^3,
 * so q* = 2/8764 + 1.19e-11 to 11 digits (one fixed-point step from q0 = 2/8764, since q^3 is
 * 1.2e-11), and Z* = 43800 q* / (1 - q*) = 87600/8762 h + 43800 * 1.19e-11 / (1 - q*)^2
 * = 9.997717416 h + 5.2e-7 h. Below Z* the pinned replica is better, above it zone redundancy.
 */
final class WhatIfScenarios {
    /** The hand-derived crossover Z*, in hours (see the class comment). */
    static final double CROSSOVER_HOURS = crossover();

    static final String CROSS = """
            name: cross
            seed: 11
            horizon: 10y
            replications: 200
            topology:
              regions:
                eastus: { zones: 3 }
              failures:
                datacenter:
                  power: { mttf: never }
                  cooling: { mttf: never }
                  network: { mttf: never }
                zone: { mttf: 5y, mttr: 6h }
                region: { mttf: never }
                replica: { mttf: 1y, mttr: 2h }
            registry:
              replicas:
                eastus: { zone_redundancy: false, placement: az1/dc1 }
              zone_failover: 0s
            configurations:
              - name: zr
                registry: { replicas: { eastus: { zone_redundancy: true } } }
                topology: { overrides: { "replica:eastus": { mttr: 4h } } }
            """;

    private WhatIfScenarios() { }

    /** {@code CROSS} followed by {@code extra} (what-if sections). */
    static ScenarioDocument load(String extra) {
        try {
            return ScenarioDocument.loadString("t.yaml", CROSS + extra, false, null, null);
        } catch (ScenarioException e) {
            throw new AssertionError("unexpected problems:\n" + e.getMessage(), e);
        }
    }

    private static double crossover() {
        double q0 = 2.0 / 8764;
        double q = q0 + 8762.0 / 8764 * q0 * q0 * q0; // one fixed-point step; the next changes q by ~1e-22
        return 43800 * q / (1 - q);
    }
}
