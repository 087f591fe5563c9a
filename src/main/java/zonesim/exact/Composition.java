package zonesim.exact;

import java.util.List;
import java.util.Map;

/**
 * Exact evaluation of a {@link Node} tree of independent processes, working with
 * unavailabilities directly so that tiny values keep their precision. Series:
 * U = -expm1(sum log1p(-U_i)), A = prod A_i; parallel: U = prod U_i,
 * A = -expm1(sum log1p(-A_i)); k-out-of-n: a DP over parts of P(exactly j up), summing
 * only positive terms. Failure frequency composes as f = sum_i f_i dU/dU_i, the local
 * Birnbaum importance (series prod_{j!=i} A_j, parallel prod_{j!=i} U_j, k-of-n
 * P(exactly k-1 of the others up)); see Rausand and Hoyland, "System Reliability Theory",
 * 2nd ed., 5.3 and 13.5 (frequency of system failures for independent components).
 */
final class Composition {
    private Composition() { }

    /** Unavailability, availability and failures per hour of a node. */
    record State(double u, double a, double f) { }

    /** The steady state of {@code n}. */
    static State evaluate(Node n) {
        return evaluate(n, Map.of());
    }

    /**
     * The steady state of {@code n} given that the leaves of {@code fixed} are held up
     * ({@code true}) or down: those contribute no failures, the others are independent.
     */
    static State evaluate(Node n, Map<Node.Leaf, Boolean> fixed) {
        if (n instanceof Node.Leaf l) {
            Boolean up = fixed.get(l);
            if (up != null) {
                return up ? new State(0, 1, 0) : new State(1, 0, 0);
            }
            ProcessMeasures m = l.measures();
            return new State(m.unavailability(), m.availability(), m.failuresPerHour());
        }
        List<Node> parts = parts(n);
        State[] s = parts.stream().map(x -> evaluate(x, fixed)).toArray(State[]::new);
        double[] local = local(n, s);
        double f = 0;
        for (int i = 0; i < s.length; i++) {
            f += s[i].f() * local[i];
        }
        if (n instanceof Node.Series) {
            double logA = 0;
            double a = 1;
            for (State x : s) {
                logA += Math.log1p(-x.u());
                a *= x.a();
            }
            return new State(-Math.expm1(logA), a, f);
        } else if (n instanceof Node.Parallel) {
            double logU = 0;
            double u = 1;
            for (State x : s) {
                logU += Math.log1p(-x.a());
                u *= x.u();
            }
            return new State(u, -Math.expm1(logU), f);
        } else if (n instanceof Node.AtLeast k) {
            double[] p = exactlyUp(s, -1);
            double u = 0;
            double a = 0;
            for (int j = 0; j < p.length; j++) {
                if (j < k.k()) {
                    u += p[j];
                } else {
                    a += p[j];
                }
            }
            return new State(u, a, f);
        }
        double u = 0;
        double a = 0;
        for (State x : s) {
            u += x.u() / s.length;
            a += x.a() / s.length;
        }
        return new State(u, a, f);
    }

    /** Adds dU(root)/dq_i, scaled by {@code factor}, for every leaf under {@code n} (Birnbaum importance). */
    static void birnbaum(Node n, double factor, Map<Node.Leaf, Double> sink) {
        birnbaum(n, factor, Map.of(), sink);
    }

    /** As {@link #birnbaum(Node, double, Map)} given the {@code fixed} leaves, which get no entry. */
    static void birnbaum(Node n, double factor, Map<Node.Leaf, Boolean> fixed, Map<Node.Leaf, Double> sink) {
        if (n instanceof Node.Leaf l) {
            if (!fixed.containsKey(l)) {
                sink.merge(l, factor, Double::sum);
            }
            return;
        }
        List<Node> parts = parts(n);
        double[] local = local(n, parts.stream().map(x -> evaluate(x, fixed)).toArray(State[]::new));
        for (int i = 0; i < local.length; i++) {
            birnbaum(parts.get(i), factor * local[i], fixed, sink);
        }
    }

    /** dU/dU_i for each part i of a gate, as a product or sum of probabilities (no cancellation). */
    private static double[] local(Node n, State[] s) {
        double[] d = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            if (n instanceof Node.Series || n instanceof Node.Parallel) {
                boolean series = n instanceof Node.Series;
                double prod = 1;
                for (int j = 0; j < s.length; j++) {
                    prod *= j == i ? 1 : series ? s[j].a() : s[j].u();
                }
                d[i] = prod;
            } else if (n instanceof Node.AtLeast k) {
                double[] p = exactlyUp(s, i);
                d[i] = k.k() >= 1 && k.k() - 1 < p.length ? p[k.k() - 1] : 0;
            } else {
                d[i] = 1.0 / s.length;
            }
        }
        return d;
    }

    /** P(exactly j parts up), j = 0..n, leaving out part {@code skip} (none if -1). */
    private static double[] exactlyUp(State[] s, int skip) {
        double[] p = new double[s.length + 1];
        p[0] = 1;
        int seen = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == skip) {
                continue;
            }
            seen++;
            for (int j = seen; j >= 0; j--) {
                p[j] = p[j] * s[i].u() + (j > 0 ? p[j - 1] * s[i].a() : 0);
            }
        }
        return java.util.Arrays.copyOf(p, seen + 1);
    }

    /** The parts of a gate. */
    static List<Node> parts(Node n) {
        if (n instanceof Node.Series x) {
            return x.parts();
        } else if (n instanceof Node.Parallel x) {
            return x.parts();
        } else if (n instanceof Node.AtLeast x) {
            return x.parts();
        } else if (n instanceof Node.Mixture x) {
            return x.options();
        }
        throw new IllegalArgumentException("not a gate: " + n);
    }
}
