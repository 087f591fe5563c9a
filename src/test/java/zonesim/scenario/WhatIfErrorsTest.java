package zonesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.model.Parameter;
import zonesim.model.WhatIf;

/** The what-if sections (SPEC 9): every bad input is one located problem. */
class WhatIfErrorsTest {
    private static final String BASE = Yaml.MINIMAL.replace("eastus: {}\nregistry", "eastus: { zones: 3 }\nregistry")
            + """
            routing: { undetected_incidents: 0.6 }
            configurations:
              - { name: zr, registry: { replicas: { eastus: { zone_redundancy: true } } } }
            """;

    /** The one problem of {@code BASE} plus {@code section} (starting on line 10). */
    private static String problem(String section) {
        List<String> p = Yaml.problems(BASE + section);
        assertEquals(1, p.size(), () -> String.join("\n", p));
        return p.get(0);
    }

    private static String at(String line, String token) {
        return Yaml.at(10, line, token);
    }

    @Test
    void baseHasNineLines() {
        assertEquals(9, BASE.split("\n").length);
    }

    @Test
    void aKeyThatDoesNotExistIsReportedAtTheParameterWithTheLoadersHint() {
        String line = "sweep: { parameters: [ { path: topology.failures.zon.mttr, values: [1h, 2h] } ] }";
        assertEquals(at(line, "[1h") + ": sweep.parameters[0].values: at 1h: topology.failures.zon: unknown key "
                + "'zon' (did you mean 'zone'?)", problem(line));
    }

    @Test
    void aListItemThatDoesNotExistIsReportedAtThePath() {
        String line = "sweep: { parameters: [ { path: 'configurations[3].registry.sku', values: [1] } ] }";
        assertEquals(at(line, "'configurations") + ": sweep.parameters[0].path: configurations has 1 item, so there "
                + "is no [3]", problem(line));
        String named = "sweep: { parameters: [ { path: 'configurations[zx].seed', values: [1] } ] }";
        assertTrue(problem(named).endsWith("configurations has no item named 'zx' (did you mean 'zr'?)"),
                problem(named));
    }

    @Test
    void aRangeThroughANegativeDurationIsRefused() {
        String line = "sweep: { parameters: [ { path: topology.failures.zone.mttr, range: [-1h, 2h] } ] }";
        assertEquals(at(line, "-1h") + ": sweep.parameters[0].range[0]: duration must be >= 0, got '-1h'",
                problem(line));
    }

    @Test
    void aRangeThroughAProbabilityAboveOneNamesTheFirstBadValue() {
        // linear steps from 0.5 to 1.5: 0.5, 0.625, ..., 1, 1.125 (the sixth step) is the first above 1
        String line = "sweep: { parameters: [ { path: routing.undetected_incidents, range: [0.5, 1.5] } ] }";
        assertEquals(at(line, "[0.5") + ": sweep.parameters[0].range: at 1.125: routing.undetected_incidents: "
                + "probability must be in [0, 1] (or 0% to 100%), got '1.125'", problem(line));
    }

    @Test
    void theDefaultTornadoRangeMayCrossAnInvalidValueToo() {
        // 0.6 x 2 = 1.2
        String line = "sensitivity: { parameters: [ routing.undetected_incidents ] }";
        assertTrue(problem(line).startsWith(at(line, "routing.undetected") + ": sensitivity.parameters[0]: at ×2: "
                + "routing.undetected_incidents: probability must be in [0, 1]"), problem(line));
    }

    @Test
    void aParameterThatIsNotNumericIsRefused() {
        String line = "sweep: { parameters: [ { path: 'configurations[zr].registry.replicas.eastus.zone_redundancy', "
                + "factor: [1, 2] } ] }";
        assertEquals(at(line, "'configurations") + ": sweep.parameters[0].path: configurations[zr].registry.replicas"
                + ".eastus.zone_redundancy is 'true', which is not numeric: a what-if study varies numbers, durations, "
                + "probabilities and rates", problem(line));
        String value = "sweep: { parameters: [ { path: topology.failures.zone.mttr, values: [1h, never] } ] }";
        assertEquals(at(value, "never") + ": sweep.parameters[0].values[1]: 'never' is not numeric: a what-if study "
                + "varies numbers, durations, probabilities and rates", problem(value));
    }

