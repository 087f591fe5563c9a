package zonesim.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zonesim.scenario.RegionCatalogue;

/** Location names as Azure tools write them, mapped to catalogue ids. */
class RegionNamesTest {
    private final RegionNames names = new RegionNames(RegionCatalogue.builtIn());

    @Test
    void idsDisplayNamesAndOddSpacingAllMatch() {
        for (String n : List.of("East US", "eastus", "EastUS", "eastus ", " EAST US", "east-us", "east_us")) {
            assertEquals(Optional.of("eastus"), names.find(n), n);
        }
        assertEquals(Optional.of("eastus2"), names.find("East US 2"));
        assertEquals(Optional.of("uaenorth"), names.find("UAE North"));
    }

    @Test
    void unknownRegionsFoldLikeIds() {
        assertTrue(names.find("Mars North").isEmpty());
        assertEquals("marsnorth", names.id("Mars North"));
    }

    @Test
    void nearestZoneRegionByGreatCircle() {
        // East US (37.37, -79.82) to East US 2 (36.67, -78.39): dlat 0.70 deg, dlon 1.43 deg x cos(37 deg) = 1.14 deg,
        // sqrt(0.70^2 + 1.14^2) = 1.34 deg x 111 km = 149 km; the next zone region, Canada Central, is ~700 km away.
        assertEquals("eastus2", names.nearestZoneRegion("eastus", List.of()));
        assertEquals(149, RegionNames.distanceKm(RegionCatalogue.builtIn().find("eastus").orElseThrow(),
                RegionCatalogue.builtIn().find("eastus2").orElseThrow()), 2);
        // With East US 2 taken, the next nearest zone region to East US is Canada Central (43.65, -79.38):
        // dlat 6.28 deg x 111 km = 697 km; Central US (41.59, -93.62) is ~1250 km.
        assertEquals("canadacentral", names.nearestZoneRegion("eastus", List.of("eastus2")));
        // West US has no zones: the nearest zone region is West US 2... or West US 3; West US 3 (33.45, -112.07)
        // is ~1050 km from West US (37.78, -122.42), West US 2 (47.23, -119.85) ~1070 km.
        assertEquals("westus3", names.nearestZoneRegion("westus", List.of()));
    }
}
