package zonesim.exact;

import zonesim.model.Backup;
import zonesim.model.FailureSpec;

/**
 * Steady-state measures of one alternating renewal process with its mitigations (SPEC 4.1):
 * unavailability q = effective down time per cycle / cycle, availability 1 - q computed
 * without cancellation, and effective failures per hour nu = P(a failure takes the element
 * down) / cycle, where cycle = E[TTF] + E[R] (renewal-reward theorem, Ross, "Stochastic
 * Processes", 3.6).
 *
 * <p>A failure takes the element down after a delay D: the ride-through tau, plus for power
 * with backup the backup runtime G unless the backup fails to start (probability p). Down
 * time per failure is E[(R - D)+], probability P(D < R):
 * p E[(R - tau)+] + (1 - p) E[(R - tau - G)+] and p P(R > tau) + (1 - p) P(tau + G < R).
 * With tau = 0 these are the backup formulas of the brief; without backup the ride-through
 * ones. A repair of length zero (R = D) takes nothing down.
 *
 * @param unavailability effective long-run fraction of time the process holds its element down
 * @param availability 1 - unavailability, computed directly
 * @param failuresPerHour effective failures (ones that take the element down) per hour
 */
record ProcessMeasures(double unavailability, double availability, double failuresPerHour) {

    /** A process that never fails. */
    static final ProcessMeasures PERFECT = new ProcessMeasures(0, 1, 0);

    /** The measures of the process described by {@code spec}. */
    static ProcessMeasures of(FailureSpec spec) {
        if (spec.neverFails()) {
            return PERFECT;
        }
        double up = spec.ttf().meanHours();
        double repair = spec.ttr().meanHours();
        double cycle = up + repair;
        double tau = spec.rideThroughHours();
        double down = spec.ttr().excess(tau);
        double probability = spec.ttr().survival(tau);
        Backup backup = spec.backup();
        if (backup != null) {
            double p = backup.failToStart();
            down = p * down + (1 - p) * Excess.delayedExcess(spec.ttr(), backup.runtime(), tau);
            probability = p * probability + (1 - p) * Excess.delayedProbability(spec.ttr(), backup.runtime(), tau);
        }
        return new ProcessMeasures(down / cycle, (up + Math.max(repair - down, 0)) / cycle, probability / cycle);
    }
}