    @Test
    void multiplyingADefaultNeedsAValueInTheFile() {
        String line = "sensitivity: { parameters: [ routing.dns_ttl ] }";
        assertEquals(at(line, "routing.dns") + ": sensitivity.parameters[0]: routing.dns_ttl is not in the scenario "
                + "(it takes its default), so there is no value to multiply: give a range instead", problem(line));
    }

    @Test
    void settingsAreChecked() {
        String method = "sweep: { parameters: [ { path: routing.undetected_incidents, values: [0.1] } ], method: exakt }";
        assertTrue(problem(method).contains("sweep.method: unknown method 'exakt' (did you mean 'exact'?)"));
        String config = "sensitivity: { parameters: [ routing.undetected_incidents ], configuration: zz }";
        assertTrue(Yaml.problems(BASE + config).stream().anyMatch(p -> p.endsWith(
                "sensitivity.configuration: no configuration named 'zz' (did you mean 'zr'?); the configurations are "
                        + "baseline, zr")));
        String log = "sweep: { parameters: [ { path: routing.undetected_incidents, range: [0, 0.5], scale: log } ] }";
        assertTrue(problem(log).endsWith("a log scale needs values > 0 (or give scale: linear)"), problem(log));
        assertTrue(problem("sweeps: {}").endsWith("sweeps: unknown key 'sweeps' (did you mean 'sweep'?)"));
    }

    @Test
    void uncertainValuesAreCheckedAndRunUsesTheirMedian() {
        String line = "  failures: { zone: { mttr: { uncertain: { loguniform: [0h, 2h] } } } }";
        String bad = Yaml.MINIMAL.replace("eastus: {}\nregistry", "eastus: {}\n" + line + "\nregistry");
        assertEquals(List.of(Yaml.at(4, line, "[0h") + ": topology.failures.zone.mttr.uncertain.loguniform: "
                + "loguniform needs 0 < min < max"), Yaml.problems(bad));
        String good = Yaml.MINIMAL.replace("eastus: {}\nregistry", "eastus: {}\n  failures: { zone: { mttr: "
                + "{ uncertain: { loguniform: [2h, 8h] } } } }\nregistry");
        Loaded l = Yaml.load(good);
        // the median of loguniform [2h, 8h] is sqrt(2 x 8) = 4h
        assertEquals(4, l.study().baseline().failures().defaults().get(zonesim.model.ProcessKind.ZONE).ttr()
                .meanHours(), 1e-12);
        assertTrue(l.notices().get(0).contains("uncertain (loguniform 2h to 8h): run and compare use 4h, its median"),
                l.notices().toString());
    }

    @Test
    void sweepValuesAreSpacedAsAsked() throws ScenarioException {
        ScenarioDocument d = ScenarioDocument.loadString("t.yaml", BASE + """
                sweep:
                  parameters:
                    - { path: topology.failures.zone.mttr, range: [1h, 100h], steps: 3, scale: log }
                    - { path: routing.undetected_incidents, range: [0, 0.5], steps: 3 }
                """, false, null, null);
        List<WhatIf.Axis> axes = d.whatIf().sweep().axes();
        // log: 1, sqrt(100) = 10, 100; linear: 0, 0.25, 0.5
        assertEquals(1, axes.get(0).values().get(0), 0);
        assertEquals(10, axes.get(0).values().get(1), 1e-12);
        assertEquals(100, axes.get(0).values().get(2), 0);
        assertEquals(List.of(0.0, 0.25, 0.5), axes.get(1).values());
        assertEquals(Parameter.Unit.HOURS, axes.get(0).parameter().unit());
        assertEquals(Parameter.Unit.NUMBER, axes.get(1).parameter().unit());
    }

    @Test
    void commandLineOptionsAreCheckedLikeTheFileAndNameTheCommandLine() {
        String line2 = "  parameters: [ { path: topology.failures.zone.mttr, values: [\"-2h\"] } ]";
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioDocument.loadString("t.yaml", BASE, false, "command line", "sweep:\n" + line2 + "\n"));
        assertEquals("command line:2:" + (line2.indexOf("\"-2h") + 1) + ": sweep.parameters[0].values[0]: duration "
                + "must be >= 0, got '-2h'", e.problems().get(0).toString());
    }
}
