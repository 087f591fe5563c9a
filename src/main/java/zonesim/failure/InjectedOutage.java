package zonesim.failure;

import java.util.PriorityQueue;
import java.util.random.RandomGenerator;
import zonesim.kernel.EventSource;
import zonesim.kernel.Simulator;
import zonesim.model.OutageSpec;

/**
 * An injected outage (SPEC 4.7): occurrence k nominally starts at {@code at + k * repeat}
 * (only k = 0 without repeat), shifted by a uniform draw in [-jitter, +jitter] from the
 * outage's own stream (drawn in occurrence order) and clamped at 0, and lasts
 * {@code duration}. Jitter may reorder occurrences, so drawn starts wait in a small
 * buffer: an occurrence is drawn once its earliest possible start could precede the
 * earliest buffered one. Occurrences that overlap merge into one hold on the target.
 */
public final class InjectedOutage implements EventSource {
    private final OutageSpec spec;
    private final RandomGenerator rng;
    private final ForcedDown target;
    private final PriorityQueue<Double> starts = new PriorityQueue<>();
    private int slot;
    private int drawn;
    private double endAt = Double.NaN;

    /** An outage of {@code spec} holding {@code target} down; jitter draws from {@code rng}. */
    public InjectedOutage(OutageSpec spec, RandomGenerator rng, ForcedDown target) {
        this.spec = spec;
        this.rng = rng;
        this.target = target;
    }

    /** Registers and schedules the first occurrence. */
    public void start(Simulator sim) {
        slot = sim.register(this);
        if (spec.durationHours() > 0) {
            refill();
            sim.schedule(slot, starts.peek());
        }
    }

    @Override
    public int fire(Simulator sim, double hours) {
        boolean active = !Double.isNaN(endAt);
        Double next = starts.peek();
        if (active && endAt <= hours && (next == null || next > hours)) {
            endAt = Double.NaN;
            target.release(hours);
        } else {
            starts.poll();
            double end = hours + spec.durationHours();
            if (active) {
                endAt = Math.max(endAt, end);
            } else {
                endAt = end;
                target.hold(hours);
            }
            refill();
        }
        next = starts.peek();
        double t = Double.isNaN(endAt) ? (next == null ? Double.POSITIVE_INFINITY : next)
                : Math.min(endAt, next == null ? Double.POSITIVE_INFINITY : next);
        if (t != Double.POSITIVE_INFINITY) {
            sim.schedule(slot, Math.max(t, hours));
        }
        return 1;
    }

    /** Draws occurrences until none undrawn can start before the earliest buffered start. */
    private void refill() {
        while (hasMore() && (starts.isEmpty() || nominal(drawn) - spec.jitterHours() <= starts.peek())) {
            double s = nominal(drawn++);
            if (spec.jitterHours() > 0) {
                s += spec.jitterHours() * (2 * rng.nextDouble() - 1);
            }
            starts.add(Math.max(0, s));
        }
    }

    private boolean hasMore() {
        return drawn == 0 || spec.repeatEveryHours() > 0;
    }

    private double nominal(int k) {
        return spec.atHours() + k * spec.repeatEveryHours();
    }
}
