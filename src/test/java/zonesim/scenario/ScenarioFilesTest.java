package zonesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import zonesim.model.ChangeSpec;
import zonesim.model.ProcessKind;
import zonesim.model.Scenario;
import zonesim.model.Study;

/** Real scenario files load: the SPEC 3 example, scenarios/*.yaml and the REF66 benchmark. */
class ScenarioFilesTest {
    @Test
    void specExampleLoadsWithEveryKey() throws Exception {
        String text;
        try (InputStream in = getClass().getResourceAsStream("spec-example.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Study study = ScenarioLoader.loadString("spec-example.yaml", text, false).study();
        assertEquals(List.of("baseline", "no-zr"),
                study.configurations().stream().map(Study.Configuration::name).collect(Collectors.toList()));
        Scenario s = study.baseline();
        assertEquals("eastus-zr", s.name());
        assertEquals(20201110, s.seed());
        // westeurope is added by a change: it joins the topology with catalogue defaults (3 zones, 1 dc)
        assertEquals(3, s.topology().region("westeurope").zones());
        ChangeSpec.AddReplica add = (ChangeSpec.AddReplica) s.changes().get(0);
        assertEquals(100 * 24, add.atHours(), 0);
        assertEquals(48, add.syncHours(), 0);
        assertEquals(0.25, s.failures().defaults().get(ProcessKind.COOLING).rideThroughHours(), 0);   // 15m
        assertEquals(4380, s.failures().spec(ProcessKind.POWER, "eastus/az2/dc1/power").ttf().meanHours(), 0);
        assertFalse(study.configurations().get(1).scenario().registry().replicas().get("eastus").zoneRedundant());
    }

    @Test
    void everyFileInScenariosLoads() throws IOException {
        Path dir = Path.of("scenarios");
        assumeTrue(Files.isDirectory(dir), "run from the repository root");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
        }
        assertTrue(files.contains(dir.resolve("reference.yaml")));
        for (Path f : files) {
            try {
                ScenarioLoader.load(f, false);
            } catch (ScenarioException e) {
                throw new AssertionError(f + " does not load:\n" + e.getMessage(), e);
            }
        }
    }

    @Test
    void referenceScenarioIsSmallEnoughToRunQuickly() throws Exception {
        Study s = ScenarioLoader.load(Path.of("scenarios/reference.yaml"), false).study();
        assertEquals(200, s.baseline().replications());
        assertEquals(8760, s.baseline().horizonHours(), 0);
        assertEquals(5, s.configurations().size());
    }

    @Test
    void ref66BenchmarkLoads() throws Exception {
        Path ref66 = Path.of("../shared/bench/ref66.yaml");
        assumeTrue(Files.exists(ref66), "ref66.yaml is not available here");
        Scenario s = ScenarioLoader.load(ref66, false).study().baseline();
        // 3 regions x 3 zones x 2 datacenters
        assertEquals(18, s.topology().regions().values().stream().mapToInt(r -> r.datacenters()).sum());
        assertTrue(s.failures().defaults().get(ProcessKind.REPLICA).neverFails());
        assertEquals(500 * 8760, s.horizonHours(), 0);
    }
}
