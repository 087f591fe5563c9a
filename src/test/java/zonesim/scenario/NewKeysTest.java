package zonesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.distribution.Exponential;
import zonesim.model.CommonCauseSpec;
import zonesim.model.Scenario;
import zonesim.model.Start;

/** The keys of SPEC 4.1a (start, common_cause), 4.5 (routing.endpoint) and 4.10 (costs), and sanity warnings. */
class NewKeysTest {

    @Test
    void startDefaultsToSteadyAndAcceptsFresh() {
        assertEquals(Start.STEADY, Yaml.baseline(Yaml.MINIMAL).start());
        assertEquals(Start.FRESH, Yaml.baseline("start: fresh\n" + Yaml.MINIMAL).start());
        assertEquals(List.of("t.yaml:1:8: start: unknown start 'stedy' (did you mean 'steady'?); expected steady (a typical"
                + " stretch of time) or fresh (everything new and up at t = 0)"), Yaml.problems("start: stedy\n" + Yaml.MINIMAL));
    }

    @Test
    void commonCausesAreReadWithTheirElementsAndOverrides() {
        Scenario s = Yaml.baseline("""
                topology:
                  regions: { eastus: { zones: 3 }, westus2: {} }
                  overrides:
                    common_cause:storm: { mttr: 3h }
                  common_cause:
                    - { name: acr-global, elements: ["replica:*"], mttf: 3y, mttr: 2h }
                    - { name: storm, elements: [eastus/az1, westus2, endpoint], mttf: 50y, mttr: 12h }
                registry: { replicas: { eastus: {}, westus2: {} } }
                """);
        CommonCauseSpec storm = s.commonCause("storm");
        assertEquals(List.of("eastus/az1", "westus2", "endpoint"), storm.elements());
        assertEquals(new Exponential(3), storm.spec().ttr()); // the override, merged over its own spec
        assertEquals(new Exponential(50 * 8760), storm.spec().ttf());
        assertTrue(s.commonCause("acr-global").covers("replica:westus2"));
    }

    @Test
    void commonCauseProblemsPointAtTheirLine() {
        assertEquals(List.of(
                "t.yaml:4:41: topology.common_cause[0].elements[1]: region 'westus' is not declared in topology.regions",
                "t.yaml:5:7: topology.common_cause[1]: missing 'mttr' (or 'ttr')",
                "t.yaml:5:15: topology.common_cause[1].name: common cause 'a' is declared twice",
                "t.yaml:8:15: outages[0].target: there is no common cause named 'b' in topology.common_cause"
                        + " (did you mean 'a'?)"),
                Yaml.problems("""
                        topology:
                          regions: { eastus: {} }
                          common_cause:
                            - { name: a, elements: [eastus/az1, westus], mttf: 3y, mttr: 2h }
                            - { name: a, elements: [eastus], mttf: 3y }
                        registry: { replicas: { eastus: {} } }
                        outages:
                          - { target: common_cause:b, at: 1d, duration: 1h }
                        """));
    }

    @Test
    void endpointAndCostsAreRead() {
        Scenario s = Yaml.baseline(Yaml.MINIMAL + """
                clients: { eastus: { pulls: 10/h }, westus2: { pulls: 1/h } }
                routing: { endpoint: { mttf: 2y, mttr: 20m } }
                costs: { currency: EUR, replica_per_month: 50, downtime_per_hour: 1000, lost_push: 10 }
                """);
        assertEquals(new Exponential(20.0 / 60), s.routing().endpoint().ttr());
        assertEquals("EUR", s.costs().currency());
        assertEquals(1000, s.costs().downtimePerHour("westus2"), 0); // one number prices every client region
        assertEquals(0, s.costs().failedPush(), 0);
        assertEquals(List.of("t.yaml:8:31: costs.downtime_per_hour.mars: no client region 'mars' in clients"),
                Yaml.problems(Yaml.MINIMAL + "clients: { eastus: { pulls: 1/h } }\n"
                        + "costs: { downtime_per_hour: { mars: 1 } }\n"));
    }

    @Test
    void slipsAreWarningsNotErrors() {
        // mttf: 8m (meant: months) validates, but says so; so does a failure shorter than its repair
        Loaded l = Yaml.load("""
                topology:
                  regions: { eastus: {} }
                  failures: { datacenter: { power: { mttf: 8m, mttr: 4h } } }
                registry: { replicas: { eastus: {} } }
                """);
        assertEquals(List.of(
                "t.yaml:3:44: topology.failures.datacenter.power.mttf: warning: '8m' is in minutes (m); a time to"
                        + " failure is usually months: write 'mo' for months",
                "t.yaml:3:44: topology.failures.datacenter.power.mttf: warning: the mean time to failure (8 min) is"
                        + " shorter than the mean repair (4 h): the element would be down 96.8% of the time"),
                l.notices());
        assertTrue(Yaml.load("replications: 5\n" + Yaml.MINIMAL).notices().get(0)
                .contains("5 replication(s) give unreliable confidence intervals"));
    }
}
