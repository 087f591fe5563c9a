package zonesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's loader classes, one test each: inputs that used to overflow the stack, run for
 * minutes, crash with an "internal error", wrap numbers silently or print raw control bytes
 * now give one clean line each, quickly; valid files with unusual characters validate.
 */
class HostileInputTest {
    private static final Duration FAST = Duration.ofSeconds(5);

    /** The problems of {@code yaml}, checked to be one printable line each, within {@link #FAST}. */
    private static List<String> problems(String yaml) {
        List<String> p = assertTimeoutPreemptively(FAST, () -> Yaml.problems(yaml));
        for (String line : p) {
            assertFalse(line.chars().anyMatch(c -> c < 0x20 || c == 0x7f), () -> "control character in " + line);
            assertTrue(line.length() <= Problem.MAX_LINE, () -> line.length() + " characters");
            assertFalse(line.contains("internal error"), line);
        }
        return p;
    }

    @Test
    void nestingDeeperThanTheLimitIsOneProblemNotAStackOverflow() {
        // the root mapping is level 1; 5000 brackets open on line 7 after "description: " (13 characters),
        // so the 64th bracket opens level 65, at column 13 + 64 = 77
        String flow = Yaml.MINIMAL + "description: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        assertEquals(List.of("t.yaml:7:77: mappings and lists are nested more than 64 levels deep"), problems(flow));
        StringBuilder block = new StringBuilder(Yaml.MINIMAL + "description:\n");
        for (int i = 1; i <= 2000; i++) {
            block.append(" ".repeat(i)).append("-\n");
        }
        assertEquals(1, problems(block.toString()).size());
        // 64 levels (the root and 63 lists) are fine; the value is still not a string
        String ok = Yaml.MINIMAL + "description: " + "[".repeat(63) + "]".repeat(63) + "\n";
        assertEquals(List.of("t.yaml:7:14: description: expected a string, got a list"), problems(ok));
    }

    @Test
    void aliasesThatNestDeeperOrExpandBeyondTheBudgetAreRefused() {
        // 16 levels of three aliases each (48 aliases, under the library's 50): 3^16 = 43 million nodes
        StringBuilder bomb = new StringBuilder(Yaml.MINIMAL + "description:\n  b0: &b0 {k: v}\n");
        for (int i = 1; i <= 16; i++) {
            bomb.append("  b").append(i).append(": &b").append(i).append(" [*b").append(i - 1).append(", *b")
                    .append(i - 1).append(", *b").append(i - 1).append("]\n");
        }
        List<String> p = problems(bomb.toString());
        assertEquals(1, p.size());
        assertTrue(p.get(0).contains("expands to more than 500000 nodes"), p.get(0));
        // each alias adds 40 levels: 2 aliases take the tree past 64 levels although the text never does
        String deep = Yaml.MINIMAL + "description:\n  c0: &c0 " + "[".repeat(40) + "]".repeat(40) + "\n"
                + "  c1: &c1 " + "[".repeat(40) + "*c0" + "]".repeat(40) + "\n";
        assertTrue(problems(deep).get(0).contains("nested more than 64 levels deep (through YAML aliases)"));
        assertEquals(List.of("t.yaml:7:4: x: recursive YAML aliases are not supported"),
                problems(Yaml.MINIMAL + "x: &a [*a]\n"));
    }

    @Test
    void textLongerThanTheSizeLimitIsRefusedBeforeParsing() {
        String big = Yaml.MINIMAL + "description: \"" + "a".repeat(Limits.MAX_BYTES) + "\"\n";
        assertEquals(List.of("t.yaml:1:1: the file has " + big.length() + " characters; a scenario file may have at most "
                + Limits.MAX_BYTES), problems(big));
    }

    @Test
    void anEmojiAtAnyOffsetOfAValidFileValidates() {
        // snakeyaml-engine up to 3.0.1 read 1025 characters into a 1025-character buffer and failed when the
        // last was the first half of a surrogate pair (issue 77, fixed in 3.1): offsets 1024, 2049, ...
        String head = Yaml.MINIMAL + "description: ";
        for (int offset = head.length(); offset < 3200; offset++) {
            String yaml = head + "a".repeat(offset - head.length()) + "\uD83D\uDE00 b\n";
            Yaml.load(yaml);
        }
    }

    @Test
    void longValuesInTypedFieldsFailFastWithAShortenedEcho() {
        String spaces = "1" + " ".repeat(80_000) + "x"; // quadratic for the old lazy rate pattern
        for (String field : List.of("clients: { eastus: { pulls: '" + spaces + "' } }",
                "horizon: '" + "1".repeat(80_000) + "e'", "sla: { target: '" + "1".repeat(80_000) + "%' }",
                "seed: " + "9".repeat(80_000))) {
            List<String> p = problems(Yaml.MINIMAL + field + "\n");
            assertEquals(1, p.size(), field.substring(0, 20));
            assertTrue(p.get(0).length() < 250, p.get(0));
            assertTrue(p.get(0).contains(" characters)'") || p.get(0).contains("characters)"), p.get(0));
        }
    }

