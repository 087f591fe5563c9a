package zonesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ratio checks: SLA windows and outage repeats per horizon, jitter against the horizon, topology size. */
class RatiosTest {
    private static final String CLIENTS = "clients:\n  eastus: { pulls: 1/h }\n";

    @Test
    void moreThanAMillionSlaWindowsPerReplicationIsAnErrorOnlyWhenWindowsAreJudged() {
        // horizon 1y = 8760 h = 31,536,000 s: a 31.536 s window gives exactly 1,000,000 windows (allowed),
        // a 31.5 s window 31,536,000 / 31.5 = 1,001,142.86 windows (refused)
        Yaml.load(Yaml.MINIMAL + CLIENTS + "sla: { window: 31.536s }\n");
        assertEquals(List.of("t.yaml:9:16: sla.window: the horizon holds 1,001,143 SLA windows per replication;"
                        + " at most 1,000,000 are judged: use a longer window or a shorter horizon"),
                Yaml.problems(Yaml.MINIMAL + CLIENTS + "sla: { window: 31.5s }\n"));
        assertEquals(List.of("t.yaml:9:16: sla.window: the horizon holds 3.15e+307 SLA windows per replication;"
                        + " at most 1,000,000 are judged: use a longer window or a shorter horizon"),
                Yaml.problems(Yaml.MINIMAL + CLIENTS + "sla: { window: 1e-300s }\n"));
        Yaml.load(Yaml.MINIMAL + "sla: { window: 1e-300s }\n"); // no clients: no window is judged
    }

    @Test
    void aRepeatingOutageMayOccurAtMostAMillionTimesPerReplication() {
        // from at = 0 over 8760 h: every 31.536 s is 1,000,000 repeats (allowed); every 30 s 1,051,200 (refused)
        String outage = "outages:\n  - { target: eastus, at: 0s, duration: 1s, repeat: every %s }\n";
        Yaml.load(Yaml.MINIMAL + outage.formatted("31.536s"));
        String line = outage.formatted("30s").lines().toList().get(1);
        assertEquals(List.of(Yaml.at(8, line, "every") + ": outages[0].repeat: repeats 1,051,200 times within the"
                + " horizon; at most 1,000,000 per replication"), Yaml.problems(Yaml.MINIMAL + outage.formatted("30s")));
    }

    @Test
    void jitterMayNotExceedTheHorizon() {
        String outage = "outages:\n  - { target: eastus, at: 1h, duration: 1h, repeat: every 1d, jitter: %s }\n";
        Yaml.load(Yaml.MINIMAL + outage.formatted("1y"));
        assertEquals(List.of("t.yaml:8:71: outages[0].jitter: jitter may move an outage by at most the horizon"
                + " (8760 h)"), Yaml.problems(Yaml.MINIMAL + outage.formatted("1e300y")));
    }

    @Test
    void theTopologyHoldsAtMostTenThousandDatacenters() {
        // 2 regions x 100 zones x 50 datacenters = 10,000 (allowed); 3 regions give 15,000 (refused)
        String region = "    r%d: { zones: 100, datacenters_per_zone: 50 }\n";
        String two = "topology:\n  regions:\n" + region.formatted(1) + region.formatted(2)
                + "registry:\n  replicas:\n    r1: {}\n";
        Yaml.load(two);
        List<String> p = Yaml.problems(two.replace("registry:", region.formatted(3).stripTrailing() + "\nregistry:"));
        assertEquals("t.yaml:3:5: topology.regions: the topology has 15000 datacenters; at most 10000 can be simulated",
                p.get(p.size() - 1));
    }
}
