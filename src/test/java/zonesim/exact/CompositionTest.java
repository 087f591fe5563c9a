package zonesim.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import zonesim.model.FailureSpec;
import zonesim.model.ProcessKind;

/** Series, parallel, k-out-of-n and mixtures: unavailability, frequency and Birnbaum importance. */
class CompositionTest {

    private static Node.Leaf leaf(String name, double mttf, double mttr) {
        return new Node.Leaf(name, ProcessKind.POWER, ProcessMeasures.of(FailureSpec.exponential(mttf, mttr)));
    }

    private static void close(double expected, double actual, double rel) {
        assertEquals(expected, actual, rel * Math.abs(expected), () -> "expected " + expected + " got " + actual);
    }

    @Test
    void twoComponentSeriesFrequencyByHand() {
        // 1: mttf 100, mttr 1 -> a1 = 100/101, nu1 = 1/101; 2: mttf 50, mttr 2 -> a2 = 50/52, nu2 = 1/52.
        // U = 1 - a1 a2; f = nu1 a2 + nu2 a1 (a failure of either while the other is up)
        Composition.State s = Composition.evaluate(new Node.Series(List.of(leaf("1", 100, 1), leaf("2", 50, 2))));
        double a1 = 100.0 / 101;
        double a2 = 50.0 / 52;
        close(1 - a1 * a2, s.u(), 1e-14);
        close(a1 * a2, s.a(), 1e-15);
        close(a2 / 101 + a1 / 52, s.f(), 1e-14);
    }

    @Test
    void twoComponentParallelFrequencyByHand() {
        // U = u1 u2 = (1/101)(2/52); f = nu1 u2 + nu2 u1 (a failure of either while the other is down);
        // mean outage U / f = 1 / (1/1 + 1/2) = 2/3 h for exponential repairs
        Composition.State s = Composition.evaluate(new Node.Parallel(List.of(leaf("1", 100, 1), leaf("2", 50, 2))));
        double u1 = 1.0 / 101;
        double u2 = 2.0 / 52;
        close(u1 * u2, s.u(), 1e-15);
        close(u2 / 101 + u1 / 52, s.f(), 1e-15);
        close(2.0 / 3, s.u() / s.f(), 1e-14);
    }

    @Test
    void twoOutOfThreeByHand() {
        // identical parts u = 1/101, a = 100/101, nu = 1/101: down iff at most one up:
        // U = u^3 + 3 u^2 a; f = 3 nu P(exactly 1 of the other 2 up) = 3 nu 2 u a
        Node.Leaf x = leaf("x", 100, 1);
        Composition.State s = Composition.evaluate(new Node.AtLeast(2,
                List.of(x, leaf("y", 100, 1), leaf("z", 100, 1))));
        double u = 1.0 / 101;
        double a = 100.0 / 101;
        close(u * u * u + 3 * u * u * a, s.u(), 1e-14);
        close(3 * (1.0 / 101) * 2 * u * a, s.f(), 1e-14);
        close(a * a * a + 3 * a * a * u, s.a(), 1e-15);
    }

    @Test
    void mixtureAveragesItsOptions() {
        Node p = leaf("p", 100, 1);
        Node q = leaf("q", 10, 1);
        Composition.State s = Composition.evaluate(new Node.Mixture(List.of(p, q)));
        close((1.0 / 101 + 1.0 / 11) / 2, s.u(), 1e-15);
        close((1.0 / 101 + 1.0 / 11) / 2, s.f(), 1e-15);
    }

    @Test
    void frequencyIsBirnbaumTimesRateAndBirnbaumIsTheDerivative() {
        // On seeded random trees: f = sum_i I_B(i) nu_i (Rausand & Hoyland 13.5), and I_B(i) = dU/dq_i,
        // which, U being linear in each q_i (no shared leaves), equals (U(q + h) - U(q - h)) / 2h for any h,
        // up to the rounding of U itself (1e-15 U / h).
        Random rnd = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            List<Node.Leaf> leaves = new ArrayList<>();
            Node root = randomTree(rnd, 3, leaves);
            Composition.State s = Composition.evaluate(root);
            Map<Node.Leaf, Double> ib = new HashMap<>();
            Composition.birnbaum(root, 1, ib);
            double f = 0;
            for (Node.Leaf l : leaves) {
                f += ib.getOrDefault(l, 0.0) * l.measures().failuresPerHour();
            }
            close(s.f(), f, 1e-12);
            Node.Leaf probe = leaves.get(rnd.nextInt(leaves.size()));
            double h = 0.5 * probe.measures().unavailability();
            double plus = Composition.evaluate(replace(root, probe, h)).u();
            double diff = (plus - Composition.evaluate(replace(root, probe, -h)).u()) / (2 * h);
            assertEquals(ib.get(probe), diff, 1e-9 * Math.abs(ib.get(probe)) + 1e-15 * plus / h);
        }
    }

    private static Node randomTree(Random rnd, int depth, List<Node.Leaf> leaves) {
        if (depth == 0 || rnd.nextInt(4) == 0) {
            Node.Leaf l = leaf("p" + leaves.size(), 10 + rnd.nextInt(1000), 0.5 + rnd.nextInt(20));
            leaves.add(l);
            return l;
        }
        List<Node> parts = new ArrayList<>();
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            parts.add(randomTree(rnd, depth - 1, leaves));
        }
        return switch (rnd.nextInt(3)) {
            case 0 -> new Node.Series(parts);
            case 1 -> new Node.Parallel(parts);
            default -> new Node.AtLeast(1 + rnd.nextInt(n), parts);
        };
    }

    /** The tree with {@code target}'s unavailability shifted by {@code h}. */
    private static Node replace(Node n, Node.Leaf target, double h) {
        if (n instanceof Node.Leaf l) {
            ProcessMeasures m = l.measures();
            return l == target ? new Node.Leaf(l.path(), l.kind(), new ProcessMeasures(m.unavailability() + h,
                    m.availability() - h, m.failuresPerHour())) : l;
        } else if (n instanceof Node.Series s) {
            return new Node.Series(s.parts().stream().map(p -> replace(p, target, h)).toList());
        } else if (n instanceof Node.Parallel p) {
            return new Node.Parallel(p.parts().stream().map(x -> replace(x, target, h)).toList());
        }
        Node.AtLeast k = (Node.AtLeast) n;
        return new Node.AtLeast(k.k(), k.parts().stream().map(x -> replace(x, target, h)).toList());
    }
}
