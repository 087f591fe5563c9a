package zonesim.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import zonesim.metrics.Interval;
import zonesim.metrics.Measure;
import zonesim.model.WhatIf;
import zonesim.scenario.ScenarioException;

/**
 * Finds the crossovers of {@link Crossover} along one line of a sweep (the points that
 * differ only in one parameter). Exact differences: every sign change between neighbouring
 * points is refined by bisection on the exact engine (in the axis's scale, log or linear)
 * until the bracket is 1e-4 of the value wide (0.01%: far below any parameter's own
 * uncertainty, and wide enough not to hinge on the last digits of the exact engine).
 * Simulated differences: a change is claimed only between a grid point where one
 * configuration is significantly better (paired interval excluding zero) and the next
 * point where the other is, and that stretch of the grid is its interval: as fine as the
 * grid, but it holds the change whenever the two significance claims hold (interpolating
 * the band between grid points would be narrower, and wrong about as often as right).
 */
final class Crossovers {
    private static final int MAX_BISECTIONS = 60;
    private static final double RELATIVE_WIDTH = 1e-4;

    /** The exact difference a - b of a metric at one value of the swept parameter. */
    @FunctionalInterface
    interface ExactDifference {
        /** The difference at {@code x}; ScenarioException when the scenario is invalid there. */
        double at(double x) throws ScenarioException;
    }

    private Crossovers() { }

    /**
     * The crossovers of configurations {@code a} and {@code b} on {@code metric} along
     * {@code line} (points in the order of the swept values, which need not be sorted);
     * {@code k} is the index of the swept setting, {@code exact} the exact difference (null
     * when the metric is simulated).
     */
    static List<Crossover> find(List<Point> line, int k, WhatIf.Axis axis, String metric, Measure measure, String a,
                                String b, ExactDifference exact) {
        List<Point> sorted = new ArrayList<>(line);
        sorted.sort(Comparator.comparingDouble(p -> p.value(k)));
        int n = sorted.size();
        double[] x = new double[n];
        Interval[] d = new Interval[n];
        for (int i = 0; i < n; i++) {
            x[i] = sorted.get(i).value(k);
            d[i] = sorted.get(i).difference(a, b, metric);
            if (Double.isNaN(d[i].mean())) {
                return List.of();
            }
        }
        List<WhatIf.Setting> at = new ArrayList<>(sorted.get(0).settings());
        at.remove(k);
        boolean higher = measure.better() == Measure.Better.HIGHER;
        List<Crossover> out = new ArrayList<>();
        if (exact != null) {
            for (int i = 0; i + 1 < n; i++) {
                double d0 = d[i].mean();
                double d1 = d[i + 1].mean();
                double[] bracket = null;
                if (d0 != 0 && d1 != 0 && d0 > 0 != d1 > 0) {
                    bracket = bisect(exact, x[i], x[i + 1], d0, d1, axis.log());
                } else if (d0 != 0 && d1 == 0 && i + 2 < n && d0 * d[i + 2].mean() < 0) {
                    bracket = new double[] {x[i + 1], x[i + 1], x[i + 1]}; // exactly on a grid point
                }
                if (bracket != null) {
                    String below = d0 > 0 == higher ? a : b;
                    out.add(new Crossover(metric, axis.parameter(), at, below, below.equals(a) ? b : a,
                            bracket[2], bracket[0], bracket[1], true));
                }
            }
            return out;
        }
        int last = -1;
        for (int i = 0; i < n; i++) {
            int sign = significance(d[i]);
            if (sign == 0) {
                continue;
            }
            if (last >= 0 && sign != significance(d[last])) {
                out.add(simulated(x, d, last, i, axis.log(), metric, axis, at, sign, higher, a, b));
            }
            last = i;
        }
        return out;
    }

    /** +1 or -1 when the interval excludes zero on that side, else 0. */
    private static int significance(Interval d) {
        return d.low() > 0 ? 1 : d.high() < 0 ? -1 : 0;
    }

    /**
     * The change between grid points {@code from} (significant one way) and {@code to}
     * (significant the other way): the interval is [x_from, x_to], which holds a sign change
     * of the difference whenever both significance claims hold; the estimate is where the
     * mean difference, interpolated linearly, first crosses zero in it.
     */
    private static Crossover simulated(double[] x, Interval[] d, int from, int to, boolean log, String metric,
                                       WhatIf.Axis axis, List<WhatIf.Setting> at, int signAfter, boolean higher,
                                       String a, String b) {
        double estimate = Double.NaN;
        for (int i = from; i < to && Double.isNaN(estimate); i++) {
            double m0 = d[i].mean();
            double m1 = d[i + 1].mean();
            if (m0 == 0 || m0 * m1 < 0) {
                estimate = m0 == 0 ? x[i] : between(x[i], x[i + 1], m0 / (m0 - m1), log);
            }
        }
        if (Double.isNaN(estimate)) {
            estimate = between(x[from], x[to], 0.5, log);
        }
        String above = signAfter > 0 == higher ? a : b;
        return new Crossover(metric, axis.parameter(), at, above.equals(a) ? b : a, above, estimate, x[from], x[to],
                false);
    }

    /** Bisection of the exact difference on [x0, x1] (signs d0, d1 differ): {low, high, estimate}. */
    private static double[] bisect(ExactDifference f, double x0, double x1, double d0, double d1, boolean log) {
        double lo = x0;
        double hi = x1;
        double flo = d0;
        double fhi = d1;
        try {
            for (int it = 0; it < MAX_BISECTIONS; it++) {
                if (hi - lo <= RELATIVE_WIDTH * Math.max(Math.abs(lo), Math.abs(hi))) {
                    break;
                }
                double mid = between(lo, hi, 0.5, log);
                if (!(mid > lo && mid < hi)) {
                    break;
                }
                double fm = f.at(mid);
                if (fm == 0) {
                    return new double[] {mid, mid, mid};
                }
                if (fm > 0 == flo > 0) {
                    lo = mid;
                    flo = fm;
                } else {
                    hi = mid;
                    fhi = fm;
                }
            }
        } catch (ScenarioException e) {
            // an intermediate value the scenario refuses (an integer key): keep the bracket reached
        }
        double t = flo / (flo - fhi);
        return new double[] {lo, hi, between(lo, hi, t, log)};
    }

    /** The point a share {@code t} of the way from {@code x0} to {@code x1}, on a log scale when {@code log}. */
    static double between(double x0, double x1, double t, boolean log) {
        if (log && x0 > 0 && x1 > 0) {
            return x0 * Math.pow(x1 / x0, t);
        }
        return x0 + (x1 - x0) * t;
    }

    /**
     * The lines of a grid whose point {@code i0 * n1 + i1} has the {@code i0}-th value of
     * axis 0 and the {@code i1}-th of axis 1: along axis {@code axis}, one line per value of
     * the other axis, its points in the order of the swept axis's values.
     */
    static List<List<Point>> lines(List<Point> points, int n0, int n1, int axis) {
        List<List<Point>> out = new ArrayList<>();
        int outer = axis == 0 ? n1 : n0;
        int inner = axis == 0 ? n0 : n1;
        for (int j = 0; j < outer; j++) {
            List<Point> line = new ArrayList<>();
            for (int i = 0; i < inner; i++) {
                line.add(points.get(axis == 0 ? i * n1 + j : j * n1 + i));
            }
            out.add(line);
        }
        return out;
    }
}
