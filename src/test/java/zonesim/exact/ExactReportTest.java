package zonesim.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import zonesim.model.Placement;
import zonesim.model.Scenario;

/** The SPEC 7 JSON shape and the human table. */
class ExactReportTest {

    @Test
    void jsonCarriesSpec7KeysAndRoundTripsTinyNumbers() {
        ExactResult r = ExactEngine.analyze(TestScenarios.ref66());
        String json = ExactReport.json(r);
        for (String key : new String[] {"\"replicas\"", "\"eastus\"", "\"availability\"", "\"unavailability\"",
            "\"push_availability\"", "\"push_unavailability\"", "\"outages_per_year\"", "\"mean_outage_minutes\"",
            "\"interruptions_per_year\"", "\"interruption_minutes_per_year\"", "\"global\"", "\"ranking\"", "\"kinds\"", "\"criticality\""}) {
            assertTrue(json.contains(key), key);
        }
        assertFalse(json.contains("NaN") || json.contains("Infinity"));
        Matcher m = Pattern.compile("\"global\": \\{ \"availability\": [^,]+, \"unavailability\": ([^,]+),")
                .matcher(json);
        assertTrue(m.find(), json);
        assertEquals(r.globalUnavailability(), Double.parseDouble(m.group(1)));
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
