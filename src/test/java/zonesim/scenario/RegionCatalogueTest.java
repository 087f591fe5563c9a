package zonesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in catalogue data file (zonesim/regions.csv). */
class RegionCatalogueTest {
    private final RegionCatalogue c = RegionCatalogue.builtIn();

    @Test
    void holdsThePublicRegions() {
        assertTrue(c.entries().size() >= 50, "about 60 public Azure regions");
        assertEquals(new RegionCatalogue.Entry("eastus", "East US", 37.3719, -79.8164, true), c.find("eastus").orElseThrow());
        assertTrue(c.find("atlantis").isEmpty());
    }

    @Test
    void availabilityZonesFollowAzureDocumentation() {
        for (String id : List.of("eastus", "eastus2", "westus2", "westus3", "centralus", "southcentralus",
                "northeurope", "westeurope", "uksouth", "francecentral", "germanywestcentral", "swedencentral",
                "japaneast", "australiaeast", "southeastasia", "eastasia", "koreacentral", "centralindia",
                "canadacentral", "brazilsouth")) {
            assertTrue(c.hasZones(id), id);
        }
        for (String id : List.of("westus", "northcentralus", "westcentralus", "ukwest", "canadaeast",
                "australiasoutheast", "southindia", "francesouth")) {
            assertFalse(c.hasZones(id), id);
        }
    }

    @Test
    void coordinatesAreInRange() {
        for (RegionCatalogue.Entry e : c.entries()) {
            assertTrue(Math.abs(e.latitude()) <= 90 && Math.abs(e.longitude()) <= 180, e.id());
            assertTrue(TopologyReader.REGION_NAME.matcher(e.id()).matches(), e.id());
        }
    }
}
