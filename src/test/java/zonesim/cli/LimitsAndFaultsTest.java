package zonesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's side of issue 16: work estimate and gate, --out checks before simulating, damaged report folders. */
class LimitsAndFaultsTest {
    @TempDir
    Path tmp;

    private static CliTest.Result zonesim(String... args) {
        return CliTest.zonesim(args);
    }

    private static List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void validatePrintsTheEstimateAndRefusesAHugeStudyUnlessForced() throws IOException {
        Path f = tmp.resolve("huge.yaml");
        Files.writeString(f, "replications: 10000000\nhorizon: 100000y\ntopology:\n  regions:\n    eastus: {}\n"
                + "registry:\n  replicas:\n    eastus: {}\n");
        CliTest.Result r = zonesim("validate", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains(f + ": estimated work: about "), r.out());
        List<String> err = lines(r.err());
        assertEquals(1, err.size(), r.err());
        assertTrue(err.get(0).startsWith("zonesim: " + f + ": refused: about "), err.get(0));
        assertTrue(err.get(0).contains("pass --force to run it anyway"), err.get(0));
        CliTest.Result forced = zonesim("validate", "--force", f.toString());
        assertEquals(0, forced.code(), forced.err());
    }

    @Test
    void aFolderOrAMissingFileIsNamedForWhatItIs() {
        for (String command : List.of("run", "validate", "sweep")) {
            CliTest.Result folder = zonesim(command, tmp.toString());
            assertEquals(2, folder.code(), folder.err());
            assertEquals(tmp + ": is a folder, not a scenario file", folder.err().strip().replaceFirst("^zonesim: ", ""));
            CliTest.Result missing = zonesim(command, tmp.resolve("none.yaml").toString());
            assertEquals(2, missing.code(), missing.err());
            assertTrue(missing.err().contains("none.yaml: no such scenario file"), missing.err());
        }
    }

    @Test
    void aRunThatWouldNeverEndIsRefusedEvenWhenForced() throws IOException {
        Path f = tmp.resolve("zero.yaml");
        Files.writeString(f, "topology:\n  regions:\n    eastus: {}\n  failures:\n"
                + "    zone: { ttf: 0s, ttr: 0s }\nregistry:\n  replicas:\n    eastus: {}\n");
        CliTest.Result r = zonesim("run", f.toString(), "--force", "--out", tmp.resolve("o").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("refused: the run would never end"), r.err());
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void unusableOutFoldersAreRefusedBeforeSimulating() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Path foreign = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(foreign.resolve("notes.md"), "keep");
        for (String out : List.of("", "/", file.toString(), foreign.toString())) {
            // two million replications of the reference scenario take many minutes: refusing in seconds
            // shows that nothing was simulated
            CliTest.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> zonesim("run",
                    "scenarios/reference.yaml", "-n", "2000000", "--force", "--out", out));
            assertEquals(2, r.code(), out + ": " + r.err());
            List<String> err = lines(r.err()).stream().filter(l -> !l.contains("notice:")
                    && !l.startsWith("estimated work:")).toList();
            assertEquals(List.of(err.get(0)), err);
            assertTrue(err.get(0).startsWith("zonesim: cannot write results to '" + out + "': "), err.get(0));
        }
        assertEquals("keep", Files.readString(foreign.resolve("notes.md")));
    }

    @Test
    void reportOnADamagedFolderExitsTwoWithOneLineAndDeletesNothing() throws IOException {
        Path out = tmp.resolve("res");
        assertEquals(0, zonesim("run", "scenarios/migrate-import-to-zones.yaml", "-n", "5", "--out",
                out.toString()).code());
        long files;
        try (var s = Files.list(out)) {
            files = s.count();
        }
        Files.writeString(out.resolve("summary.json"), "{ \"confidence\": 0.95 }");
        CliTest.Result r = zonesim("report", out.toString());
        assertEquals(2, r.code());
        assertEquals(List.of("zonesim: " + out.resolve("summary.json") + ": 'configurations' is missing"),
                lines(r.err()));
        try (var s = Files.list(out)) {
            assertEquals(files, s.count(), "no chart deleted");
        }
    }

    @Test
    void errorLinesNeverCarryControlCharacters() {
        CliTest.Result r = zonesim("analyze", "--configuration", "x\u001b[2Jy\nz", "scenarios/reference.yaml");
        assertEquals(2, r.code());
        assertEquals(List.of("zonesim: no configuration named 'x\\u001b[2Jy\\nz' in scenarios/reference.yaml; it has:"
                + " baseline, no-zr, westus2-unrouted, no-westus, lognormal-power"),
                lines(r.err()).stream().filter(l -> !l.contains("notice:")).toList());
    }

    @Test
    void outOfMemoryIsFoundAnywhereInTheCauseChain() {
        assertTrue(OutOfMemory.causedBy(new IllegalStateException(new RuntimeException(new OutOfMemoryError()))));
        assertFalse(OutOfMemory.causedBy(new IllegalStateException("no")));
    }
}
