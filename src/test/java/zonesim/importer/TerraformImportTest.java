package zonesim.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zonesim.importer.Imports.assertRegistry;
import static zonesim.importer.Imports.assertReplica;
import static zonesim.importer.Imports.baseline;
import static zonesim.importer.Imports.none;
import static zonesim.importer.Imports.noticed;
import static zonesim.importer.Imports.run;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zonesim.model.Scenario;

/** terraform show -json (state and plan) and raw state files with azurerm_container_registry. */
class TerraformImportTest {

    @Test
    void stateFindsTheRegistryInAChildModule() {
        // module.registry holds litwareacr: Premium, northeurope, zone_redundancy_enabled true; georeplications
        // westeurope (zone-redundant, endpoint on) and eastus (neither). A data source in a grandchild module
        // only refers to another registry.
        Importer.Result r = run(none(), "terraform/state-child-module.json");
        Scenario s = baseline(r);
        assertRegistry(s, "Premium", "northeurope", "northeurope", "westeurope", "eastus");
        assertEquals("litwareacr", s.registry().name());
        assertReplica(s, "northeurope", true, true);
        assertReplica(s, "westeurope", true, true);
        assertReplica(s, "eastus", false, false);
        assertEquals("acr-2022", s.platform());
        assertTrue(noticed(r, "data source module.registry.module.lookup.data.azurerm_container_registry.shared"),
                r.notices().toString());
        assertTrue(r.yaml().contains("terraform/state-child-module.json /values/root_module/child_modules/0/resources/0"
                + "/values/georeplications/1/regional_endpoint_enabled"), r.yaml());
    }

    @Test
    void planReadsPlannedValues() {
        // wingtipbuilds: westus3 without zone redundancy, one zone-redundant georeplication in eastus.
        Scenario s = baseline(run(none(), "terraform/plan.json"));
        assertRegistry(s, "Premium", "westus3", "westus3", "eastus");
        assertReplica(s, "westus3", false, true);
        assertReplica(s, "eastus", true, true);
        // westus3 has zones, so zone redundancy off there dates the registry before acr-2025.
        assertEquals("acr-2022", s.platform());
    }

    @Test
    void rawStateWithTwoRegistriesNeedsRegistryOption() {
        String m = Imports.error(none(), List.of(Imports.sample("terraform/tfstate-two-registries.json")));
        assertTrue(m.contains("contosoci (") && m.contains("contosocidr (") && m.contains("--registry"), m);
        Scenario ci = baseline(run(new Importer.Options("contosoci", null, Map.of()),
                "terraform/tfstate-two-registries.json"));
        assertRegistry(ci, "Standard", "eastus2", "eastus2");
        assertReplica(ci, "eastus2", false, true);
        Scenario dr = baseline(run(new Importer.Options("contosocidr", null, Map.of()),
                "terraform/tfstate-two-registries.json"));
        assertRegistry(dr, "Premium", "centralus", "centralus", "southcentralus");
        assertReplica(dr, "southcentralus", true, true);
    }

    @Test
    void locationUnknownUntilApplyComesFromTheHintOrIsAssumed() {
        String plan = "{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {\"resources\": ["
                + "{\"address\": \"azurerm_container_registry.r\", \"mode\": \"managed\", "
                + "\"type\": \"azurerm_container_registry\", \"name\": \"r\", \"values\": {\"name\": \"planned\", "
                + "\"sku\": \"Premium\", \"zone_redundancy_enabled\": true, \"georeplications\": []}}]}}}";
        Importer.Result hinted = run(new Importer.Options(null, "West US 2", Map.of()),
                List.of(Imports.text("plan.json", plan)));
        assertRegistry(baseline(hinted), "Premium", "westus2", "westus2");
        Importer.Result assumed = run(none(), List.of(Imports.text("plan.json", plan)));
        assertRegistry(baseline(assumed), "Premium", "eastus", "eastus");
        assertTrue(noticed(assumed, "location is known only after apply"), assumed.notices().toString());
    }

    @Test
    void unknownGeoreplicationAttributesAreNotices() {
        String state = "{\"format_version\": \"1.0\", \"values\": {\"root_module\": {\"resources\": ["
                + "{\"address\": \"azurerm_container_registry.r\", \"mode\": \"managed\", "
                + "\"type\": \"azurerm_container_registry\", \"name\": \"r\", \"values\": {\"name\": \"r1\", "
                + "\"location\": \"francecentral\", \"sku\": \"Premium\", \"zone_redundancy_enabled\": false, "
                + "\"georeplications\": [{\"location\": \"germanywestcentral\", \"zone_redundancy_enabled\": true, "
                + "\"regional_endpoint_enabled\": true, \"tags\": {}, \"global_endpoint_routing\": true}]}}]}}}";
        Importer.Result r = run(none(), List.of(Imports.text("state.json", state)));
        assertRegistry(baseline(r), "Premium", "francecentral", "francecentral", "germanywestcentral");
        assertTrue(noticed(r, "georeplications attribute 'global_endpoint_routing' is not modelled"),
                r.notices().toString());
    }
}
