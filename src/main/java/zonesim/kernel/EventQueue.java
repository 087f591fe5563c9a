package zonesim.kernel;

import java.util.Arrays;

/**
 * Pending events as an indexed binary min-heap over integer slots. Each slot (one per
 * event source) has at most one pending time; rescheduling a slot moves it. Ties in time
 * are broken by a sequence number assigned at scheduling, so equal-time events fire in
 * the order they were scheduled (FIFO) and a run is fully deterministic.
 */
public final class EventQueue {
    private int[] heap;      // heap position -> slot
    private int[] position;  // slot -> heap position, -1 when not pending
    private double[] time;   // slot -> pending time
    private long[] sequence; // slot -> tie-break sequence
    private int size;
    private long nextSequence;

    /** A queue for slots {@code 0 .. slots-1}. */
    public EventQueue(int slots) {
        heap = new int[Math.max(1, slots)];
        position = new int[Math.max(1, slots)];
        time = new double[Math.max(1, slots)];
        sequence = new long[Math.max(1, slots)];
        Arrays.fill(position, -1);
    }

    /** Grows the slot range so that {@code slot} is valid. */
    public void ensureSlot(int slot) {
        if (slot < position.length) {
            return;
        }
        int n = Math.max(slot + 1, position.length * 2);
        int old = position.length;
        heap = Arrays.copyOf(heap, n);
        position = Arrays.copyOf(position, n);
        Arrays.fill(position, old, n, -1);
        time = Arrays.copyOf(time, n);
        sequence = Arrays.copyOf(sequence, n);
    }

    /** True when no event is pending. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** Time of the earliest pending event; {@code +Infinity} when empty. */
    public double peekTime() {
        return size == 0 ? Double.POSITIVE_INFINITY : time[heap[0]];
    }

    /** Schedules (or reschedules) {@code slot} at time {@code t}. */
    public void schedule(int slot, double t) {
        time[slot] = t;
        sequence[slot] = nextSequence++;
        int p = position[slot];
        if (p < 0) {
            p = size++;
            heap[p] = slot;
            position[slot] = p;
            siftUp(p);
        } else {
            siftUp(p);
            siftDown(position[slot]);
        }
    }

    /** Removes the pending event of {@code slot}, if any. */
    public void cancel(int slot) {
        int p = position[slot];
        if (p < 0) {
            return;
        }
        position[slot] = -1;
        int last = heap[--size];
        if (p < size) {
            heap[p] = last;
            position[last] = p;
            siftUp(p);
            siftDown(position[last]);
        }
    }

    /** The slot of the earliest event, left in the queue; the queue must not be empty. */
    public int peekSlot() {
        return heap[0];
    }

    /** The scheduling sequence number of {@code slot}'s pending event. */
    public long sequenceOf(int slot) {
        return sequence[slot];
    }

    /** True when {@code slot} has a pending event. */
    public boolean isPending(int slot) {
        return position[slot] >= 0;
    }

    /** Removes and returns the slot of the earliest event; the queue must not be empty. */
    public int pop() {
        int top = heap[0];
        position[top] = -1;
        int last = heap[--size];
        if (size > 0) {
            heap[0] = last;
            position[last] = 0;
            siftDown(0);
        }
        return top;
    }

    private boolean less(int a, int b) {
        double ta = time[a];
        double tb = time[b];
        return ta < tb || (ta == tb && sequence[a] < sequence[b]);
    }

    private void siftUp(int p) {
        int slot = heap[p];
        while (p > 0) {
            int parent = (p - 1) >>> 1;
            int ps = heap[parent];
            if (!less(slot, ps)) {
                break;
            }
            heap[p] = ps;
            position[ps] = p;
            p = parent;
        }
        heap[p] = slot;
        position[slot] = p;
    }

    private void siftDown(int p) {
        int slot = heap[p];
        int half = size >>> 1;
        while (p < half) {
            int c = 2 * p + 1;
            int cs = heap[c];
            int r = c + 1;
            if (r < size && less(heap[r], cs)) {
                c = r;
                cs = heap[r];
            }
            if (!less(cs, slot)) {
                break;
            }
            heap[p] = cs;
            position[cs] = p;
            p = c;
        }
        heap[p] = slot;
        position[slot] = p;
    }
}
