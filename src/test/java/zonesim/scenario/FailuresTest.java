package zonesim.scenario;

import zonesim.distribution.Exponential;
import zonesim.distribution.Fixed;
import zonesim.distribution.Weibull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.model.Backup;
import zonesim.distribution.Distribution;
import zonesim.model.FailureSpec;
import zonesim.model.Failures;
import zonesim.model.ProcessKind;

/** {@code topology.failures} over the built-in defaults and {@code topology.overrides} over those (SPEC 4.1, 4.2). */
class FailuresTest {
    private static Failures failures(String topologyExtra) {
        return Yaml.baseline("""
                topology:
                  regions:
                    eastus: { zones: 3, datacenters_per_zone: 2 }
                """ + topologyExtra + """
                registry:
                  replicas:
                    eastus: {}
                """).failures();
    }

    @Test
    void partialKindKeepsTheOtherFieldsOfTheBuiltInDefault() {
        Failures f = failures("""
                  failures:
                    datacenter:
                      power: { mttf: 2y }
                      cooling: { ride_through: 15m }
                    replica: { ttf: never }
                """);
        // power: mttf replaced (2y = 17520 h), mttr kept from the built-in 4h
        assertEquals(FailureSpec.exponential(17520, 4), f.defaults().get(ProcessKind.POWER));
        assertEquals(new FailureSpec(new Exponential(17520), new Exponential(12), 0.25, null),
                f.defaults().get(ProcessKind.COOLING));
        assertEquals(Distribution.NEVER, f.defaults().get(ProcessKind.REPLICA).ttf());
    }

    @Test
    void powerBackupAndDestruction() {
        Failures f = failures("""
                  failures:
                    datacenter:
                      power: { backup: { fail_to_start: 5%, runtime: 8h } }
                      destruction: { mttf: 300y, rebuild: 60d }
                """);
        assertEquals(new Backup(0.05, new Fixed(8)), f.defaults().get(ProcessKind.POWER).backup());
        assertEquals(new FailureSpec(new Exponential(300 * 8760), new Fixed(60 * 24), 0, null),
                f.defaults().get(ProcessKind.DESTRUCTION));
    }

    @Test
    void overridesMergeOverTheUserAdjustedDefault() {
        Failures f = failures("""
                  failures:
                    datacenter:
                      power: { mttr: 8h, backup: { fail_to_start: 0.1 } }
                    zone: { mttr: 3h }
                  overrides:
                    eastus/az2/dc1/power: { mttf: 6mo }
                    eastus/az2/dc2/power: { backup: none }
                    eastus/az3: { ttf: { weibull: { shape: 2, scale: 4y } } }
                    eastus: { mttf: never }
                    replica:eastus: { mttr: 2h }
                    eastus/az1/dc1/destruction: { mttf: 100y }
                """);
        // 6mo = 4380 h; mttr 8h and the backup come from the user's power default
        assertEquals(new FailureSpec(new Exponential(4380), new Exponential(8), 0,
                        new Backup(0.1, FailuresReader.DEFAULT_BACKUP.runtime())),
                f.spec(ProcessKind.POWER, "eastus/az2/dc1/power"));
        assertNull(f.spec(ProcessKind.POWER, "eastus/az2/dc2/power").backup());
        assertEquals(new FailureSpec(new Weibull(2, 4 * 8760), new Exponential(3), 0, null),
                f.spec(ProcessKind.ZONE, "eastus/az3"));
        assertEquals(Distribution.NEVER, f.spec(ProcessKind.REGION, "eastus").ttf());
        assertEquals(FailureSpec.exponential(8760, 2), f.spec(ProcessKind.REPLICA, "replica:eastus"));
        // destruction: rebuild keeps the built-in 30d
        assertEquals(new FailureSpec(new Exponential(100 * 8760), new Fixed(720), 0, null),
                f.spec(ProcessKind.DESTRUCTION, "eastus/az1/dc1/destruction"));
        // untouched processes use the default
        assertEquals(f.defaults().get(ProcessKind.POWER), f.spec(ProcessKind.POWER, "eastus/az1/dc1/power"));
    }

