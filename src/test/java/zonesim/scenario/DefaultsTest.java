package zonesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zonesim.model.FailureSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.RegionSpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.ReplicationSpec;
import zonesim.model.RoutingSpec;
import zonesim.model.Scenario;
import zonesim.model.SlaSpec;

/** What a minimal scenario gets by default (SPEC 3: every key but regions and replicas has one). */
class DefaultsTest {
    @Test
    void topLevelDefaults() {
        Scenario s = Yaml.baseline(Yaml.MINIMAL);
        assertEquals("t", s.name());                   // file name t.yaml without extension
        assertEquals("", s.description());
        assertEquals(1, s.seed());
        assertEquals(1000, s.replications());
        assertEquals(8760, s.horizonHours(), 0);       // 1y
        assertEquals(0.95, s.confidence(), 0);
        assertEquals("none", s.platform());
        assertEquals(Map.of(), s.clients());
        assertEquals(List.of(), s.outages());
        assertEquals(List.of(), s.changes());
        assertEquals(RoutingSpec.DEFAULT, s.routing());
        assertEquals(ReplicationSpec.DEFAULT, s.replication());
        assertEquals(SlaSpec.DEFAULT, s.sla());
    }

    @Test
    void regionDefaultsComeFromTheCatalogue() {
        Scenario s = Yaml.baseline("""
                topology:
                  regions:
                    eastus: {}
                    westus:
                    myregion: { latitude: 10, longitude: 20 }
                registry:
                  replicas:
                    eastus: {}
                """);
        // eastus has availability zones: 3 zones; westus has none: 1 zone; unknown regions: 1 zone
        assertEquals(new RegionSpec("eastus", 3, 1, 37.3719, -79.8164), s.topology().region("eastus"));
        assertEquals(new RegionSpec("westus", 1, 1, 37.783, -122.417), s.topology().region("westus"));
        assertEquals(new RegionSpec("myregion", 1, 1, 10, 20), s.topology().region("myregion"));
    }

    @Test
    void unknownRegionWithoutCoordinatesIsFineForTopologyWithANotice() {
        Loaded l = Yaml.load(Yaml.MINIMAL.replace("    eastus: {}\nregistry", "    eastus: {}\n    lab1: {}\nregistry"));
        assertTrue(Double.isNaN(l.study().baseline().topology().region("lab1").latitude()));
        assertEquals(List.of("t.yaml:4:5: topology.regions.lab1: notice: region 'lab1' is not in the built-in "
                + "catalogue; zones default to 1 and coordinates are unknown"), l.notices());
    }

    @Test
    void unknownRegionNoticeNamesOnlyWhatWasLeftOut() {
        // lab1 gives zones and coordinates: nothing defaults, so the notice only says it is uncatalogued;
        // lab2 gives zones only: its coordinates are unknown; lab3 gives coordinates only: zones default to 1.
        Loaded l = Yaml.load(Yaml.MINIMAL.replace("    eastus: {}\nregistry", "    eastus: {}\n"
                + "    lab1: { zones: 2, latitude: 1, longitude: 2 }\n"
                + "    lab2: { zones: 2 }\n"
                + "    lab3: { latitude: 1, longitude: 2 }\nregistry"));
        assertEquals(List.of(
                "t.yaml:4:5: topology.regions.lab1: notice: region 'lab1' is not in the built-in catalogue",
                "t.yaml:5:5: topology.regions.lab2: notice: region 'lab2' is not in the built-in catalogue; "
                        + "its coordinates are unknown",
                "t.yaml:6:5: topology.regions.lab3: notice: region 'lab3' is not in the built-in catalogue; "
                        + "zones default to 1"), l.notices());
    }

