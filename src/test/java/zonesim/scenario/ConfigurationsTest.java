package zonesim.scenario;

import zonesim.distribution.LogNormal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zonesim.model.Placement;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.model.Study;

/** SPEC 5: configurations merged over the base at the YAML-node level. */
class ConfigurationsTest {
    private static final String BASE = """
            name: study
            topology:
              regions:
                eastus: { zones: 3, datacenters_per_zone: 2 }
                westus2: {}
            registry:
              sku: Premium
              replicas:
                eastus: { zone_redundancy: false, placement: az2/dc2, routing: false }
                westus2: {}
            clients:
              eastus: { pulls: 100/h, prefer: [westus2, eastus] }
            outages:
              - { target: eastus/az1, at: 1d, duration: 1h }
              - { target: eastus/az2, at: 2d, duration: 1h }
            """;

    private static Study study(String configurations) {
        return Yaml.load(BASE + "configurations:\n" + configurations).study();
    }

    @Test
    void baselineComesFirstThenVariantsInOrder() {
        Study s = study("  - { name: b }\n  - { name: a }\n");
        assertEquals(List.of("baseline", "b", "a"),
                s.configurations().stream().map(Study.Configuration::name).collect(Collectors.toList()));
        assertEquals(s.baseline(), s.configurations().get(1).scenario());   // an empty variant is the base
    }

    @Test
    void mapsMergeKeyByKey() {
        Scenario v = study("  - { name: v, clients: { eastus: { pushes: 1/h } }, topology: { regions: { westus2: { zones: 1 } } } }\n")
                .configurations().get(1).scenario();
        var c = v.clients().get("eastus");
        assertEquals(100, c.pullsPerHour(), 0);                  // kept from the base
        assertEquals(1, c.pushesPerHour(), 0);                   // added by the variant
        assertEquals(List.of("westus2", "eastus"), c.prefer());
        assertEquals(1, v.topology().region("westus2").zones());
        assertEquals(2, v.topology().region("eastus").datacentersPerZone());
        assertEquals("study", v.name());
    }

    @Test
    void listsAreReplaced() {
        Scenario v = study("  - { name: v, outages: [ { target: westus2, at: 3d, duration: 2h } ], "
                + "clients: { eastus: { prefer: [eastus] } } }\n").configurations().get(1).scenario();
        assertEquals(List.of("westus2"), v.outages().stream().map(o -> o.target()).collect(Collectors.toList()));
        assertEquals(List.of("eastus"), v.clients().get("eastus").prefer());
    }

    @Test
    void replicaEntriesMergeKeyByKeyAndZoneRedundancyDropsTheInheritedPlacement() {
        Scenario v = study("  - { name: v, registry: { replicas: { eastus: { zone_redundancy: true } } } }\n")
                .configurations().get(1).scenario();
        // routing: false is inherited from the base entry; placement az2/dc2 is dropped (SPEC 5)
        assertEquals(new ReplicaSpec("eastus", true, Placement.RANDOM, false), v.registry().replicas().get("eastus"));
        assertEquals("Premium", v.registry().sku());             // the rest of registry is merged
        assertEquals(List.of("eastus", "westus2"), List.copyOf(v.registry().replicas().keySet()));
    }

    @Test
    void aVariantThatOnlyTurnsRoutingKeepsEverythingElseOfTheReplica() {
        // the bug of replacing entries whole: { routing: true } used to drop zone_redundancy and placement
        Scenario v = study("  - { name: v, registry: { replicas: { eastus: { routing: true } } } }\n")
                .configurations().get(1).scenario();
        assertEquals(new ReplicaSpec("eastus", false, new Placement.Pinned(1, 1), true),
                v.registry().replicas().get("eastus"));
    }

    @Test
    void nullRemovesAReplica() {
        // the base's clients prefer westus2 first, so the variant says so too (lists are replaced)
        Scenario v = study("  - { name: v, registry: { replicas: { westus2: null } }, clients: { eastus: { prefer: [eastus] }"
                + " } }\n")
                .configurations().get(1).scenario();
        assertEquals(List.of("eastus"), List.copyOf(v.registry().replicas().keySet()));
    }

