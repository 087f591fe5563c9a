package zonesim.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zonesim.importer.Imports.assertRegistry;
import static zonesim.importer.Imports.assertReplica;
import static zonesim.importer.Imports.baseline;
import static zonesim.importer.Imports.load;
import static zonesim.importer.Imports.none;
import static zonesim.importer.Imports.noticed;
import static zonesim.importer.Imports.run;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zonesim.model.Scenario;
import zonesim.model.Study;

/** ARM templates and exports: nested and top-level replications, parameters, conditions. */
class ArmImportTest {

    @Test
    void nestedReplicationsWithRelativeTypeAndParameterDefaults() {
        // Registry fabrikamimages at [parameters('location')] = [resourceGroup().location] = --location "East US 2";
        // zoneRedundancy [parameters('homeZoneRedundancy')] = "Enabled" (default); nested children of type
        // "replications": [parameters('europeLocation')] = "North Europe" (Enabled, endpoint on) and
        // westus (Disabled, regionEndpointEnabled false).
        Importer.Result r = run(new Importer.Options(null, "East US 2", Map.of()), "arm/nested-replications.json");
        Scenario s = baseline(r);
        assertRegistry(s, "Premium", "eastus2", "eastus2", "northeurope", "westus");
        assertEquals("fabrikamimages", s.registry().name());
        assertReplica(s, "eastus2", true, true);
        assertReplica(s, "northeurope", true, true);
        assertReplica(s, "westus", false, false);
        // West US has no availability zones in the catalogue: one zone.
        assertEquals(1, s.topology().regions().get("westus").zones());
        assertEquals("acr-2022", s.platform());
        assertTrue(r.yaml().contains("via parameter 'location' (default value), resourceGroup().location from "
                + "--location"), r.yaml());
    }

    @Test
    void resourceGroupLocationWithoutHintIsAssumedWithANotice() {
        Importer.Result r = run(none(), "arm/nested-replications.json");
        // The first catalogue region with zones is eastus.
        assertEquals("eastus", baseline(r).registry().home());
        assertTrue(noticed(r, "arm/nested-replications.json:42:19: /resources/0/location: notice: the registry's "
                + "location [resourceGroup().location]"), r.notices().toString());
        assertTrue(noticed(r, "give it with --location REGION; assumed 'eastus'"), r.notices().toString());
        assertTrue(r.yaml().contains("home: ASSUMED"), r.yaml());
    }

    @Test
    void topLevelReplicationsTakeValuesFromAParametersFile() {
        Importer.Result r = run(new Importer.Options(null, "westeurope", Map.of()), "arm/geo-template.json",
                "arm/geo-template.parameters.json");
        Scenario s = baseline(r);
        // acrName and acrReplicaLocation ("Sweden Central") and its zone redundancy ("Disabled") come from the file;
        // the home replication has "condition": false and is left out.
        assertRegistry(s, "Premium", "westeurope", "westeurope", "swedencentral");
        assertEquals("wingtipacr", s.registry().name());
        assertReplica(s, "westeurope", true, true);
        assertReplica(s, "swedencentral", false, true);
        assertTrue(noticed(r, "condition is false"), r.notices().toString());
        assertTrue(r.yaml().contains("via parameter 'acrReplicaZoneRedundancy' from arm/geo-template.parameters.json"
                + " /parameters/acrReplicaZoneRedundancy/value (line 12)"), r.yaml());
    }

    @Test
    void commandLineParametersOverrideAndFillMissingValues() {
        Importer.Result r = run(new Importer.Options(null, "westeurope",
                Map.of("acrReplicaLocation", "japaneast", "acrName", "wingtip2")), "arm/geo-template.json",
                "arm/geo-template.parameters.json");
        Scenario s = baseline(r);
        assertEquals("wingtip2", s.registry().name());
        // acrReplicaZoneRedundancy still comes from the parameters file: Disabled.
        assertRegistry(s, "Premium", "westeurope", "westeurope", "japaneast");
        assertReplica(s, "japaneast", false, true);
    }

