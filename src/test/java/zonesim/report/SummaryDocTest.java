package zonesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** summary.json is read back with dotted metric names, nulls as NaN, exact values and comparisons. */
class SummaryDocTest {
    private static final String JSON = """
            { "scenario": "two-zones", "seed": 7, "replications": 10, "horizon_hours": 8760, "confidence": 0.9,
              "configurations": [
                { "name": "baseline",
                  "replicas": { "eastus": { "availability": { "mean": 0.9995, "ci_low": 0.9990, "ci_high": 1.0000,
                                                              "half_width": 0.0005, "n": 10, "exact": 0.99975 } } },
                  "global": { "mean_outage_minutes": { "mean": null, "ci_low": null, "ci_high": null,
                                                       "half_width": null, "n": 10 } },
                  "sla": {} },
                { "name": "zr",
                  "replicas": { "eastus": { "availability": { "mean": 0.99999, "ci_low": 0.99998,
                                            "ci_high": 1.0, "half_width": 1.0E-5, "n": 10, "exact": 0.9 } } } } ],
              "comparisons": [ { "configuration": "zr", "metric": "replicas.eastus.availability",
                                 "difference": { "mean": 4.9E-4, "ci_low": 2.0E-4, "ci_high": 7.8E-4,
                                                 "half_width": 2.9E-4, "n": 10 } } ] }
            """;

    @Test
    void estimatesAreNamedByTheirDottedPathWithNullsAsNaN() {
        SummaryDoc s = SummaryDoc.parse(JSON);
        assertEquals(List.of("baseline", "zr"), s.configurations());
        assertEquals(List.of("replicas.eastus.availability", "global.mean_outage_minutes"),
                List.copyOf(s.estimates("baseline").keySet()));
        Estimate a = s.estimate("baseline", "replicas.eastus.availability");
        assertEquals(0.9995, a.mean(), 0);
        assertEquals(0.99975, a.exact(), 0);
        assertEquals(10, a.n());
        assertTrue(Double.isNaN(s.estimate("baseline", "global.mean_outage_minutes").mean()));
        assertTrue(s.keys("baseline", "sla").isEmpty());
        assertEquals("7", s.text("seed"));
    }

    @Test
    void comparisonsKeepTheirIntervalAndKnowWhetherItExcludesZero() {
        SummaryDoc.Comparison c = SummaryDoc.parse(JSON).comparisons().get(0);
        assertEquals("zr", c.configuration());
        assertEquals(2.0E-4, c.difference().low(), 0);
        assertTrue(c.difference().excludesZero(), "[2e-4, 7.8e-4] lies above zero");
        SummaryDoc.MetricInfo availability = new SummaryDoc.MetricInfo("a", "availability", "fraction", "higher", 1);
        SummaryDoc.MetricInfo downtime = new SummaryDoc.MetricInfo("d", "downtime", "minutes per year", "lower",
                Double.POSITIVE_INFINITY);
        assertEquals("better", availability.verdict(c.difference().mean()));
        assertEquals("worse", downtime.verdict(5));
        assertEquals("better", downtime.verdict(-5));
    }

    @Test
    void estimatesTableShowsExactValuesAndFlagsOnesOutsideTheInterval() {
        String table = HtmlTables.estimates(SummaryDoc.parse(JSON)).html("est");
        // 0.9995 is 0.05% down: two significant digits of that need three decimals (99.950%)
        assertTrue(table.contains("<td>99.950%<br><span class=\"ci\">[99.900%, 100%]<br>exact 99.975%</span>"),
                "baseline exact 0.99975 lies in [0.999, 1]: " + table);
        // 0.99999 is 0.001% down: four decimals; the exact 0.9 is written with them and flagged
        assertTrue(table.contains("[99.9980%, 100%]<br>exact 90.0000% (!)"), "zr exact 0.9 lies below [0.99998, 1]: " + table);
        assertFalse(table.contains("NaN"), "undefined values print as -");
    }

