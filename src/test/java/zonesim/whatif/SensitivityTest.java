package zonesim.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.distribution.ParameterLaw;
import zonesim.model.ProcessKind;
import zonesim.model.WhatIf;
import zonesim.scenario.ScenarioDocument;
import zonesim.scenario.ScenarioException;

/** Tornado bars and parameter laws against hand-derived values. */
class SensitivityTest {
    @Test
    void tornadoBarsAreTheExactValuesAtTheEndsWidestFirst() throws ScenarioException {
        // Pinned replica of WhatIfScenarios: A = (8760 / (8760 + R)) (43800 / (43800 + Z)), R = 2h, Z = 6h.
        // Zone repair ÷2..×2 (default): Z = 3h and 12h; replica repair given as [1h, 4h].
        // Swings: replica 8760/8761 - 8760/8764 = 3.42e-4 (times 43800/43806), zone 43800/43803 - 43800/43812
        // = 2.05e-4 (times 8760/8762): the replica's bar is first.
        ScenarioDocument doc = WhatIfScenarios.load("""
                sensitivity:
                  metric: global.availability
                  parameters:
                    - topology.failures.zone.mttr
                    - { path: topology.failures.replica.mttr, range: [1h, 4h], label: service repair }
                """);
        Tornado t = SensitivityRunner.run(doc, doc.whatIf().sensitivity(), Evaluator.Options.quiet(2));
        assertTrue(t.exact());
        assertEquals("service repair", t.bars().get(0).parameter().label());
        double zone = 43800.0 / 43806;
        double service = 8760.0 / 8762;
        assertEquals(service * zone, t.nominal().mean(), 1e-13);
        assertEquals(8760.0 / 8761 * zone, t.bars().get(0).atLow().mean(), 1e-13);
        assertEquals(8760.0 / 8764 * zone, t.bars().get(0).atHigh().mean(), 1e-13);
        assertEquals(0.5, t.bars().get(1).low(), 0);   // a bare path moves by factors ÷2 and ×2
        assertEquals(2, t.bars().get(1).high(), 0);
        assertEquals(service * 43800 / 43803, t.bars().get(1).atLow().mean(), 1e-13);
        assertEquals(service * 43800 / 43812, t.bars().get(1).atHigh().mean(), 1e-13);
    }

    @Test
    void differenceTornadoIsTheDifferenceOfTheConfigurations() throws ScenarioException {
        // zr - baseline at Z = 3h: a2 (1 - q^3) - a1 (1 - q), q = 3 / 43803, a2 = 8760/8764, a1 = 8760/8762
        ScenarioDocument doc = WhatIfScenarios.load("""
                sensitivity:
                  difference: [zr, baseline]
                  parameters: [ topology.failures.zone.mttr ]
                """);
        Tornado t = SensitivityRunner.run(doc, doc.whatIf().sensitivity(), Evaluator.Options.quiet(1));
        double q = 3.0 / 43803;
        double expected = 8760.0 / 8764 * (1 - q * q * q) - 8760.0 / 8762 * (1 - q);
        assertEquals(expected, t.bars().get(0).atLow().mean(), 1e-13);
    }

    @Test
    void factorStretchesAWholeDistributionButNotItsShape() throws ScenarioException {
        // ttr lognormal(median 4h, sigma 0.9) x2 is lognormal(median 8h, sigma 0.9), mean 8 e^(0.81/2) = 11.995 h;
        // a factor that scaled sigma too would give median 8h, sigma 1.8: mean 8 e^1.62 = 40.4 h
        String text = WhatIfScenarios.CROSS.replace("replica: { mttf: 1y, mttr: 2h }",
                "replica: { mttf: 1y, ttr: { lognormal: { median: 4h, sigma: 0.9 } } }") + """
                sensitivity:
                  parameters: [ topology.failures.replica.ttr ]
                """;
        ScenarioDocument doc = ScenarioDocument.loadString("t.yaml", text, false, null, null);
        var swing = doc.whatIf().sensitivity().swings().get(0);
        var s = doc.study(List.of(new WhatIf.Setting(swing.parameter(), swing.high())));
        var ttr = s.baseline().failures().defaults().get(ProcessKind.REPLICA).ttr();
        assertEquals(8 * Math.exp(0.81 / 2), ttr.meanHours(), 1e-9);
    }

    @Test
    void aParameterInsideADistributionIsSetByItsPath() throws ScenarioException {
        // median 4h -> 1h with sigma 0.9 kept: mean 1 x e^(0.81/2) = 1.4993 h
        String text = WhatIfScenarios.CROSS.replace("replica: { mttf: 1y, mttr: 2h }",
                "replica: { mttf: 1y, ttr: { lognormal: { median: 4h, sigma: 0.9 } } }") + """
                sweep:
                  parameters: [ { path: topology.failures.replica.ttr.lognormal.median, values: [1h, 4h] } ]
                """;
        ScenarioDocument doc = ScenarioDocument.loadString("t.yaml", text, false, null, null);
        var axis = doc.whatIf().sweep().axes().get(0);
        var s = doc.study(List.of(new WhatIf.Setting(axis.parameter(), axis.values().get(0))));
        var ttr = s.baseline().failures().defaults().get(ProcessKind.REPLICA).ttr();
        assertEquals(Math.exp(0.81 / 2), ttr.meanHours(), 1e-9);
    }

    @Test
    void aMeanKeyIsScaledWhenItsDistributionTwinIsNamed() throws ScenarioException {
        // the file says mttr: 2h; the path names ttr (SPEC 5: each replaces the other): x2 gives a mean of 4 h
        ScenarioDocument doc = WhatIfScenarios.load("""
                sensitivity:
                  parameters: [ topology.failures.replica.ttr ]
                """);
        var swing = doc.whatIf().sensitivity().swings().get(0);
        var s = doc.study(List.of(new WhatIf.Setting(swing.parameter(), swing.high())));
        assertEquals(4, s.baseline().failures().defaults().get(ProcessKind.REPLICA).ttr().meanHours(), 1e-12);
    }

    @Test
    void lawQuantilesMatchTheirClosedForms() {
        // loguniform [2, 8]: median sqrt(16) = 4; quantile(0.25) = 2 * 4^0.25 = 2.828
        assertEquals(4, new ParameterLaw.LogUniform(2, 8).median(), 1e-12);
        assertEquals(2 * Math.sqrt(2), new ParameterLaw.LogUniform(2, 8).quantile(0.25), 1e-12);
        // triangular [0, 1, 4]: F(1) = 1/4; quantile(0.5) = 4 - sqrt(0.5 * 4 * 3) = 4 - sqrt(6)
        assertEquals(4 - Math.sqrt(6), new ParameterLaw.Triangular(0, 1, 4).median(), 1e-12);
        assertEquals(Math.sqrt(0.1 * 4 * 1), new ParameterLaw.Triangular(0, 1, 4).quantile(0.1), 1e-12);
        // lognormal median 5, error factor 3: the 95th percentile is 15
        assertEquals(15, ParameterLaw.LogNormal.ofErrorFactor(5, 3).quantile(0.95), 1e-9);
        assertEquals(7, new ParameterLaw.Uniform(4, 10).median(), 1e-12);
    }
}