    @Test
    void unresolvedReplicaLocationIsAssumedNearestZoneRegionAndNamed() {
        Importer.Result r = run(new Importer.Options(null, "eastus", Map.of()), "arm/geo-template.json");
        Scenario s = baseline(r);
        // acrReplicaLocation has no default: the nearest zone region to eastus not in use is eastus2 (about 149 km).
        assertRegistry(s, "Premium", "eastus", "eastus", "eastus2");
        assertTrue(noticed(r, "parameter 'acrReplicaLocation' has no default value"), r.notices().toString());
        // The name [concat('acr', uniqueString(resourceGroup().id))] is known only at deployment.
        assertEquals("imported", s.name());
        assertEquals("acr[uniqueString(resourceGroup().id)]", s.registry().name());
    }

    @Test
    void groupExportMergesTheHomeReplicationAndReadsDisplayNames() {
        Importer.Result r = run(none(), "arm/group-export.json");
        Scenario s = baseline(r);
        // Registry and its home replication both in "East US 2" (zoneRedundancy Disabled); Central US Enabled.
        assertRegistry(s, "Premium", "eastus2", "eastus2", "centralus");
        assertReplica(s, "eastus2", false, true);
        assertReplica(s, "centralus", true, true);
        assertEquals("acr-2022", s.platform());
        assertTrue(r.notices().isEmpty(), r.notices().toString());
    }

    @Test
    void alternativesToggleZoneRedundancyAndAddTheNearestZoneRegion() {
        Study study = load(run(new Importer.Options(null, "eastus2", Map.of()), "arm/nested-replications.json"));
        List<String> names = study.configurations().stream().map(Study.Configuration::name).collect(Collectors.toList());
        // westus has no zones, so there is nothing to make zone-redundant; the nearest unused zone region to
        // eastus2 is eastus (about 149 km).
        assertEquals(List.of("baseline", "no-zone-redundancy", "add-eastus"), names);
        Scenario noZr = study.configurations().get(1).scenario();
        assertReplica(noZr, "eastus2", false, true);
        assertReplica(noZr, "northeurope", false, true);
        assertReplica(noZr, "westus", false, false);
        Scenario added = study.configurations().get(2).scenario();
        assertRegistry(added, "Premium", "eastus2", "eastus2", "northeurope", "westus", "eastus");
        assertReplica(added, "eastus", true, true);
        assertFalse(added.registry().replicas().get("westus").routing());
    }

    @Test
    void outerScopeNestedDeploymentAndUnevaluableLoops() {
        // An old-style nested template (default scope "outer") uses the outer template's parameters directly; a
        // copy loop whose count depends on reference() cannot be expanded and is left out with a notice.
        String t = "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\","
                + " \"contentVersion\": \"1.0.0.0\", \"parameters\": {\"n\": {\"type\": \"string\", \"defaultValue\": \"outerreg\"}},"
                + " \"resources\": [{\"type\": \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\","
                + " \"name\": \"inner\", \"properties\": {\"mode\": \"Incremental\", \"template\": {"
                + " \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\","
                + " \"contentVersion\": \"1.0.0.0\", \"resources\": ["
                + " {\"type\": \"Microsoft.ContainerRegistry/registries\", \"apiVersion\": \"2023-07-01\","
                + " \"name\": \"[parameters('n')]\", \"location\": \"koreacentral\", \"sku\": {\"name\": \"Premium\"},"
                + " \"properties\": {\"zoneRedundancy\": \"Enabled\"}},"
                + " {\"type\": \"Microsoft.ContainerRegistry/registries/replications\", \"apiVersion\": \"2023-07-01\","
                + " \"copy\": {\"name\": \"c\", \"count\": \"[length(reference('x').regions)]\"},"
                + " \"name\": \"[concat(parameters('n'), '/r', copyIndex())]\", \"location\": \"japaneast\"}]}}}]}";
        Importer.Result r = run(none(), List.of(Imports.text("t.json", t)));
        Scenario s = baseline(r);
        assertEquals("outerreg", s.registry().name());
        assertRegistry(s, "Premium", "koreacentral", "koreacentral");
        assertTrue(noticed(r, "copy loop count [length(reference('x').regions)] cannot be evaluated"),
                r.notices().toString());
    }

    @Test
    void severalRegistriesAcrossFilesAreListed() {
        String m = Imports.error(none(), List.of(Imports.sample("az/contoso-show.json"),
                Imports.sample("arm/group-export.json")));
        assertTrue(m.contains("2 registries found: contosoprod (az/contoso-show.json:") && m.contains("northwindacr"), m);
    }
}
