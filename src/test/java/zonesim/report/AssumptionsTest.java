package zonesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A configuration that changes what the world does (here the common cause and the endpoint's
 * failures) is a what-if, marked as such and never offered as the cheapest choice; one that
 * changes only the registry (replicas, placement, routing settings, timed changes) is a design.
 */
class AssumptionsTest {
    private static String changed(String... keys) {
        return String.join(", ", java.util.Arrays.stream(keys)
                .map(k -> "{ \"parameter\": \"" + k + "\", \"baseline\": \"a\", \"value\": \"b\" }").toList());
    }

    private static final String JSON = "{ \"scenario\": \"s\", \"confidence\": 0.95, \"configurations\": [ { \"name\": \"baseline\" }, "
            + "{ \"name\": \"zr\" }, { \"name\": \"faster-dns\" }, { \"name\": \"independent\" }, { \"name\": \"cheap\" } ], "
            + "\"inputs\": { \"configurations\": [ { \"name\": \"baseline\", \"changed\": [] }, "
            + "{ \"name\": \"zr\", \"changed\": [ " + changed("registry.replicas.eastus", "changes") + " ] }, "
            + "{ \"name\": \"faster-dns\", \"changed\": [ " + changed("routing.dns_ttl", "routing.detection") + " ] }, "
            + "{ \"name\": \"independent\", \"changed\": [ " + changed("topology.common_cause.acr-global",
            "registry.replicas.eastus", "routing.endpoint") + " ] }, "
            + "{ \"name\": \"cheap\", \"changed\": [ " + changed("costs.replica_per_month") + " ] } ] } }";

    private final SummaryDoc s = SummaryDoc.parse(JSON);

    @Test
    void designsAreChoicesAndChangedAssumptionsAreWhatIfs() {
        assertEquals(List.of(), Assumptions.changed(s, "baseline"));
        assertEquals(List.of(), Assumptions.changed(s, "zr"));
        // routing.endpoint is the endpoint's own failures (the world), unlike routing.detection or dns_ttl.
        assertEquals(List.of(), Assumptions.changed(s, "faster-dns"));
        assertEquals(List.of("topology.common_cause.acr-global", "routing.endpoint"), Assumptions.changed(s, "independent"));
        assertEquals(List.of("costs.replica_per_month"), Assumptions.changed(s, "cheap"));
        assertEquals("independent (what-if)", Assumptions.label(s, "independent"));
        assertEquals("zr", Assumptions.label(s, "zr"));
    }

    @Test
    void everyWhatIfGetsOneSentenceNamingWhatItAssumes() {
        List<String> notes = Assumptions.notes(s);
        assertEquals(2, notes.size(), notes::toString);
        assertTrue(notes.get(0).startsWith("independent (what-if) assumes something other than the baseline "
                + "(topology.common_cause.acr-global, routing.endpoint)"), notes.get(0));
    }

    @Test
    void aSummaryWithoutInputsHasNoWhatIfs() {
        SummaryDoc bare = SummaryDoc.parse("{ \"scenario\": \"s\", \"confidence\": 0.95, \"configurations\": [ { \"name\": \"x\" } ] }");
        assertEquals("x", Assumptions.label(bare, "x"));
    }
}
