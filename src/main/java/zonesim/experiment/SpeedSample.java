package zonesim.experiment;

import java.util.Arrays;
import zonesim.model.Scenario;
import zonesim.model.Study;

/**
 * This machine's speed on each configuration of a study, measured by simulating a few of its
 * replications on one thread, configurations in turn, for a fraction of a second: seconds
 * per estimated event. Models differ by two orders of magnitude in the cost of an event (a
 * zone-redundant replica's failover windows, routing, data at risk and SLA windows all work
 * on every state change), so one events-per-second figure would mislead; a sample does not.
 * Each configuration runs with its horizon cut to about {@link #SAMPLE_EVENTS} estimated
 * events per replication, so that no replication runs long, and its first replication (class
 * loading, JIT compilation) is not timed. A configuration the budget leaves unsampled is
 * taken to cost the mean of the others.
 *
 * @param secondsPerEvent one thread's seconds per estimated event, by configuration (NaN: no events)
 * @param secondsPerReplication one thread's seconds per sampled replication, by configuration
 * @param sampleSeconds   wall time the sample took
 */
public record SpeedSample(double[] secondsPerEvent, double[] secondsPerReplication, double sampleSeconds) {
    /** Estimated events per sampled replication, at most. */
    static final double SAMPLE_EVENTS = 20_000;
    /** Most replications sampled per configuration. */
    static final int MAX_PER_CONFIGURATION = 200;

    public SpeedSample {
        secondsPerEvent = secondsPerEvent.clone();
        secondsPerReplication = secondsPerReplication.clone();
    }

    /** Samples the configurations of {@code study} for about {@code budgetSeconds}. */
    public static SpeedSample of(Study study, double budgetSeconds) {
        int m = study.configurations().size();
        PreparedConfiguration[] prepared = new PreparedConfiguration[m];
        double[] events = new double[m];
        double[] seconds = new double[m];
        int[] runs = new int[m];
        long start = System.nanoTime();
        long deadline = start + (long) (budgetSeconds * 1e9);
        for (int n = 0; n < m * (MAX_PER_CONFIGURATION + 1) && (n < 2 * m || System.nanoTime() < deadline); n++) {
            int k = n % m;
            if (prepared[k] == null) {
                Scenario s = shortened(study.configurations().get(k).scenario());
                prepared[k] = PreparedConfiguration.of(s);
                events[k] = WorkEstimate.eventsPerReplication(s);
            }
            long t0 = System.nanoTime();
            Replication.run(prepared[k], n / m);
            if (n >= m) { // the first replication of each configuration warms up
                seconds[k] += (System.nanoTime() - t0) / 1e9;
                runs[k]++;
            }
        }
        double[] perEvent = new double[m];
        double[] perReplication = new double[m];
        for (int k = 0; k < m; k++) {
            perReplication[k] = runs[k] > 0 ? seconds[k] / runs[k] : Double.NaN;
            perEvent[k] = runs[k] > 0 && events[k] > 0 ? perReplication[k] / events[k] : Double.NaN;
        }
        fillUnsampled(perReplication, runs);
        fillUnsampled(perEvent, runs);
        return new SpeedSample(perEvent, perReplication, (System.nanoTime() - start) / 1e9);
    }

    /** One thread's seconds for one replication of configuration {@code k} with {@code events} estimated events. */
    public double seconds(int k, double events) {
        return Double.isFinite(secondsPerEvent[k]) && events > 0 ? events * secondsPerEvent[k]
                : secondsPerReplication[k] + events / WorkEstimate.EVENTS_PER_SECOND_PER_THREAD;
    }

    private static void fillUnsampled(double[] x, int[] runs) {
        double mean = Arrays.stream(x).filter(Double::isFinite).average().orElse(Double.NaN);
        for (int k = 0; k < x.length; k++) {
            if (runs[k] == 0) {
                x[k] = mean;
            }
        }
    }

    /** {@code s} with its horizon cut so that a replication has about {@link #SAMPLE_EVENTS} estimated events. */
    private static Scenario shortened(Scenario s) {
        double full = WorkEstimate.eventsPerReplication(s);
        return full > SAMPLE_EVENTS ? s.withHorizon(s.horizonHours() * SAMPLE_EVENTS / full) : s;
    }
}
