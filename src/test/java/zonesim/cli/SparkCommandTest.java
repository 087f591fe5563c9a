package zonesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zonesim.cli.CliTest.zonesim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zonesim.experiment.Replicator;
import zonesim.testing.SummaryJson;

/**
 * {@code run}, {@code sweep} and {@code uncertainty} with {@code --spark local[2]} write what
 * they write with {@code --threads 2}, byte for byte (performance blocks apart); a scenario
 * error is reported once, before Spark starts.
 */
class SparkCommandTest {
    /** Has clients, injected outages (so outage drills) and configurations: every kind of run. */
    static final String SCENARIO = "scenarios/reference.yaml";

    @TempDir
    Path tmp;

    @Test
    void sparkRunWritesTheSameResultsAsLocalThreads() throws IOException {
        Path local = tmp.resolve("local");
        Path spark = tmp.resolve("spark");
        CliTest.Result l = zonesim("run", SCENARIO, "-n", "8", "--threads", "2", "--out", local.toString());
        assertEquals(0, l.code(), l.err());
        CliTest.Result s = zonesim("run", SCENARIO, "-n", "8", "--spark", "local[2]", "--out", spark.toString());
        assertEquals(0, s.code(), s.err());
        String summary = Files.readString(local.resolve("summary.json"), StandardCharsets.UTF_8);
        JsonNode doc = new ObjectMapper().readTree(summary);
        assertTrue(doc.get("configurations").size() >= 2, "the scenario must have configurations");
        assertTrue(doc.get("outage_impact").size() >= 1, "the scenario must inject outages");
        assertTrue(doc.get("configurations").get(0).get("clients").size() >= 1, "the scenario must have clients");
        // pull before push in every drill's clients: an order fixed by the code, not by a JVM's
        // hash salt (with Map.of it changed from one process to the next half the time)
        for (JsonNode drill : doc.get("outage_impact")) {
            for (JsonNode client : drill.get("clients")) {
                List<String> keys = new java.util.ArrayList<>();
                client.fieldNames().forEachRemaining(keys::add);
                assertEquals(List.of("pull", "push"), keys);
            }
        }
        String other = Files.readString(spark.resolve("summary.json"), StandardCharsets.UTF_8);
        assertEquals(SummaryJson.withoutPerformance(summary), SummaryJson.withoutPerformance(other));
        for (String file : List.of("replications.csv", "summary.csv", "outage_durations.csv")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(spark.resolve(file)), file);
        }
    }

    @Test
    void sweepAndUncertaintyOnSparkWriteWhatLocalThreadsWrite() throws IOException {
        String scenario = "scenarios/redundancy-payoff.yaml";
        // the East US clients' view through the endpoint has no exact value with two replicas,
        // so every point and world is simulated: 3 points, then 3 worlds, 6 replications each
        List<String> metric = List.of("--metric", "clients.eastus.pull.availability", "-n", "6");
        Map<String, List<String>> studies = Map.of(
                "sweep", List.of("--vary", "topology.failures.zone.mttr=1h..90d:3:log"),
                "uncertainty", List.of("--worlds", "3"));
        Map<String, List<String>> files = Map.of(
                "sweep", List.of("sweep.json", "sweep.csv", "crossovers.csv", "sensitivity.csv"),
                "uncertainty", List.of("uncertainty.json", "worlds.csv"));
        for (String study : List.of("sweep", "uncertainty")) {
            Path local = tmp.resolve(study + "-local");
            Path spark = tmp.resolve(study + "-spark");
            for (List<String> backend : List.of(List.of("--threads", "2", "--out", local.toString()),
                    List.of("--spark", "local[2]", "--out", spark.toString()))) {
                List<String> args = new java.util.ArrayList<>(List.of(study, scenario));
                args.addAll(studies.get(study));
                args.addAll(metric);
                args.addAll(backend);
                CliTest.Result r = zonesim(args.toArray(String[]::new));
                assertEquals(0, r.code(), r.err());
            }
            String csv = files.get(study).get(1);
            assertTrue(Files.readString(spark.resolve(csv)).contains(",simulation"), study + " simulated nothing");
            for (String file : files.get(study)) {
                String a = Files.readString(local.resolve(file), StandardCharsets.UTF_8);
                String b = Files.readString(spark.resolve(file), StandardCharsets.UTF_8);
                if (file.endsWith(".json")) {
                    assertEquals(SummaryJson.withoutPerformance(a), SummaryJson.withoutPerformance(b), file);
                } else {
                    assertEquals(a, b, file);
                }
            }
        }
    }

    @Test
    void aScenarioErrorIsReportedOnceBeforeSparkStarts() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        List<String> lines = Files.readAllLines(Path.of(SCENARIO), StandardCharsets.UTF_8);
        int line = lines.indexOf(lines.stream().filter(x -> x.startsWith("horizon:")).findFirst().orElseThrow());
        lines.set(line, "horizon: 10"); // a number without its unit: one problem, at column 10
        Files.write(bad, lines, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        // a master Spark cannot parse: had Spark started first, this would fail with exit 1
        CliTest.Result r = zonesim("run", bad.toString(), "--spark", "no-such-master", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith(bad + ":" + (line + 1) + ":10: horizon:"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void threadsAndSparkExcludeEachOther() {
        CliTest.Result r = zonesim("run", SCENARIO, "--spark", "local[2]", "--threads", "2", "--out",
                tmp.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--threads is for local runs"), r.err());
    }

    @Test
    void theBackendIsFoundByName() throws ReflectiveOperationException {
        Class<?> c = Class.forName(SparkBackend.CLASS); // a rename of the class would break --spark
        assertEquals(Replicator.class, c.getMethod("start", String.class).getReturnType());
    }
}
