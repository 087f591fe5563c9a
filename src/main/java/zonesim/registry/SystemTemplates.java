package zonesim.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import zonesim.model.Placement;
import zonesim.model.RegionSpec;
import zonesim.model.Scenario;
import zonesim.random.StreamFamily;
import zonesim.random.StreamKeys;

/**
 * The systems of one configuration's replications: the structure is built once per draw
 * of the random placements (once in all when no placement is random) and each replication
 * only makes its live state from that {@link SystemTemplate}. Thread-safe; shared by the
 * threads running the configuration's replications.
 */
public final class SystemTemplates {
    /** Most templates kept (distinct placement draws); further draws are built each time, so memory stays flat. */
    static final int MAX_KEPT = 64;

    private final Scenario s;
    private final ChangePlan plan;
    private final double startHours;
    private final StreamFamily[] placements; // by replica index; null where the placement is not random
    private final Map<List<Placement.Pinned>, SystemTemplate> kept = new ConcurrentHashMap<>();
    private final SystemTemplate fixed; // the only template when no placement is random, else null

    /** The systems of {@code s} with its configuration timeline {@code plan}. */
    public SystemTemplates(Scenario s, ChangePlan plan) {
        this.s = s;
        this.plan = plan;
        this.startHours = s.steady() ? -SystemInstance.warmUpHours(s) : 0;
        int n = plan.replicas().size();
        placements = new StreamFamily[n];
        boolean random = false;
        for (int i = 0; i < n; i++) {
            if (plan.everPinned(i) && !(plan.pinnedPlacement(i) instanceof Placement.Pinned)) {
                placements[i] = StreamKeys.placement(s.seed(), plan.replicas().get(i).region());
                random = true;
            }
        }
        // Without random placements there is one template: built now, while the configuration is
        // prepared, so that the simulation's timing (which excludes start-up, SPEC 6) leaves it out.
        fixed = random ? null : new SystemAssembly(s, plan, new Placement.Pinned[n]).finish();
    }

    /** Replication {@code replication}'s system with every process scheduled (see {@link SystemInstance#build}). */
    public SystemInstance build(int replication) {
        if (fixed != null) {
            return fixed.instance(replication, startHours);
        }
        Placement.Pinned[] drawn = draw(replication);
        List<Placement.Pinned> key = Arrays.asList(drawn);
        SystemTemplate t = kept.get(key);
        if (t == null) {
            t = new SystemAssembly(s, plan, drawn).finish();
            if (kept.size() < MAX_KEPT) {
                kept.putIfAbsent(key, t);
            }
        }
        return t.instance(replication, startHours);
    }

    /** The datacenter of each replica with random placement in this replication, drawn uniformly (null elsewhere). */
    private Placement.Pinned[] draw(int replication) {
        Placement.Pinned[] drawn = new Placement.Pinned[placements.length];
        for (int i = 0; i < drawn.length; i++) {
            if (placements[i] != null) {
                RegionSpec r = s.topology().region(plan.replicas().get(i).region());
                int k = placements[i].replication(replication).nextInt(r.datacenters());
                drawn[i] = new Placement.Pinned(k / r.datacentersPerZone(), k % r.datacentersPerZone());
            }
        }
        return drawn;
    }
}
