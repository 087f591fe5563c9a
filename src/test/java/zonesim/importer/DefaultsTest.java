package zonesim.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.distribution.Exponential;
import zonesim.model.CommonCauseSpec;
import zonesim.model.FailureSpec;
import zonesim.model.ProcessKind;
import zonesim.model.Scenario;

/** The documented default parameter set reaches the written scenario with its sources. */
class DefaultsTest {

    @Test
    void resourceHasTheFiveBlocksEachWithItsSources() {
        Defaults d = Defaults.builtIn();
        assertEquals(List.of("failures", "common_cause", "routing", "replication", "sla"), d.keys());
        for (String k : List.of("common_cause", "routing", "replication", "sla")) {
            assertTrue(d.block(k, 0).startsWith("#"), k + " has no source comment above it");
        }
        // Within failures each process has its own comment: power, cooling, network, zone, region, replica.
        String[] lines = d.block("failures", 0).split("\n");
        int cited = 0;
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].strip().startsWith("#") && lines[i - 1].strip().startsWith("#")) {
                cited++;
            }
        }
        assertEquals(6, cited, d.block("failures", 0));
        assertTrue(d.block("failures", 2).contains("\n      power:\n"), d.block("failures", 2));
    }

    @Test
    void importedScenarioCarriesTheDefaults() {
        Importer.Result r = Imports.run(Imports.none(), "az/contoso-show.json");
        Scenario s = Imports.baseline(r);
        // power mttf 8mo = 8 x 730 h = 5840 h; replica mttf 1y = 8760 h, mttr 90m = 1.5 h; zone mttf 5y = 43800 h.
        FailureSpec power = s.failures().defaults().get(ProcessKind.POWER);
        assertEquals(5840.0, ((Exponential) power.ttf()).meanHours(), 1e-9);
        FailureSpec replica = s.failures().defaults().get(ProcessKind.REPLICA);
        assertEquals(8760.0, ((Exponential) replica.ttf()).meanHours(), 1e-9);
        assertEquals(1.5, ((Exponential) replica.ttr()).meanHours(), 1e-9);
        assertEquals(43800.0, ((Exponential) s.failures().defaults().get(ProcessKind.ZONE).ttf())
                .meanHours(), 1e-9);
        // dns_ttl 60s = 1/60 h.
        assertEquals(1.0 / 60, s.routing().dnsTtlHours(), 1e-12);
        assertTrue(r.yaml().contains("(U.S. EIA, \"Electric power reliability\""), "power source cited");
        // Registry-wide incidents and the endpoint's own failures are in by default (left out, a
        // second region looks far better than it is): acr-global mttf 12y = 12 x 8760 = 105120 h
        // over every replica; endpoint mttf 1y = 8760 h, mttr 20m = 1/3 h.
        assertEquals(1, s.commonCauses().size());
        CommonCauseSpec cc = s.commonCauses().get(0);
        assertEquals("acr-global", cc.name());
        assertEquals(List.of(CommonCauseSpec.ALL_REPLICAS), cc.elements());
        assertEquals(105120.0, ((Exponential) cc.spec().ttf()).meanHours(), 1e-9);
        assertEquals(8760.0, ((Exponential) s.routing().endpoint().ttf()).meanHours(), 1e-9);
        assertEquals(1.0 / 3, ((Exponential) s.routing().endpoint().ttr()).meanHours(), 1e-12);
    }
}