    @Test
    void registryAndReplicaDefaults() {
        Scenario s = Yaml.baseline("""
                topology: { regions: { westus2: {}, eastus: {} } }
                registry: { replicas: { westus2: {}, eastus: {} } }
                """);
        assertEquals("t", s.registry().name());        // the scenario name
        assertEquals("Premium", s.registry().sku());
        assertEquals("westus2", s.registry().home());  // first replica listed
        assertEquals(1, s.registry().writeQuorum());
        assertEquals(5.0 / 3600, s.registry().zoneFailoverHours(), 1e-15);   // 5s
        assertEquals(new ReplicaSpec("eastus", false, Placement.RANDOM, true), s.registry().replicas().get("eastus"));
        assertEquals(List.of("westus2", "eastus"), List.copyOf(s.registry().replicas().keySet()));
    }

    @Test
    void builtInFailureDefaults() {
        Map<ProcessKind, FailureSpec> d = Yaml.baseline(Yaml.MINIMAL).failures().defaults();
        assertEquals(FailureSpec.exponential(8760, 4), d.get(ProcessKind.POWER));           // 1y / 4h
        assertEquals(FailureSpec.exponential(2 * 8760, 12), d.get(ProcessKind.COOLING));    // 2y / 12h
        assertEquals(FailureSpec.exponential(4 * 730, 1), d.get(ProcessKind.NETWORK));      // 4mo / 1h
        assertEquals(FailureSpec.exponential(5 * 8760, 6), d.get(ProcessKind.ZONE));        // 5y / 6h
        assertEquals(FailureSpec.exponential(10 * 8760, 12), d.get(ProcessKind.REGION));    // 10y / 12h
        assertEquals(FailureSpec.exponential(8760, 1.5), d.get(ProcessKind.REPLICA));       // 1y / 90m
        assertTrue(d.get(ProcessKind.DESTRUCTION).neverFails());
        assertFalse(d.get(ProcessKind.POWER).neverFails());
    }

    @Test
    void clientDefaultsAndCoordinates() {
        Scenario s = Yaml.baseline(Yaml.MINIMAL + "clients: { westeurope: { pushes: 2/d } }\n");
        var c = s.clients().get("westeurope");
        assertEquals(0, c.pullsPerHour(), 0);
        assertEquals(2.0 / 24, c.pushesPerHour(), 1e-15);
        assertEquals(List.of(), c.prefer());
        assertEquals(52.3667, c.latitude(), 0);        // from the catalogue: westeurope is not declared
    }

    @Test
    void outageDefaults() {
        Scenario s = Yaml.baseline(Yaml.MINIMAL + "outages: [ { target: eastus/az2/dc1/destruction, at: 1d, duration: 2h } ]\n");
        var o = s.outages().get(0);
        assertEquals("injected", o.cause());
        assertEquals(0, o.repeatEveryHours(), 0);
        assertEquals(0, o.jitterHours(), 0);
        assertEquals(24, o.atHours(), 0);
    }

    @Test
    void outageRepeatAcceptsEveryOrAPlainDuration() {
        Scenario s = Yaml.baseline(Yaml.MINIMAL + """
                outages:
                  - { target: eastus, at: 0s, duration: 1h, repeat: every 30d, jitter: 2h }
                  - { target: replica:eastus, at: 0s, duration: 1h, repeat: 1w }
                """);
        assertEquals(720, s.outages().get(0).repeatEveryHours(), 0);
        assertEquals(2, s.outages().get(0).jitterHours(), 0);
        assertEquals(168, s.outages().get(1).repeatEveryHours(), 0);
    }

    @Test
    void eventsAfterTheHorizonGetANotice() {
        Loaded l = Yaml.load(Yaml.MINIMAL + "horizon: 30d\noutages: [ { target: eastus, at: 40d, duration: 1h } ]\n");
        String line = "outages: [ { target: eastus, at: 40d, duration: 1h } ]";
        assertEquals(List.of(Yaml.at(8, line, "40d") + ": outages[0].at: notice: starts at or after the horizon; "
                + "it has no effect"), l.notices());
    }
}
