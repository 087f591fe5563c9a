package zonesim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html is self-contained, complete and reproducible; rebuild writes the chart files. */
class ReportBuilderTest {
    @TempDir
    static Path tmp;
    private static Path dir;
    private static String html;

    @BeforeAll
    static void build() throws IOException {
        dir = ResultsFixture.write(tmp.resolve("ref66"));
        ReportBuilder.rebuild(dir);
        html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    }

    @Test
    void reportHoldsNoRemoteReferenceScriptOrImport() {
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        assertFalse(lower.contains("http:"), "no http:");
        assertFalse(lower.contains("https:"), "no https:");
        assertFalse(lower.contains("<script"), "no scripts at all");
        assertFalse(lower.contains("<link"), "no linked style sheets");
        assertFalse(lower.contains("@import"), "no CSS imports");
        Matcher ref = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"").matcher(lower);
        while (ref.find()) {
            assertTrue(ref.group(1).startsWith("#") || ref.group(1).startsWith("data:"), "local only: " + ref.group());
        }
        Matcher url = Pattern.compile("url\\(\\s*['\"]?([^)'\"]*)").matcher(lower);
        while (url.find()) {
            assertTrue(url.group(1).startsWith("#") || url.group(1).startsWith("data:"), "local only: " + url.group());
        }
    }

    @Test
    void reportShowsTheRunTheFiguresAndEveryChart() {
        assertTrue(html.contains("<h1>zonesim report: test</h1>"));
        assertTrue(html.contains("<th>seed</th><td>66</td>"));
        assertTrue(html.contains("<th>replications</th><td>20</td>"));
        assertTrue(html.contains("2 years (17520.0000 hours)"));
        assertTrue(html.contains("<th>confidence level</th><td>95%</td>"));
        assertTrue(html.contains("<td>replicas.westeurope.availability</td>"));
        for (Figure f : ReportBuilder.figures(resultsFolder())) {
            assertTrue(html.contains("<figure id=\"chart-" + f.name() + "\">\n<svg"), f.name() + " inlined");
            assertTrue(html.contains(HtmlTables.esc(f.caption())), f.name() + " captioned");
        }
    }

    @Test
    void zoneRedundantWesteuropeIsMarkedAsABetterReplicaAvailability() {
        // Pinned westeurope is down whenever its one datacenter is (about 8 h a year of power, cooling and
        // network downtime); zone-redundant it needs two zones down at once, so the paired gain is clear.
        Matcher row = Pattern.compile("<tr class=\"sig\"><td>westeurope-zr</td><td>replicas\\.westeurope\\."
                + "availability</td>.*?</tr>").matcher(html);
        assertTrue(row.find(), "the row is highlighted");
        assertTrue(row.group().contains("* better"), row.group());
    }

    @Test
    void rebuildingReproducesReportAndSvgsByteForByte() throws IOException {
        byte[] report = Files.readAllBytes(dir.resolve("report.html"));
        byte[] svg = Files.readAllBytes(dir.resolve("availability.svg"));
        byte[] timeline = Files.readAllBytes(dir.resolve("timeline.svg"));
        ReportBuilder.rebuild(dir);
        assertArrayEquals(report, Files.readAllBytes(dir.resolve("report.html")));
        assertArrayEquals(svg, Files.readAllBytes(dir.resolve("availability.svg")));
        assertArrayEquals(timeline, Files.readAllBytes(dir.resolve("timeline.svg")));
    }

    @Test
    void rebuildWritesPngAndSvgOfEveryChartAndRemovesChartsWithoutData() throws IOException {
        for (String name : ReportBuilder.CHART_NAMES) {
            boolean expected = !name.equals(SlaChart.NAME) && !name.equals(PhasesChart.NAME);
            assertTrue(Files.exists(dir.resolve(name + ".png")) == expected, name + ".png");
            assertTrue(Files.exists(dir.resolve(name + ".svg")) == expected, name + ".svg");
        }
        Path copy = Files.createDirectories(tmp.resolve("stale"));
        Files.copy(dir.resolve("summary.json"), copy.resolve("summary.json"));
        ReportBuilder.rebuild(ResultsFixture.addSla(copy));
        assertTrue(Files.exists(copy.resolve("sla_breach.svg")));
        Files.copy(dir.resolve("summary.json"), copy.resolve("summary.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ReportBuilder.rebuild(copy);
        assertFalse(Files.exists(copy.resolve("sla_breach.svg")), "stale chart removed");
        assertFalse(Files.exists(copy.resolve("timeline.png")), "no timeline.csv, no timeline chart");
    }

    @Test
    void aFolderWithoutSummaryJsonIsNotAResultsFolder() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThrows(IOException.class, () -> ReportBuilder.rebuild(empty));
        assertFalse(Files.exists(empty.resolve("report.html")));
    }

    private static ResultsFolder resultsFolder() {
        try {
            return ResultsFolder.read(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
