package zonesim.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zonesim.importer.Imports.none;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zonesim.model.Scenario;
import zonesim.model.Study;

/**
 * The platform chosen for what the input says (SPEC 4.4), each case checked by loading the
 * scenario under that platform's rules: the written scenario must validate as it is.
 */
class PlatformChoiceTest {

    /** az acr show for a registry, plus a replication list; replicas are "location:Enabled|Disabled". */
    private static Importer.Result importAz(String sku, String home, String homeZr, String... replicas) {
        String show = "{\"name\": \"r\", \"type\": \"Microsoft.ContainerRegistry/registries\", \"location\": \"" + home
                + "\", \"sku\": {\"name\": \"" + sku + "\"}, \"zoneRedundancy\": \"" + homeZr + "\"}";
        List<String> reps = new ArrayList<>();
        for (String r : replicas) {
            String[] p = r.split(":");
            reps.add("{\"id\": \"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/g/providers/"
                    + "Microsoft.ContainerRegistry/registries/r/replications/x\", \"type\": "
                    + "\"Microsoft.ContainerRegistry/registries/replications\", \"location\": \"" + p[0]
                    + "\", \"zoneRedundancy\": \"" + p[1] + "\", \"regionEndpointEnabled\": true}");
        }
        return Imports.run(none(), List.of(Imports.text("show.json", show),
                Imports.text("list.json", "[" + String.join(",", reps) + "]")));
    }

    private static List<String> configurations(Importer.Result r) {
        return Imports.load(r).configurations().stream().map(Study.Configuration::name).collect(Collectors.toList());
    }

    @Test
    void zoneRedundancyOffInAZoneRegionMeansBeforeAcr2025() {
        Importer.Result r = importAz("Premium", "eastus", "Enabled", "westus2:Disabled");
        assertEquals("acr-2022", Imports.baseline(r).platform());
        assertTrue(r.yaml().contains("zone redundancy is off in westus2, which has availability zones"), r.yaml());
        // Both directions of the toggle are allowed under acr-2022, and eastus2 is nearest to eastus.
        assertEquals(List.of("baseline", "no-zone-redundancy", "zone-redundant", "add-eastus2"), configurations(r));
    }

    @Test
    void zoneRedundantStandardRegistryIsAcr2025() {
        Importer.Result r = importAz("Standard", "eastus", "Enabled");
        assertEquals("acr-2025", Imports.baseline(r).platform());
        // Under acr-2025 zone redundancy cannot be turned off; one more replica needs Premium.
        assertEquals(List.of("baseline", "add-eastus2"), configurations(r));
        Scenario added = Imports.load(r).configurations().get(1).scenario();
        assertEquals("Premium", added.registry().sku());
    }

    @Test
    void geoReplicatedStandardRegistryBreaksEveryPlatform() {
        Importer.Result r = importAz("Standard", "eastus", "Disabled", "westus2:Disabled");
        assertEquals("none", Imports.baseline(r).platform());
        assertTrue(r.yaml().contains("geo-replication (2 replicas) needs Premium"), r.yaml());
    }

    @Test
    void zoneRedundancyWhereTheCatalogueHasNoZonesIsTakenFromTheInput() {
        // West US has no zones in the catalogue; the input says zone-redundant: 3 zones, no platform rules.
        Importer.Result r = importAz("Premium", "westus", "Enabled");
        Scenario s = Imports.baseline(r);
        assertEquals("none", s.platform());
        assertEquals(3, s.topology().regions().get("westus").zones());
        assertTrue(s.registry().replicas().get("westus").zoneRedundant());
        assertTrue(Imports.noticed(r, "lists without availability zones: modelled with 3 zones"), r.notices().toString());
    }

    @Test
    void everyZoneRedundantReplicaInZoneRegionsIsAcr2022() {
        Importer.Result r = importAz("Premium", "eastus", "Enabled", "westeurope:Enabled");
        assertEquals("acr-2022", Imports.baseline(r).platform());
        assertEquals(List.of("baseline", "no-zone-redundancy", "add-eastus2"), configurations(r));
    }

    @Test
    void basicRegistryInARegionWithoutZones() {
        Importer.Result r = importAz("Basic", "westus", "Disabled");
        Scenario s = Imports.baseline(r);
        assertEquals("acr-2022", s.platform());
        assertEquals(1, s.topology().regions().get("westus").zones());
        // Nothing to make zone-redundant in West US; the extra replica (West US 3, nearest zone region) needs Premium.
        assertEquals(List.of("baseline", "add-westus3"), configurations(r));
    }

    @Test
    void regionOutsideTheCatalogueGetsNoClientAndANotice() {
        Importer.Result r = importAz("Premium", "eastus", "Enabled", "Mars North:Disabled");
        Scenario s = Imports.baseline(r);
        assertEquals(1, s.topology().regions().get("marsnorth").zones());
        assertTrue(s.clients().containsKey("eastus") && !s.clients().containsKey("marsnorth"), s.clients().toString());
        // Without coordinates marsnorth cannot be ranked by distance: the client lists it last explicitly.
        assertEquals(List.of("eastus", "marsnorth"), s.clients().get("eastus").prefer());
        assertTrue(Imports.noticed(r, "location 'Mars North' is not in the built-in region catalogue"),
                r.notices().toString());
    }
}
