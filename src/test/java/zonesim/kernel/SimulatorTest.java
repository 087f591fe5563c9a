package zonesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The run loop: time order, FIFO ties (also for events scheduled while firing), the horizon. */
class SimulatorTest {

    /** A source that logs its firings and then runs {@code then}. */
    private static final class Logged implements EventSource {
        final String name;
        final List<String> log;
        Runnable then = () -> { };

        Logged(String name, List<String> log) {
            this.name = name;
            this.log = log;
        }

        @Override
        public int fire(Simulator sim, double hours) {
            log.add(name + "@" + hours);
            then.run();
            return 1;
        }
    }

    @Test
    void eventsScheduledWhileFiringAtTheSameTimeGoAfterThoseAlreadyWaiting() {
        // a and b are both due at t = 1 (a first). When a fires it schedules c at t = 1 and
        // itself again at t = 1: FIFO puts b, then c, then a's second firing.
        List<String> log = new ArrayList<>();
        Simulator sim = new Simulator(2);
        Logged a = new Logged("a", log);
        Logged b = new Logged("b", log);
        Logged c = new Logged("c", log);
        int sa = sim.register(a);
        int sb = sim.register(b);
        int sc = sim.register(c);
        sim.schedule(sa, 1);
        sim.schedule(sb, 1);
        boolean[] once = {true};
        a.then = () -> {
            if (once[0]) {
                once[0] = false;
                sim.schedule(sc, 1);
                sim.schedule(sa, 1);
            }
        };
        sim.runUntil(10);
        assertEquals(List.of("a@1.0", "b@1.0", "c@1.0", "a@1.0"), log);
        assertEquals(4, sim.events());
        assertEquals(10, sim.now(), 0);
    }

    @Test
    void aSourceThatDoesNotRescheduleFiresOnceAndOneThatCancelsItselfToo() {
        List<String> log = new ArrayList<>();
        Simulator sim = new Simulator(2);
        Logged once = new Logged("once", log);
        Logged cancels = new Logged("cancels", log);
        int s1 = sim.register(once);
        int s2 = sim.register(cancels);
        cancels.then = () -> {
            sim.schedule(s2, 5);   // reschedule, then change its mind
            sim.cancel(s2);
        };
        sim.schedule(s1, 2);
        sim.schedule(s2, 3);
        sim.runUntil(100);
        assertEquals(List.of("once@2.0", "cancels@3.0"), log);
    }

    @Test
    void eventsAtOrAfterTheHorizonNeverFire() {
        List<String> log = new ArrayList<>();
        Simulator sim = new Simulator(1);
        Logged a = new Logged("a", log);
        int s = sim.register(a);
        sim.schedule(s, 10);
        sim.runUntil(10);
        assertEquals(List.of(), log);
        sim.runUntil(10.5);
        assertEquals(List.of("a@10.0"), log);
    }

