package zonesim.exact;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonesim.model.Failures;
import zonesim.model.FailureSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.RegionSpec;
import zonesim.model.RegistrySpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.ReplicationSpec;
import zonesim.model.RoutingSpec;
import zonesim.model.Scenario;
import zonesim.model.SlaSpec;
import zonesim.model.Topology;

/** Builds scenarios in code for the exact-engine tests (no YAML parser needed). */
final class TestScenarios {
    private final Map<String, RegionSpec> regions = new LinkedHashMap<>();
    private final Map<ProcessKind, FailureSpec> defaults = new EnumMap<>(ProcessKind.class);
    private final Map<String, FailureSpec> overrides = new LinkedHashMap<>();
    private final Map<String, ReplicaSpec> replicas = new LinkedHashMap<>();
    private int writeQuorum = 1;
    private double zoneFailoverHours;
    private final List<zonesim.model.CommonCauseSpec> commonCauses = new java.util.ArrayList<>();

    /** Every process never fails until set otherwise. */
    TestScenarios() {
        for (ProcessKind k : ProcessKind.values()) {
            if (k.hasDefault()) {
                defaults.put(k, FailureSpec.NEVER_FAILS);
            }
        }
    }

    TestScenarios region(String name, int zones, int dcsPerZone) {
        regions.put(name, new RegionSpec(name, zones, dcsPerZone, Double.NaN, Double.NaN));
        return this;
    }

    TestScenarios fail(ProcessKind kind, FailureSpec spec) {
        defaults.put(kind, spec);
        return this;
    }

    TestScenarios override(String path, FailureSpec spec) {
        overrides.put(path, spec);
        return this;
    }

    TestScenarios zoneRedundant(String region) {
        replicas.put(region, new ReplicaSpec(region, true, null, true));
        return this;
    }

    TestScenarios placed(String region, Placement placement) {
        replicas.put(region, new ReplicaSpec(region, false, placement, true));
        return this;
    }

    TestScenarios writeQuorum(int k) {
        writeQuorum = k;
        return this;
    }

    TestScenarios commonCause(zonesim.model.CommonCauseSpec c) {
        commonCauses.add(c);
        return this;
    }

    TestScenarios zoneFailover(double hours) {
        zoneFailoverHours = hours;
        return this;
    }

    Scenario build() {
        String home = replicas.keySet().iterator().next();
        return new Scenario("test", "", 1, 1, 8760, 0.95, "none", zonesim.model.Start.STEADY, new Topology(regions),
                new Failures(defaults, overrides), commonCauses,
                new RegistrySpec("test", "Premium", home, replicas, writeQuorum, zoneFailoverHours),
                Map.of(), RoutingSpec.DEFAULT, ReplicationSpec.DEFAULT, SlaSpec.DEFAULT, null, List.of(), List.of());
    }

    /** a = MTTF / (MTTF + MTTR). */
    static double a(double mttf, double mttr) {
        return mttf / (mttf + mttr);
    }

    /** The ref66 benchmark scenario (/work/shared/bench/ref66.yaml) built in code. */
    static Scenario ref66() {
        return new TestScenarios().region("eastus", 3, 2).region("westus2", 3, 2).region("westeurope", 3, 2)
                .fail(ProcessKind.POWER, FailureSpec.exponential(8760, 4))
                .fail(ProcessKind.COOLING, FailureSpec.exponential(17520, 8))
                .fail(ProcessKind.NETWORK, FailureSpec.exponential(4380, 1))
                .fail(ProcessKind.ZONE, FailureSpec.exponential(43800, 6))
                .fail(ProcessKind.REGION, FailureSpec.exponential(87600, 12))
                .zoneRedundant("eastus").zoneRedundant("westus2")
                .placed("westeurope", new Placement.Pinned(0, 0)).build();
    }
}
