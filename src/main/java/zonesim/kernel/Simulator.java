package zonesim.kernel;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The discrete-event kernel of one replication: an explicit clock (in hours), the event
 * queue and the run loop. Nothing here is shared between threads.
 *
 * <p>Ordering: events fire in increasing time; events at equal times fire in the order
 * they were scheduled. Every event source owns one slot, so a source has at most one
 * pending event and rescheduling replaces it (no stale events, no cancellation flags).
 * A source's event is consumed when it fires, whether or not the source reschedules or
 * cancels its slot meanwhile. The clock never goes back: scheduling before
 * {@link #now()} is refused. The run stops at the horizon: events scheduled at or after
 * it never fire.
 *
 * <p>Alternating processes. Many of a model's events (all of REF66's; in the shipped
 * scenarios, whose power has a backup and cooling a ride-through, 6-52%) come from
 * processes that alternate between up and down with exponential times and switch a leaf at
 * once. The kernel runs those itself ({@link #alternate}): their state, means,
 * generators and leaves are kept in arrays by slot, and the run loop handles their events
 * inline, as a hand-written loop would, instead of calling a source object and its
 * samplers. What happens is what a {@code failure.FailureProcess} does, in the same order
 * and with the same draws: on failure, draw the repair time from the process's generator,
 * set its leaf down (unless that time is 0), then reschedule; on repair, set the leaf up,
 * then draw the time to the next failure and reschedule. Each is one event.
 */
public final class Simulator {
    private static final byte GENERAL = 0;  // a source object fires
    private static final byte UP = 1;       // alternating, its leaf up: the next event is a failure
    private static final byte DOWN = 2;     // alternating, its leaf down: the next event is the repair
    private static final byte REPAIRED = 3; // alternating, repaired in 0 h (its leaf stayed up): next, draw a failure
    private final EventQueue queue;
    private EventSource[] sources;
    private int sourceCount;
    private byte[] kind;        // slot -> GENERAL or the alternating state
    private double[] meanUp;    // alternating slot -> mean time to failure, hours
    private double[] meanDown;  // alternating slot -> mean time to repair, hours
    private SplittableRandom[] generator;
    private int[] leaf;
    private Leaves leaves;
    private boolean running;
    private double now;
    private long events;

    /** A simulator with room for about {@code expectedSources} slots (it grows as needed), clock at 0. */
    public Simulator(int expectedSources) {
        this(expectedSources, 0);
    }

    /** As {@link #Simulator(int)}, with the clock starting at {@code startHours} (negative for a warm-up). */
    public Simulator(int expectedSources, double startHours) {
        queue = new EventQueue(expectedSources);
        now = startHours;
        int n = Math.max(1, expectedSources);
        sources = new EventSource[n];
        kind = new byte[n];
        meanUp = new double[n];
        meanDown = new double[n];
        generator = new SplittableRandom[n];
        leaf = new int[n];
    }

    /** Registers a source and returns its slot. */
    public int register(EventSource source) {
        int slot = sourceCount;
        if (slot == sources.length) {
            int n = 2 * slot;
            sources = Arrays.copyOf(sources, n);
            kind = Arrays.copyOf(kind, n);
            meanUp = Arrays.copyOf(meanUp, n);
            meanDown = Arrays.copyOf(meanDown, n);
            generator = Arrays.copyOf(generator, n);
            leaf = Arrays.copyOf(leaf, n);
        }
        sources[slot] = source;
        sourceCount = slot + 1;
        queue.ensureSlot(slot);
        return slot;
    }

    /**
     * Runs {@code slot}'s events from now on as an alternating process (see the class
     * comment): up for exponential times of mean {@code meanUpHours}, down for exponential
     * times of mean {@code meanDownHours}, both drawn from {@code rng}, switching
     * {@code leafNode} of {@code target}. {@code down} is its state now; the caller
     * schedules its next event (a repair if down, else a failure) with {@link #schedule}, and
     * the slot's source never fires. All alternating processes of a simulator drive one
     * target; refused during a run (between runs is fine).
     */
    public void alternate(int slot, Leaves target, int leafNode, SplittableRandom rng, double meanUpHours,
            double meanDownHours, boolean down) {
        if (running) {
            throw new IllegalStateException("alternating processes are set up before the run");
        }
        if (leaves != null && leaves != target) {
            throw new IllegalArgumentException("all alternating processes drive the same leaves");
        }
        if (slot < 0 || slot >= sourceCount) {
            throw new IllegalArgumentException("slot " + slot + " is not registered");
        }
        leaves = target;
        kind[slot] = down ? DOWN : UP;
        meanUp[slot] = meanUpHours;
        meanDown[slot] = meanDownHours;
        generator[slot] = rng;
        leaf[slot] = leafNode;
    }

    /** The current simulated time in hours. */
    public double now() {
        return now;
    }

    /**
     * Schedules {@code slot} to fire at absolute time {@code hours} (replacing any pending
     * event); {@code hours} must not be earlier than {@link #now()}, nor NaN.
     */
    public void schedule(int slot, double hours) {
        if (!(hours >= now)) {
            throw new IllegalArgumentException("event at " + hours + " h scheduled in the past or at no time (now "
                    + now + " h)");
        }
        queue.schedule(slot, hours);
    }

    /** Cancels the pending event of {@code slot}, if any. */
    public void cancel(int slot) {
        queue.cancel(slot);
    }

    /** Number of slots run as alternating processes. */
    public int alternating() {
        int n = 0;
        for (int i = 0; i < sourceCount; i++) {
            n += kind[i] != GENERAL ? 1 : 0;
        }
        return n;
    }

    /** State changes counted so far. */
    public long events() {
        return events;
    }

    /** Runs until the earliest pending event is at or beyond {@code horizonHours}; leaves the clock there. */
    public void runUntil(double horizonHours) {
        running = true;
        try {
            events = loop(horizonHours);
        } finally {
            running = false;
        }
        now = horizonHours;
    }

    private long loop(double horizonHours) {
        EventSource[] table = sources;
        byte[] state = kind;
        double[] up = meanUp;
        double[] down = meanDown;
        SplittableRandom[] rng = generator;
        int[] leafOf = leaf;
        Leaves target = leaves;
        EventQueue q = queue;
        long count = events;
        while (!q.isEmpty() && q.peekTime() < horizonHours) {
            int slot = q.peekSlot();
            double t = q.peekTime();
            now = t;
            byte k = state[slot];
            if (k == UP) {
                double repair = down[slot] * rng[slot].nextExponential();
                if (repair > 0) {
                    state[slot] = DOWN;
                    target.set(leafOf[slot], false, t);
                } else {
                    state[slot] = REPAIRED;
                }
                q.rescheduleHead(slot, t + repair);
                count++;
            } else if (k != GENERAL) {
                if (k == DOWN) {
                    target.set(leafOf[slot], true, t);
                }
                state[slot] = UP;
                q.rescheduleHead(slot, t + up[slot] * rng[slot].nextExponential());
                count++;
            } else {
                // The head stays queued while it fires: a source that reschedules itself (the
                // common case) then costs one sift-down instead of a pop and an insert; one that
                // does not is removed afterwards. Order is unchanged: rescheduling takes a new
                // sequence number exactly as a fresh insert would.
                q.beginFiring(slot);
                count += table[slot].fire(this, t);
                q.endFiring();
            }
        }
        return count;
    }
}
