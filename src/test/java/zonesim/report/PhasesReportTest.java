package zonesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results with a configuration timeline (ResultsFixture.phased: changes on day 10 and 20 of
 * 60): summary.json names the phases and the home, report.html has a per-phase section and
 * the phases chart, and neither appears for results without phases.
 */
class PhasesReportTest {
    @TempDir
    static Path tmp;
    private static Path phased;
    private static Path plain;
    private static String html;

    @BeforeAll
    static void build() throws IOException {
        phased = ResultsFixture.write(tmp.resolve("phased"), ResultsFixture.phased(20));
        ReportBuilder.rebuild(phased);
        html = Files.readString(phased.resolve("report.html"), StandardCharsets.UTF_8);
        plain = ResultsFixture.write(tmp.resolve("plain"));
        ReportBuilder.rebuild(plain);
    }

    @Test
    void summaryJsonNamesTheHomeAndThePhaseBoundsInHours() throws IOException {
        SummaryDoc s = ResultsFolder.read(phased).summary();
        assertEquals("eastus", s.home());
        List<SummaryDoc.Phase> expected = List.of(new SummaryDoc.Phase(0, 0, 240), new SummaryDoc.Phase(1, 240, 480),
                new SummaryDoc.Phase(2, 480, 1440));
        assertEquals(expected, s.phases("baseline"));
        assertEquals(expected, s.phases("slow-detection"), "shared change times: one top-level list");
        assertFalse(Files.readString(phased.resolve("summary.json")).contains("phase_bounds"));
        SummaryDoc none = ResultsFolder.read(plain).summary();
        assertEquals("eastus", none.home());
        assertTrue(none.phases("baseline").isEmpty());
        assertTrue(Files.readString(plain.resolve("summary.json")).contains("\"phases\": []"));
    }

    @Test
    void configurationsWithDifferentChangeTimesCarryTheirOwnPhaseBounds() throws IOException {
        Path dir = ResultsFixture.write(tmp.resolve("late-cutover"), ResultsFixture.phased(30));
        String json = Files.readString(dir.resolve("summary.json"));
        assertFalse(json.contains("\"phases\": ["), "no top-level list when the timelines differ");
        SummaryDoc s = ResultsFolder.read(dir).summary();
        assertEquals(new SummaryDoc.Phase(2, 480, 1440), s.phases("baseline").get(2));
        assertEquals(new SummaryDoc.Phase(2, 720, 1440), s.phases("slow-detection").get(2));
        // the chart gets one column per distinct phase: day 0–10, 10–20, 10–30, 20–60, 30–60
        Figure f = PhasesChart.of(ResultsFolder.read(dir)).orElseThrow();
        var plot = (CombinedRangeXYPlot) f.chart().getXYPlot();
        assertEquals(5, ((SymbolAxis) plot.getSubplots().get(0).getDomainAxis()).getSymbols().length);
    }

    @Test
    void perPhaseSectionHasOneTablePerConfigurationWithDayColumns() {
        assertTrue(html.contains("<a href=\"#phases\">Per phase</a>"));
        assertTrue(html.contains("<h2 id=\"phases\">Per phase</h2>"));
        assertTrue(html.contains("<h3>baseline</h3>") && html.contains("<h3>slow-detection</h3>"));
        assertTrue(html.contains("<tr><th>availability</th><th>day 0\u201310</th><th>day 10\u201320</th>"
                + "<th>day 20\u201360</th></tr>"), "phases as columns");
        // baseline pulls: 1 - 6/240 = 97.5% in phase 0 (2.5% down: one decimal gives two digits of it);
        // 1 - (2/60)/240 = 99.98611% in phase 1 (failover after detection; 0.0139% down: three decimals), 100% after
        assertTrue(html.contains("<tr><td>eastus clients: pull availability</td><td>97.5%<br>"), "phase 0");
        assertTrue(html.contains("<td>99.986%<br>"), "phase 1");
        // phase 2 (East US routed away, its outage unseen): no downtime in 2 replications x 960 h = 0.22 years,
        // the phase's own exposure, not the 0.33 years of the whole run
        assertTrue(html.contains("<td>100%<br><span class=\"ci\">no downtime in 0.22 simulated years</span></td>"),
                "phase 2");
        // West US 2 does not exist in phase 0
        assertTrue(html.contains("<tr><td>replica westus2: availability</td><td>not serving</td>"));
        assertFalse(html.contains("<td>phases."), "no phases.* row in the estimates or comparison tables");
    }

    @Test
    void unchangedComparisonsAreCountedNotListed() {
        // The variant only detects failures later: every replica, the any-replica service, the control plane,
        // pushes (none) are identical in every replication; only the clients' pull and push figures move.
        String differences = html.substring(html.indexOf("<h2 id=\"differences\">"));
        Matcher m = Pattern.compile("<tr><td>(\\d+) metrics identical in every replication \\(untouched by this "
                + "configuration\\)</td>").matcher(differences);
        assertTrue(m.find(), "one summary line");
        assertFalse(differences.contains("<td>replica eastus: availability</td>"));
        assertTrue(differences.contains("<td>eastus clients: pull availability</td>"));
    }

    @Test
    void phasesChartIsDrawnOnlyForResultsWithPhases() {
        assertTrue(Files.isRegularFile(phased.resolve("phases.png")));
        assertTrue(Files.isRegularFile(phased.resolve("phases.svg")));
        assertTrue(html.contains("<figure id=\"chart-phases\">"));
        assertFalse(Files.exists(plain.resolve("phases.png")));
        assertFalse(Files.exists(plain.resolve("phases.svg")));
        String plainHtml = read(plain.resolve("report.html"));
        assertFalse(plainHtml.contains("chart-phases"));
        assertFalse(plainHtml.contains("Per phase"));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