    @Test
    void aVariantMaySwitchADistributionsFamilyOrParameterisation() {
        var study = Yaml.load("""
                topology: { regions: { eastus: {} } }
                registry: { replicas: { eastus: {} } }
                replication:
                  zone_lag: { gamma: { shape: 2, mean: 1h } }
                  geo_lag: { weibull: { shape: 2, mean: 1h } }
                configurations:
                  - name: other
                    replication:
                      zone_lag: { gamma: { shape: 2, scale: 3h } }
                      geo_lag: { lognormal: { median: 2h, sigma: 1 } }
                """).study();
        var r = study.configurations().get(1).scenario().replication();
        assertEquals(new zonesim.distribution.Gamma(2, 3), r.zoneLag());
        assertEquals(LogNormal.ofMedian(2, 1), r.geoLag());
    }

    @Test
    void zoneRedundancyWithAPlacementInOneMapIsAnError() {
        assertEquals(List.of("t.yaml:5:49: registry.replicas.eastus.placement: a zone-redundant replica serves from"
                + " every zone: placement applies only with zone_redundancy: false"), Yaml.problems("""
                topology:
                  regions: { eastus: { zones: 3 } }
                registry:
                  replicas:
                    eastus: { zone_redundancy: true, placement: az1/dc1 }
                """));
    }

    @Test
    void variantErrorsPointAtTheVariantLine() {
        String line = "  - { name: v, registry: { replicas: { eastus: { placement: az4/dc1 } } } }";
        assertEquals(List.of(Yaml.at(17, line, "az4") + ": configurations[0].registry.replicas.eastus.placement: "
                + "region 'eastus' has 3 zone(s); az4 does not exist"), Yaml.problems(BASE + "configurations:\n" + line + "\n"));
    }

    @Test
    void anErrorCausedByTheMergePointsAtTheBaseValueUnderTheVariantPath() {
        // the base's placement az2/dc2 (line 9) and outage on eastus/az2 (line 15) are fine with 3 zones,
        // but not once the variant declares 1 zone
        String line = "  - { name: small, topology: { regions: { eastus: { zones: 1 } } } }";
        String base9 = "    eastus: { zone_redundancy: false, placement: az2/dc2, routing: false }";
        String base15 = "  - { target: eastus/az2, at: 2d, duration: 1h }";
        assertEquals(List.of(
                Yaml.at(9, base9, "az2") + ": configurations[0].registry.replicas.eastus.placement: region 'eastus' has "
                        + "1 zone(s); az2 does not exist",
                Yaml.at(15, base15, "eastus") + ": configurations[0].outages[1].target: region 'eastus' has 1 zone(s); "
                        + "az2 does not exist"),
                Yaml.problems(BASE + "configurations:\n" + line + "\n"));
    }

    @Test
    void baseErrorsAreReportedOnceNotPerVariant() {
        List<String> p = Yaml.problems(BASE.replace("name: study", "name: study\nhorizon: 5") + """
                configurations:
                  - { name: a }
                  - { name: b }
                """);
        assertEquals(List.of("t.yaml:2:10: horizon: duration '5' needs a unit (s, m, h, d, w, mo, y), e.g. '5h'"), p);
    }

    @Test
    void namesMustBeUniqueAndNotBaselineAndRunParametersAreShared() {
        List<String> p = Yaml.problems(BASE + """
                configurations:
                  - { name: baseline }
                  - { name: x }
                  - { name: x, seed: 2 }
                  - { sku: Basic }
                """);
        assertEquals(List.of(
                "t.yaml:17:13: configurations[0].name: 'baseline' is the name of the base scenario",
                "t.yaml:19:13: configurations[2].name: configuration name 'x' is used twice",
                "t.yaml:19:16: configurations[2].seed: 'seed' is shared by all configurations (they are compared "
                        + "on common random numbers) and may not be set here",
                "t.yaml:20:5: configurations[3].name: required",
                "t.yaml:20:7: configurations[3].sku: unknown key 'sku'"), p);
    }

    @Test
    void aVariantMaySwitchFromTheMeanShorthandToADistribution() {
        var study = Yaml.load("""
                topology:
                  regions: { eastus: {} }
                  failures: { datacenter: { power: { mttf: 1y, mttr: 1h } } }
                registry: { replicas: { eastus: {} } }
                configurations:
                  - name: lognormal-repair
                    topology: { failures: { datacenter: { power: { ttr: { lognormal: { median: 2h, sigma: 1 } } } } } }
                """).study();
        var power = study.configurations().get(1).scenario().failures().defaults().get(zonesim.model.ProcessKind.POWER);
        org.junit.jupiter.api.Assertions.assertEquals(
                LogNormal.ofMedian(2, 1), power.ttr());
        org.junit.jupiter.api.Assertions.assertEquals(8760, power.ttf().meanHours(), 0);
    }
}
