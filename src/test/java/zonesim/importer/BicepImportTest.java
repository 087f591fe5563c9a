package zonesim.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zonesim.importer.Imports.assertRegistry;
import static zonesim.importer.Imports.assertReplica;
import static zonesim.importer.Imports.baseline;
import static zonesim.importer.Imports.run;

import java.util.Map;
import org.junit.jupiter.api.Test;
import zonesim.model.Scenario;

/** What az bicep build emits with "languageVersion": "2.0": resources keyed by symbolic name, loops, modules. */
class BicepImportTest {

    @Test
    void copyLoopOverAnArrayParameterOfObjects() {
        // replicas default: [{westeurope, zoneRedundancy true}, {southeastasia, false, regionEndpointEnabled false}];
        // regionEndpointEnabled is coalesce(tryGet(item, 'regionEndpointEnabled'), true()): true for westeurope.
        Importer.Result r = run(new Importer.Options(null, "westus3", Map.of()), "arm/bicep-loop.json");
        Scenario s = baseline(r);
        assertRegistry(s, "Premium", "westus3", "westus3", "westeurope", "southeastasia");
        assertEquals("adventureworksacr", s.registry().name());
        assertReplica(s, "westus3", true, true);
        assertReplica(s, "westeurope", true, true);
        assertReplica(s, "southeastasia", false, false);
        assertTrue(r.yaml().contains("copy index 1"), r.yaml());
        assertTrue(r.yaml().contains("(ARM template, languageVersion 2.0)"), r.yaml());
    }

    @Test
    void moduleDeploymentWithInnerScopeSuppliesItsParameters() {
        // The replication lives in a nested deployment (a Bicep module) whose registryName parameter is the outer
        // name, known only at deployment; it still attaches to the registry by that (unknown) name.
        Importer.Result r = run(new Importer.Options(null, "Australia East", Map.of()), "arm/bicep-module.json");
        Scenario s = baseline(r);
        assertRegistry(s, "Premium", "australiaeast", "australiaeast", "australiasoutheast");
        assertReplica(s, "australiaeast", true, true);
        // zoneRedundancy: the module's default "Disabled"; regionEndpointEnabled: false from the module call.
        assertReplica(s, "australiasoutheast", false, false);
        assertEquals("imported", s.name());
        assertTrue(r.notices().isEmpty(), r.notices().toString());
    }
}
