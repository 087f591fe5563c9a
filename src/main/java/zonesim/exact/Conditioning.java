package zonesim.exact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Exact figures of structures whose processes are not all independent: some leaves (common
 * causes, SPEC 4.1a) feed several elements. Conditioning on the states of those k shared
 * leaves (pivotal decomposition, Rausand and Hoyland, "System Reliability Theory", 2nd ed.,
 * 4.7) leaves every other process independent, so each of the 2^k terms is evaluated by
 * {@link Composition} and weighted by the probability of its state. The failure frequency
 * adds, for each shared leaf j, its effective failure rate times its Birnbaum importance,
 * P(down | j down) - P(down | j up), averaged over the other shared leaves.
 */
final class Conditioning {
    /** The most shared leaves conditioned on (4096 terms). */
    static final int MAX_SHARED = 12;

    private final List<Node.Leaf> shared;

    /** Conditioning on {@code shared} (at most {@link #MAX_SHARED}). */
    Conditioning(List<Node.Leaf> shared) {
        if (shared.size() > MAX_SHARED) {
            throw new IllegalArgumentException("more than " + MAX_SHARED + " shared processes");
        }
        this.shared = List.copyOf(shared);
    }

    /** The shared leaves. */
    List<Node.Leaf> shared() {
        return shared;
    }

    /** One assignment of the shared leaves and its probability. */
    record Term(Map<Node.Leaf, Boolean> fixed, double probability) { }

    /** Every assignment of the shared leaves except {@code skip} (-1: none), with probabilities. */
    List<Term> terms(int skip) {
        List<Node.Leaf> free = new ArrayList<>(shared);
        if (skip >= 0) {
            free.remove(skip);
        }
        List<Term> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << free.size(); mask++) {
            Map<Node.Leaf, Boolean> fixed = new HashMap<>();
            double p = 1;
            for (int i = 0; i < free.size(); i++) {
                boolean down = (mask >> i & 1) == 1;
                ProcessMeasures m = free.get(i).measures();
                fixed.put(free.get(i), !down);
                p *= down ? m.unavailability() : m.availability();
            }
            if (p > 0) {
                out.add(new Term(fixed, p));
            }
        }
        return out;
    }

    /** Term {@code t}'s assignment with shared leaf {@code leaf} also fixed up or down. */
    private static Map<Node.Leaf, Boolean> with(Term t, Node.Leaf leaf, boolean up) {
        Map<Node.Leaf, Boolean> m = new HashMap<>(t.fixed());
        m.put(leaf, up);
        return m;
    }

    /** The expectation over the shared leaves' states of {@code f(fixed)}. */
    double expect(ToDoubleFunction<Map<Node.Leaf, Boolean>> f) {
        double sum = 0;
        for (Term t : terms(-1)) {
            sum += t.probability() * f.applyAsDouble(t.fixed());
        }
        return sum;
    }

    /** Unavailability and failures per hour of {@code n}. */
    Composition.State state(Node n) {
        double u = expect(fixed -> Composition.evaluate(n, fixed).u());
        double a = expect(fixed -> Composition.evaluate(n, fixed).a());
        double f = expect(fixed -> Composition.evaluate(n, fixed).f());
        for (int j = 0; j < shared.size(); j++) {
            f += shared.get(j).measures().failuresPerHour() * birnbaumShared(n, j);
        }
        return new Composition.State(u, a, f);
    }

    /** P(n down | shared leaf j down) - P(n down | j up), averaged over the other shared leaves. */
    double birnbaumShared(Node n, int j) {
        Node.Leaf leaf = shared.get(j);
        double sum = 0;
        for (Term t : terms(j)) {
            sum += t.probability() * (Composition.evaluate(n, with(t, leaf, false)).u()
                    - Composition.evaluate(n, with(t, leaf, true)).u());
        }
        return sum;
    }

    /** dU(n)/dq_i for every leaf under {@code n}, shared ones included. */
    Map<Node.Leaf, Double> birnbaum(Node n) {
        Map<Node.Leaf, Double> out = new LinkedHashMap<>();
        for (Term t : terms(-1)) {
            Map<Node.Leaf, Double> part = new LinkedHashMap<>();
            Composition.birnbaum(n, 1, t.fixed(), part);
            part.forEach((leaf, v) -> out.merge(leaf, t.probability() * v, Double::sum));
        }
        for (int j = 0; j < shared.size(); j++) {
            double b = birnbaumShared(n, j);
            if (b != 0) {
                out.merge(shared.get(j), b, Double::sum);
            }
        }
        return out;
    }

    /**
     * The rate at which node {@code x} goes down while a condition holds right after: with
     * the shared leaves fixed, x's own failures times P(condition | fixed) (x and the
     * condition share no independent process); plus, for each shared leaf j, its failure
     * rate times P(x up with j up, down with j down) times P(condition | j down), averaged
     * over the other shared leaves. {@code condition} gives the probability of the
     * condition given fixed shared leaves.
     */
    double downRateWhile(Node x, ToDoubleFunction<Map<Node.Leaf, Boolean>> condition) {
        double rate = expect(fixed -> Composition.evaluate(x, fixed).f() * condition.applyAsDouble(fixed));
        for (int j = 0; j < shared.size(); j++) {
            Node.Leaf leaf = shared.get(j);
            double sum = 0;
            for (Term t : terms(j)) {
                Map<Node.Leaf, Boolean> down = with(t, leaf, false);
                double flips = Composition.evaluate(x, with(t, leaf, true)).a() - Composition.evaluate(x, down).a();
                if (flips > 0) {
                    sum += t.probability() * flips * condition.applyAsDouble(down);
                }
            }
            rate += leaf.measures().failuresPerHour() * sum;
        }
        return rate;
    }
}
