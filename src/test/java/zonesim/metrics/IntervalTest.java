package zonesim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The interval maths against published worked examples and a hand-derived case. Each
 * check names the bug it catches. Calls go through the three helpers below, so a change
 * of Interval's API (e.g. streaming moments) touches only them.
 */
class IntervalTest {

    private static Interval meanOf(double[] x, double confidence) {
        return Interval.studentT(x, confidence);
    }

    private static Interval proportion(long k, long n, double confidence) {
        return Interval.wilson(k, n, confidence);
    }

    private static Interval ratioOf(double[] num, double[] den, double confidence) {
        return Interval.ratio(num, den, confidence);
    }

    @Test
    void studentTMatchesStudentsSleepData() {
        // Student (1908), "The probable error of a mean", Biometrika 6: Cushny and Peebles'
        // extra hours of sleep, drug 2 minus drug 1, for ten patients (R's `sleep` data;
        // t.test(..., paired = TRUE) prints the interval below).
        //   differences 1.2 2.4 1.3 1.3 0.0 1.0 1.8 0.8 4.6 1.4: sum 15.8, mean 1.58
        //   squared deviations sum to 13.616, s^2 = 13.616 / 9 = 1.512889, s = 1.229995
        //   standard error s / sqrt(10) = 0.3889587; t(0.975, 9) = 2.262157
        //   half-width 2.262157 x 0.3889587 = 0.879886 -> [0.700114, 2.459886]
        double[] d = {1.2, 2.4, 1.3, 1.3, 0.0, 1.0, 1.8, 0.8, 4.6, 1.4};
        Interval i = meanOf(d, 0.95);
        assertEquals(1.58, i.mean(), 1e-12);
        assertEquals(2.262157, Interval.tQuantile(0.95, 9), 1e-6);
        // a half-width of t s (no sqrt n) would be 2.78, t s / n 0.278: both far off
        assertEquals(0.879886, i.halfWidth(), 1e-6);
        assertEquals(0.700114, i.low(), 1e-6);
        assertEquals(2.459886, i.high(), 1e-6);
        assertEquals(10, i.n());
    }

    @Test
    void wilsonMatchesNewcombesWorkedExamples() {
        // Newcombe (1998), "Two-sided confidence intervals for the single proportion:
        // comparison of seven methods", Statistics in Medicine 17: 857-872, Table II, method 3
        // (score interval without continuity correction), 95%:
        //   81/263 -> 0.2553 to 0.3662     15/148 -> 0.0624 to 0.1605
        //   0/20   -> 0      to 0.1611     1/29   -> 0.0061 to 0.1718
        // Worked for 0/20 (z = 1.959964, z^2 = 3.841459, z^2/n = 0.192073):
        //   centre = (0 + z^2/2n) / (1 + z^2/n) = 0.0960365 / 1.192073 = 0.0805627
        //   half   = z / (1 + z^2/n) x sqrt(0 + z^2 / 4n^2) = 1.644164 x 0.0489991 = 0.0805626
        //   -> [0, 0.16112]. With z^2/4n in place of z^2/4n^2 the half-width would be 0.36.
        double[][] cases = {
            {81, 263, 0.2553, 0.3662},
            {15, 148, 0.0624, 0.1605},
            {0, 20, 0.0, 0.1611},
            {1, 29, 0.0061, 0.1718},
        };
        for (double[] c : cases) {
            Interval i = proportion((long) c[0], (long) c[1], 0.95);
            String what = (long) c[0] + "/" + (long) c[1];
            assertEquals(c[0] / c[1], i.mean(), 1e-15, what);
            assertEquals(c[2], i.low(), 5e-5, what);     // the table is rounded to 4 decimals
            assertEquals(c[3], i.high(), 5e-5, what);
        }
    }

    @Test
    void ratioIntervalIsTheDeltaMethodOverTheMeanDenominator() {
        // num = (1, 2, 3), den = (1, 1, 2). R = 6 / 4 = 1.5; mean(den) = 4/3.
        // Delta method (Cochran, Sampling Techniques, 3rd ed., 6.3): R - r is approximately
        // the mean of z_i = (num_i - R den_i) / mean(den):
        //   z = (-0.5, 0.5, 0) / (4/3) = (-0.375, 0.375, 0); mean 0
        //   s^2 = (0.140625 + 0.140625 + 0) / 2 = 0.140625, s = 0.375, se = 0.375 / sqrt 3 = 0.2165064
        //   t(0.975, 2) = 4.302653; half-width 4.302653 x 0.2165064 = 0.9315517
        //   -> [0.5684483, 2.4315517]
        // Not dividing by mean(den) would give 1.2420689; dividing by mean(num) 0.6210345.
        Interval i = ratioOf(new double[] {1, 2, 3}, new double[] {1, 1, 2}, 0.95);
        assertEquals(1.5, i.mean(), 1e-15);
        assertEquals(0.9315517, i.halfWidth(), 1e-6);
        assertEquals(0.5684483, i.low(), 1e-6);
        assertEquals(2.4315517, i.high(), 1e-6);
    }

    @Test
    void degenerateInputsGiveUndefinedOrPointIntervals() {
        assertTrue(Double.isNaN(meanOf(new double[0], 0.95).mean()));
        Interval one = meanOf(new double[] {3}, 0.95);
        assertEquals(3, one.mean(), 0);
        assertTrue(Double.isNaN(one.halfWidth()));
        assertTrue(Double.isNaN(proportion(0, 0, 0.95).mean()));
        assertTrue(Double.isNaN(ratioOf(new double[] {1, 2}, new double[] {0, 0}, 0.95).mean()));
        // a constant sample has a zero-width interval
        assertEquals(0, meanOf(new double[] {2, 2, 2}, 0.95).halfWidth(), 0);
    }
}
