package zonesim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import zonesim.experiment.SpeedSample;
import zonesim.experiment.WorkEstimate;
import zonesim.model.Study;

/**
 * Shows the estimated work of a study before it runs, and refuses a study above the limit
 * unless {@code --force} is given, so that a run of days or years does not start by
 * accident: more than {@link #MAX_EVENTS} events (about two hours of one thread at the
 * nominal 15 M events/s; the largest example needs 5e6), or more than {@link #MAX_SECONDS}
 * of estimated wall time at this machine's speed measured on a short sample. A study whose
 * simulated time could never advance is refused even with {@code --force}.
 */
final class WorkGate {
    /** Most estimated events run without {@code --force}. */
    static final double MAX_EVENTS = 1e11;
    /** Most estimated wall seconds run without {@code --force}. */
    static final double MAX_SECONDS = 2 * 3600;
    /** Wall time spent measuring this machine's speed. */
    static final double SAMPLE_SECONDS = 0.4;

    private WorkGate() { }

    /**
     * Prints {@code "<label>estimated work: ..."} to {@code out} for {@code study} on
     * {@code threads} threads, then refuses it (exit 2) above the limit unless forced.
     * {@code withOutageImpact}: the command also re-runs the baseline without each outage.
     */
    static void check(Study study, boolean withOutageImpact, int threads, boolean force, String label, PrintWriter out)
            throws UserError {
        WorkEstimate w = WorkEstimate.of(study, withOutageImpact);
        SpeedSample speed = w.unbounded() || w.events() > MAX_EVENTS ? null
                : SpeedSample.of(study, SAMPLE_SECONDS);
        out.println(label + "estimated work: " + w.describe(threads, speed));
        out.flush();
        if (w.unbounded()) {
            throw new UserError(label + "refused: the run would never end", Main.INVALID);
        }
        double seconds = w.seconds(threads, speed);
        if ((w.events() > MAX_EVENTS || seconds > MAX_SECONDS) && !force) {
            throw new UserError(String.format(Locale.ROOT, "%srefused: about %.2g events, roughly %s, is above the"
                    + " limit (%.0e events or %.0f h); use fewer replications (-n) or a shorter horizon, or pass"
                    + " --force to run it anyway", label, w.events(), durationOf(seconds), MAX_EVENTS,
                    MAX_SECONDS / 3600), Main.INVALID);
        }
    }

    private static String durationOf(double seconds) {
        return WorkEstimate.duration(seconds);
    }
}
