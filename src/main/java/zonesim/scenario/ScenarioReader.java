package zonesim.scenario;

import zonesim.distribution.Hours;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import zonesim.model.ChangeSpec;
import zonesim.model.ClientSpec;
import zonesim.model.CommonCauseSpec;
import zonesim.model.CostsSpec;
import zonesim.model.FailureSpec;
import zonesim.model.Failures;
import zonesim.model.OutageSpec;
import zonesim.model.ProcessKind;
import zonesim.model.RegionSpec;
import zonesim.model.RegistrySpec;
import zonesim.model.ReplicationSpec;
import zonesim.model.RoutingSpec;
import zonesim.model.Scenario;
import zonesim.model.SlaSpec;
import zonesim.model.Start;
import zonesim.model.Topology;

/**
 * One scenario mapping (the base, or a configuration merged over it) to a {@link Scenario}.
 * Top-level defaults: name = the file's base name, description empty, seed 1, replications
 * 1000, horizon 1y, confidence 0.95, platform none, start steady.
 */
final class ScenarioReader {
    /** Every top-level key of SPEC 3, and the what-if sections of SPEC 9 (read by WhatIfReader). */
    static final List<String> KEYS = List.of("name", "description", "seed", "replications", "horizon",
            "confidence", "platform", "start", "topology", "registry", "clients", "routing", "replication", "sla",
            "costs", "outages", "changes", "configurations", "sweep", "sensitivity", "uncertainty");
    /** Default master seed. */
    static final long DEFAULT_SEED = 1;
    /** Upper limits that keep a run within memory and reason (per-replication results are kept). */
    static final int MAX_REPLICATIONS = 10_000_000;
    static final double MAX_HORIZON_HOURS = 100_000 * Hours.PER_YEAR;

    /** Default replications. */
    static final int DEFAULT_REPLICATIONS = 1000;
    /** Default confidence level. */
    static final double DEFAULT_CONFIDENCE = 0.95;

    private static final List<String> TOPOLOGY_KEYS = List.of("regions", "failures", "overrides", "common_cause");

    private ScenarioReader() { }

