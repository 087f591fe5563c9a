package zonesim.exact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import zonesim.model.ClientSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.RegionSpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.structure.Algebra;
import zonesim.structure.ProcessRef;
import zonesim.structure.SystemStructure;

/**
 * Exact steady-state figures of a scenario (SPEC 7): every process is an alternating
 * renewal process, so each contributes only its (effective) availability and failure
 * frequency, composed exactly by {@link Composition} over the structure of
 * {@link SystemStructure} (the simulator's, built here as trees). Common causes feed
 * several elements, so the engine conditions on their states ({@link Conditioning}); every
 * other process is independent. Zone-failover windows (SPEC 4.3) are interruptions, kept
 * apart from outages and added to unavailability to first order in the window length.
 */
public final class ExactEngine implements Algebra<Node> {
    private final Scenario s;
    private final SystemStructure<Node> structure;
    private final Map<String, Node.Leaf> leaves = new HashMap<>();
    private final boolean ranked;

    private ExactEngine(Scenario s, boolean ranked) {
        this.s = s;
        this.ranked = ranked;
        this.structure = new SystemStructure<>(s, this);
    }

    @Override
    public Node process(ProcessRef p) {
        return leaves.computeIfAbsent(p.path(), k -> new Node.Leaf(p.path(), p.kind(), ProcessMeasures.of(p.spec())));
    }

    @Override
    public Node element(String path, List<Node> parts) {
        return parts.size() == 1 ? parts.get(0) : new Node.Series(parts);
    }

    @Override
    public Node all(List<Node> parts) {
        return parts.size() == 1 ? parts.get(0) : new Node.Series(parts);
    }

    @Override
    public Node atLeast(int k, List<Node> parts) {
        return k == 1 ? new Node.Parallel(parts) : new Node.AtLeast(k, parts);
    }

    /** Empty if exact figures apply; otherwise the reason. */
    public static Optional<String> notApplicable(Scenario s) {
        List<String> why = new ArrayList<>();
        if (!s.outages().isEmpty()) {
            why.add("the injected outages (SPEC 4.7)");
        }
        if (!s.changes().isEmpty()) {
            why.add("the configuration changes (SPEC 4.8; the initial configuration is analysed)");
        }
        if (s.commonCauses().size() > Conditioning.MAX_SHARED) {
            why.add("more than " + Conditioning.MAX_SHARED + " common causes (the simulation covers them)");
        }
        return why.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", why));
    }

    /** Exact figures, rankings and kind shares of every replica, the any-replica service and single-route clients. */
    public static ExactResult analyze(Scenario s) {
        return new ExactEngine(s, true).analyze();
    }

    /** The exact figures alone, without the importance ranking (about half the work; what metric values need). */
    public static ExactResult figures(Scenario s) {
        return new ExactEngine(s, false).analyze();
    }

    private ExactResult analyze() {
        double window = s.registry().zoneFailoverHours();
        Map<String, ReplicaFigures> replicas = new LinkedHashMap<>();
        List<RankEntry> ranking = new ArrayList<>();
        Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
        List<Node> structs = new ArrayList<>();
        Map<String, Node> byRegion = new LinkedHashMap<>();
        for (ReplicaSpec r : s.registry().replicas().values()) {
            Node pull = pull(r);
            structs.add(pull);
            byRegion.put(r.region(), pull);
            Conditioning c = conditioning(pull);
            Figures f = figures(c, pull);
            double rate = window > 0 && r.zoneRedundant() ? zoneLossRate(r, 1, List.of(), fixed -> 1) : 0;
            double push = window > 0 && r.zoneRedundant() ? pushWindowUnavailability(r, window) : 0;
            Node pushNode = push(r);
            replicas.put(r.region(), new ReplicaFigures(r.region(), f, figures(conditioning(pushNode), pushNode),
                    window * rate, push, rate));
            if (ranked) {
                rank(r.region(), pull, c, ranking, shares);
            }
        }
        Node global = new Node.Parallel(structs);
        Conditioning gc = conditioning(global);
        double globalRate = 0;
        for (ReplicaSpec r : s.registry().replicas().values()) {
            if (window > 0 && r.zoneRedundant()) {
                List<Node> others = new ArrayList<>(byRegion.values());
                others.remove(byRegion.get(r.region()));
                globalRate += zoneLossRate(r, 1, others, fixed -> allDown(others, fixed));
            }
        }
        if (ranked) {
            rank(ExactResult.GLOBAL, global, gc, ranking, shares);
        }
        Map<String, ClientFigures> clients = clients(byRegion, window);
        Node endpoint = structure.endpoint();
        return new ExactResult(replicas, figures(gc, global), window * globalRate, globalRate, clients,
                figures(conditioning(endpoint), endpoint), ranking, shares);
    }

    /** P(every node of {@code nodes} is down | fixed): independent given the shared leaves. */
    private static double allDown(List<Node> nodes, Map<Node.Leaf, Boolean> fixed) {
        double p = 1;
        for (Node n : nodes) {
            p *= Composition.evaluate(n, fixed).u();
        }
        return p;
    }

