package zonesim.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import zonesim.model.Scenario;

/** Test helpers: load YAML text as {@code t.yaml} and look at the result or the problems. */
final class Yaml {
    /** A minimal valid scenario: one region, one replica; everything else defaulted. */
    static final String MINIMAL = """
            topology:
              regions:
                eastus: {}
            registry:
              replicas:
                eastus: {}
            """;

    private Yaml() { }

    /** Loads strictly. */
    static Loaded load(String yaml) {
        return load(yaml, false);
    }

    /** Loads; fails the test on a ScenarioException. */
    static Loaded load(String yaml, boolean lenient) {
        try {
            return ScenarioLoader.loadString("t.yaml", yaml, lenient);
        } catch (ScenarioException e) {
            throw new AssertionError("unexpected problems:\n" + e.getMessage(), e);
        }
    }

    /** The baseline scenario. */
    static Scenario baseline(String yaml) {
        return load(yaml).study().baseline();
    }

    /**
     * {@code t.yaml:LINE:COL} where COL is the 1-based column of the first {@code token} in
     * {@code lineText}, so that tests show where an expected column comes from.
     */
    static String at(int line, String lineText, String token) {
        int i = lineText.indexOf(token);
        if (i < 0) {
            throw new IllegalArgumentException(token + " not in " + lineText);
        }
        return "t.yaml:" + line + ":" + (i + 1);
    }

    /** The problems, each as {@code t.yaml:line:col: path: message}. */
    static List<String> problems(String yaml) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.loadString("t.yaml", yaml, false));
        return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
    }
}
