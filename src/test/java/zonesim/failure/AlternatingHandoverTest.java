package zonesim.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import zonesim.distribution.Exponential;
import zonesim.kernel.Simulator;
import zonesim.model.Backup;
import zonesim.model.FailureSpec;
import zonesim.structure.GateNetwork;

/**
 * A plain failure process hands its events to the kernel ({@link Simulator#alternate}); the
 * kernel must then do exactly what {@link FailureProcess#fire} does. Each system runs twice
 * from the same seeds: once with SplittableRandom generators (plain processes handed over)
 * and once with the same generators behind a wrapper (not a SplittableRandom, so nothing is
 * handed over and every process fires itself). Every node change must agree in time, node
 * and state, bit for bit, and so must the event counts.
 */
class AlternatingHandoverTest {
    /** The same draws as the generator it wraps; not a SplittableRandom, so never handed over. */
    private record Wrapped(SplittableRandom inner) implements RandomGenerator {
        @Override
        public long nextLong() {
            return inner.nextLong();
        }

        @Override
        public double nextDouble() {
            return inner.nextDouble();
        }

        @Override
        public double nextExponential() {
            return inner.nextExponential();
        }
    }

    private record Run(List<String> changes, long events, int handedOver) { }

    /**
     * Leaves p0..p3: top = any(all(p0, p1), all(p2, p3)), every node heard. p0..p2 are
     * plain; p3 has a ride-through, so it always fires itself.
     */
    private static Run run(long seed, boolean steady, boolean splittable) {
        GateNetwork.Builder b = new GateNetwork.Builder();
        int[] leaf = {b.leaf(), b.leaf(), b.leaf(), b.leaf()};
        int left = b.all(leaf[0], leaf[1]);
        int right = b.all(leaf[2], leaf[3]);
        int top = b.any(left, right);
        GateNetwork network = b.build();
        List<String> changes = new ArrayList<>();
        for (int node = 0; node <= top; node++) {
            network.listen(node, (n, up, hours) -> changes.add(n + (up ? " up " : " down ") + hours));
        }
        FailureSpec[] specs = {
            new FailureSpec(new Exponential(50), new Exponential(5), 0, null),
            new FailureSpec(new Exponential(30), new Exponential(2), 0, null),
            new FailureSpec(new Exponential(40), new Exponential(8), 0, null),
            new FailureSpec(new Exponential(60), new Exponential(6), 1.5, null),
        };
        Simulator sim = new Simulator(4);
        for (int i = 0; i < 4; i++) {
            SplittableRandom r = new SplittableRandom(seed * 31 + i);
            new FailureProcess(specs[i], splittable ? r : new Wrapped(r), network, leaf[i]).start(sim, steady);
        }
        sim.runUntil(20_000);
        return new Run(changes, sim.events(), sim.alternating());
    }

    @Test
    void theKernelDoesWhatTheProcessWouldForFreshAndSteadyStarts() {
        for (long seed = 1; seed <= 40; seed++) {
            for (boolean steady : new boolean[] {false, true}) {
                Run kernel = run(seed, steady, true);
                Run own = run(seed, steady, false);
                assertEquals(0, own.handedOver());
                // p0..p2, whether they start up or (steady) down; p3 has a ride-through
                assertEquals(3, kernel.handedOver(), "seed " + seed + (steady ? " steady" : " fresh"));
                assertTrue(kernel.changes().size() > 1000, "a long enough history to compare");
                assertEquals(own.changes(), kernel.changes(), "seed " + seed + (steady ? " steady" : " fresh"));
                assertEquals(own.events(), kernel.events(), "seed " + seed + (steady ? " steady" : " fresh"));
            }
        }
    }

    @Test
    void aZeroRepairIsHandledAsTheProcessWouldHandleIt() {
        // SplittableRandom(-2 * GAMMA)'s second nextLong() is mix64(0) = 0, which the JDK's
        // ziggurat turns into an exponential of exactly 0: the first failure's repair time.
        long gamma = 0x9e3779b97f4a7c15L;
        List<List<String>> histories = new ArrayList<>();
        List<Long> events = new ArrayList<>();
        for (boolean splittable : new boolean[] {true, false}) {
            GateNetwork.Builder b = new GateNetwork.Builder();
            int leaf = b.leaf();
            GateNetwork network = b.build();
            List<String> changes = new ArrayList<>();
            network.listen(leaf, (n, up, hours) -> changes.add((up ? "up " : "down ") + hours));
            SplittableRandom r = new SplittableRandom(-2 * gamma);
            Simulator sim = new Simulator(1);
            new FailureProcess(new FailureSpec(new Exponential(50), new Exponential(5), 0, null),
                    splittable ? r : new Wrapped(r), network, leaf).start(sim, false);
            assertEquals(splittable ? 1 : 0, sim.alternating());
            sim.runUntil(2000);
            histories.add(changes);
            events.add(sim.events());
        }
        SplittableRandom draws = new SplittableRandom(-2 * gamma);
        double firstFailure = 50 * draws.nextExponential();
        assertEquals(0.0, draws.nextExponential());
        assertTrue(histories.get(0).size() > 10);
        assertNotEquals("down " + firstFailure, histories.get(0).get(0), "the zero repair does not take the leaf down");
        assertEquals(histories.get(1), histories.get(0));
        assertEquals(events.get(1), events.get(0));
    }

    @Test
    void aProcessWithADelayOrAnotherFamilyFiresItself() {
        GateNetwork.Builder b = new GateNetwork.Builder();
        b.any(b.leaf(), b.leaf(), b.leaf(), b.leaf());
        GateNetwork network = b.build();
        Simulator sim = new Simulator(4);
        new FailureProcess(new FailureSpec(new Exponential(50), new Exponential(5), 0.5, null),
                new SplittableRandom(1), network, 0).start(sim, false);
        new FailureProcess(new FailureSpec(new Exponential(50), new zonesim.distribution.Fixed(5), 0, null),
                new SplittableRandom(2), network, 1).start(sim, false);
        new FailureProcess(new FailureSpec(new Exponential(50), new Exponential(5), 0,
                new Backup(0.1, new Exponential(12))), new SplittableRandom(3), network, 2).start(sim, false);
        new FailureProcess(new FailureSpec(new Exponential(50), new Exponential(5), 0, null),
                new SplittableRandom(4), network, 3).start(sim, false);
        assertEquals(1, sim.alternating());
    }
}
