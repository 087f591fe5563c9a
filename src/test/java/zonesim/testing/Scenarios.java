package zonesim.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonesim.model.ClientSpec;
import zonesim.model.CommonCauseSpec;
import zonesim.model.CostsSpec;
import zonesim.model.FailureSpec;
import zonesim.model.Failures;
import zonesim.model.OutageSpec;
import zonesim.model.ProcessKind;
import zonesim.model.RegionSpec;
import zonesim.model.RegistrySpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.ReplicationSpec;
import zonesim.model.RoutingSpec;
import zonesim.model.Scenario;
import zonesim.model.SlaSpec;
import zonesim.model.Start;
import zonesim.model.Topology;

/** A fluent builder of scenarios for tests: every process never fails unless set. */
public final class Scenarios {
    private final Map<String, RegionSpec> regions = new LinkedHashMap<>();
    private final Map<ProcessKind, FailureSpec> defaults = new EnumMap<>(ProcessKind.class);
    private final Map<String, FailureSpec> overrides = new LinkedHashMap<>();
    private final Map<String, ReplicaSpec> replicas = new LinkedHashMap<>();
    private final List<OutageSpec> outages = new ArrayList<>();
    private final List<zonesim.model.ChangeSpec> changes = new ArrayList<>();
    private final Map<String, ClientSpec> clients = new LinkedHashMap<>();
    private RoutingSpec routing = RoutingSpec.DEFAULT;
    private ReplicationSpec replication = ReplicationSpec.DEFAULT;
    private SlaSpec sla = SlaSpec.DEFAULT;
    private String home;
    private int writeQuorum = 1;
    private double zoneFailoverHours;
    private int replications = 100;
    private double horizonHours = 8760;
    private long seed = 1;
    private Start start = Start.STEADY;
    private final List<CommonCauseSpec> commonCauses = new ArrayList<>();
    private CostsSpec costs;

    private Scenarios() {
        for (ProcessKind k : ProcessKind.values()) {
            if (k.hasDefault()) {
                defaults.put(k, FailureSpec.NEVER_FAILS);
            }
        }
    }

    /** A new builder. */
    public static Scenarios builder() {
        return new Scenarios();
    }

    /** Declares a region. */
    public Scenarios region(String name, int zones, int dcsPerZone) {
        regions.put(name, new RegionSpec(name, zones, dcsPerZone, Double.NaN, Double.NaN));
        return this;
    }

    /** Default spec of a kind. */
    public Scenarios failures(ProcessKind kind, FailureSpec spec) {
        defaults.put(kind, spec);
        return this;
    }

    /** Override for one process path. */
    public Scenarios override(String path, FailureSpec spec) {
        overrides.put(path, spec);
        return this;
    }

    /** Adds a replica (the first becomes home). */
    public Scenarios replica(ReplicaSpec r) {
        replicas.put(r.region(), r);
        if (home == null) {
            home = r.region();
        }
        return this;
    }

    /** Adds an injected outage (its index becomes its position in the list). */
    public Scenarios outage(OutageSpec o) {
        outages.add(new OutageSpec(o.target(), o.atHours(), o.durationHours(), o.cause(), o.repeatEveryHours(),
                o.jitterHours(), outages.size()));
        return this;
    }

    /** How replications start (default: steady, as in the product). */
    public Scenarios start(Start s) {
        start = s;
        return this;
    }

    /** Adds a common cause. */
    public Scenarios commonCause(CommonCauseSpec c) {
        commonCauses.add(c);
        return this;
    }

    /** Prices. */
    public Scenarios costs(CostsSpec c) {
        costs = c;
        return this;
    }

    /** Adds a client region. */
    public Scenarios client(ClientSpec c) {
        clients.put(c.region(), c);
        return this;
    }

    /** Routing parameters. */
    public Scenarios routing(RoutingSpec r) {
        routing = r;
        return this;
    }

    /** Replication lags. */
    public Scenarios replication(ReplicationSpec r) {
        replication = r;
        return this;
    }

    /** SLA target and window. */
    public Scenarios sla(SlaSpec s) {
        sla = s;
        return this;
    }

    /** Declares a region with coordinates. */
    public Scenarios region(String name, int zones, int dcsPerZone, double lat, double lon) {
        regions.put(name, new RegionSpec(name, zones, dcsPerZone, lat, lon));
        return this;
    }

    /** Adds a timed configuration change. */
    public Scenarios change(zonesim.model.ChangeSpec c) {
        changes.add(c);
        return this;
    }

    /** Write quorum. */
    public Scenarios writeQuorum(int q) {
        writeQuorum = q;
        return this;
    }

    /** Zone failover window in hours. */
    public Scenarios zoneFailoverHours(double h) {
        zoneFailoverHours = h;
        return this;
    }

    /** Replications, horizon and seed. */
    public Scenarios run(int reps, double horizon, long s) {
        replications = reps;
        horizonHours = horizon;
        seed = s;
        return this;
    }

    /** The scenario. */
    public Scenario build() {
        return new Scenario("test", "", seed, replications, horizonHours, 0.95, "none", start,
                new Topology(regions), new Failures(defaults, overrides), commonCauses,
                new RegistrySpec("test", "Premium", home, replicas, writeQuorum, zoneFailoverHours),
                clients, routing, replication, sla, costs, outages, changes);
    }

    /** The REF66 benchmark model of shared/bench/ref66.yaml, built in code. */
    public static Scenario ref66(int reps, double horizonHours) {
        return builder()
                .region("eastus", 3, 2).region("westus2", 3, 2).region("westeurope", 3, 2)
                .failures(ProcessKind.POWER, FailureSpec.exponential(8760, 4))
                .failures(ProcessKind.COOLING, FailureSpec.exponential(17520, 8))
                .failures(ProcessKind.NETWORK, FailureSpec.exponential(4380, 1))
                .failures(ProcessKind.ZONE, FailureSpec.exponential(43800, 6))
                .failures(ProcessKind.REGION, FailureSpec.exponential(87600, 12))
                .replica(new ReplicaSpec("eastus", true, null, true))
                .replica(new ReplicaSpec("westus2", true, null, true))
                .replica(new ReplicaSpec("westeurope", false, new zonesim.model.Placement.Pinned(0, 0), true))
                .run(reps, horizonHours, 66)
                .build();
    }
}
