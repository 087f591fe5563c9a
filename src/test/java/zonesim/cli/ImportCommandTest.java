package zonesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zonesim import} end to end: the written scenario validates and runs; bad input writes nothing. */
class ImportCommandTest {
    private static final String SAMPLES = "src/test/resources/zonesim/importer/";

    @TempDir
    Path tmp;

    private List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void importedScenarioValidatesAndRuns() throws IOException {
        Path out = tmp.resolve("contoso.yaml");
        CliTest.Result r = CliTest.zonesim("import", SAMPLES + "az/contoso-show.json",
                SAMPLES + "az/contoso-replications.json", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("wrote " + out + ": registry contosoprod: Premium, home eastus, 3 replicas"), r.err());
        assertEquals(List.of("contoso.yaml"), filesIn(tmp), "no temporary file may be left behind");
        assertEquals(0, CliTest.zonesim("validate", out.toString()).code());
        CliTest.Result run = CliTest.zonesim("run", out.toString(), "-n", "20", "--threads", "2",
                "--out", tmp.resolve("results").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.exists(tmp.resolve("results/summary.json")));
    }

    @Test
    void withoutOutputTheScenarioGoesToStdoutAndParametersApply() {
        CliTest.Result r = CliTest.zonesim("import", SAMPLES + "arm/geo-template.json", "--location", "westeurope",
                "-p", "acrReplicaLocation=japaneast", "--parameter", "acrName=wingtip3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("name: wingtip3 "), r.out());
        assertTrue(r.out().contains("    japaneast:"), r.out());
        assertTrue(r.out().contains("home: westeurope"), r.out());
    }

    @Test
    void malformedInputIsOneLineExitTwoAndWritesNothing() throws IOException {
        Path out = tmp.resolve("s.yaml");
        CliTest.Result r = CliTest.zonesim("import", SAMPLES + "malformed/truncated.json", "-o", out.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith(SAMPLES + "malformed/truncated.json:47:3: "), r.err());
        assertFalse(Files.exists(out));
        assertEquals(List.of(), filesIn(tmp));
        Files.writeString(out, "kept\n", StandardCharsets.UTF_8);
        assertEquals(2, CliTest.zonesim("import", SAMPLES + "malformed/no-registry.json", "-o", out.toString()).code());
        assertEquals("kept\n", Files.readString(out), "an existing output is left as it was");
    }

    @Test
    void missingFileAndSeveralRegistriesExitTwo() {
        CliTest.Result missing = CliTest.zonesim("import", "no-such-file.json");
        assertEquals(2, missing.code());
        assertEquals("no-such-file.json: no such file", missing.err().strip());
        CliTest.Result several = CliTest.zonesim("import", SAMPLES + "az/acr-list.json");
        assertEquals(2, several.code());
        assertTrue(several.err().contains("choose one with --registry NAME"), several.err());
        assertEquals(0, CliTest.zonesim("import", SAMPLES + "az/acr-list.json", "--registry", "contosodev").code());
    }
}
