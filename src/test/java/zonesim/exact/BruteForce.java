package zonesim.exact;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Independent reference integrals for the tests: commons-math's fixed 24-point
 * Gauss-Legendre rule on a fine even grid, sharing no adaptivity or variable change with
 * {@link Quadrature}.
 */
final class BruteForce {
    private static final GaussIntegratorFactory FACTORY = new GaussIntegratorFactory();

    private BruteForce() { }

    /** int_lo^hi f(x) dx over {@code pieces} equal pieces. */
    static double integrate(DoubleUnaryOperator f, double lo, double hi, int pieces) {
        double sum = 0;
        double width = (hi - lo) / pieces;
        for (int i = 0; i < pieces; i++) {
            double a = lo + i * width;
            GaussIntegrator rule = FACTORY.legendre(24, a, i == pieces - 1 ? hi : a + width);
            sum += rule.integrate(f::applyAsDouble);
        }
        return sum;
    }

    /** int_lo^(lo+span) f(x) dx: a short head, then x = lo + exp(y) on an even grid in y. */
    static double integrateTail(DoubleUnaryOperator f, double lo, double span) {
        double head = integrate(f, lo, lo + 1e-9, 1);
        return head + integrate(y -> Math.exp(y) * f.applyAsDouble(lo + Math.exp(y)), Math.log(1e-9), Math.log(span), 2000);
    }
}
