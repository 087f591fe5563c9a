package zonesim.kernel;

import java.util.ArrayList;
import java.util.List;

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
 */
public final class Simulator {
    private final EventQueue queue;
    private final List<EventSource> sources = new ArrayList<>();
    private EventSource[] bySlot = new EventSource[0];
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
    }

    /** Registers a source and returns its slot. */
    public int register(EventSource source) {
        int slot = sources.size();
        sources.add(source);
        queue.ensureSlot(slot);
        return slot;
    }

    /** The current simulated time in hours. */
    public double now() {
        return now;
    }

    /**
     * Schedules {@code slot} to fire at absolute time {@code hours} (replacing any pending
     * event); {@code hours} must not be earlier than {@link #now()}.
     */
    public void schedule(int slot, double hours) {
        if (hours < now) {
            throw new IllegalArgumentException("event at " + hours + " h scheduled in the past (now " + now + " h)");
        }
        queue.schedule(slot, hours);
    }

    /** Cancels the pending event of {@code slot}, if any. */
    public void cancel(int slot) {
        queue.cancel(slot);
    }

    /** State changes counted so far. */
    public long events() {
        return events;
    }

    /** Runs until the earliest pending event is at or beyond {@code horizonHours}; leaves the clock there. */
    public void runUntil(double horizonHours) {
        if (bySlot.length != sources.size()) {
            bySlot = sources.toArray(new EventSource[0]);
        }
        EventSource[] table = bySlot;
        EventQueue q = queue;
        long count = events;
        while (!q.isEmpty() && q.peekTime() < horizonHours) {
            // The head stays queued while it fires: a source that reschedules itself (the
            // common case) then costs one sift-down instead of a pop and an insert; one that
            // does not is removed afterwards. Order is unchanged: rescheduling takes a new
            // sequence number exactly as a fresh insert would.
            int slot = q.peekSlot();
            double t = q.peekTime();
            now = t;
            q.beginFiring(slot);
            count += table[slot].fire(this, t);
            q.endFiring();
        }
        events = count;
        now = horizonHours;
    }
}
