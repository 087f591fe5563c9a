package zonesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void reschedulingMovesAndCancellingRemoves() {
        EventQueue q = new EventQueue(3);
        q.schedule(0, 1);
        q.schedule(1, 2);
        q.schedule(2, 3);
        q.schedule(0, 10);   // moved later
        q.cancel(1);
        q.cancel(1);         // cancelling twice is harmless
        assertEquals(3, q.peekTime(), 0);
        assertEquals(2, q.pop());
        assertEquals(0, q.pop());
        assertTrue(q.isEmpty());
        assertEquals(Double.POSITIVE_INFINITY, q.peekTime(), 0);
    }

    @Test
    void matchesASortedReferenceUnderRandomOperations() {
        // reference: a sorted map from (time, sequence) to slot
        SplittableRandom r = new SplittableRandom(3);
        int slots = 50;
        EventQueue q = new EventQueue(8);
        q.ensureSlot(slots - 1);
        TreeMap<double[], Integer> ref = new TreeMap<>((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0])
                : Double.compare(a[1], b[1]));
        double[][] key = new double[slots][];
        long seq = 0;
        for (int step = 0; step < 20_000; step++) {
            int s = r.nextInt(slots);
            int op = r.nextInt(3);
            if (op < 2) {
                double t = r.nextInt(100);   // coarse times to force many ties
                if (key[s] != null) {
                    ref.remove(key[s]);
                }
                key[s] = new double[] {t, seq++};
                ref.put(key[s], s);
                q.schedule(s, t);
            } else if (!ref.isEmpty()) {
                var first = ref.pollFirstEntry();
                key[first.getValue()] = null;
                assertEquals(first.getKey()[0], q.peekTime(), 0);
                assertEquals((int) first.getValue(), q.pop());
            }
        }
    }
}
