package zonesim.whatif;

import java.util.random.RandomGenerator;

/**
 * Latin hypercube sampling (McKay, Beckman and Conover, "A comparison of three methods for
 * selecting values of input variables in the analysis of output from a computer code",
 * Technometrics 21, 1979): for n worlds, each parameter's [0, 1) is cut into n equal strata
 * and every stratum is used by exactly one world, the strata of different parameters
 * matched by independent random permutations, the position within a stratum uniform. The
 * design is drawn up front from one seeded stream, parameter by parameter (a Fisher-Yates
 * shuffle, then the n positions), so the same seed gives the same worlds on any machine
 * and thread count. Mapped through each parameter's quantile function, it gives every
 * parameter's full range in every study, which plain random sampling does not.
 */
final class LatinHypercube {
    private LatinHypercube() { }

    /** {@code u[world][parameter]} in [0, 1). */
    static double[][] sample(int worlds, int parameters, RandomGenerator rng) {
        double[][] u = new double[worlds][parameters];
        int[] stratum = new int[worlds];
        for (int p = 0; p < parameters; p++) {
            for (int i = 0; i < worlds; i++) {
                stratum[i] = i;
            }
            for (int i = worlds - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = stratum[i];
                stratum[i] = stratum[j];
                stratum[j] = t;
            }
            for (int i = 0; i < worlds; i++) {
                u[i][p] = (stratum[i] + rng.nextDouble()) / worlds;
            }
        }
        return u;
    }
}
