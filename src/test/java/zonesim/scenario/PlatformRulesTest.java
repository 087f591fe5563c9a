package zonesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.model.ChangeSpec;
import zonesim.model.Scenario;

/** SPEC 4.4: every platform rule accepted and rejected, and lenient mode. */
class PlatformRulesTest {
    /** Line 1 platform, line 2 regions, line 3 sku, line 4 replicas; {@code extra} from line 5. */
    private static String yaml(String platform, String sku, String replicas, String extra) {
        return "platform: " + platform + "\n"
                + "topology: { regions: { eastus: {}, westus: {}, francecentral: {}, brazilsouth: { zones: 1 } } }\n"
                + "registry:\n"
                + "  sku: " + sku + "\n"
                + "  replicas: { " + replicas + " }\n"
                + extra;
    }

    /** Where {@code token} (its n-th occurrence, from 1) sits in line 5, the replicas line. */
    private static String at5(String replicas, String token, int n) {
        String line = "  replicas: { " + replicas + " }";
        int from = -1;
        for (int i = 0; i < n; i++) {
            from = line.indexOf(token, from + 1);
        }
        return "t.yaml:5:" + (from + 1);
    }

    @Test
    void noneTakesEveryFlagAsWritten() {
        Scenario s = Yaml.baseline(yaml("none", "Basic", "westus: { zone_redundancy: true }, eastus: {}",
                "changes: [ { at: 1d, replica: eastus, zone_redundancy: true } ]\n"));
        assertTrue(s.registry().replicas().get("westus").zoneRedundant());
    }

    @Test
    void preview2020AcceptsPremiumZoneRedundancyInThreeRegions() {
        Yaml.load(yaml("acr-2020-preview", "Premium", "eastus: { zone_redundancy: true }, westus: {}",
                "changes: [ { at: 1d, add_replica: eastus2, zone_redundancy: true } ]\n"));
    }

    @Test
    void preview2020Rejections() {
        String replicas = "eastus: { zone_redundancy: true }, francecentral: { zone_redundancy: true }";
        String changes = "changes: [ { at: 1d, add_replica: westus } ]";
        assertEquals(List.of(
                        "t.yaml:4:8: registry.sku: geo-replication (2 replicas) requires sku Premium (rule acr-2020-preview)",
                        at5(replicas, "true", 1) + ": registry.replicas.eastus.zone_redundancy: zone redundancy requires "
                                + "sku Premium (rule acr-2020-preview)",
                        at5(replicas, "true", 2) + ": registry.replicas.francecentral.zone_redundancy: zone redundancy "
                                + "requires sku Premium (rule acr-2020-preview)",
                        at5(replicas, "true", 2) + ": registry.replicas.francecentral.zone_redundancy: zone redundancy "
                                + "is not available in region 'francecentral' (only eastus, eastus2 and westus2) "
                                + "(rule acr-2020-preview)",
                        Yaml.at(6, changes, "westus") + ": changes[0].add_replica: geo-replication (add_replica) "
                                + "requires sku Premium (rule acr-2020-preview)"),
                Yaml.problems(yaml("acr-2020-preview", "Standard", replicas, changes + "\n")));
    }

    @Test
    void zoneRedundancyIsFixedAtCreation() {
        String line = "changes: [ { at: 1d, replica: eastus, zone_redundancy: false }, "
                + "{ at: 2d, replica: westus2, zone_redundancy: true } ]";
        List<String> p = Yaml.problems(yaml("acr-2022", "Premium", "eastus: { zone_redundancy: true }, westus2: {}",
                line + "\n").replace("westus: {}", "westus2: {}"));
        assertEquals(List.of(
                Yaml.at(6, line, "false") + ": changes[0].zone_redundancy: zone redundancy is fixed at creation and "
                        + "can never be disabled (rule acr-2022)",
                Yaml.at(6, line, "true }") + ": changes[1].zone_redundancy: zone redundancy is fixed at creation; "
                        + "a change may not turn it on (rule acr-2022)"), p);
    }

    @Test
    void acr2022AllowsZoneRedundancyInEveryCatalogueRegionWithZones() {
        Yaml.load(yaml("acr-2022", "Premium", "francecentral: { zone_redundancy: true }, brazilsouth: { zone_redundancy: true }", ""));
        assertEquals(List.of(at5("westus: { zone_redundancy: true }", "true", 1) + ": registry.replicas.westus.zone_redundancy: zone redundancy is not available "
                        + "in region 'westus', which has no availability zones in the catalogue (rule acr-2022)"),
                Yaml.problems(yaml("acr-2022", "Premium", "westus: { zone_redundancy: true }", "")));
    }

