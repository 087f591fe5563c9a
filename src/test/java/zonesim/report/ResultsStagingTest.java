package zonesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results folder is replaced whole or not at all, one writer at a time, and killed runs are recovered. */
class ResultsStagingTest {
    @TempDir
    Path tmp;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    /** What is left beside the results: only the lock file (which is never deleted, see the class comment). */
    private List<String> helpers() throws IOException {
        return names(tmp).stream().filter(n -> n.startsWith(ResultsStaging.PREFIX)).collect(Collectors.toList());
    }

    private Path previous() throws IOException {
        Path res = Files.createDirectories(tmp.resolve("res"));
        Files.writeString(res.resolve("summary.json"), "old");
        Files.writeString(res.resolve("availability.png"), "old chart");
        return res;
    }

    @Test
    void commitReplacesTheWholeFolderAndLeavesOnlyTheLock() throws IOException {
        Path res = previous();
        try (ResultsStaging s = ResultsStaging.open(res)) {
            s.write("summary.json", "new");
            assertEquals("old", Files.readString(res.resolve("summary.json")), "nothing changes before the commit");
            s.commit();
        }
        assertEquals(List.of("summary.json"), names(res), "the old chart went with the old folder");
        assertEquals("new", Files.readString(res.resolve("summary.json")));
        assertEquals(1, helpers().size());
        assertTrue(helpers().get(0).startsWith(ResultsStaging.PREFIX + "lock-res."), helpers().toString());
    }

    @Test
    void anUncommittedStagingIsRemovedAndThePreviousResultsStay() throws IOException {
        Path res = previous();
        try (ResultsStaging s = ResultsStaging.open(res)) {
            s.write("summary.json", "half");
            assertTrue(Files.isDirectory(s.dir()));
        }
        assertEquals(List.of("availability.png", "summary.json"), names(res));
        assertEquals("old", Files.readString(res.resolve("summary.json")));
        assertEquals(1, helpers().size(), "no staging folder left: " + helpers());
    }

    @Test
    void aRunKilledBeforeOrDuringItsCommitIsRecoveredByTheNextOpen() throws IOException {
        Path res = previous();
        String key = ResultsStaging.key("res");
        // killed while writing: a staging folder; killed between the two renames: the results set aside
        Files.createDirectories(tmp.resolve(ResultsStaging.PREFIX + "staging-" + key + "-0123456789ab"))
                .resolve("x").toFile().createNewFile();
        Files.move(res, tmp.resolve(ResultsStaging.PREFIX + "old-" + key + "-a1b2c3d4e5f6"));
        // a folder of another target whose name starts alike is not touched
        Path other = Files.createDirectories(tmp.resolve(ResultsStaging.PREFIX + "staging-" + key + "-x-0123456789ab"));
        try (ResultsStaging s = ResultsStaging.open(res)) {
            assertEquals("old", Files.readString(res.resolve("summary.json")), "the set-aside results are back");
        }
        assertTrue(Files.isDirectory(other));
        Files.delete(other);
        assertEquals(1, helpers().size(), helpers().toString());
    }

    @Test
    void aSecondWriterWaitsThenRefusesWithAClearMessage() throws IOException {
        Path res = previous();
        try (ResultsStaging first = ResultsStaging.open(res)) {
            ResultsStaging.Busy e = assertThrows(ResultsStaging.Busy.class,
                    () -> ResultsStaging.open(res, Duration.ofMillis(300)));
            assertTrue(e.getMessage().startsWith("results folder '" + res.toAbsolutePath()
                    + "' is being written by another zonesim run"), e.getMessage());
        }
        try (ResultsStaging again = ResultsStaging.open(res, Duration.ofMillis(300))) {
            assertEquals(res.toAbsolutePath(), again.target(), "free again once the first is closed");
        }
    }

    @Test
    void targetsThatCannotHoldResultsAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Path foreign = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.md"), "mine");
        for (Path bad : List.of(Path.of(""), Path.of("/"), file, foreign, file.resolve("sub"))) {
            ResultsStaging.UnusableTarget e = assertThrows(ResultsStaging.UnusableTarget.class,
                    () -> ResultsStaging.open(bad, Duration.ZERO), bad.toString());
            assertTrue(e.getMessage().startsWith("cannot write results to '" + bad + "': "), e.getMessage());
        }
        assertEquals("mine", Files.readString(foreign.resolve("notes.md")));
        try (ResultsStaging empty = ResultsStaging.open(Files.createDirectories(tmp.resolve("empty")))) {
            empty.write("summary.json", "{}");
            empty.commit(); // an empty folder may be replaced
        }
    }

    @Test
    void copyFromLinksTheKeptFilesAndLeavesTheSourceAlone() throws IOException {
        Path res = previous();
        Files.createDirectories(res.resolve("sub")).resolve("deep.txt").toFile().createNewFile();
        try (ResultsStaging s = ResultsStaging.open(res)) {
            s.copyFrom(res, rel -> !rel.toString().endsWith(".png"));
            assertEquals(List.of("sub", "summary.json"), names(s.dir()));
            assertTrue(Files.exists(s.dir().resolve("sub/deep.txt")));
            s.commit();
        }
        assertEquals(List.of("sub", "summary.json"), names(res));
        assertEquals("old", Files.readString(res.resolve("summary.json")));
    }

    @Test
    void keysAreFileNameSafeBoundedAndDistinct() {
        assertEquals("contoso-eastus." + String.format("%08x", crc("contoso-eastus")), ResultsStaging.key("contoso-eastus"));
        String odd = ResultsStaging.key("a b/\n" + "z".repeat(300));
        assertTrue(odd.matches("[A-Za-z0-9._-]{1,49}"), odd);
        assertFalse(ResultsStaging.key("a b").equals(ResultsStaging.key("a_b")), "same safe part, different CRC");
    }

    private static long crc(String s) {
        java.util.zip.CRC32 c = new java.util.zip.CRC32();
        c.update(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return c.getValue();
    }
}
