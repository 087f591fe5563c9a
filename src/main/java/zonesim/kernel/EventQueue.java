package zonesim.kernel;

import java.util.Arrays;

/**
 * Pending events as a binary min-heap over integer slots, one slot per event source;
 * each slot has at most one pending time and rescheduling it moves it.
 *
 * <p>Order: by time; events at equal times in the order they were scheduled (FIFO),
 * so a run is fully deterministic. The heap is ordered by time alone, and equal times
 * are settled only where it matters, at the head: the events tied with the head's time
 * form a subtree at the root (no parent is later than its child), and {@link #peekSlot}
 * brings the one scheduled first (smallest per-slot sequence number) to the root. The
 * tie check costs two comparisons per event; sequence numbers are read only on a tie.
 *
 * <p>Layout, for speed (the common event is "the head reschedules itself", one
 * sift-down): times and slots are stored in heap order in two parallel arrays, so a
 * sift compares and moves only those, as a hand-written loop would. The places past the
 * last pending event (two at least) hold +Infinity, so a sift-down picks the smaller child
 * without asking whether the right one exists, and the tie check at the head needs no
 * bounds either: one branch less per level, about 6% of a REF66 event. Each slot keeps a
 * position hint, written only for the item a sift places, not for the items it moves
 * past; a hint is exact for a slot just placed and may be stale otherwise.
 * Rescheduling or cancelling a slot therefore checks its hint and, when it is stale,
 * searches the heap: O(1) for the head (the common case), O(pending) for others, which
 * are rare (routing beliefs, failover windows).
 */
public final class EventQueue {
    private double[] times;  // heap position -> pending time; +Infinity from size on (two spare places at the end)
    private int[] slots;     // heap position -> slot
    private int[] hint;      // slot -> probable heap position; -1 exactly when not pending
    private long[] sequence; // slot -> scheduling sequence of its pending event
    private int size;
    private long nextSequence;
    private int firing = -1; // the head's slot while it fires and has not been rescheduled or cancelled

    /** A queue for slots {@code 0 .. slots-1}. */
    public EventQueue(int slots) {
        int n = Math.max(1, slots);
        times = new double[n + 2];
        Arrays.fill(times, Double.POSITIVE_INFINITY);
        this.slots = new int[n + 2];
        hint = new int[n];
        sequence = new long[n];
        Arrays.fill(hint, -1);
    }

    /** Grows the slot range so that {@code slot} is valid. */
    public void ensureSlot(int slot) {
        if (slot < hint.length) {
            return;
        }
        int n = Math.max(slot + 1, hint.length * 2);
        int old = hint.length;
        times = Arrays.copyOf(times, n + 2);
        Arrays.fill(times, old + 2, n + 2, Double.POSITIVE_INFINITY);
        slots = Arrays.copyOf(slots, n + 2);
        hint = Arrays.copyOf(hint, n);
        Arrays.fill(hint, old, n, -1);
        sequence = Arrays.copyOf(sequence, n);
    }

    /** True when no event is pending. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** Time of the earliest pending event; {@code +Infinity} when empty. */
    public double peekTime() {
        return times[0];
    }

    /**
     * The slot of the earliest event (among equal times, the one scheduled first), left in
     * the queue at the head; the queue must not be empty.
     */
    public int peekSlot() {
        double t = times[0];
        if (times[1] == t || times[2] == t) { // past the size they hold +Infinity: no tie unless t is too
            settleTie(t);
        }
        return slots[0];
    }

    /** True when {@code slot} has a pending event. */
    public boolean isPending(int slot) {
        return hint[slot] >= 0;
    }

    /**
     * Marks the head, {@code slot}, as firing: it stays queued while its source acts, so
     * a source that reschedules itself costs one sift-down from the root, as in a
     * hand-written loop. See {@link #endFiring}.
     */
    void beginFiring(int slot) {
        firing = slot;
    }

    /** Ends the firing of the head: removes it unless it was rescheduled or cancelled meanwhile. */
    void endFiring() {
        if (firing >= 0) {
            firing = -1;
            removeAt(0);
        }
    }

