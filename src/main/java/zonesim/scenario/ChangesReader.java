package zonesim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import zonesim.model.ChangeSpec;
import zonesim.model.Placement;
import zonesim.model.RegionSpec;
import zonesim.model.RegistrySpec;
import zonesim.model.ReplicaSpec;

/**
 * {@code changes} (SPEC 4.8): each item has {@code at} and exactly one of {@code add_replica}
 * (with zone_redundancy, placement, routing, sync default 0s), {@code remove_replica}, or
 * {@code replica} (with routing and/or zone_redundancy, placement). Items are ordered by
 * {@code at} (ties in file order) and replayed to check that each names a replica that exists
 * then. A region added that is not declared but is catalogued joins the topology with
 * catalogue defaults.
 */
final class ChangesReader {
    private static final List<String> VERBS = List.of("add_replica", "remove_replica", "replica");
    private static final List<String> KEYS = List.of("at", "add_replica", "remove_replica", "replica",
            "zone_redundancy", "placement", "routing", "sync");
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "add_replica", List.of("at", "add_replica", "zone_redundancy", "placement", "routing", "sync"),
            "remove_replica", List.of("at", "remove_replica"),
            "replica", List.of("at", "replica", "routing", "zone_redundancy", "placement"));

    /** The parsed changes in time order, the YAML path of each, and every region that ever has a replica. */
    record Result(List<ChangeSpec> changes, List<String> paths, Set<String> everReplicas) { }

    private record Item(double at, String verb, String region, Fields f) { }

    private ChangesReader() { }

    /** Reads and replays the changes; may add catalogue regions to {@code regions}. */
    static Result read(Fields root, Map<String, RegionSpec> regions, RegionCatalogue catalogue,
                       RegistrySpec registry, String platform) {
        List<Item> items = new ArrayList<>();
        for (Fields f : Fields.list(root, "changes", KEYS)) {
            Diagnostics d = f.diagnostics();
            List<String> verbs = VERBS.stream().filter(f::has).toList();
            double at = f.require("at") ? f.duration("at", 0) : 0;
            if (verbs.size() != 1) {
                d.error(f.node(), f.path(), "each change needs exactly one of add_replica, remove_replica or replica");
                continue;
            }
            String verb = verbs.get(0);
            for (String key : f.keys()) {
                if (!ALLOWED.get(verb).contains(key)) {
                    d.error(f.keyNode(key), f.path(key), "'" + key + "' does not apply to " + verb);
                }
            }
            Values.string(d, f.get(verb), f.path(verb)).ifPresent(r -> items.add(new Item(at, verb, r, f)));
        }
        items.sort(Comparator.comparingDouble(Item::at));
        List<ChangeSpec> changes = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        Set<String> current = new LinkedHashSet<>(registry == null ? Set.of() : registry.replicas().keySet());
        Set<String> ever = new LinkedHashSet<>(current);
        Map<String, Placement> pinned = new java.util.HashMap<>();
        if (registry != null) {
            registry.replicas().values().stream().filter(r -> !r.zoneRedundant())
                    .forEach(r -> pinned.put(r.region(), r.placement()));
        }
        for (Item it : items) {
            for (ChangeSpec c : replay(it, regions, catalogue, registry, platform, current, pinned)) {
                changes.add(c);
                paths.add(it.f().path());
            }
        }
        changes.stream().filter(c -> c instanceof ChangeSpec.AddReplica)
                .forEach(c -> ever.add(((ChangeSpec.AddReplica) c).replica().region()));
        return new Result(changes, paths, ever);
    }

    private static List<ChangeSpec> replay(Item it, Map<String, RegionSpec> regions, RegionCatalogue catalogue,
                                           RegistrySpec registry, String platform, Set<String> current,
                                           Map<String, Placement> pinned) {
        Fields f = it.f();
        Diagnostics d = f.diagnostics();
        String region = it.region();
        if (registry == null) {
            return List.of(); // no registry to change; already reported
        }
        switch (it.verb()) {
            case "add_replica": {
                RegionSpec r = region(f, region, regions, catalogue);
                if (r == null) {
                    return List.of();
                }
                if (!current.add(region)) {
                    d.error(f.get("add_replica"), f.path("add_replica"), "region '" + region
                            + "' already has a replica at that time (one replica per region)");
                    return List.of();
                }
                ReplicaSpec replica = RegistryReader.replica(f, r, platform);
                if (!replica.zoneRedundant() && f.has("placement")) {
                    keepPlacement(f, region, replica.placement(), pinned);
                }
                return List.of(new ChangeSpec.AddReplica(it.at(), replica, f.duration("sync", 0)));
            }
            case "remove_replica":
                if (region.equals(registry.home())) {
                    d.error(f.get("remove_replica"), f.path("remove_replica"),
                            "the home replica '" + region + "' cannot be removed");
                } else if (!current.remove(region)) {
                    d.error(f.get("remove_replica"), f.path("remove_replica"), "there is no replica in region '"
                            + region + "' at that time" + DidYouMean.hint(region, current));
                } else {
                    return List.of(new ChangeSpec.RemoveReplica(it.at(), region));
                }
                return List.of();
            default:
                return edit(it, regions, current, pinned);
        }
    }

    /**
     * A replica keeps one pinned placement for the whole timeline (its first): a later,
     * different one is refused rather than silently ignored.
     */
    private static void keepPlacement(Fields f, String region, Placement placement, Map<String, Placement> pinned) {
        Placement first = pinned.putIfAbsent(region, placement);
        if (first != null && !first.equals(placement)) {
            f.diagnostics().error(f.get("placement"), f.path("placement"), "replica '" + region + "' was placed at "
                    + first + " earlier; a replica keeps one placement over the timeline");
        }
    }

    private static List<ChangeSpec> edit(Item it, Map<String, RegionSpec> regions, Set<String> current,
                                         Map<String, Placement> pinned) {
        Fields f = it.f();
        Diagnostics d = f.diagnostics();
        String region = it.region();
        if (!current.contains(region)) {
            d.error(f.get("replica"), f.path("replica"), "there is no replica in region '" + region
                    + "' at that time" + DidYouMean.hint(region, current));
            return List.of();
        }
        if (!f.has("routing") && !f.has("zone_redundancy")) {
            d.error(f.node(), f.path(), "a replica change needs routing and/or zone_redundancy");
        }
        if (f.has("placement") && !f.has("zone_redundancy")) {
            d.error(f.keyNode("placement"), f.path("placement"), "placement applies only with zone_redundancy");
        }
        List<ChangeSpec> out = new ArrayList<>();
        if (f.has("zone_redundancy")) {
            Optional<Boolean> zr = Values.bool(d, f.get("zone_redundancy"), f.path("zone_redundancy"));
            Placement p = f.has("placement") ? RegistryReader.placement(d, f.get("placement"), f.path("placement"),
                    regions.get(region)) : Placement.RANDOM;
            if (zr.isPresent() && !zr.get() && f.has("placement")) {
                keepPlacement(f, region, p, pinned);
            }
            zr.ifPresent(z -> out.add(new ChangeSpec.SetZoneRedundancy(it.at(), region, z, p)));
        }
        if (f.has("routing")) {
            Values.bool(d, f.get("routing"), f.path("routing"))
                    .ifPresent(r -> out.add(new ChangeSpec.SetRouting(it.at(), region, r)));
        }
        return out;
    }

    /** The declared region, or a catalogue region added to the topology; null (reported) if unknown. */
    private static RegionSpec region(Fields f, String region, Map<String, RegionSpec> regions,
                                     RegionCatalogue catalogue) {
        RegionSpec r = regions.get(region);
        if (r != null) {
            return r;
        }
        Optional<RegionCatalogue.Entry> e = catalogue.find(region);
        if (e.isEmpty()) {
            List<String> known = new ArrayList<>(regions.keySet());
            catalogue.entries().forEach(x -> known.add(x.id()));
            f.diagnostics().error(f.get("add_replica"), f.path("add_replica"), "unknown region '" + region + "'"
                    + DidYouMean.hint(region, known) + "; declare it in topology.regions");
            return null;
        }
        r = TopologyReader.fromCatalogue(e.get());
        regions.put(region, r);
        f.diagnostics().notice(f.get("add_replica"), f.path("add_replica"), "region '" + region
                + "' joins the topology with catalogue defaults (" + r.zones() + " zone(s), 1 datacenter each)");
        return r;
    }
}
