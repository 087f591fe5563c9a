package zonesim.exact;

import zonesim.distribution.Exponential;
import zonesim.distribution.Fixed;
import zonesim.distribution.Gamma;
import zonesim.distribution.LogNormal;
import zonesim.distribution.Uniform;
import zonesim.distribution.Weibull;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import zonesim.model.Backup;
import zonesim.distribution.Distribution;
import zonesim.model.FailureSpec;

/** Per-process unavailability and effective failure frequency, against hand formulas. */
class ProcessMeasuresTest {

    private static void close(double expected, double actual, double rel) {
        assertEquals(expected, actual, rel * Math.abs(expected), () -> "expected " + expected + " got " + actual);
    }

    @Test
    void singleProcessAvailabilityIsMttfOverCycle() {
        // a = MTTF / (MTTF + MTTR) = 8760 / 8764; q = 4 / 8764; nu = 1 / 8764 per hour
        ProcessMeasures m = ProcessMeasures.of(FailureSpec.exponential(8760, 4));
        close(8760.0 / 8764, m.availability(), 1e-15);
        close(4.0 / 8764, m.unavailability(), 1e-15);
        close(1.0 / 8764, m.failuresPerHour(), 1e-15);
    }

    @Test
    void neverFailingProcessIsPerfect() {
        assertEquals(ProcessMeasures.PERFECT, ProcessMeasures.of(FailureSpec.NEVER_FAILS));
    }

    @Test
    void exponentialRideThroughCutsDownTimePerFailureToMeanTimesSurvival() {
        // cooling mttf 2y = 17520 h, mttr m = 8 h, ride-through tau = 15 min:
        // down per failure E[(R - tau)+] = m e^{-tau/m}; P(R > tau) = e^{-tau/m}; cycle = 17528 h
        double m = 8;
        double tau = 0.25;
        FailureSpec s = new FailureSpec(new Exponential(17520), new Exponential(m), tau, null);
        ProcessMeasures pm = ProcessMeasures.of(s);
        close(m * Math.exp(-tau / m) / 17528, pm.unavailability(), 1e-14);
        close(Math.exp(-tau / m) / 17528, pm.failuresPerHour(), 1e-14);
        close(1 - m * Math.exp(-tau / m) / 17528, pm.availability(), 1e-15);
    }

    @Test
    void exponentialBackupChain() {
        // utility mttf 8760 h, repair r = 4 h, backup fails to start p = 0.03, runtime g = 1500 h:
        // down per failure p r + (1 - p) r^2/(r + g); effective failure prob p + (1 - p) r/(r + g)
        double r = 4;
        double g = 1500;
        double p = 0.03;
        FailureSpec s = new FailureSpec(new Exponential(8760), new Exponential(r), 0,
                new Backup(p, new Exponential(g)));
        ProcessMeasures pm = ProcessMeasures.of(s);
        close((p * r + (1 - p) * r * r / (r + g)) / 8764, pm.unavailability(), 1e-14);
        close((p + (1 - p) * r / (r + g)) / 8764, pm.failuresPerHour(), 1e-14);
    }

    @Test
    void backupWithFixedRuntimeIsARideThrough() {
        // G fixed at 2 h and a sure start: the datacenter goes down iff R > 2 h, for R - 2 h
        Distribution r = LogNormal.ofMedian(3, 1);
        FailureSpec backup = new FailureSpec(new Exponential(5000), r, 0,
                new Backup(0, new Fixed(2)));
        FailureSpec ride = new FailureSpec(new Exponential(5000), r, 2, null);
        close(ProcessMeasures.of(ride).unavailability(), ProcessMeasures.of(backup).unavailability(), 1e-15);
        close(ProcessMeasures.of(ride).failuresPerHour(), ProcessMeasures.of(backup).failuresPerHour(), 1e-15);
    }

    @Test
    void backupWithNonExponentialLawsMatchesIndependentIntegral() {
        // R lognormal(median 4 h, sigma 1.2), G Weibull(1.5, mean 3 h), p = 0.1, utility mttf 8760 h:
        // q = (p E[R] + (1 - p) E[(R - G)+]) / (8760 + E[R]), with E[(R - G)+] = int f_G(g) E[(R - g)+] dg
        // (ExcessTest checks that integral order independently; here the assembly)
        LogNormal r = LogNormal.ofMedian(4, 1.2);
        Weibull g = Weibull.ofMean(1.5, 3);
        var gd = new org.apache.commons.math3.distribution.WeibullDistribution(g.shape(), g.scaleHours());
        var n = new org.apache.commons.math3.distribution.NormalDistribution();
        double excess = BruteForce.integrateTail(x -> gd.density(x) * (r.meanHours()
                * n.cumulativeProbability((r.mu() + r.sigma() * r.sigma() - Math.log(x)) / r.sigma())
                - x * n.cumulativeProbability((r.mu() - Math.log(x)) / r.sigma())), 0, 80);
        double prob = BruteForce.integrateTail(x -> gd.density(x)
                * n.cumulativeProbability(-(Math.log(x) - r.mu()) / r.sigma()), 0, 80);
        double cycle = 8760 + r.meanHours();
        ProcessMeasures pm = ProcessMeasures.of(new FailureSpec(new Exponential(8760), r, 0,
                new Backup(0.1, g)));
        close((0.1 * r.meanHours() + 0.9 * excess) / cycle, pm.unavailability(), 1e-9);
        close((0.1 + 0.9 * prob) / cycle, pm.failuresPerHour(), 1e-9);
    }

    @Test
    void withoutMitigationsOnlyTheMeansMatter() {
        // a = E[TTF] / (E[TTF] + E[R]) whatever the laws: mean ttf 1000 h, mean ttr 10 h
        double q = 10.0 / 1010;
        Distribution[] ttfs = {new Exponential(1000), Weibull.ofMean(1.7, 1000),
            Gamma.ofMean(3, 1000), new Uniform(500, 1500), new Fixed(1000)};
        Distribution[] ttrs = {new Exponential(10), LogNormal.ofMeanCv(10, 1.5),
            Weibull.ofMean(0.6, 10), Gamma.ofMean(0.5, 10), new Uniform(0, 20),
            new Fixed(10)};
        for (Distribution f : ttfs) {
            for (Distribution r : ttrs) {
                ProcessMeasures m = ProcessMeasures.of(new FailureSpec(f, r, 0, null));
                close(q, m.unavailability(), 1e-12);
                close(1.0 / 1010, m.failuresPerHour(), 1e-12);
            }
        }
    }
}
