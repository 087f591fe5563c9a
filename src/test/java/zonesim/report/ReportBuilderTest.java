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
        assertTrue(html.contains("<p class=\"runline\">2 configurations \u00b7 20 replications \u00d7 2 years each \u00b7 "
                + "seed 66 \u00b7 95% intervals \u00b7 steady start</p>"), "the run under the title");
        assertTrue(html.contains("<tr><td>seed</td><td>66</td></tr>"));
        assertTrue(html.contains("<tr><td>horizon per replication</td><td>2 years</td></tr>"), "no 17520.0000 hours");
        assertTrue(html.contains("<tr><td>confidence level</td><td>95% (every interval)</td></tr>"));
        assertTrue(html.contains("<td>replica westeurope: availability</td>"), "labels, not metric ids");
        assertFalse(html.contains("<td>replicas.westeurope.availability</td>"));
        for (Figure f : ReportBuilder.figures(resultsFolder())) {
            assertTrue(html.contains("<figure id=\"chart-" + f.name() + "\">\n<svg"), f.name() + " inlined");
            assertTrue(html.contains(HtmlTables.esc(f.caption())), f.name() + " captioned");
        }
    }

    @Test
    void zoneRedundantWesteuropeIsMarkedAsABetterReplicaAvailability() {
        // Pinned westeurope is down whenever its one datacenter is (about 8 h a year of power, cooling and
        // network downtime); zone-redundant it needs two zones down at once, so the paired gain is clear.
        Matcher row = Pattern.compile("<tr class=\"sig\"><td>replica westeurope: availability</td><td>[0-9.]+ points "
                + "higher \\[[0-9.]+, [0-9.]+\\]</td><td>better</td></tr>").matcher(html);
        assertTrue(row.find(), "the row is highlighted, in words, with its verdict");
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
            boolean expected = !name.equals(PhasesChart.NAME);
            assertTrue(Files.exists(dir.resolve(name + ".png")) == expected, name + ".png");
            assertTrue(Files.exists(dir.resolve(name + ".svg")) == expected, name + ".svg");
        }
        assertTrue(Files.exists(dir.resolve("timeline-westeurope-zr.png")), "the variant's timeline");
        Path copy = Files.createDirectories(tmp.resolve("stale"));
        Path bare = ResultsFixture.write(tmp.resolve("bare"), ResultsFixture.bare());
        Files.copy(bare.resolve("summary.json"), copy.resolve("summary.json"));
        ReportBuilder.rebuild(ResultsFixture.addSla(copy));
        assertTrue(Files.exists(copy.resolve("sla_breach.svg")));
        Files.copy(dir.resolve("timeline.csv"), copy.resolve("timeline.csv"));
        ReportBuilder.rebuild(copy);
        assertTrue(Files.exists(copy.resolve("timeline-westeurope-zr.svg")));
        Files.copy(bare.resolve("summary.json"), copy.resolve("summary.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(copy.resolve("timeline.csv"));
        ReportBuilder.rebuild(copy);
        assertFalse(Files.exists(copy.resolve("sla_breach.svg")), "stale chart removed");
        assertFalse(Files.exists(copy.resolve("timeline.png")), "no timeline.csv, no timeline chart");
        assertFalse(Files.exists(copy.resolve("timeline-westeurope-zr.svg")), "nor the variant's");
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