    private static final String PHASED = """
            { "scenario": "m", "confidence": 0.95, "home": "eastus",
              "phases": [ { "index": 0, "start_hours": 0, "end_hours": 720 },
                          { "index": 1, "start_hours": 720, "end_hours": 1452 } ],
              "configurations": [
                { "name": "baseline", "global": { "availability": %1$s },
                  "phases": { "0": { "global": { "availability": %1$s } },
                              "1": { "global": { "availability": %1$s } } } },
                { "name": "late", "phase_bounds": [ { "index": 0, "start_hours": 0, "end_hours": 1080 } ],
                  "phases": { "0": { "global": { "availability": %1$s } } } },
                { "name": "old", "phases": { "0": {}, "1": {} } } ],
              "comparisons": [
                { "configuration": "late", "metric": "global.availability", "difference": %2$s },
                { "configuration": "late", "metric": "phases.0.global.availability", "difference": %3$s },
                { "configuration": "late", "metric": "replicas.eastus.availability", "difference": %2$s },
                { "configuration": "late", "metric": "control_plane.availability", "difference": %2$s },
                { "configuration": "late", "metric": "clients.eastus.pull.availability", "difference": %3$s } ] }
            """.formatted("{ \"mean\": 0.999, \"ci_low\": 0.998, \"ci_high\": 1.0, \"half_width\": 0.001, \"n\": 5 }",
            "{ \"mean\": 0, \"ci_low\": 0, \"ci_high\": 0, \"half_width\": 0, \"n\": 5 }",
            "{ \"mean\": 1.0E-4, \"ci_low\": -1.0E-4, \"ci_high\": 3.0E-4, \"half_width\": 2.0E-4, \"n\": 5 }");

    @Test
    void phasesComeFromTheTopLevelListUnlessAConfigurationHasItsOwn() {
        SummaryDoc s = SummaryDoc.parse(PHASED);
        assertEquals("eastus", s.home());
        assertEquals(List.of("day 0\u201330", "day 30\u201360.5"),
                s.phases("baseline").stream().map(SummaryDoc.Phase::label).toList());
        assertEquals(List.of(new SummaryDoc.Phase(0, 0, 1080)), s.phases("late"));
        assertEquals("", SummaryDoc.parse(JSON).home(), "older folders name no home");
        assertTrue(SummaryDoc.parse(JSON).phases("baseline").isEmpty());
    }

    @Test
    void unchangedComparisonsAreCountedAndPhaseComparisonsLeftOut() {
        String table = HtmlTables.comparisons(SummaryDoc.parse(PHASED)).html("cmp");
        assertTrue(table.contains("<tr class=\"group\"><th colspan=\"3\">late \u2212 baseline</th></tr>"), table);
        // 1e-4 [-1e-4, 3e-4] is 0.01 percentage points, interval across zero: not significant
        assertTrue(table.contains("<tr><td>clients.eastus.pull.availability</td><td>no clear difference (+0.01 points "
                + "[\u22120.01, +0.03])</td><td></td></tr>"), table);
        assertFalse(table.contains("phases.0"), "per-phase comparisons are not in the main table");
        assertFalse(table.contains("<td>global.availability</td>"), "zero difference with zero half-width");
        assertTrue(table.contains("<tr><td>3 metrics identical in every replication (untouched by this "
                + "configuration)</td><td></td><td></td></tr>"), table);
        assertEquals("1 metric identical in every replication (untouched by this configuration)",
                HtmlTables.identicalLine(1));
    }

    @Test
    void perPhaseTablesNumberPhasesFromMetricNamesWhenBoundsAreMissing() {
        SummaryDoc s = SummaryDoc.parse(PHASED.replaceAll("\"phases\": \\[[^\\]]*\\],", ""));
        assertEquals(List.of("phase 0", "phase 1"), s.phases("baseline").stream().map(SummaryDoc.Phase::label).toList());
        String tables = PhaseTables.tables(s);
        assertTrue(tables.contains("<h3>baseline</h3>"));
        assertTrue(tables.contains("<tr><td>global.availability</td><td>99.90%<br>"), tables);
        assertFalse(PhaseTables.tables(SummaryDoc.parse(JSON)).contains("<table"), "no phases, no table");
    }
}
