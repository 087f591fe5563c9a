package zonesim.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import zonesim.model.Placement;
import zonesim.model.Scenario;

/** The SPEC 7 JSON shape and the human table. */
class ExactReportTest {

    @Test
    void jsonCarriesSpec7KeysAndRoundTripsTinyNumbers() throws Exception {
        ExactResult r = ExactEngine.analyze(TestScenarios.ref66());
        String json = ExactReport.json(r);
        for (String key : new String[] {"\"replicas\"", "\"eastus\"", "\"availability\"", "\"unavailability\"",
            "\"push_availability\"", "\"push_unavailability\"", "\"outages_per_year\"", "\"mean_outage_minutes\"",
            "\"interruptions_per_year\"", "\"interruption_minutes_per_year\"", "\"global\"", "\"ranking\"", "\"kinds\"", "\"criticality\""}) {
            assertTrue(json.contains(key), key);
        }
        assertFalse(json.contains("NaN") || json.contains("Infinity"));
        com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        // round-trips the tiny any-replica unavailability bit for bit
        assertEquals(r.globalUnavailability(), tree.get("global").get("unavailability").asDouble());
        // every value named like a simulated metric equals run's exact column (one meaning per name)
        java.util.Map<String, Double> exact = ExactMetrics.of(TestScenarios.ref66());
        assertEquals(exact.get("global.availability"), tree.get("global").get("availability").asDouble());
        assertEquals(exact.get("replicas.eastus.outages_per_year"),
                tree.get("replicas").get("eastus").get("outages_per_year").asDouble());
        assertEquals(exact.get("replicas.eastus.mean_outage_minutes"),
                tree.get("replicas").get("eastus").get("mean_outage_minutes").asDouble());
        assertTrue(json.indexOf("\"eastus\"") < json.indexOf("\"westus2\""));
    }

    @Test
    void neverFailingSystemHasNullMeanOutage() {
        // nothing fails: U = 0, f = 0, mean outage undefined -> null
        Scenario s = new TestScenarios().region("r", 1, 1).placed("r", new Placement.Pinned(0, 0)).build();
        String json = ExactReport.json(ExactEngine.analyze(s));
        assertTrue(json.contains("\"mean_outage_minutes\": null"), json);
        assertTrue(json.contains("\"ranking\": []"), json);
    }

    @Test
    void textShowsEveryReplicaAndTheDowntimeSources() {
        Scenario s = TestScenarios.ref66();
        String text = ExactReport.text(ExactEngine.analyze(s), s);
        assertTrue(text.contains("westeurope") && text.contains("any replica") && text.contains("region"), text);
    }
}
