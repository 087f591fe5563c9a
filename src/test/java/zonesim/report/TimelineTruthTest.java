package zonesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline and cost charts tell the truth, on hand-written folders: a replica not yet
 * added is not drawn as down, zone-failover interruptions are ticks (not widened bars),
 * rows of a region without a replica are left out, drills and changes are marked; the cost
 * chart rings exactly the configurations no other one beats on both cost and downtime.
 */
class TimelineTruthTest {
    @TempDir
    Path tmp;

    /**
     * One year; eastus serves throughout, eastus2 from day 30 (720 h) on; westus2 has no
     * replica. Elements: eastus/az1/dc1 down 100-110 h (outage), replica eastus down 5 s at
     * 200 h (interruption), westus2/az1/dc1 down 300-304 h; a drill on eastus/az1 at day 50
     * for 6 h and a change at day 30.
     */
    private Path folder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("t"));
        Files.writeString(dir.resolve("summary.json"), """
                { "scenario": "t", "seed": 1, "replications": 1, "horizon_hours": 8760, "confidence": 0.95,
                  "configurations": [ { "name": "baseline" } ],
                  "outage_impact": [ { "configuration": "baseline", "index": 0, "target": "eastus/az1", "at_hours": 1200,
                                       "duration_hours": 6, "cause": "power", "repeat_every_hours": 0 } ],
                  "inputs": { "configurations": [ { "name": "baseline",
                      "changes": [ { "at_hours": 720, "text": "add replica eastus2 (zone-redundant)" } ],
                      "serving": { "eastus": [ [0, 8760] ], "eastus2": [ [720, 8760] ] } } ] } }
                """);
        Files.writeString(dir.resolve("timeline.csv"), """
                configuration,element,start_hours,end_hours,kind
                baseline,eastus/az1/dc1,100,110,outage
                baseline,replica eastus,200,200.0013889,interruption
                baseline,westus2/az1/dc1,300,304,outage
                """);
        return dir;
    }

    @Test
    void absentReplicasAreGreyInterruptionsAreTicksAndRegionsWithoutAReplicaAreLeftOut() throws IOException {
        Figure f = TimelineChart.of(ResultsFolder.read(folder())).orElseThrow();
        XYPlot plot = f.chart().getXYPlot();
        List<String> rows = List.of(((SymbolAxis) plot.getRangeAxis()).getSymbols());
        assertEquals(List.of("replica eastus", "replica eastus2", "eastus/az1/dc1"), rows, "no westus2 row");
        XYIntervalSeriesCollection bars = (XYIntervalSeriesCollection) plot.getDataset(0);
        assertEquals("not serving (before it is added or after it is removed)", bars.getSeriesKey(0));
        // eastus2 does not exist on days 0-30: one grey bar from 0 to 30 days, on its row (1)
        assertEquals(0, bars.getStartXValue(0, 0), 1e-9);
        assertEquals(30, bars.getEndXValue(0, 0), 1e-9);
        assertEquals(1, bars.getYValue(0, 0), 0);
        assertEquals("datacenter", bars.getSeriesKey(1), "the only down bar is the datacenter's");
        assertEquals(2, bars.getSeriesCount());
        // the 5-second interruption is a tick at day 200/24, not a bar widened to 17.5 h
        assertEquals(1, plot.getDataset(1).getItemCount(0));
        assertEquals(200 / 24.0, plot.getDataset(1).getXValue(0, 0), 1e-9);
        assertEquals(2, plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size()
                + plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size(), "one drill, one change");
        List<String> subtitles = ChartsTest.subtitles(f);
        assertTrue(subtitles.contains("dashed: configuration changes \u00b7 C1 = day 30: add replica eastus2 "
                + "(zone-redundant)"), subtitles.toString());
        assertTrue(subtitles.stream().anyMatch(t -> t.endsWith("D1 = eastus/az1 down 6 h from day 50 (power)")),
                subtitles.toString());
    }

    @Test
    void theCheapestForEachLevelOfDowntimeAreTheConfigurationsNoneBeatsOnBothCounts() {
        // {downtime, .., .., cost}: B (5, 200) and A (10, 100) and C (20, 50) each cheaper than everything less down;
        // D (8, 300) is beaten by B (less down and cheaper)
        double[] a = {10, 0, 0, 100, 0, 0, 0};
        double[] b = {5, 0, 0, 200, 0, 0, 1};
        double[] c = {20, 0, 0, 50, 0, 0, 2};
        double[] d = {8, 0, 0, 300, 0, 0, 3};
        assertEquals(List.of(b, a, c), CostChart.frontier(List.of(a, b, c, d)));
    }
}
