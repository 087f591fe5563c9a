package zonesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
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
    }
}