    /**
     * Clients whose only routable replica is one replica (routing delays then play no part):
     * pulls succeed iff the endpoint and that replica are up; failover windows as the replica's.
     */
    private Map<String, ClientFigures> clients(Map<String, Node> byRegion, double window) {
        Map<String, ClientFigures> out = new LinkedHashMap<>();
        List<ReplicaSpec> routable = s.registry().replicas().values().stream().filter(ReplicaSpec::routing).toList();
        if (routable.size() != 1) {
            return out;
        }
        ReplicaSpec r = routable.get(0);
        Node endpoint = structure.endpoint();
        Node pull = new Node.Series(List.of(endpoint, byRegion.get(r.region())));
        Node push = new Node.Series(List.of(endpoint, push(r)));
        Conditioning c = conditioning(pull);
        double rate = window > 0 && r.zoneRedundant()
                ? zoneLossRate(r, 1, List.of(endpoint), fixed -> Composition.evaluate(endpoint, fixed).a()) : 0;
        double pushWindow = window > 0 && r.zoneRedundant() ? pushWindowUnavailability(r, window) : 0;
        for (ClientSpec cl : s.clients().values()) {
            out.put(cl.region(), new ClientFigures(cl.region(), c.state(pull).u() + window * rate,
                    conditioning(push).state(push).u() + pushWindow, cl.pullsPerHour(), cl.pushesPerHour()));
        }
        return out;
    }

    /** Pull structure of a replica; a random placement is the average over its datacenters. */
    private Node pull(ReplicaSpec r) {
        if (r.zoneRedundant()) {
            return structure.zoneRedundantPull(r.region());
        } else if (r.placement() instanceof Placement.Pinned p) {
            return structure.pinned(r.region(), p.zoneIndex(), p.datacenterIndex());
        }
        RegionSpec region = s.topology().region(r.region());
        List<Node> options = new ArrayList<>();
        for (int z = 0; z < region.zones(); z++) {
            for (int d = 0; d < region.datacentersPerZone(); d++) {
                options.add(structure.pinned(r.region(), z, d));
            }
        }
        return new Node.Mixture(options);
    }

    /** Push structure: at least write_quorum zones for a zone-redundant replica, else as pull. */
    private Node push(ReplicaSpec r) {
        return r.zoneRedundant() ? structure.zoneRedundantPush(r.region()) : pull(r);
    }

    /**
     * Rate at which one of a zone-redundant replica's zones goes down while the replica stays
     * available without it (region, service and at least {@code need} other zones up) and
     * {@code also} holds (a condition on the {@code context} nodes): each window of SPEC 4.3.
     * First order: windows that overlap, and a common cause taking two zones at once, count twice.
     */
    double zoneLossRate(ReplicaSpec r, int need, List<Node> context, ToDoubleFunction<Map<Node.Leaf, Boolean>> also) {
        String region = r.region();
        List<Node> zones = structure.zones(region);
        Node rest = new Node.Series(List.of(structure.region(region), structure.service(region)));
        double sum = 0;
        for (int z = 0; z < zones.size(); z++) {
            List<Node> others = new ArrayList<>(zones);
            others.remove(z);
            if (others.size() < need) {
                continue;
            }
            Node stays = others.size() == 1 && need == 1 ? others.get(0) : atLeast(need, others);
            Node after = new Node.Series(List.of(rest, stays));
            Node zone = zones.get(z);
            List<Node> all = new ArrayList<>(List.of(zone, after));
            all.addAll(context);
            Conditioning c = conditioning(new Node.Series(all));
            sum += c.downRateWhile(zone, fixed -> Composition.evaluate(after, fixed).a() * also.applyAsDouble(fixed));
        }
        return sum;
    }

    /**
     * Push unavailability added by failover windows: a window opened while the write quorum
     * holds without the lost zone costs its whole length W; one opened while the loss broke
     * the quorum (but pulls survive) costs only what outlasts the zone's own outage D,
     * E[(W - D)+], with D taken as exponential with the zone's mean outage duration (an
     * approximation: zones are series-parallel, not single processes). First order.
     */
    double pushWindowUnavailability(ReplicaSpec r, double window) {
        int quorum = s.registry().writeQuorum();
        List<Node> zones = structure.zones(r.region());
        Composition.State zone = conditioning(zones.get(0)).state(zones.get(0));
        double d = zone.f() > 0 ? zone.u() / zone.f() : 0;
        double excess = window - d * -Math.expm1(-window / Math.max(d, Double.MIN_NORMAL));
        double any = zoneLossRate(r, 1, List.of(), fixed -> 1);
        double holds = quorum <= 1 ? any : zoneLossRate(r, quorum, List.of(), fixed -> 1);
        return window * holds + (any - holds) * excess;
    }

    private Conditioning conditioning(Node n) {
        Set<Node.Leaf> found = new LinkedHashSet<>();
        collect(n, found);
        return new Conditioning(found.stream().filter(l -> l.kind() == ProcessKind.COMMON_CAUSE).toList());
    }

    private static void collect(Node n, Set<Node.Leaf> out) {
        if (n instanceof Node.Leaf l) {
            out.add(l);
        } else {
            Composition.parts(n).forEach(p -> collect(p, out));
        }
    }

    private static Figures figures(Conditioning c, Node n) {
        Composition.State st = c.state(n);
        return Figures.of(st.u(), st.f());
    }

    private static void rank(String system, Node root, Conditioning c, List<RankEntry> ranking,
                             Map<String, Map<String, Double>> shares) {
        List<RankEntry> entries = Criticality.rank(system, root, c);
        ranking.addAll(entries);
        shares.put(system, Criticality.kindShares(entries));
    }
}
