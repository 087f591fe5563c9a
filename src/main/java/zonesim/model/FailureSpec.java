package zonesim.model;

import zonesim.distribution.Distribution;
import zonesim.distribution.Exponential;
import zonesim.distribution.Fixed;
import zonesim.distribution.Never;

/**
 * One alternating up/down process: time to failure, time to repair, and the optional
 * mitigations of SPEC 4.1. {@code rideThroughHours} is used by cooling (0 = none);
 * {@code backup} by power ({@code null} = none).
 */
public record FailureSpec(Distribution ttf, Distribution ttr, double rideThroughHours, Backup backup) {
    public FailureSpec {
        if (ttf == null || ttr == null) {
            throw new IllegalArgumentException("ttf and ttr are required");
        }
        if (!(rideThroughHours >= 0)) {
            throw new IllegalArgumentException("ride_through must be >= 0");
        }
        if (ttr instanceof Never && !(ttf instanceof Never)) {
            throw new IllegalArgumentException("ttr may not be never");
        }
    }

    /** A process that never fails. */
    public static final FailureSpec NEVER_FAILS =
            new FailureSpec(Distribution.NEVER, new Fixed(0), 0, null);

    /** Exponential ttf and ttr with the given means. */
    public static FailureSpec exponential(double mttfHours, double mttrHours) {
        return new FailureSpec(new Exponential(mttfHours),
                new Exponential(mttrHours), 0, null);
    }

    /** True iff this process never fails. */
    public boolean neverFails() {
        return ttf instanceof Never;
    }
}
