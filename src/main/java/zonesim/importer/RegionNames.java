package zonesim.importer;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import zonesim.registry.Preference;
import zonesim.scenario.RegionCatalogue;

/**
 * Azure location names as inputs write them ({@code eastus}, {@code East US},
 * {@code EastUS}, {@code "eastus "}) mapped to the catalogue's region ids: case, spaces,
 * hyphens and underscores are ignored, and both the id and the display name match.
 */
final class RegionNames {
    private final RegionCatalogue catalogue;
    private final Map<String, String> byKey = new HashMap<>();

    /** Names of {@code catalogue}'s regions. */
    RegionNames(RegionCatalogue catalogue) {
        this.catalogue = catalogue;
        for (RegionCatalogue.Entry e : catalogue.entries()) {
            byKey.put(key(e.id()), e.id());
            byKey.putIfAbsent(key(e.displayName()), e.id());
        }
    }

    /** The catalogue id that {@code name} denotes, if any. */
    Optional<String> find(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /** The id zonesim uses for {@code name}: the catalogue's, else the name folded like a catalogue id. */
    String id(String name) {
        return find(name).orElse(key(name));
    }

    /** The catalogue entry of id {@code id}, if catalogued. */
    Optional<RegionCatalogue.Entry> entry(String id) {
        return catalogue.find(id);
    }

    /** The catalogue. */
    RegionCatalogue catalogue() {
        return catalogue;
    }

    /** The first catalogue region with availability zones (the default home when none can be read). */
    String firstZoneRegion() {
        return catalogue.entries().stream().filter(RegionCatalogue.Entry::hasZones).findFirst()
                .map(RegionCatalogue.Entry::id).orElse("eastus");
    }

    /**
     * The catalogue region with zones nearest to {@code from} by great-circle distance that is
     * neither {@code from} nor in {@code taken}; the first zone region when {@code from} has no coordinates.
     */
    String nearestZoneRegion(String from, Collection<String> taken) {
        Optional<RegionCatalogue.Entry> origin = catalogue.find(from);
        String best = null;
        double bestKm = Double.MAX_VALUE;
        for (RegionCatalogue.Entry e : catalogue.entries()) {
            if (!e.hasZones() || taken.contains(e.id()) || e.id().equals(from)) {
                continue;
            }
            double km = origin.map(o -> distanceKm(o, e)).orElse(0.0);
            if (km < bestKm) {
                best = e.id();
                bestKm = km;
            }
        }
        return best == null ? firstZoneRegion() : best;
    }

    /** Great-circle distance between two catalogue regions, in km. */
    static double distanceKm(RegionCatalogue.Entry a, RegionCatalogue.Entry b) {
        return Preference.greatCircleKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    /** {@code name} lower-cased without spaces, hyphens or underscores. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }
}
