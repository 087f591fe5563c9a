package zonesim.experiment;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import zonesim.model.ChangeSpec;
import zonesim.distribution.Distribution;
import zonesim.model.CommonCauseSpec;
import zonesim.model.FailureSpec;
import zonesim.model.OutageSpec;
import zonesim.model.ProcessKind;
import zonesim.model.RegionSpec;
import zonesim.model.Scenario;
import zonesim.model.Study;

/**
 * The work a study asks for, estimated from the scenario alone before anything runs, in
 * simulated events (the state changes of random and injected processes that
 * {@code performance.events} counts). An alternating renewal process with mean time to
 * failure F and mean time to repair R completes on average H / (F + R) cycles in a horizon
 * H, two events each (renewal-reward theorem; exact for a process started in its steady
 * state, a close estimate for one started fresh); a process that never fails contributes
 * nothing. An injected outage contributes two events per occurrence within the horizon.
 * The whole study runs every configuration on every replication, and also each
 * configuration once more per injected outage without it (the outage drills).
 *
 * @param events       estimated events of the whole study (+Infinity when a process with zero
 *                     mean cycle would never let simulated time advance)
 * @param replications replications per run
 * @param runs         simulated configurations (including outage-impact re-runs)
 * @param perRun       estimated events per replication of each run: the configurations in order,
 *                     then each configuration without each of its outages
 */
public record WorkEstimate(double events, int replications, int runs, double[] perRun) {
    /** Nominal engine throughput per thread when no speed was measured (README: 26-28 M/s on REF66; richer models are slower). */
    public static final double EVENTS_PER_SECOND_PER_THREAD = 15e6;

    public WorkEstimate {
        perRun = perRun.clone();
    }

    /** The estimate for {@code study}; {@code withOutageImpact} adds each configuration's runs without each outage. */
    public static WorkEstimate of(Study study, boolean withOutageImpact) {
        Scenario base = study.baseline();
        java.util.List<Double> perRun = new java.util.ArrayList<>();
        for (Study.Configuration c : study.configurations()) {
            perRun.add(eventsPerReplication(c.scenario()));
        }
        if (withOutageImpact) {
            for (int k = 0; k < study.configurations().size(); k++) {
                Scenario s = study.configurations().get(k).scenario();
                for (OutageSpec o : s.outages()) {
                    perRun.add(perRun.get(k) - outageEvents(o, s.horizonHours()));
                }
            }
        }
        double[] runs = perRun.stream().mapToDouble(Double::doubleValue).toArray();
        return new WorkEstimate(java.util.Arrays.stream(runs).sum() * base.replications(), base.replications(),
                runs.length, runs);
    }

    /** Estimated events of one replication of {@code s}: every random process, then every injected outage. */
    public static double eventsPerReplication(Scenario s) {
        double h = s.horizonHours();
        double events = 0;
        for (RegionSpec r : s.topology().regions().values()) {
            events += processEvents(s, ProcessKind.REGION, r.name(), h);
            for (int z = 0; z < r.zones(); z++) {
                String zone = r.name() + "/" + RegionSpec.zoneName(z);
                events += processEvents(s, ProcessKind.ZONE, zone, h);
                for (int dc = 0; dc < r.datacentersPerZone(); dc++) {
                    String datacenter = zone + "/" + RegionSpec.datacenterName(dc);
                    for (ProcessKind k : ProcessKind.values()) {
                        if (k.perDatacenter()) {
                            events += processEvents(s, k, datacenter + "/" + k.key(), h);
                        }
                    }
                }
            }
        }
        for (String region : replicaRegions(s)) {
            events += processEvents(s, ProcessKind.REPLICA, "replica:" + region, h);
        }
        for (CommonCauseSpec c : s.commonCauses()) {
            events += processEvents(c.spec(), h);
        }
        if (!s.clients().isEmpty()) {
            events += processEvents(s.routing().endpoint(), h);
        }
        for (OutageSpec o : s.outages()) {
            events += outageEvents(o, h);
        }
        return events;
    }

