package zonesim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Every chart draws from a real run's files, as PNG and SVG, and charts without data are skipped. */
class ChartsTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    static Path tmp;
    private static ResultsFolder withSla;
    private static ResultsFolder phased;
    /** Every chart of both folders: all but the phases chart from one, the phases chart from the other. */
    private static List<Figure> all;

    @BeforeAll
    static void run() throws IOException {
        withSla = ResultsFolder.read(ResultsFixture.write(tmp.resolve("with-sla")));
        phased = ResultsFolder.read(ResultsFixture.write(tmp.resolve("phased"), ResultsFixture.phased(20)));
        all = new java.util.ArrayList<>(ReportBuilder.figures(withSla));
        all.add(PhasesChart.of(phased).orElseThrow());
    }

    @Test
    void everyChartIsDrawnWhenItsDataIsPresent() {
        List<String> names = ReportBuilder.figures(withSla).stream().map(Figure::name)
                .filter(n -> !n.equals(TimelineChart.NAME + "-westeurope-zr")).toList();
        assertEquals(ReportBuilder.CHART_NAMES.stream().filter(n -> !n.equals(PhasesChart.NAME)).toList(), names,
                "everything but the phases chart without a timeline");
        assertTrue(ReportBuilder.figures(withSla).stream().anyMatch(f -> f.name().equals("timeline-westeurope-zr")),
                "a timeline per configuration");
        assertTrue(ReportBuilder.figures(phased).stream().anyMatch(f -> f.name().equals(PhasesChart.NAME)));
        assertEquals(ReportBuilder.CHART_NAMES, all.stream().map(Figure::name).filter(ReportBuilder.CHART_NAMES::contains)
                .sorted(java.util.Comparator.comparing(ReportBuilder.CHART_NAMES::indexOf)).toList());
    }

    @Test
    void everyChartRendersAsADecodablePngOfItsSize() throws IOException {
        for (Figure f : all) {
            byte[] png = f.png();
            assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8), f.name());
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(f.width(), img.getWidth(), f.name());
            assertEquals(f.height(), img.getHeight(), f.name());
        }
    }

    @Test
    void everyChartRendersAsWellFormedSvgWithTheScenarioNameInIt() throws Exception {
        for (Figure f : all) {
            String svg = f.svg();
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
            assertEquals("svg", doc.getDocumentElement().getLocalName(), f.name());
            assertTrue(doc.getElementsByTagNameNS("*", "text").getLength() > 5, f.name() + ": has text");
            assertTrue(svg.contains("scenario test"), f.name() + ": names the scenario");
        }
    }

    @Test
    void svgIdsComeFromTheChartNameNotTheClock() {
        for (Figure f : all) {
            String svg = f.svg();
            assertEquals(svg, f.svg(), f.name() + ": same chart, same SVG");
            assertTrue(svg.contains("id='zs-" + f.name() + "-"), f.name() + ": ids carry the chart name");
        }
    }

    @Test
    void slaChartIsSkippedWhenSummaryHasNoSlaFigures() throws IOException {
        ResultsFolder plain = ResultsFolder.read(ResultsFixture.write(tmp.resolve("no-sla"), ResultsFixture.bare()));
        List<String> names = ReportBuilder.figures(plain).stream().map(Figure::name).toList();
        assertFalse(names.contains(SlaChart.NAME));
        assertFalse(names.contains(CostChart.NAME), "no prices, no cost chart");
        assertEquals(List.of(AvailabilityChart.NAME, DowntimeChart.NAME, TimelineChart.NAME,
                TimelineChart.NAME + "-westeurope-zr", OutageCdfChart.NAME, ConvergenceChart.NAME), names);
    }

    @Test
    void onlyTheChartsOfSummaryJsonAreDrawnFromASummaryWithoutCsvFiles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("summary-only"));
        Files.copy(withSla.dir().resolve("summary.json"), dir.resolve("summary.json"));
        List<String> names = ReportBuilder.figures(ResultsFolder.read(dir)).stream().map(Figure::name).toList();
        assertEquals(List.of(CostChart.NAME, AvailabilityChart.NAME, SlaChart.NAME), names);
    }

    @Test
    void convergenceFallsBackToTheHomeReplicaWhenTheGlobalEndpointWasNeverDown() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(dir.resolve("replications.csv"), "configuration,replication,replicas.eastus.availability,"
                + "replicas.westus2.availability,global.availability\n"
                + "baseline,0,0.999,0.998,1\nbaseline,1,0.997,0.999,1\nbaseline,2,0.998,0.997,1\n");
        String json = "{ \"scenario\": \"home\", \"confidence\": 0.95, %s\"configurations\": [ { \"name\": "
                + "\"baseline\" } ] }";
        Files.writeString(dir.resolve("summary.json"), String.format(json, "\"home\": \"westus2\", "));
        assertTrue(subtitles(ConvergenceChart.of(ResultsFolder.read(dir)).orElseThrow()).get(1)
                .startsWith("line: running mean of the availability of replica westus2"));
        Files.writeString(dir.resolve("summary.json"), String.format(json, ""));
        assertTrue(subtitles(ConvergenceChart.of(ResultsFolder.read(dir)).orElseThrow()).get(1)
                .startsWith("line: running mean of the availability of replica eastus"), "no home named: the first replica");
    }

    @Test
    void downtimeBoxesLeaveOutliersToTheDots() {
        // 1, 2, 3, 4, 100: quartiles 2 and 4 (JFreeChart's method), so 100 lies beyond 4 + 1.5 * 2: an outlier
        var box = DowntimeChart.withoutOutliers(new double[] {1, 2, 3, 4, 100});
        assertTrue(box.getOutliers().isEmpty(), "no JFreeChart outlier circles");
        assertEquals(3, box.getMedian().doubleValue(), 0);
        assertEquals(4, box.getMaxRegularValue().doubleValue(), 0, "the whisker stops at the last regular value");
    }

    @Test
    void ninesAxisLabelsShowTheAvailabilityTheyStandFor() {
        assertEquals("99.9%", NinesFormat.percent(3));
        assertEquals("99.99%", NinesFormat.percent(4));
        assertEquals("99.968%", NinesFormat.percent(3.5)); // 1 - 10^-3.5 = 0.999684
        assertEquals(3.0, NinesFormat.nines(0.999, 9), 1e-9);
        assertEquals(9.0, NinesFormat.nines(1.0, 9), 0.0, "no downtime is drawn at the cap");
    }

    @Test
    void timelineShowsTheYearOfTheFirstGlobalOutageWhenItIsNotTheFirstYear() throws IOException {
        // Three years (26280 h); the datacenter is down early, the global endpoint only at 20000 h,
        // which lies in year 3 (17520 h to 26280 h): that year is shown, and the early interval is not.
        Path dir = Files.createDirectories(tmp.resolve("late-global"));
        Files.writeString(dir.resolve("summary.json"), "{ \"scenario\": \"late\", \"seed\": 1, "
                + "\"replications\": 1, \"horizon_hours\": 26280, \"confidence\": 0.95, "
                + "\"configurations\": [ { \"name\": \"baseline\" } ] }");
        Files.writeString(dir.resolve("timeline.csv"), "configuration,element,start_hours,end_hours\n"
                + "baseline,eastus/az1/dc1,100,104\n"
                + "baseline,eastus/az1/dc1,19990,20010\n"
                + "baseline,global,20000,20002\n");
        Figure f = TimelineChart.of(ResultsFolder.read(dir)).orElseThrow();
        List<String> subtitles = subtitles(f);
        assertTrue(subtitles.stream().anyMatch(t -> t.contains("year 3 of 3 years shown, the first with an outage "
                + "of the registry as a whole in baseline")), subtitles.toString());
        org.jfree.chart.plot.XYPlot plot = f.chart().getXYPlot();
        assertEquals(730, plot.getDomainAxis().getLowerBound(), 1e-9, "17520 h = day 730");
        assertEquals(2, plot.getDataset().getSeriesCount(), "global endpoint and datacenter");
        assertEquals(1, plot.getDataset().getItemCount(1), "only the datacenter interval inside year 3");
    }

    /** The chart's text subtitles in order. */
    static List<String> subtitles(Figure f) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < f.chart().getSubtitleCount(); i++) {
            if (f.chart().getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                out.add(t.getText());
            }
        }
        return out;
    }
}