    @Test
    void acr2025MakesZoneRedundancyAutomaticWithANotice() {
        Loaded l = Yaml.load(yaml("acr-2025", "Basic", "eastus: { zone_redundancy: false }", ""));
        assertTrue(l.study().baseline().registry().replicas().get("eastus").zoneRedundant());
        assertEquals(List.of(at5("eastus: { zone_redundancy: false }", "false", 1)
                + ": registry.replicas.eastus.zone_redundancy: notice: zone redundancy is "
                + "automatic in region 'eastus', which has availability zones; false overridden to true (rule acr-2025)"),
                l.notices());
        // not given: automatic where the region has zones (eastus: 3), never where it has one (westus)
        Scenario s = Yaml.baseline(yaml("acr-2025", "Premium", "eastus: {}, westus: {}, brazilsouth: {}", ""));
        assertTrue(s.registry().replicas().get("eastus").zoneRedundant());
        assertFalse(s.registry().replicas().get("westus").zoneRedundant());
        assertFalse(s.registry().replicas().get("brazilsouth").zoneRedundant());   // declared with 1 zone
    }

    @Test
    void acr2025OverridesChangesToo() {
        Loaded l = Yaml.load(yaml("acr-2025", "Premium", "westus: {}",
                "changes: [ { at: 1d, add_replica: eastus, zone_redundancy: false } ]\n"));
        ChangeSpec.AddReplica a = (ChangeSpec.AddReplica) l.study().baseline().changes().get(0);
        assertTrue(a.replica().zoneRedundant());
        assertEquals(1, l.notices().size());
    }

    @Test
    void acr2025Rejections() {
        assertEquals(List.of(
                        "t.yaml:4:8: registry.sku: geo-replication (2 replicas) requires sku Premium (rule acr-2025)",
                        at5("westus: { zone_redundancy: true }, eastus: {}", "true", 1)
                                + ": registry.replicas.westus.zone_redundancy: region 'westus' has no availability "
                                + "zones, so a replica there is never zone-redundant (rule acr-2025)"),
                Yaml.problems(yaml("acr-2025", "Standard", "westus: { zone_redundancy: true }, eastus: {}", "")));
    }

    @Test
    void lenientTurnsViolationsIntoWarningsAndKeepsTheScenarioAsWritten() {
        Loaded l = Yaml.load(yaml("acr-2020-preview", "Basic", "westus: { zone_redundancy: true }", ""), true);
        assertTrue(l.study().baseline().registry().replicas().get("westus").zoneRedundant());
        assertEquals(List.of(
                at5("westus: { zone_redundancy: true }", "true", 1)
                        + ": registry.replicas.westus.zone_redundancy: warning: zone redundancy requires sku Premium "
                        + "(rule acr-2020-preview)",
                at5("westus: { zone_redundancy: true }", "true", 1)
                        + ": registry.replicas.westus.zone_redundancy: warning: zone redundancy is not available in "
                        + "region 'westus' (only eastus, eastus2 and westus2) (rule acr-2020-preview)"), l.notices());
    }

    @Test
    void oneReplicaPerRegionHoldsOnEveryPlatform() {
        assertEquals(List.of(Yaml.at(6, "changes: [ { at: 1d, add_replica: westus } ]", "westus")
                        + ": changes[0].add_replica: region 'westus' already has a replica at that time "
                        + "(one replica per region)"),
                Yaml.problems(yaml("none", "Premium", "westus: {}", "changes: [ { at: 1d, add_replica: westus } ]\n")));
    }

    @Test
    void rulesApplyToEachConfiguration() {
        String line = "configurations: [ { name: std, registry: { sku: Standard, replicas: { eastus: {}, westus: {} } } } ]";
        List<String> p = Yaml.problems(yaml("acr-2022", "Premium", "eastus: {}", line + "\n"));
        assertEquals(List.of(Yaml.at(6, line, "Standard") + ": configurations[0].registry.sku: geo-replication (2 replicas) requires sku "
                + "Premium (rule acr-2022)"), p);
    }
}
