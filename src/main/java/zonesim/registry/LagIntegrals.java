package zonesim.registry;

import java.util.Arrays;
import java.util.TreeSet;
import zonesim.distribution.Quadrature;
import zonesim.distribution.Distribution;
import zonesim.model.ReplicationSpec;

/**
 * Tables of E[min(L, a)] = integral_0^a S_L(v) dv for the first-copy lag L of a push, one
 * per set of available copy targets (another zone: zone_lag; each of m other replicas:
 * an independent geo_lag), so that {@link DataAtRisk} looks values up instead of
 * integrating. Built once per configuration and shared read-only by replications.
 *
 * <p>Grid: 20 points per decade from 1e-7 h to 1e7 h plus the points where a lag's
 * survival function jumps or kinks (a fixed lag, the ends of a uniform one), so that S is
 * smooth inside every step; each step adds a 16-point Gauss-Legendre integral of S over
 * it, and values in between are interpolated linearly. Below the grid S = 1, so the
 * integral is a.
 */
public final class LagIntegrals {
    private static final double LO = 1e-7;
    private static final int PER_DECADE = 20;
    private static final int DECADES = 14;

    private final Distribution zoneLag;
    private final Distribution geoLag;
    private final double[] grid;
    private final double[][] tables;

    /** Tables for a registry of at most {@code replicas} replicas. */
    public LagIntegrals(ReplicationSpec spec, int replicas) {
        zoneLag = spec.zoneLag();
        geoLag = spec.geoLag();
        TreeSet<Double> points = new TreeSet<>();
        for (int i = 0; i <= DECADES * PER_DECADE; i++) {
            points.add(LO * Math.pow(10, (double) i / PER_DECADE));
        }
        for (double x : spec.zoneLag().features()) {
            points.add(x);
        }
        for (double x : spec.geoLag().features()) {
            points.add(x);
        }
        grid = points.stream().mapToDouble(Double::doubleValue).filter(x -> x >= LO).toArray();
        tables = new double[2 * Math.max(1, replicas)][];
        for (int code = 1; code < tables.length; code++) {
            tables[code] = table(code);
        }
    }

    /** Targets code: 1 if another zone of the replica is available, plus 2 per other available replica. */
    public static int code(boolean otherZone, int otherReplicas) {
        return (otherZone ? 1 : 0) + 2 * otherReplicas;
    }

    /** Survival of the first-copy lag with targets {@code code}; 1 when there are none. */
    public double survival(int code, double v) {
        double s = (code & 1) == 1 ? zoneLag.survival(v) : 1;
        int geo = code >> 1;
        return geo == 0 ? s : s * Math.pow(geoLag.survival(v), geo);
    }

    /** E[min(L, a)] for targets {@code code}; {@code a} itself when there is no target. */
    public double integral(int code, double a) {
        if (code == 0 || a <= LO) {
            return Math.max(a, 0);
        }
        double[] t = tables[Math.min(code, tables.length - 1)];
        if (a >= grid[grid.length - 1]) {
            return t[t.length - 1];
        }
        int i = Arrays.binarySearch(grid, a);
        if (i >= 0) {
            return t[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double f = (a - grid[lo]) / (grid[hi] - grid[lo]);
        return t[lo] + f * (t[hi] - t[lo]);
    }

    private double[] table(int code) {
        double[] t = new double[grid.length];
        t[0] = grid[0];
        for (int i = 1; i < grid.length; i++) {
            t[i] = t[i - 1] + Quadrature.finite(v -> survival(code, v), grid[i - 1], grid[i]);
        }
        return t;
    }
}
