package zonesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@code --vary PATH=VALUES} as the YAML the loader checks. */
class VaryTest {
    @Test
    void listedValues() throws UserError {
        assertEquals("{ path: \"a.b\", values: [\"1h\", \"2h\"] }", Vary.yaml("a.b=1h, 2h"));
    }

    @Test
    void rangeWithStepsAndScale() throws UserError {
        assertEquals("{ path: \"topology.common_cause[x].mttf\", range: [\"1y\", \"50y\"], steps: \"7\", scale: \"log\" }",
                Vary.yaml("topology.common_cause[x].mttf=1y..50y:7:log"));
    }

    @Test
    void factorRange() throws UserError {
        assertEquals("{ path: \"a\", factor: [\"0.5\", \"2\"] }", Vary.yaml("a=0.5x..2x"));
    }

    @Test
    void quotesAreEscaped() throws UserError {
        assertEquals("{ path: \"a\\\"b\", values: [\"1\"] }", Vary.yaml("a\"b=1"));
    }

    @Test
    void aSpecWithoutValuesIsRefused() {
        assertThrows(UserError.class, () -> Vary.yaml("a.b"));
        assertThrows(UserError.class, () -> Vary.yaml("a.b="));
    }
}
