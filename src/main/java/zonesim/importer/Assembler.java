package zonesim.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what the readers found into one {@link Imported} registry: picks the registry
 * ({@code --registry NAME} when several), attaches its replications (by the registry name
 * they carry; the home region's own replication merges into the home replica), maps
 * locations to region ids, and fills what the input leaves open with stated defaults or,
 * for values it could not resolve, assumptions with a notice each.
 */
final class Assembler {
    private static final Pattern REGION_ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final List<String> SKUS = List.of("Basic", "Standard", "Premium");

    private final Found found;
    private final RegionNames regions;
    private final String locationHint;

    Assembler(Found found, RegionNames regions, String locationHint) {
        this.found = found;
        this.regions = regions;
        this.locationHint = locationHint;
    }

    /**
     * The registry named {@code wanted} (or the only one) with its replicas, read from {@code files}
     * of the kinds {@code source} names; errors name the files.
     */
    Imported assemble(String wanted, List<String> files, String source) throws ImportException {
        Found.Registry reg = choose(wanted, files);
        List<Found.Replica> mine = new ArrayList<>(reg.replicas());
        boolean single = distinctNames().size() == 1;
        for (Found.Replica r : found.replicas()) {
            if (r.registry() != null && r.registry().equalsIgnoreCase(reg.name())) {
                mine.add(r);
            } else if (single && (r.registry() == null || !ArmScope.isKnown(ArmScope.NODES.textNode(r.registry())))) {
                if (r.registry() != null) {
                    found.notice(r.at(), "the registry of this replication, " + ArmScope.display(r.registry())
                            + ", could not be resolved; taken as a replication of " + ArmScope.display(reg.name()));
                }
                mine.add(r);
            } else if (!distinctNames().contains(r.registry() == null ? "" : r.registry().toLowerCase())) {
                found.notice(r.at(), "replication of registry '" + ArmScope.display(String.valueOf(r.registry()))
                        + "', which is not defined in the input; ignored");
            }
        }
        String home = homeRegion(reg);
        Map<String, Imported.Replica> replicas = new LinkedHashMap<>();
        replicas.put(home, new Imported.Replica(home, settled(reg.location(), home),
                zoneRedundancy(reg.zoneRedundant(), reg.at()), null));
        for (Found.Replica r : mine) {
            String region = replicaRegion(r, home, replicas);
            Imported.Replica existing = replicas.get(region);
            if (existing != null && existing.routing() == null && region.equals(home)) {
                replicas.put(home, mergeHome(existing, r));
            } else if (existing != null) {
                found.notice(r.at(), "a second replication in region '" + region + "'; zonesim models one replica "
                        + "per region, so only the first is kept");
            } else {
                replicas.put(region, new Imported.Replica(region, settled(r.location(), region),
                        zoneRedundancy(r.zoneRedundant(), r.at()), routing(r.routing(), r.at())));
            }
        }
        Imported.Replica h = replicas.get(home);
        if (h.routing() == null) {
            replicas.put(home, new Imported.Replica(home, h.location(), h.zoneRedundant(),
                    Sourced.defaulted(true, reg.at(), "routed; the input has no replication of the home region")));
        }
        return new Imported(reg.name(), reg.nameAt(), source, sku(reg.sku()), home,
                new ArrayList<>(replicas.values()), files);
    }

    private Found.Registry choose(String wanted, List<String> files) throws ImportException {
        List<Found.Registry> all = new ArrayList<>();
        for (Found.Registry r : found.registries()) {
            Optional<Found.Registry> same = all.stream().filter(a -> a.name().equalsIgnoreCase(r.name())).findFirst();
            if (same.isPresent()) {
                found.notice(r.at(), "registry " + ArmScope.display(r.name()) + " appears again; the first, at "
                        + same.get().at().cite() + ", is used");
            } else {
                all.add(r);
            }
        }
        String where = files.get(0) + ":1:1: ";
        if (all.isEmpty()) {
            String orphans = found.replicas().stream().map(Found.Replica::registry).filter(n -> n != null)
                    .map(ArmScope::display).distinct().collect(Collectors.joining(", "));
            throw new ImportException(where + "no container registry found in " + String.join(", ", files)
                    + (orphans.isEmpty() ? "" : " (only replications of " + orphans + "; add the output of az acr show)")
                    + "; expected az acr show JSON, an ARM template with " + AzCliReader.REGISTRY_TYPE
                    + ", or terraform show -json with " + TerraformReader.TYPE);
        }
        if (wanted != null) {
            for (Found.Registry r : all) {
                if (ArmScope.display(r.name()).equalsIgnoreCase(wanted) || r.source().equals(wanted)) {
                    return r;
                }
            }
            throw new ImportException(where + "no registry named '" + wanted + "'; found " + list(all));
        }
        if (all.size() > 1) {
            throw new ImportException(where + all.size() + " registries found: " + list(all)
                    + "; choose one with --registry NAME");
        }
        return all.get(0);
    }

    private List<String> distinctNames() {
        return found.registries().stream().map(r -> r.name().toLowerCase()).distinct().collect(Collectors.toList());
    }

    private static String list(List<Found.Registry> all) {
        return all.stream().map(r -> ArmScope.display(r.name()) + " (" + r.at().file() + ":" + r.at().line() + ")")
                .collect(Collectors.joining(", "));
    }

    private String homeRegion(Found.Registry reg) throws ImportException {
        Sourced<String> loc = reg.location();
        if (loc.unresolved()) {
            String assumed = locationHint != null ? regions.id(locationHint) : regions.firstZoneRegion();
            found.notice(loc.origin(), "the registry's location " + loc.via() + "; assumed '" + assumed + "'"
                    + (locationHint != null ? " from --location" : ""));
            return checked(assumed, loc);
        }
        return checked(regionOf(loc), loc);
    }

    private String replicaRegion(Found.Replica r, String home, Map<String, Imported.Replica> taken)
            throws ImportException {
        Sourced<String> loc = r.location();
        if (!loc.unresolved()) {
            return checked(regionOf(loc), loc);
        }
        String assumed = regions.nearestZoneRegion(home, taken.keySet());
        found.notice(loc.origin(), "the replication's location " + loc.via() + "; assumed '" + assumed
                + "', the nearest region with availability zones not already used");
        return assumed;
    }

    /** The region id of a location as written; a notice when the catalogue does not know it. */
    private String regionOf(Sourced<String> loc) {
        Optional<String> id = regions.find(loc.value());
        if (id.isEmpty()) {
            found.notice(loc.origin(), "location '" + loc.value().strip() + "' is not in the built-in region "
                    + "catalogue (zonesim regions); modelled as region '" + RegionNames.key(loc.value())
                    + "' without coordinates: no client is placed there");
        }
        return regions.id(loc.value());
    }

    private static String checked(String id, Sourced<String> loc) throws ImportException {
        if (!REGION_ID.matcher(id).matches()) {
            throw new ImportException(loc.origin().where() + "location '" + loc.value()
                    + "' is not a region name (letters and digits)");
        }
        return id;
    }

    /** A location as read, or, when it could not be resolved, the region assumed for it. */
    private static Sourced<String> settled(Sourced<String> loc, String region) {
        return loc.unresolved() ? loc.assume(region) : loc;
    }

    private Imported.Replica mergeHome(Imported.Replica home, Found.Replica r) {
        Sourced<Boolean> zr = home.zoneRedundant();
        Sourced<Boolean> theirs = zoneRedundancy(r.zoneRedundant(), r.at());
        if (r.zoneRedundant() != null && r.zoneRedundant().value() != null && zr.kind() == Sourced.Kind.DEFAULT) {
            zr = theirs;
        } else if (r.zoneRedundant() != null && r.zoneRedundant().value() != null
                && !theirs.value().equals(zr.value())) {
            found.notice(r.at(), "the home region's replication says zone redundancy " + onOff(theirs.value())
                    + " but the registry says " + onOff(zr.value()) + "; the registry's value is used");
        }
        return new Imported.Replica(home.region(), home.location(), zr, routing(r.routing(), r.at()));
    }

    private Sourced<Boolean> zoneRedundancy(Sourced<Boolean> s, Origin at) {
        if (s == null) {
            return Sourced.defaulted(false, at, "zone redundancy not given; the API default is off");
        }
        if (s.unresolved()) {
            found.notice(s.origin(), "zone redundancy " + s.via() + "; assumed Disabled");
            return s.assume(false);
        }
        return s;
    }

    private Sourced<Boolean> routing(Sourced<Boolean> s, Origin at) {
        if (s == null) {
            return Sourced.defaulted(true, at, "regional endpoint flag not given; the API default is enabled");
        }
        if (s.unresolved()) {
            found.notice(s.origin(), "regional endpoint " + s.via() + "; assumed enabled");
            return s.assume(true);
        }
        return s;
    }

    private Sourced<String> sku(Sourced<String> s) throws ImportException {
        if (s.unresolved()) {
            found.notice(s.origin(), "the SKU " + s.via() + "; assumed Premium");
            return s.assume("Premium");
        }
        for (String known : SKUS) {
            if (known.equalsIgnoreCase(s.value().strip())) {
                return s.with(known);
            }
        }
        throw new ImportException(s.origin().where() + "unknown SKU '" + s.value()
                + "'; zonesim models Basic, Standard and Premium");
    }

    private static String onOff(boolean b) {
        return b ? "Enabled" : "Disabled";
    }
}
