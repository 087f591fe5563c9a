package zonesim.failure;

import java.util.random.RandomGenerator;
import zonesim.kernel.EventSource;
import zonesim.kernel.Simulator;
import zonesim.model.OutageSpec;

/**
 * An injected outage (SPEC 4.7): occurrence k nominally starts at {@code at + k * repeat}
 * (only k = 0 without repeat), shifted by a uniform draw in [-jitter, +jitter] from the
 * outage's own stream and clamped at 0, and lasts {@code duration}. Occurrences that
 * overlap merge into one hold on the target.
 */
public final class InjectedOutage implements EventSource {
    private final OutageSpec spec;
    private final RandomGenerator rng;
    private final ForcedDown target;
    private int slot;
    private int occurrence;
    private double nextStart;
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
        nextStart = startOf(0);
        if (spec.durationHours() > 0) {
            sim.schedule(slot, nextStart);
        }
    }

    @Override
    public int fire(Simulator sim, double hours) {
        boolean active = !Double.isNaN(endAt);
        if (active && endAt <= hours && nextStart > hours) {
            endAt = Double.NaN;
            target.release(hours);
        } else {
            double end = hours + spec.durationHours();
            if (active) {
                endAt = Math.max(endAt, end);
            } else {
                endAt = end;
                target.hold(hours);
            }
            occurrence++;
            nextStart = spec.repeatEveryHours() > 0 ? startOf(occurrence) : Double.POSITIVE_INFINITY;
        }
        double next = Double.isNaN(endAt) ? nextStart : Math.min(endAt, nextStart);
        if (next != Double.POSITIVE_INFINITY) {
            sim.schedule(slot, Math.max(next, hours));
        }
        return 1;
    }

    private double startOf(int k) {
        double nominal = spec.atHours() + k * spec.repeatEveryHours();
        if (spec.jitterHours() > 0) {
            nominal += spec.jitterHours() * (2 * rng.nextDouble() - 1);
        }
        return Math.max(0, nominal);
    }
}
