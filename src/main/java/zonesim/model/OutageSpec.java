package zonesim.model;

/**
 * An injected outage (SPEC 4.7): {@code target} forced down from {@code atHours} for
 * {@code durationHours}; repeated every {@code repeatEveryHours} when that is > 0; each
 * occurrence's start shifted by a uniform draw in [-jitter, +jitter] (clamped at 0).
 * {@code index} is its position in the scenario's list: its random stream is keyed by it,
 * so two identical outages draw independent jitter and removing one (outage drills) leaves
 * the others' draws unchanged.
 */
public record OutageSpec(String target, double atHours, double durationHours, String cause,
                         double repeatEveryHours, double jitterHours, int index) {
    public OutageSpec {
        if (!(atHours >= 0) || !(durationHours >= 0) || !(repeatEveryHours >= 0) || !(jitterHours >= 0)) {
            throw new IllegalArgumentException("outage times must be >= 0");
        }
    }

    /** An outage at list position 0. */
    public OutageSpec(String target, double atHours, double durationHours, String cause, double repeatEveryHours,
                      double jitterHours) {
        this(target, atHours, durationHours, cause, repeatEveryHours, jitterHours, 0);
    }
}
