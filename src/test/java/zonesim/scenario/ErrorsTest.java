package zonesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: each problem reported with file, 1-based line and column, YAML path and a clear message. */
class ErrorsTest {
    @Test
    void unknownKeysGetADidYouMeanHint() {
        assertEquals(List.of("t.yaml:1:1: horizn: unknown key 'horizn' (did you mean 'horizon'?)",
                        "t.yaml:4:15: topology.regions.eastus.zone: unknown key 'zone' (did you mean 'zones'?)",
                        "t.yaml:6:3: registry.replica: unknown key 'replica' (did you mean 'replicas'?)",
                        "t.yaml:6:3: registry.replicas: required: at least one replica",
                        "t.yaml:7:3: registry.banana: unknown key 'banana'"),
                Yaml.problems("""
                        horizn: 1y
                        topology:
                          regions:
                            eastus: { zone: 3 }
                        registry:
                          replica: { eastus: {} }
                          banana: 1
                        """));
    }

    @Test
    void wrongTypesAndOutOfRangeValues() {
        assertEquals(List.of(
                        "t.yaml:1:15: replications: must be >= 1, got '0'",
                        "t.yaml:2:13: confidence: must be strictly between 0 and 1, got '100%'",
                        "t.yaml:3:7: seed: expected an integer, got '1.5'",
                        "t.yaml:6:13: topology.regions.eastus: expected a mapping, got '3'",
                        "t.yaml:7:13: topology.regions.westus: give both latitude and longitude, or neither",
                        "t.yaml:7:25: topology.regions.westus.latitude: must be in [-90, 90], got '95'",
                        "t.yaml:9:23: registry.replicas.westus: expected a mapping, got a list",
                        "t.yaml:10:18: registry.zone_failover: duration must be >= 0, got '-1s'",
                        "t.yaml:11:16: sla.target: probability must be in [0, 1] (or 0% to 100%), got '1.2'",
                        "t.yaml:11:29: sla.window: must be > 0, got '0s'",
                        "t.yaml:12:34: routing.undetected_incidents: expected a probability such as 0.5 or 99.9%, "
                                + "got a mapping"),
                Yaml.problems("""
                        replications: 0
                        confidence: 100%
                        seed: 1.5
                        topology:
                          regions:
                            eastus: 3
                            westus: { latitude: 95 }
                        registry:
                          replicas: { westus: [] }
                          zone_failover: -1s
                        sla: { target: 1.2, window: 0s }
                        routing: { undetected_incidents: {} }
                        """));
    }

    @Test
    void registryConsistency() {
        assertEquals(List.of(
                        "t.yaml:3:9: registry.home: the home region 'eastus' must have a replica (did you mean 'eastus2'?)",
                        "t.yaml:6:5: registry.replicas.westeurope: region 'westeurope' is not declared in topology.regions",
                        "t.yaml:7:8: registry.sku: unknown sku 'Gold'; expected Basic, Standard or Premium",
                        "t.yaml:8:17: registry.write_quorum: write_quorum 4 exceeds the 3 zone(s) of zone-redundant replica 'eastus2'"),
                Yaml.problems("""
                        topology: { regions: { eastus: {}, eastus2: {} } }
                        registry:
                          home: eastus
                          replicas:
                            eastus2: { zone_redundancy: true }
                            westeurope: {}
                          sku: Gold
                          write_quorum: 4
                        """));
    }

    @Test
    void changesAreReplayedInTimeOrder() {
        assertEquals(List.of(
                        "t.yaml:5:31: changes[0].remove_replica: there is no replica in region 'westus2' at that time",
                        "t.yaml:6:32: changes[1].remove_replica: the home replica 'eastus' cannot be removed",
                        "t.yaml:8:29: changes[3].add_replica: region 'westus2' already has a replica at that time "
                                + "(one replica per region)",
                        "t.yaml:9:29: changes[4].add_replica: unknown region 'narnia'; declare it in topology.regions",
                        "t.yaml:10:5: changes[5]: each change needs exactly one of add_replica, remove_replica or replica",
                        "t.yaml:11:41: changes[6].sync: 'sync' does not apply to remove_replica",
                        "t.yaml:12:5: changes[7].at: required",
                        "t.yaml:12:5: changes[7]: a replica change needs routing and/or zone_redundancy"),
                Yaml.problems("""
                        topology: { regions: { eastus: {}, westus2: {} } }
                        registry: { replicas: { eastus: {} } }
                        changes:
                          # replayed by time: the add at 10d comes before the remove at 20d
                          - { at: 5d, remove_replica: westus2 }
                          - { at: 20d, remove_replica: eastus }
                          - { at: 10d, add_replica: westus2 }
                          - { at: 15d, add_replica: westus2 }
                          - { at: 15d, add_replica: narnia }
                          - { at: 15d }
                          - { at: 30d, remove_replica: westus2, sync: 1d }
                          - { replica: eastus }
                        """));
    }