    @Test
    void schedulingInThePastIsRefused() {
        List<String> log = new ArrayList<>();
        Simulator sim = new Simulator(1);
        Logged a = new Logged("a", log);
        int s = sim.register(a);
        a.then = () -> sim.schedule(s, 1);
        sim.schedule(s, 2);
        assertThrows(IllegalArgumentException.class, () -> sim.runUntil(5));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(s, Double.NaN));
    }

    /** Leaves that log their changes to {@code log} and then run {@code then}. */
    private static final class LoggedLeaves extends Leaves {
        final List<String> log;
        Runnable then = () -> { };

        LoggedLeaves(List<String> log) {
            this.log = log;
        }

        @Override
        public void set(int leaf, boolean up, double hours) {
            log.add("leaf" + leaf + (up ? " up@" : " down@") + hours);
            then.run();
        }
    }

    /** A source whose events the kernel runs itself: it must never be called. */
    private static final EventSource NEVER_CALLED = (sim, hours) -> {
        throw new AssertionError("an alternating slot's source fired");
    };

    @Test
    void anAlternatingProcessDrawsItsRepairAtAFailureAndItsNextFailureAtARepair() {
        // Expected history from an independent generator with the same seed: a failure at
        // the scheduled 10 h, down for 3 * E1, up again for 100 * E2, ... one draw per event,
        // the repair time drawn at the failure and the time to the next failure at the repair.
        List<String> log = new ArrayList<>();
        Simulator sim = new Simulator(1);
        int slot = sim.register(NEVER_CALLED);
        sim.alternate(slot, new LoggedLeaves(log), 4, new SplittableRandom(7), 100, 3, false);
        sim.schedule(slot, 10);
        double horizon = 5000;
        sim.runUntil(horizon);

        SplittableRandom draws = new SplittableRandom(7);
        List<String> expected = new ArrayList<>();
        double t = 10;
        boolean up = true;
        while (t < horizon) {
            double next = t + (up ? 3 : 100) * draws.nextExponential();
            expected.add("leaf4" + (up ? " down@" : " up@") + t);
            up = !up;
            t = next;
        }
        assertEquals(expected, log);
        assertEquals(expected.size(), sim.events());
        assertEquals(1, sim.alternating());
    }

    @Test
    void anAlternatingProcessStartedDownBeginsWithItsRepair() {
        // down at the start: the first event (at 5 h) sets the leaf up and draws the time to
        // the next failure, 100 * E1; that failure draws the repair, 3 * E2
        List<String> log = new ArrayList<>();
        Simulator sim = new Simulator(1);
        int slot = sim.register(NEVER_CALLED);
        sim.alternate(slot, new LoggedLeaves(log), 0, new SplittableRandom(11), 100, 3, true);
        sim.schedule(slot, 5);
        SplittableRandom draws = new SplittableRandom(11);
        double failure = 5 + 100 * draws.nextExponential();
        double repair = failure + 3 * draws.nextExponential();
        sim.runUntil(repair);
        assertEquals(List.of("leaf0 up@5.0", "leaf0 down@" + failure), log);
    }

    @Test
    void alternatingAndOtherEventsAtOneTimeFireInSchedulingOrder() {
        // a, the process and b are due at 5 h, scheduled in that order; the process's leaf
        // change schedules c at 5 h too, which goes after b (FIFO), and the process's own
        // next event (a repair, after a positive draw) after all of them.
        List<String> log = new ArrayList<>();
        Simulator sim = new Simulator(4);
        Logged a = new Logged("a", log);
        Logged b = new Logged("b", log);
        Logged c = new Logged("c", log);
        int sa = sim.register(a);
        int sp = sim.register(NEVER_CALLED);
        int sb = sim.register(b);
        int sc = sim.register(c);
        LoggedLeaves leaves = new LoggedLeaves(log);
        boolean[] once = {true};
        leaves.then = () -> {
            if (once[0]) {
                once[0] = false;
                sim.schedule(sc, 5);
            }
        };
        sim.alternate(sp, leaves, 2, new SplittableRandom(3), 1000, 1e-9, false);
        sim.schedule(sa, 5);
        sim.schedule(sp, 5);
        sim.schedule(sb, 5);
        sim.runUntil(5.5);
        assertEquals(List.of("a@5.0", "leaf2 down@5.0", "b@5.0", "c@5.0", log.get(4)), log);
        assertEquals("leaf2 up@", log.get(4).substring(0, 9));
    }

    @Test
    void alternatingProcessesAreSetUpBeforeTheRunAndDriveOneTarget() {
        List<String> log = new ArrayList<>();
        Simulator sim = new Simulator(3);
        LoggedLeaves leaves = new LoggedLeaves(log);
        int s0 = sim.register(NEVER_CALLED);
        sim.alternate(s0, leaves, 0, new SplittableRandom(1), 10, 1, false);
        int s1 = sim.register(NEVER_CALLED);
        assertThrows(IllegalArgumentException.class,
                () -> sim.alternate(s1, new LoggedLeaves(log), 1, new SplittableRandom(2), 10, 1, false));
        assertThrows(IllegalArgumentException.class,
                () -> sim.alternate(7, leaves, 1, new SplittableRandom(2), 10, 1, false));
        Logged late = new Logged("late", log);
        int s2 = sim.register(late);
        late.then = () -> sim.alternate(s1, leaves, 1, new SplittableRandom(2), 10, 1, false);
        sim.schedule(s2, 1);
        assertThrows(IllegalStateException.class, () -> sim.runUntil(2));
    }

    /**
     * SplittableRandom(s) returns mix64(s + k * GAMMA) at its k-th nextLong(), mix64(0) is 0,
     * and the JDK's ziggurat turns a nextLong() of 0 into an exponential of exactly 0: a seed
     * of -k * GAMMA makes the k-th exponential draw 0.
     */
    private static final long GAMMA = 0x9e3779b97f4a7c15L;

    @Test
    void aZeroRepairLeavesTheLeafAloneAndDrawsTheNextFailureAfterEventsAlreadyDue() {
        // The process fails at 5 h and draws its repair (draw 1): exactly 0, so its leaf never
        // goes down, and its next event is due at 5 h again, scheduled after b's: b fires first
        // and takes draw 2 from the same generator; then the process draws its next failure
        // (draw 3) and fails at 5 + 100 * E3. Four events.
        List<String> log = new ArrayList<>();
        SplittableRandom shared = new SplittableRandom(-GAMMA);
        Simulator sim = new Simulator(2);
        int p = sim.register(NEVER_CALLED);
        int b = sim.register((s, hours) -> {
            log.add("b draws " + shared.nextExponential() + " @" + hours);
            return 1;
        });
        sim.alternate(p, new LoggedLeaves(log), 0, shared, 100, 3, false);
        sim.schedule(p, 5);
        sim.schedule(b, 5);
        SplittableRandom draws = new SplittableRandom(-GAMMA);
        assertEquals(0.0, draws.nextExponential());
        double e2 = draws.nextExponential();
        double failure = 5 + 100 * draws.nextExponential();
        sim.runUntil(Math.nextUp(failure));
        assertEquals(List.of("b draws " + e2 + " @5.0", "leaf0 down@" + failure), log);
        assertEquals(4, sim.events());
    }
}
