package zonesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays flat in the number of replications, from the simulation to the charts:
 * a whole `zonesim run` in a child JVM with a 64 MB heap.
 */
class FlatMemoryTest {
    @TempDir
    Path dir;

    /**
     * Six configurations, 12,000 replications each (one day of a one-region registry, so it
     * runs in seconds): the estimates stream, replications.csv keeps its first 10,000 rows
     * per configuration, and the charts read those back. Held as strings (about 65 bytes a
     * cell: 60,000 rows of 20-odd columns) they alone needed about 80 MB, more than the
     * heap; as numbers (8 bytes a cell) about 10 MB. Bugs caught: per-replication
     * observations kept in memory, replications.csv read back as strings, rows beyond the
     * 10,000 cap written or read, the spool file left among the results.
     */
    @Test
    void aRunOfSeventyTwoThousandReplicationsFitsIn64Megabytes() throws IOException, InterruptedException {
        StringBuilder yaml = new StringBuilder("""
                name: flat
                seed: 7
                replications: 12000
                horizon: 1d
                topology:
                  regions:
                    eastus: { zones: 3, datacenters_per_zone: 2 }
                  failures:
                    datacenter:
                      power: { mttf: 2d, mttr: 4h }
                registry:
                  replicas:
                    eastus: { zone_redundancy: true }
                configurations:
                """);
        for (int k = 1; k <= 5; k++) {
            yaml.append("  - name: v").append(k).append("\n    routing: { detection: ").append(k).append("m }\n");
        }
        Path scenario = dir.resolve("flat.yaml");
        Files.writeString(scenario, yaml, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "zonesim.cli.Main", "run",
                scenario.toString(), "--threads", "2", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            fail("the run did not finish in 5 minutes:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        List<String> rows = Files.readAllLines(out.resolve("replications.csv"), StandardCharsets.UTF_8);
        assertEquals(1 + 6 * 10_000, rows.size(), "the header and 10,000 rows per configuration");
        assertTrue(Files.isRegularFile(out.resolve("downtime.png")) && Files.isRegularFile(out.resolve("convergence.png")),
                "the charts that read replications.csv were drawn");
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".spool")).toList(),
                    "no spool file left in the results");
        }
    }
}
