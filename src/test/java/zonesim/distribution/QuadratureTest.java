package zonesim.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Gauss-Kronrod tables and the half-line map, on integrals known in closed form. */
class QuadratureTest {

    @Test
    void polynomialOfDegree22IsIntegratedExactly() {
        // K15 is exact to degree 22: int_-1^1 x^22 dx = 2/23
        assertEquals(2.0 / 23, Quadrature.finite(x -> Math.pow(x, 22), -1, 1), 1e-15);
    }

    @Test
    void halfLineGammaIntegrals() {
        // int_0^inf x^3 e^-x dx = 3! = 6; int_2^inf e^{-x/5} dx = 5 e^{-2/5}
        assertEquals(6, Quadrature.halfLine(x -> x * x * x * Math.exp(-x), 0, 1), 6e-13);
        double expected = 5 * Math.exp(-0.4);
        assertEquals(expected, Quadrature.halfLine(x -> Math.exp(-x / 5), 2, 5), expected * 1e-13);
    }

    @Test
    void integrableSingularityAtTheOrigin() {
        // int_0^1 x^{-1/2} dx = 2: bisection towards the singular end
        assertEquals(2, Quadrature.finite(x -> 1 / Math.sqrt(x), 0, 1), 2e-11);
    }

    @Test
    void kinkAtABreakpoint() {
        // int_0^inf min(x, 3) e^{-x} dx = 1 - e^{-3}, kink at x = 3 given as a breakpoint
        double expected = -Math.expm1(-3);
        assertEquals(expected, Quadrature.halfLine(x -> Math.min(x, 3) * Math.exp(-x), 0, 1, 3), 1e-13);
    }
}
