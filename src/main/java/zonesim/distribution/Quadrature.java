package zonesim.distribution;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * Globally adaptive 15-point Gauss-Kronrod quadrature (QUADPACK QAG with the 7/15 pair,
 * Piessens et al., "QUADPACK", Springer 1983; nodes and weights from its {@code qk15}).
 * The error of a piece is |K15 - G7|, which is pessimistic; the piece with the largest
 * error is bisected until the total is below the relative tolerance. A half-line
 * [origin, inf) is mapped onto [0, 1) by x = origin + scale * t / (1 - t).
 */
public final class Quadrature {
    /** Relative tolerance on the estimated total error. */
    public static final double RELATIVE_TOLERANCE = 1e-12;
    private static final int MAX_PIECES = 4000;
    /** Errors below this are below anything the model can resolve (they arise in far tails near underflow). */
    private static final double ABSOLUTE_FLOOR = 1e-290;
    private static final double[] XGK = {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0};
    private static final double[] WGK = {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
    private static final double[] WG = {
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

    private Quadrature() { }

    /** E[(T - tau)+] of {@code d} by quadrature of its survival function, where a closed form would cancel. */
    public static double excess(Distribution d, double tau) {
        double s = d.survival(tau);
        if (s == 0) {
            return 0;
        }
        double scale = d.hasDensity() ? s / d.density(tau) : d.meanHours();
        if (!(scale > 0) || !Double.isFinite(scale)) {
            scale = d.meanHours();
        }
        return halfLine(d::survival, tau, scale, d.features());
    }

    /** Standard normal distribution function, via erfc so that both tails keep relative precision. */
    public static double phi(double z) {
        return 0.5 * Erfc.value(-z / Math.sqrt(2));
    }

    private record Piece(double lo, double hi, double value, double error) { }

    /** Integral of {@code g} over [origin, inf); {@code scale} is the integrand's length scale, breaks are kinks or features in x. */
    public static double halfLine(DoubleUnaryOperator g, double origin, double scale, double... breaks) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be > 0 and finite: " + scale);
        }
        DoubleUnaryOperator h = t -> {
            double x = origin + scale * t / (1 - t);
            if (!Double.isFinite(x)) {
                return 0;
            }
            double y = g.applyAsDouble(x);
            return y == 0 ? 0 : y * scale / ((1 - t) * (1 - t));
        };
        double[] cuts = new double[breaks.length + 5];
        int n = 0;
        cuts[n++] = 0;
        cuts[n++] = 1;
        cuts[n++] = 0.5;
        cuts[n++] = 0.1;
        cuts[n++] = 0.9;
        for (double b : breaks) {
            double y = b - origin;
            if (y > 0 && Double.isFinite(y)) {
                cuts[n++] = y / (scale + y);
            }
        }
        return finite(h, Arrays.stream(cuts, 0, n).filter(t -> t >= 0 && t <= 1).sorted().distinct().toArray());
    }

    /** Integral of {@code h} over [cuts[0], cuts[last]], starting from the pieces between cuts. */
    public static double finite(DoubleUnaryOperator h, double... cuts) {
        PriorityQueue<Piece> queue = new PriorityQueue<>((p, q) -> Double.compare(q.error(), p.error()));
        double value = 0;
        double error = 0;
        for (int i = 0; i + 1 < cuts.length; i++) {
            Piece p = kronrod(h, cuts[i], cuts[i + 1]);
            queue.add(p);
            value += p.value();
            error += p.error();
        }
        while (error > Math.max(RELATIVE_TOLERANCE * Math.abs(value), ABSOLUTE_FLOOR) && queue.size() < MAX_PIECES) {
            Piece worst = queue.poll();
            double mid = 0.5 * (worst.lo() + worst.hi());
            if (!(mid > worst.lo() && mid < worst.hi())) {
                queue.add(new Piece(worst.lo(), worst.hi(), worst.value(), 0));
                error -= worst.error();
                continue;
            }
            Piece left = kronrod(h, worst.lo(), mid);
            Piece right = kronrod(h, mid, worst.hi());
            queue.add(left);
            queue.add(right);
            value += left.value() + right.value() - worst.value();
            error += left.error() + right.error() - worst.error();
        }
        double total = 0;
        double totalError = 0;
        for (Piece p : queue) {
            total += p.value();
            totalError += p.error();
        }
        if (totalError > Math.max(1e-8 * Math.abs(total), ABSOLUTE_FLOOR)) {
            throw new ArithmeticException("quadrature did not converge: " + total + " +- " + totalError);
        }
        return total;
    }

    /** One Gauss-Kronrod 7/15 estimate on [lo, hi]. */
    private static Piece kronrod(DoubleUnaryOperator h, double lo, double hi) {
        double centre = 0.5 * (lo + hi);
        double half = 0.5 * (hi - lo);
        double fc = h.applyAsDouble(centre);
        double k = WGK[7] * fc;
        double g = WG[3] * fc;
        for (int j = 0; j < 7; j++) {
            double dx = half * XGK[j];
            double pair = h.applyAsDouble(centre - dx) + h.applyAsDouble(centre + dx);
            k += WGK[j] * pair;
            if (j % 2 == 1) {
                g += WG[j / 2] * pair;
            }
        }
        return new Piece(lo, hi, k * half, Math.abs((k - g) * half));
    }
}
