package zonesim.scenario;

import zonesim.distribution.Exponential;
import zonesim.distribution.Fixed;
import zonesim.distribution.Gamma;
import zonesim.distribution.LogNormal;
import zonesim.distribution.Never;
import zonesim.distribution.Uniform;
import zonesim.distribution.Weibull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;
import zonesim.distribution.Distribution;

/** Every distribution form of SPEC 3 "Distributions", read through {@code replication.zone_lag}. */
class DistributionsTest {
    private static final double EPS = 1e-9;

    private static Distribution read(String flow) {
        return Yaml.baseline(Yaml.MINIMAL + "replication: { zone_lag: " + flow + " }\n").replication().zoneLag();
    }

    @Test
    void plainDurationIsFixed() {
        assertEquals(new Fixed(4), read("4h"));
        assertEquals(new Fixed(0), read("0s"));
    }

    @Test
    void neverIsNever() {
        assertInstanceOf(Never.class, read("never"));
    }

    @Test
    void exponentialByMean() {
        assertEquals(new Exponential(8760), read("{ exponential: { mean: 1y } }"));
    }

    @Test
    void weibullByMeanUsesGammaFunction() {
        // scale = mean / Gamma(1 + 1/k) = 10 / Gamma(1.5) = 10 / 0.886227 = 11.2838 h
        Weibull w = (Weibull) read("{ weibull: { shape: 2, mean: 10h } }");
        assertEquals(2, w.shape(), 0);
        assertEquals(10 / Math.exp(org.apache.commons.math3.special.Gamma.logGamma(1.5)), w.scaleHours(), EPS);
        assertEquals(11.283791670955125, w.scaleHours(), 1e-9);
        assertEquals(10, w.meanHours(), EPS);
    }

    @Test
    void weibullByScale() {
        assertEquals(new Weibull(1.5, 2.2 * 8760), read("{ weibull: { shape: 1.5, scale: 2.2y } }"));
    }

    @Test
    void lognormalByMedianAndSigma() {
        // mu = ln(median) = ln 3
        LogNormal l = (LogNormal) read("{ lognormal: { median: 3h, sigma: 1 } }");
        assertEquals(Math.log(3), l.mu(), EPS);
        assertEquals(1, l.sigma(), 0);
    }

    @Test
    void lognormalByMeanAndCv() {
        // sigma^2 = ln(1 + cv^2) = ln 3.25; mu = ln 8 - sigma^2 / 2; the mean is 8 h again
        LogNormal l = (LogNormal) read("{ lognormal: { mean: 8h, cv: 1.5 } }");
        assertEquals(Math.sqrt(Math.log(3.25)), l.sigma(), EPS);
        assertEquals(Math.log(8) - Math.log(3.25) / 2, l.mu(), EPS);
        assertEquals(8, l.meanHours(), EPS);
    }

    @Test
    void gammaByMeanOrScale() {
        assertEquals(new Gamma(2, 5), read("{ gamma: { shape: 2, mean: 10h } }"));   // scale = 10 / 2
        assertEquals(new Gamma(2, 10), read("{ gamma: { shape: 2, scale: 10h } }"));
    }

    @Test
    void uniformByMinMax() {
        assertEquals(new Uniform(10.0 / 60, 2), read("{ uniform: { min: 10m, max: 2h } }"));
    }

    @Test
    void blockStyleWorksLikeFlowStyle() {
        Distribution d = Yaml.baseline(Yaml.MINIMAL + """
                replication:
                  zone_lag:
                    gamma:
                      shape: 2
                      mean: 10h
                """).replication().zoneLag();
        assertEquals(new Gamma(2, 5), d);
    }

    /** The single problem of MINIMAL plus {@code line} (line 7), expected at {@code token} with {@code message}. */
    private static void assertProblem(String line, String token, String message) {
        assertEquals(List.of(Yaml.at(7, line, token) + ": " + message), Yaml.problems(Yaml.MINIMAL + line + "\n"));
    }

    @Test
    void malformedDistributionsAreReportedWithPosition() {
        assertProblem("replication: { zone_lag: { weibull: { shape: 2 } } }", "{ shape",
                "replication.zone_lag.weibull: missing 'mean' (or 'scale')");
        assertProblem("replication: { zone_lag: { gamma: { shape: 2, mean: 1h, scale: 1h } } }", "1h }",
                "replication.zone_lag.gamma.scale: give either mean or scale, not both");
        assertProblem("replication: { zone_lag: { lognormal: { median: 1h, cv: 1 } } }", "{ median",
                "replication.zone_lag.lognormal: give either median and sigma, or mean and cv");
        assertProblem("replication: { zone_lag: { gamma: { shape: 2, mean: 1h }, uniform: {} } }", "{ gamma",
                "replication.zone_lag: a distribution map needs exactly one key, the family "
                        + "(one of exponential, weibull, lognormal, gamma, uniform)");
        assertProblem("replication: { zone_lag: { uniform: { min: 2h, max: 1h } } }", "1h",
                "replication.zone_lag.uniform.max: uniform max must be >= min");
        assertProblem("replication: { zone_lag: { exponential: { mean: 5 } } }", "5",
                "replication.zone_lag.exponential.mean: duration '5' needs a unit (s, m, h, d, w, mo, y), e.g. '5h'");
        assertProblem("replication: { zone_lag: { weibull: { shape: 0, mean: 1h } } }", "0",
                "replication.zone_lag.weibull.shape: must be > 0, got '0'");
        assertProblem("replication: { zone_lag: { expnential: { mean: 1h } } }", "expnential",
                "replication.zone_lag.expnential: unknown distribution family 'expnential' (did you mean "
                        + "'exponential'?); expected one of exponential, weibull, lognormal, gamma, uniform");
    }
}