    /** The scenario at {@code node}, or null when it has errors (all reported to {@code d}). */
    static Scenario read(Diagnostics d, Node node, String defaultName, RegionCatalogue catalogue) {
        Fields root = Fields.of(d, node, "", KEYS);
        if (!root.wellTyped()) {
            return null;
        }
        String name = name(root, defaultName);
        String description = root.string("description", "");
        long seed = root.integer("seed", DEFAULT_SEED, Long.MIN_VALUE);
        int replications = root.count("replications", DEFAULT_REPLICATIONS, 1, MAX_REPLICATIONS);
        Sanity.replications(root, replications);
        double horizon = root.positiveDuration("horizon", Hours.PER_YEAR, MAX_HORIZON_HOURS, "100000y");
        double confidence = root.check("confidence", root.has("confidence")
                ? Values.probability(d, root.get("confidence"), root.path("confidence")) : Optional.empty(),
                c -> c > 0 && c < 1, "must be strictly between 0 and 1").orElse(DEFAULT_CONFIDENCE);
        String platform = platform(root);
        Start start = start(root);

        if (!root.has("topology")) {
            d.error(root.node(), "topology", "required: topology.regions declares the regions");
        }
        Fields topo = Fields.of(d, root.get("topology"), "topology", TOPOLOGY_KEYS);
        Map<String, RegionSpec> regions = new java.util.LinkedHashMap<>(root.has("topology")
                ? TopologyReader.regions(topo, catalogue) : Map.of());
        Map<ProcessKind, FailureSpec> defaults = FailuresReader.defaults(topo);
        RegistrySpec registry = RegistryReader.read(root, name, platform, regions);
        ChangesReader.Result changes = ChangesReader.read(root, regions, catalogue, registry, platform);
        Topology topology = new Topology(regions);
        Set<String> replicas = changes.everReplicas();
        List<CommonCauseSpec> commonCauses = CommonCauseReader.read(topo, topology, replicas);
        RoutingSpec routing = ServiceReader.routing(root);
        Map<String, FailureSpec> specials = new java.util.LinkedHashMap<>();
        commonCauses.forEach(c -> specials.put(c.path(), c.spec()));
        specials.put(Targets.ENDPOINT, routing.endpoint());
        Map<String, FailureSpec> overrides = FailuresReader.overrides(topo, topology, replicas, defaults, specials);
        commonCauses = commonCauses.stream().map(c -> overrides.containsKey(c.path())
                ? new CommonCauseSpec(c.name(), c.elements(), overrides.remove(c.path())) : c).toList();
        if (overrides.containsKey(Targets.ENDPOINT)) {
            routing = new RoutingSpec(routing.detection(), routing.dnsTtlHours(), routing.recoveryDetectionHours(),
                    routing.undetectedIncidents(), overrides.remove(Targets.ENDPOINT));
        }
        Set<String> causeNames = commonCauses.stream().map(CommonCauseSpec::name)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
        Map<String, ClientSpec> clients = ClientsReader.read(root, topology, catalogue, replicas);
        List<OutageSpec> outages = OutagesReader.read(root, topology, replicas, causeNames);
        CostsSpec costs = CostsReader.read(root, clients.keySet());
        ReplicationSpec replication = ServiceReader.replication(root);
        SlaSpec sla = ServiceReader.sla(root);
        List<ChangeSpec> changeList = changes.changes();
        if (registry != null) {
            PlatformRules rules = new PlatformRules(platform, topology, catalogue, d);
            registry = rules.registry(registry);
            changeList = rules.changes(changeList, changes.paths(), registry.sku());
            Checks.writeQuorum(d, registry, changeList, topology);
            Checks.coordinates(d, clients, replicas, topology);
            Checks.horizon(d, horizon, outages, changeList, changes.paths());
            Checks.slaWindows(d, horizon, sla, !clients.isEmpty());
            Ratios.check(d, horizon, sla, !clients.isEmpty(), outages, topology);
        }
        if (d.hasErrors() || registry == null) {
            return null;
        }
        try {
            return new Scenario(name, description, seed, replications, horizon, confidence, platform, start, topology,
                    new Failures(defaults, overrides), commonCauses, registry, clients, routing, replication, sla, costs,
                    outages, changeList);
        } catch (IllegalArgumentException e) {
            d.error(root.node(), "", e.getMessage());
            return null;
        }
    }

    private static String name(Fields root, String defaultName) {
        String name = root.string("name", Names.fromFileName(defaultName));
        String problem = Names.scenarioProblem(name);
        if (problem != null) {
            root.diagnostics().error(root.get("name"), root.path("name"), problem);
        }
        return name;
    }

    private static Start start(Fields root) {
        String start = root.string("start", Start.STEADY.key());
        for (Start st : Start.values()) {
            if (st.key().equals(start)) {
                return st;
            }
        }
        List<String> keys = java.util.Arrays.stream(Start.values()).map(Start::key).toList();
        root.diagnostics().error(root.get("start"), root.path("start"), "unknown start '" + start + "'"
                + DidYouMean.hint(start, keys) + "; expected steady (a typical stretch of time) or fresh (everything new"
                + " and up at t = 0)");
        return Start.STEADY;
    }

    private static String platform(Fields root) {
        String platform = root.string("platform", PlatformRules.NONE);
        if (!PlatformRules.PLATFORMS.contains(platform)) {
            root.diagnostics().error(root.get("platform"), root.path("platform"), "unknown platform '" + platform
                    + "'" + DidYouMean.hint(platform, PlatformRules.PLATFORMS) + "; expected one of "
                    + String.join(", ", PlatformRules.PLATFORMS));
            return PlatformRules.NONE;
        }
        return platform;
    }
}
