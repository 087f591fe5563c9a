package zonesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The event queue orders by (time, scheduling order) and supports rescheduling and cancelling. */
class EventQueueTest {

    @Test
    void equalTimesFireInSchedulingOrder() {
        EventQueue q = new EventQueue(4);
        q.schedule(2, 5.0);
        q.schedule(0, 5.0);
        q.schedule(3, 1.0);
        q.schedule(1, 5.0);
        List<Integer> order = new ArrayList<>();
        while (!q.isEmpty()) {
            order.add(q.pop());
        }
        assertEquals(List.of(3, 2, 0, 1), order);
    }

    @Test
    void aTieDeepInTheHeapIsSettledAtTheHead() {
        // Slot 5 is scheduled first at t = 9 and sinks behind five earlier events; then 7
        // and 6 join it at t = 9, and 6 is rescheduled to the same time, which counts as
        // scheduling it anew (after 7). When t = 9 reaches the head, the tied events must
        // come out in scheduling order 5, 7, 6, whatever sift paths brought them up.
        EventQueue q = new EventQueue(8);
        q.schedule(5, 9);
        for (int s = 0; s < 5; s++) {
            q.schedule(s, s + 1);   // t = 1..5, all before 9
        }
        q.schedule(7, 9);
        q.schedule(6, 9);
        q.schedule(6, 9);
        List<Integer> order = new ArrayList<>();
        while (!q.isEmpty()) {
            order.add(q.pop());
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 7, 6), order);
    }

    @Test
    void reschedulingMovesAndCancellingRemoves() {
        EventQueue q = new EventQueue(3);
        q.schedule(0, 1);
        q.schedule(1, 2);
        q.schedule(2, 3);
        q.schedule(0, 10);   // moved later
        q.cancel(1);
        q.cancel(1);         // cancelling twice is harmless
        assertFalse(q.isPending(1));
        assertTrue(q.isPending(0));
        assertEquals(3, q.peekTime(), 0);
        assertEquals(2, q.pop());
        assertEquals(0, q.pop());
        assertTrue(q.isEmpty());
        assertEquals(Double.POSITIVE_INFINITY, q.peekTime(), 0);
    }

    @Test
    void matchesASortedReferenceUnderRandomOperations() {
        // Reference: a sorted map from (time, sequence) to slot. Operations: schedule or
        // reschedule any slot, cancel any slot, pop the head, and fire the head in place
        // (the simulator's pattern: the head reschedules itself, or is removed if not).
        // Coarse integer times force many ties, and cancelling or rescheduling slots deep in
        // the heap leaves stale position hints behind, which the queue must survive.
        SplittableRandom r = new SplittableRandom(3);
        int slots = 50;
        EventQueue q = new EventQueue(8);
        q.ensureSlot(slots - 1);
        TreeMap<double[], Integer> ref = new TreeMap<>((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0])
                : Double.compare(a[1], b[1]));
        double[][] key = new double[slots][];
        long seq = 0;
        double now = 0;
        for (int step = 0; step < 50_000; step++) {
            int s = r.nextInt(slots);
            int op = r.nextInt(5);
            if (op < 2) {
                double t = now + r.nextInt(40);
                if (key[s] != null) {
                    ref.remove(key[s]);
                }
                key[s] = new double[] {t, seq++};
                ref.put(key[s], s);
                q.schedule(s, t);
            } else if (op == 2) {
                if (key[s] != null) {
                    ref.remove(key[s]);
                    key[s] = null;
                }
                q.cancel(s);
            } else if (!ref.isEmpty()) {
                var first = ref.firstEntry();
                int head = first.getValue();
                assertEquals(first.getKey()[0], q.peekTime(), 0);
                assertEquals(head, q.peekSlot());
                now = first.getKey()[0];
                ref.remove(first.getKey());
                key[head] = null;
                if (op == 3) {
                    assertEquals(head, q.pop());
                } else {
                    q.beginFiring(head);
                    if (r.nextBoolean()) {
                        double t = now + r.nextInt(40);
                        key[head] = new double[] {t, seq++};
                        ref.put(key[head], head);
                        q.schedule(head, t);
                    }
                    q.endFiring();
                }
            }
            for (int k = 0; k < slots; k++) {
                assertEquals(key[k] != null, q.isPending(k), "pending state of slot " + k);
            }
        }
    }
}