    @Test
    void overridePathsMustNameAnExistingProcess() {
        String head = """
                topology:
                  regions:
                    eastus: { zones: 3, datacenters_per_zone: 2 }
                  overrides:
                """;
        String tail = "registry: { replicas: { eastus: {} } }\n";
        assertEquals(List.of("t.yaml:5:5: topology.overrides.eastus/az4/dc1/power: region 'eastus' has 3 zone(s); "
                + "az4 does not exist"), Yaml.problems(head + "    eastus/az4/dc1/power: { mttf: 1y }\n" + tail));
        assertEquals(List.of("t.yaml:5:5: topology.overrides.eastus/az1/dc3/cooling: zones of region 'eastus' have "
                + "2 datacenter(s); dc3 does not exist"), Yaml.problems(head + "    eastus/az1/dc3/cooling: {}\n" + tail));
        assertEquals(List.of("t.yaml:5:5: topology.overrides.westus: region 'westus' is not declared in "
                + "topology.regions"), Yaml.problems(head + "    westus: {}\n" + tail));
        assertEquals(List.of("t.yaml:5:5: topology.overrides.replica:westus: there is no replica in region 'westus'"),
                Yaml.problems(head + "    replica:westus: {}\n" + tail));
        // a datacenter path holds process maps; anything else under it is an unknown key
        List<String> dc = Yaml.problems(head + "    eastus/az1/dc1: { fans: {} }\n" + tail);
        assertEquals(1, dc.size(), dc::toString);
        assertTrue(dc.get(0).startsWith("t.yaml:5:23: topology.overrides.eastus/az1/dc1.fans: unknown key 'fans'"),
                dc.get(0));
        // keys are checked against the kind the path names: ride_through is cooling's
        String line = "    eastus/az1/dc1/power: { ride_through: 1m }";
        assertEquals(List.of(Yaml.at(5, line, "ride_through") + ": topology.overrides.eastus/az1/dc1/power.ride_through: "
                + "unknown key 'ride_through'"), Yaml.problems(head + line + "\n" + tail));
    }

    @Test
    void meanAndDistributionFormsExcludeEachOther() {
        String yaml = """
                topology:
                  regions: { eastus: {} }
                  failures:
                    zone: { mttf: 1y, ttf: 2y, mttr: never }
                registry: { replicas: { eastus: {} } }
                """;
        assertEquals(List.of("t.yaml:4:23: topology.failures.zone.ttf: give either mttf or ttf, not both",
                "t.yaml:4:38: topology.failures.zone.mttr: a repair time may not be never"), Yaml.problems(yaml));
    }

    @Test
    void aDatacenterPathOverridesItsProcesses() {
        // SPEC 4.2 lists eastus/az2/dc1 among the paths overrides use: it holds per-process maps
        var s = Yaml.baseline("""
                topology:
                  regions: { eastus: {} }
                  overrides:
                    eastus/az2/dc1: { power: { mttf: 90h }, network: { mttr: 3h } }
                registry: { replicas: { eastus: {} } }
                """);
        org.junit.jupiter.api.Assertions.assertEquals(90,
                s.failures().spec(zonesim.model.ProcessKind.POWER, "eastus/az2/dc1/power").ttf().meanHours(), 0);
        // the other keys keep the built-in defaults: power mttr 4 h, network mttf 4 mo = 2920 h
        org.junit.jupiter.api.Assertions.assertEquals(4,
                s.failures().spec(zonesim.model.ProcessKind.POWER, "eastus/az2/dc1/power").ttr().meanHours(), 0);
        org.junit.jupiter.api.Assertions.assertEquals(3,
                s.failures().spec(zonesim.model.ProcessKind.NETWORK, "eastus/az2/dc1/network").ttr().meanHours(), 0);
        org.junit.jupiter.api.Assertions.assertEquals(2920,
                s.failures().spec(zonesim.model.ProcessKind.NETWORK, "eastus/az2/dc1/network").ttf().meanHours(), 0);
    }
}