    @Test
    void numbersBeyondWhatTheirTypeHoldsAreErrorsNeverWrappedOrInternal() {
        assertEquals(List.of("t.yaml:7:16: sla.target: probability '1e-2147483647' is too small to represent"
                        + " (not zero, but below 4.9e-324)"),
                problems(Yaml.MINIMAL + "sla: { target: 1e-2147483647% }\n"));
        assertEquals(List.of("t.yaml:7:16: sla.target: probability '1e2147483647' is too large"),
                problems(Yaml.MINIMAL + "sla: { target: 1e2147483647% }\n"));
        // 2^31 and 2^32 + 1: an int cast would give -2147483648 and 1
        for (String q : List.of("2147483648", "4294967297")) {
            assertEquals(List.of("t.yaml:7:17: registry.write_quorum: must be <= 100, got '" + q + "'"),
                    problems(Yaml.MINIMAL + "  write_quorum: " + q + "\n"));
        }
        assertEquals(List.of("t.yaml:1:7: seed: integer '99999999999999999999' is too large"),
                problems("seed: 99999999999999999999\n" + Yaml.MINIMAL).subList(0, 1));
        assertEquals(List.of("t.yaml:7:10: horizon: duration '1e999999999' is too large"),
                problems(Yaml.MINIMAL + "horizon: 1e999999999h\n"));
    }

    @Test
    void controlCharactersInValuesAndKeysAreEscapedOnOneLine() {
        assertEquals(List.of("t.yaml:7:10: horizon: expected a duration such as 90s, 4h or 1.5y, got"
                        + " '1\\u0000\\u001b[31mred\\nnext'"),
                problems(Yaml.MINIMAL + "horizon: \"1\\0\\e[31mred\\nnext\"\n"));
        List<String> key = problems(Yaml.MINIMAL + "\"k\\u202e\\u2028\": 1\n");
        assertEquals(List.of("t.yaml:7:1: k\\u202e\\u2028: unknown key 'k\\u202e\\u2028'"), key);
    }

    @Test
    void scenarioNamesAreSafeFolderNames() {
        for (String bad : List.of("\"a\\nb\"", "\"\\e[2J\"", "\"a\\0b\"", "\"..\"", "a/b", "\".hidden\"",
                "x".repeat(101))) {
            List<String> p = problems("name: " + bad + "\n" + Yaml.MINIMAL);
            assertEquals(1, p.size(), bad);
            assertTrue(p.get(0).startsWith("t.yaml:1:7: name: a scenario name names its results folder"), p.get(0));
        }
        assertEquals("contoso-eastus.v2", Yaml.baseline("name: contoso-eastus.v2\n" + Yaml.MINIMAL).name());
        assertEquals("x".repeat(100), Yaml.baseline("name: " + "x".repeat(100) + "\n" + Yaml.MINIMAL).name());
    }

    @Test
    void aDefaultNameFromTheFileNameIsMadeSafe() {
        assertEquals("my_scenario_v2", Names.fromFileName("my scenario v2"));
        assertEquals("hidden", Names.fromFileName(".hidden"));
        assertEquals("scenario", Names.fromFileName("..."));
        assertEquals(100, Names.fromFileName("y".repeat(300)).length());
    }

    @Test
    void configurationNamesAreLikeRegionNames() {
        List<String> p = problems(Yaml.MINIMAL + "configurations:\n  - name: 'pinned, az1'\n");
        assertEquals(List.of("t.yaml:8:11: configurations[0].name: configuration names may contain only letters,"
                + " digits, '-' and '_', got 'pinned, az1'"), p);
        assertEquals(2, Yaml.load(Yaml.MINIMAL + "configurations:\n  - name: zr_and-geo2\n").study()
                .configurations().size());
    }

    @Test
    void moreThanAHundredConfigurationsAreRefused() {
        StringBuilder yaml = new StringBuilder(Yaml.MINIMAL + "configurations:\n");
        for (int i = 0; i <= Limits.MAX_CONFIGURATIONS; i++) {
            yaml.append("  - { name: c").append(i).append(" }\n");
        }
        assertEquals(List.of("t.yaml:8:3: configurations: 101 configurations: at most 100 may be compared in one file"),
                problems(yaml.toString()));
    }

    @Test
    void overlongKeysAreRefused() {
        String key = "k".repeat(Limits.MAX_KEY_LENGTH + 1);
        assertEquals(List.of("t.yaml:7:1: a key of 201 characters: keys may have at most 200"),
                problems(Yaml.MINIMAL + key + ": 1\n"));
    }
}