    /**
     * Estimated wall seconds on {@code threads} threads (no more threads work than there are
     * replications): at the speed measured on this machine for each configuration when
     * {@code speed} is given (an outage-impact re-run costs what the baseline does), else at
     * {@link #EVENTS_PER_SECOND_PER_THREAD}.
     */
    public double seconds(int threads, SpeedSample speed) {
        int t = Math.max(1, Math.min(threads, replications));
        if (speed == null) {
            return events / (EVENTS_PER_SECOND_PER_THREAD * t);
        }
        int configurations = speed.secondsPerEvent().length;
        double oneThread = 0;
        for (int r = 0; r < perRun.length; r++) {
            oneThread += replications * speed.seconds(r < configurations ? r : 0, perRun[r]);
        }
        return oneThread / t;
    }

    /** True when some process would never let simulated time advance (zero mean cycle). */
    public boolean unbounded() {
        return !Double.isFinite(events);
    }

    /** One line: events, runs and the time estimate on {@code threads} threads, and what the time rests on. */
    public String describe(int threads, SpeedSample speed) {
        if (unbounded()) {
            return "unbounded: a failure process has zero mean time to failure plus repair, so simulated time"
                    + " would never advance";
        }
        int t = Math.max(1, Math.min(threads, replications));
        String basis = speed == null
                ? String.format(Locale.ROOT, "assuming ~%.0f M events/s per thread", EVENTS_PER_SECOND_PER_THREAD / 1e6)
                : String.format(Locale.ROOT, "from this machine's speed in a %.1f s sample of the configurations",
                        speed.sampleSeconds());
        return String.format(Locale.ROOT, "about %.2g events (%d replications x %d run%s), roughly %s on %d"
                        + " thread%s (an estimate, %s)", events, replications, runs, runs == 1 ? "" : "s",
                duration(seconds(threads, speed)), t, t == 1 ? "" : "s", basis);
    }

    /** A rough human duration: "3 s", "4 min", "2.5 h", "6 days", "3 years". */
    public static String duration(double seconds) {
        if (seconds < 1) {
            return "under a second";
        }
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        if (seconds < 2 * 86400) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        if (seconds < 2 * 31_536_000) {
            return String.format(Locale.ROOT, "%.0f days", seconds / 86400);
        }
        return String.format(Locale.ROOT, "%.3g years", seconds / 31_536_000);
    }

    /** 2 H / (mean ttf + mean ttr) for the process at {@code path}; 0 if it never fails. */
    private static double processEvents(Scenario s, ProcessKind kind, String path, double horizonHours) {
        return processEvents(s.failures().spec(kind, path), horizonHours);
    }

    private static double processEvents(FailureSpec spec, double horizonHours) {
        if (spec.neverFails()) {
            return 0;
        }
        double cycle = mean(spec.ttf()) + mean(spec.ttr());
        return cycle > 0 ? 2 * horizonHours / cycle : Double.POSITIVE_INFINITY;
    }

    private static double mean(Distribution d) {
        double m = d.meanHours();
        return Double.isNaN(m) ? Double.POSITIVE_INFINITY : m;
    }

    /** Two events (start, end) per occurrence that starts within the horizon. */
    private static double outageEvents(OutageSpec o, double horizonHours) {
        if (o.durationHours() <= 0 || o.atHours() >= horizonHours) {
            return 0;
        }
        // occurrence k starts at at + k x repeat; those starting before the horizon count
        double occurrences = o.repeatEveryHours() > 0
                ? Math.ceil((horizonHours - o.atHours()) / o.repeatEveryHours()) : 1;
        return 2 * occurrences;
    }

    /** Every replica region the timeline ever holds: the registry's, then those added by changes. */
    private static Set<String> replicaRegions(Scenario s) {
        Set<String> out = new LinkedHashSet<>(s.registry().replicas().keySet());
        for (ChangeSpec c : s.changes()) {
            if (c instanceof ChangeSpec.AddReplica a) {
                out.add(a.replica().region());
            }
        }
        return out;
    }
}
