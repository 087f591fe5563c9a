package zonesim.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zonesim.importer.Imports.assertRegistry;
import static zonesim.importer.Imports.assertReplica;
import static zonesim.importer.Imports.baseline;
import static zonesim.importer.Imports.none;
import static zonesim.importer.Imports.run;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zonesim.model.Scenario;

/**
 * az acr show / az acr replication list. The samples describe registry contosoprod: Premium,
 * home eastus with zoneRedundancy Enabled; replications eastus (the home's own, endpoint on),
 * westus2 (Disabled, endpoint on) and westeurope (Enabled, regionEndpointEnabled false).
 */
class AzCliImportTest {

    @Test
    void showPlusReplicationListGivesThreeReplicasOfMixedZoneRedundancy() {
        Scenario s = baseline(run(none(), "az/contoso-show.json", "az/contoso-replications.json"));
        // The home replication (eastus) merges into the home replica: three replicas, not four.
        assertRegistry(s, "Premium", "eastus", "eastus", "westus2", "westeurope");
        assertEquals("contosoprod", s.registry().name());
        assertReplica(s, "eastus", true, true);
        assertReplica(s, "westus2", false, true);
        assertReplica(s, "westeurope", true, false);
        // westus2 has zones in the catalogue but zone redundancy off: only possible before acr-2025.
        assertEquals("acr-2022", s.platform());
        // Zones from the catalogue: all three regions have availability zones.
        for (String r : List.of("eastus", "westus2", "westeurope")) {
            assertEquals(3, s.topology().regions().get(r).zones(), r);
        }
    }

    @Test
    void bothOutputsInOneArrayOrOneAfterTheOtherImportTheSame() {
        Scenario two = baseline(run(none(), "az/contoso-show.json", "az/contoso-replications.json"));
        Scenario array = baseline(run(none(), "az/contoso-combined.json"));
        Scenario concatenated = baseline(run(none(), "az/contoso-concatenated.json"));
        assertEquals(two.registry(), array.registry());
        assertEquals(two.registry(), concatenated.registry());
        assertEquals(two.platform(), concatenated.platform());
    }

    @Test
    void eachImportedValueNamesItsFileAndJsonPointer() {
        String yaml = run(none(), "az/contoso-show.json", "az/contoso-replications.json").yaml();
        // contoso-show.json: "sku" opens on line 51, its "name" value on line 52; "zoneRedundancy" is line 68.
        assertTrue(yaml.contains("sku: Premium                    # az/contoso-show.json /sku/name (line 52)"), yaml);
        assertTrue(yaml.contains("# az/contoso-show.json /zoneRedundancy (line 68)"), yaml);
        // The third replication's regionEndpointEnabled (false) is on line 55 of the list.
        assertTrue(yaml.contains("routing: false              # az/contoso-replications.json "
                + "/2/regionEndpointEnabled (line 55)"), yaml);
    }

    @Test
    void severalRegistriesNeedRegistryOptionAndTheErrorListsThem() {
        String m = Imports.error(none(), List.of(Imports.sample("az/acr-list.json")));
        assertTrue(m.contains("2 registries found") && m.contains("contosodev") && m.contains("fabrikamci")
                && m.contains("--registry"), m);
        Scenario s = baseline(run(new Importer.Options("fabrikamci", null, Map.of()), "az/acr-list.json"));
        assertRegistry(s, "Standard", "brazilsouth", "brazilsouth");
        assertReplica(s, "brazilsouth", false, true);
        String wrong = Imports.error(new Importer.Options("nosuch", null, Map.of()),
                List.of(Imports.sample("az/acr-list.json")));
        assertTrue(wrong.contains("no registry named 'nosuch'") && wrong.contains("contosodev"), wrong);
    }

    @Test
    void restShapeReadsZoneRedundancyUnderPropertiesAndDisplayNames() {
        Scenario s = baseline(run(none(), "az/rest-registry.json"));
        // "location": "UK South" is the catalogue's uksouth; properties.zoneRedundancy is Disabled.
        assertRegistry(s, "Premium", "uksouth", "uksouth");
        assertReplica(s, "uksouth", false, true);
    }

    @Test
    void replicationOfAnotherRegistryIsIgnoredWithANotice() {
        String other = "[{\"id\": \"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/"
                + "Microsoft.ContainerRegistry/registries/someoneelse/replications/japaneast\", \"location\": \"japaneast\","
                + " \"type\": \"Microsoft.ContainerRegistry/registries/replications\", \"zoneRedundancy\": \"Enabled\"}]";
        Importer.Result r = run(none(), List.of(Imports.sample("az/contoso-show.json"), Imports.text("other.json", other)));
        assertRegistry(baseline(r), "Premium", "eastus", "eastus");
        assertTrue(Imports.noticed(r, "other.json:1:2: /0: notice: replication of registry 'someoneelse'"), r.notices()
                .toString());
    }

    @Test
    void unmodelledSettingsAreNotices() {
        String show = "{\"name\": \"p\", \"type\": \"Microsoft.ContainerRegistry/registries\", \"location\": \"eastus\","
                + " \"sku\": {\"name\": \"Premium\"}, \"publicNetworkAccess\": \"Disabled\"}";
        String list = "[{\"location\": \"westus3\", \"type\": \"Microsoft.ContainerRegistry/registries/replications\","
                + " \"zoneRedundancy\": \"Enabled\", \"regionEndpointEnabled\": true, \"globalEndpointRouting\": false}]";
        Importer.Result r = run(none(), List.of(Imports.text("show.json", show), Imports.text("list.json", list)));
        assertRegistry(baseline(r), "Premium", "eastus", "eastus", "westus3");
        // The value "Disabled" follows 85 characters of the first string part and 52 of the second: column 138.
        assertTrue(Imports.noticed(r, "show.json:1:138: /publicNetworkAccess: notice: public network access is disabled"),
                r.notices().toString());
        assertTrue(Imports.noticed(r, "/0/globalEndpointRouting: notice: replication property 'globalEndpointRouting' "
                + "is not modelled"), r.notices().toString());
    }

    @Test
    void homeReplicationFillsWhatTheRegistryLeavesOutAndConflictsAreNoticed() {
        String show = "{\"name\": \"h\", \"type\": \"Microsoft.ContainerRegistry/registries\", \"location\": \"East US\","
                + " \"sku\": {\"name\": \"premium\"}}";
        String home = "[{\"location\": \"eastus\", \"type\": \"Microsoft.ContainerRegistry/registries/replications\","
                + " \"zoneRedundancy\": \"Enabled\", \"regionEndpointEnabled\": false}]";
        // The registry object has no zoneRedundancy (older API versions): the home replication's Enabled is used,
        // and its regionEndpointEnabled false; "premium" is the Premium SKU.
        Scenario s = baseline(run(none(), List.of(Imports.text("show.json", show), Imports.text("home.json", home))));
        assertRegistry(s, "Premium", "eastus", "eastus");
        assertReplica(s, "eastus", true, false);
        String disabled = show.replace("}}", "}, \"zoneRedundancy\": \"Disabled\"}");
        Importer.Result r = run(none(), List.of(Imports.text("show.json", disabled), Imports.text("home.json", home)));
        assertReplica(baseline(r), "eastus", false, false);
        assertTrue(Imports.noticed(r, "the home region's replication says zone redundancy Enabled but the registry says "
                + "Disabled"), r.notices().toString());
    }
}
