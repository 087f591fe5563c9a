package zonesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: every example scenario runs, bad input exits 2 cleanly. */
class CliTest {
    @TempDir
    Path tmp;

    /** Output, error text and exit code of one invocation. */
    record Result(int code, String out, String err) { }

    static Result zonesim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void everyExampleScenarioValidatesAndRunsBriefly() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            Result v = zonesim("validate", f.toString());
            assertEquals(0, v.code(), () -> f + ": " + v.err());
            Path out = tmp.resolve(f.getFileName().toString());
            Result r = zonesim("run", f.toString(), "-n", "8", "--threads", "2", "--out", out.toString());
            assertEquals(0, r.code(), () -> f + ": " + r.err());
            assertTrue(Files.size(out.resolve("summary.json")) > 0);
            assertTrue(Files.exists(out.resolve("report.html")), f + " has no report");
        }
    }

    @Test
    void invalidScenarioExitsTwoWithOneLinePerProblemAndWritesNothing() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, String.join("\n",
                "name: bad",
                "horizon: 10",
                "topology:",
                "  regions:",
                "    eastus: { zones: 0 }",
                "registry:",
                "  replicas:",
                "    eastus: { zone_redundancy: true }",
                ""), StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        Result r = zonesim("run", bad.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(bad + ":2:10: horizon:"), r.err());
        assertTrue(r.err().contains(bad + ":5:22: topology.regions.eastus.zones:"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(out), "nothing may be written for invalid input");
        assertEquals(2, zonesim("validate", bad.toString()).code());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, zonesim("run").code());
        assertEquals(2, zonesim("frobnicate").code());
        assertEquals(2, zonesim("run", "no-such-file.yaml").code());
        assertEquals(2, zonesim("run", "scenarios/reference.yaml", "--threads", "0").code());
        assertEquals(2, zonesim("report", tmp.resolve("nothing").toString()).code());
    }

    @Test
    void analyzeJsonHasTheSpecShape() {
        Result r = zonesim("analyze", "--json", "scenarios/contoso-eastus.yaml");
        assertEquals(0, r.code(), r.err());
        for (String key : List.of("\"replicas\"", "\"eastus\"", "\"availability\"", "\"unavailability\"",
                "\"push_availability\"", "\"outages_per_year\"", "\"mean_outage_minutes\"", "\"global\"",
                "\"ranking\"")) {
            assertTrue(r.out().contains(key), () -> "missing " + key + " in\n" + r.out());
        }
    }

    @Test
    void runIsIndependentOfThreadCount() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, zonesim("run", "scenarios/geo-and-zone-redundancy.yaml", "-n", "30", "--threads", "1",
                "--out", a.toString()).code());
        assertEquals(0, zonesim("run", "scenarios/geo-and-zone-redundancy.yaml", "-n", "30", "--threads", "2",
                "--out", b.toString()).code());
        assertEquals(Files.readString(a.resolve("summary.csv")), Files.readString(b.resolve("summary.csv")));
        assertEquals(Files.readString(a.resolve("replications.csv")), Files.readString(b.resolve("replications.csv")));
    }

    @Test
    void regionsListsTheCatalogueWithZones() {
        Result r = zonesim("regions");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("eastus +East US +yes")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("westus +West US +no")), r.out());
    }

    @Test
    void initWritesAStarterThatValidatesAndNeverOverwrites() throws IOException {
        Path s = tmp.resolve("starter.yaml");
        Result r = zonesim("init", "--home", "westeurope", "--replicas", "eastus,westus", "-o", s.toString());
        assertEquals(0, r.code(), r.err());
        Result v = zonesim("validate", s.toString());
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().contains("valid (2 configurations)"), "baseline and no-zone-redundancy");
        String yaml = Files.readString(s);
        assertTrue(yaml.contains("westus: { zone_redundancy: false, placement: random }"), "no zones in West US");
        assertEquals(2, zonesim("init", "-o", s.toString()).code(), "an existing file is not overwritten");
        Result bad = zonesim("init", "--home", "eastsu");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown region 'eastsu' (did you mean 'eastus'?)"), bad.err());
    }

    @Test
    void analyzeNamesTheConfigurationsWhenOneIsMisspelt() {
        Result r = zonesim("analyze", "scenarios/geo-and-zone-redundancy.yaml", "--configuration", "zr-geo");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no configuration named 'zr-geo'"), r.err());
        assertTrue(r.err().contains("it has: baseline, zr, geo, zr-and-geo, zr-and-geo-independent"), r.err());
    }

    @Test
    void comparePrintsOnlyThePairedDifferences() {
        Result r = zonesim("compare", "scenarios/geo-and-zone-redundancy.yaml", "-n", "8", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Paired differences from the baseline"), r.out());
        assertTrue(r.out().contains("zr \u2212 baseline"), r.out());
        assertFalse(r.out().contains("The answer"), "not run's summary");
        assertFalse(r.out().contains("configuration baseline"), "not run's estimates");
    }

    @Test
    void runPrintsTheAnswerFirstAndSummaryJsonCarriesInputsSourcesAndRanking() throws IOException {
        Path out = tmp.resolve("gzr");
        Result r = zonesim("run", "scenarios/geo-and-zone-redundancy.yaml", "-n", "8", "--threads", "2", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("geo-and-zone-redundancy: 5 configurations"), lines.get(0));
        assertTrue(lines.get(2).startsWith("The answer"), lines.get(2));
        assertTrue(lines.get(4).startsWith("  East US clients"), lines.get(4));
        zonesim.report.SummaryDoc s = zonesim.report.ResultsFolder.read(out).summary();
        var notes = (List<?>) s.inputs().get("notes");
        assertTrue(notes.stream().anyMatch(n -> ((java.util.Map<?, ?>) n).get("key").equals("costs.replica_per_month")
                && ((java.util.Map<?, ?>) n).get("text").toString().contains("price list")), "the cited price list");
        var geo = s.rankings().stream().filter(m -> m.get("configuration").equals("geo")).findFirst().orElseThrow();
        var first = (java.util.Map<?, ?>) ((List<?>) geo.get("entries")).get(0);
        assertEquals("common_cause:acr-global", first.get("process"), "with two regions, the registry-wide incidents");
        // the endpoint fails once a year (mttf 1 y) for 20 min: down 20 / (525,600 + 20) of the time = 19.9992 min a year
        double endpoint = ((Number) ((java.util.Map<?, ?>) geo.get("endpoint")).get("downtime_minutes_per_year"))
                .doubleValue();
        assertEquals(525600.0 * 20 / 525620, endpoint, 1e-6);
        var independent = (List<?>) s.inputs("zr-and-geo-independent").get("changed");
        assertTrue(independent.stream().anyMatch(c -> ((java.util.Map<?, ?>) c).get("parameter")
                .equals("topology.common_cause.acr-global") && ((java.util.Map<?, ?>) c).get("value").equals("(none)")));
    }
}