    @Test
    void outagesAndClients() {
        assertEquals(List.of(
                        "t.yaml:8:15: outages[0].target: region 'eastus' has 3 zone(s); az4 does not exist",
                        "t.yaml:9:15: outages[1].target: there is no replica in region 'westus'",
                        "t.yaml:10:5: outages[2].at: required",
                        "t.yaml:10:15: outages[2].target: 'east us' is not an element path; expected region, region/azK, "
                                + "region/azK/dcM, region/azK/dcM/power|cooling|network|destruction or replica:region",
                        "t.yaml:10:46: outages[2].repeat: repeat interval must be > 0",
                        "t.yaml:12:3: clients.eastu: unknown region 'eastu' (did you mean 'eastus'?); declare it in "
                                + "topology.regions with latitude and longitude",
                        "t.yaml:13:22: clients.westus.prefer[0]: region 'westus' has no replica (did you mean 'eastus'?)"),
                Yaml.problems(Yaml.MINIMAL + """
                        outages:
                          - { target: eastus/az4, at: 1d, duration: 1h }
                          - { target: replica:westus, at: 1d, duration: 1h }
                          - { target: east us, duration: 1h, repeat: every 0s }
                        clients:
                          eastu: { pulls: 1/h }
                          westus: { prefer: [westus] }
                        """));
    }

    @Test
    void duplicateKeysAreErrors() {
        assertEquals(List.of("t.yaml:4:5: topology.regions.eastus: duplicate key 'eastus' (first given at line 3)"),
                Yaml.problems("""
                        topology:
                          regions:
                            eastus: {}
                            eastus: { zones: 2 }
                        registry: { replicas: { eastus: {} } }
                        """));
    }

    @Test
    void malformedYamlReportsTheParserPosition() {
        List<String> p = Yaml.problems("topology:\n  regions: { eastus: {}\nregistry: x\n");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("t.yaml:3:1: malformed YAML: expected ',' or '}'"), p.get(0));
        List<String> tab = Yaml.problems("topology:\n\tregions: {}\n");
        assertTrue(tab.get(0).startsWith("t.yaml:2:1: malformed YAML: "), tab.get(0));
    }

    @Test
    void emptyAndNonMappingFiles() {
        assertEquals(List.of("t.yaml:1:1: empty scenario file"), Yaml.problems(""));
        assertEquals(List.of("t.yaml:1:1: empty scenario file"), Yaml.problems("# nothing here\n"));
        assertEquals(List.of("t.yaml:1:1: expected a mapping, got a list"), Yaml.problems("- a\n- b\n"));
        assertEquals(List.of("t.yaml:1:1: topology: required: topology.regions declares the regions",
                "t.yaml:1:1: registry: required: the registry and its replicas"), Yaml.problems("name: x\n"));
    }

    @Test
    void everyProblemIsCollectedInDocumentOrder() {
        List<String> p = Yaml.problems("""
                horizon: 3
                topology:
                  regions:
                    eastus: { zones: 0, datacenters_per_zone: 0 }
                registry: { replicas: { eastus: { routing: maybe } } }
                sla: { window: 1 }
                """);
        assertEquals(List.of(
                "t.yaml:1:10: horizon: duration '3' needs a unit (s, m, h, d, w, mo, y), e.g. '3h'",
                "t.yaml:4:22: topology.regions.eastus.zones: must be >= 1, got '0'",
                "t.yaml:4:47: topology.regions.eastus.datacenters_per_zone: must be >= 1, got '0'",
                "t.yaml:5:44: registry.replicas.eastus.routing: expected true or false, got 'maybe'",
                "t.yaml:6:16: sla.window: duration '1' needs a unit (s, m, h, d, w, mo, y), e.g. '1h'"), p);
    }

    @Test
    void theExceptionMessageJoinsTheProblems() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.loadString("s.yaml", "name: x\nseed: y\n", false));
        assertEquals(String.join("\n", e.problems().stream().map(Problem::toString).toList()), e.getMessage());
        assertEquals(new Problem("s.yaml", 1, 1, "topology", "required: topology.regions declares the regions"),
                e.problems().get(0));
    }

    @Test
    void loadUsesThePathAsGivenAndReportsUnreadableFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-study.yaml");
        Files.writeString(file, Yaml.MINIMAL + "horizon: 2\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, false));
        assertEquals(file + ":7:10: horizon: duration '2' needs a unit (s, m, h, d, w, mo, y), e.g. '2h'",
                e.problems().get(0).toString());
        Files.writeString(file, Yaml.MINIMAL);
        assertEquals("my-study", ScenarioLoader.load(file, false).study().baseline().name());
        Path missing = dir.resolve("missing.yaml");
        ScenarioException m = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(missing, false));
        assertEquals(List.of(new Problem(missing.toString(), 1, 1, "",
                "cannot read scenario file '" + missing + "': no such file")), m.problems());
    }
}
