package zonesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report on a damaged results folder: summary.json is checked before anything is drawn, so
 * a missing, truncated, absurdly deep or out-of-range summary gives one line naming the file
 * and the folder is left exactly as it was (no chart deleted); files the report does not
 * draw survive a redraw.
 */
class DamagedResultsTest {
    @TempDir
    static Path tmp;
    private static Path good;
    private static String json;

    @BeforeAll
    static void build() throws IOException {
        good = ResultsFixture.write(tmp.resolve("good"));
        ReportBuilder.rebuild(good);
        json = Files.readString(good.resolve("summary.json"), StandardCharsets.UTF_8);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    /** A copy of the good folder with summary.json replaced by {@code damage} of it. */
    private static Path damaged(String name, UnaryOperator<String> damage) throws IOException {
        Path d = Files.createDirectories(tmp.resolve(name));
        for (String f : names(good)) {
            Files.copy(good.resolve(f), d.resolve(f));
        }
        Files.writeString(d.resolve("summary.json"), damage.apply(json), StandardCharsets.UTF_8);
        return d;
    }

    @Test
    void eachDamageIsOneLineNamingTheFileAndNothingIsTouched() throws IOException {
        String range = "'confidence' must be a number strictly between 0 and 1";
        List<Map.Entry<String, UnaryOperator<String>>> cases = List.of(
                Map.entry("'configurations' is missing", s -> s.replace("\"configurations\"", "\"configurationz\"")),
                Map.entry("not valid JSON at line", s -> s.substring(0, s.length() / 2)),
                Map.entry("nested more than 64 levels deep", s -> "[".repeat(100_000) + "]".repeat(100_000)),
                Map.entry(range, s -> s.replace("\"confidence\": 0.95", "\"confidence\": 7")),
                Map.entry(range, s -> s.replace("\"confidence\": 0.95", "\"confidence\": NaN")),
                Map.entry("not a JSON object", s -> "[1, 2]"));
        int i = 0;
        for (Map.Entry<String, UnaryOperator<String>> c : cases) {
            Path d = damaged("case" + i++, c.getValue());
            List<String> before = names(d);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportBuilder.rebuild(d));
            assertTrue(e.getMessage().startsWith(d.resolve("summary.json") + ": " + c.getKey()),
                    e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertEquals(before, names(d), "nothing deleted or added");
        }
        assertTrue(json.contains("\"confidence\": 0.95"), "the damage above applied");
    }

    @Test
    void aRedrawKeepsEveryFileItDoesNotDrawAndReplacesTheRest() throws IOException {
        Path d = damaged("foreign", s -> s);
        Files.writeString(d.resolve("notes.md"), "mine");
        Files.writeString(d.resolve("report.html"), "stale");
        ReportBuilder.rebuild(d);
        assertEquals("mine", Files.readString(d.resolve("notes.md")));
        assertTrue(Files.readString(d.resolve("report.html")).startsWith("<!DOCTYPE html>"));
        assertEquals(names(good).size() + 1, names(d).size());
    }
}