    /**
     * Schedules (or reschedules) {@code slot} at time {@code t}, which must not be earlier
     * than the head's time while the head fires (the kernel's clock never goes back).
     */
    public void schedule(int slot, double t) {
        sequence[slot] = nextSequence++;
        if (slot == firing) {
            // still at the root: later events only go below it, and it is the earliest
            firing = -1;
            siftDown(0, t, slot);
            return;
        }
        if (hint[slot] < 0) {
            siftUp(size++, t, slot);
            return;
        }
        int p = find(slot);
        if (t < times[p]) {
            siftUp(p, t, slot);
        } else {
            siftDown(p, t, slot);
        }
    }

    /**
     * Reschedules the head, {@code slot}, to {@code t} (not earlier than its time), as
     * {@link #schedule} does for a firing head, for the kernel's own alternating processes
     * (which are not marked firing). {@code slot} must still be the head: nothing else
     * schedules or cancels it, and events scheduled meanwhile at its time go below it.
     */
    void rescheduleHead(int slot, double t) {
        assert slots[0] == slot && t >= times[0] : "slot " + slot + " is not the head, or " + t + " is before it";
        sequence[slot] = nextSequence++;
        siftDown(0, t, slot);
    }

    /** Removes the pending event of {@code slot}, if any. */
    public void cancel(int slot) {
        if (slot == firing) {
            firing = -1;
            removeAt(0);
        } else if (hint[slot] >= 0) {
            removeAt(find(slot));
        }
    }

    /** Removes and returns the slot of the earliest event (as {@link #peekSlot}); the queue must not be empty. */
    public int pop() {
        int top = peekSlot();
        removeAt(0);
        return top;
    }

    /** The heap position of pending {@code slot}: its hint if still right, the head, else a search. */
    private int find(int slot) {
        int h = hint[slot];
        if (h < size && slots[h] == slot) {
            return h;
        }
        if (slots[0] == slot) {
            return 0;
        }
        for (int p = 1; p < size; p++) {
            if (slots[p] == slot) {
                return p;
            }
        }
        throw new IllegalStateException("slot " + slot + " is marked pending but not queued");
    }

    /** Moves the earliest-scheduled of the events at the head's time {@code t} to the root. */
    private void settleTie(double t) {
        int best = 0;
        int[] stack = new int[size];
        int depth = 0;
        stack[depth++] = 0;
        while (depth > 0) {
            int p = stack[--depth];
            if (sequence[slots[p]] < sequence[slots[best]]) {
                best = p;
            }
            for (int c = 2 * p + 1; c <= 2 * p + 2 && c < size; c++) {
                if (times[c] == t) {
                    stack[depth++] = c;
                }
            }
        }
        if (best != 0) {
            // both hold time t, so swapping them keeps the heap ordered
            int a = slots[0];
            int b = slots[best];
            slots[0] = b;
            hint[b] = 0;
            slots[best] = a;
            hint[a] = best;
        }
    }

    private void removeAt(int p) {
        hint[slots[p]] = -1;
        int last = --size;
        double t = times[last];
        times[last] = Double.POSITIVE_INFINITY;
        if (p == last) {
            return;
        }
        int s = slots[last];
        if (p > 0 && t < times[(p - 1) >>> 1]) {
            siftUp(p, t, s);
        } else {
            siftDown(p, t, s);
        }
    }

    /** Places (t, slot) at or above hole {@code p}, below any parent with an equal time. */
    private void siftUp(int p, double t, int slot) {
        double[] ts = times;
        int[] ss = slots;
        while (p > 0) {
            int parent = (p - 1) >>> 1;
            double tp = ts[parent];
            if (tp <= t) {
                break;
            }
            ts[p] = tp;
            ss[p] = ss[parent];
            p = parent;
        }
        ts[p] = t;
        ss[p] = slot;
        hint[slot] = p;
    }

    /** Places (t, slot) at or below hole {@code p}, below any child with an equal time. */
    private void siftDown(int p, double t, int slot) {
        double[] ts = times;
        int[] ss = slots;
        int n = size;
        while (true) {
            int l = 2 * p + 1;
            if (l >= n) {
                break;
            }
            int r = l + 1; // at most size, where +Infinity loses every comparison
            int c = ts[r] < ts[l] ? r : l;
            double tc = ts[c];
            if (t < tc) {
                break;
            }
            ts[p] = tc;
            ss[p] = ss[c];
            p = c;
        }
        ts[p] = t;
        ss[p] = slot;
        hint[slot] = p;
    }
}
