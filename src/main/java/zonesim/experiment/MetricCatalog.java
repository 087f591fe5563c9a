package zonesim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import zonesim.distribution.Hours;
import zonesim.metrics.Measure;
import zonesim.model.ClientSpec;
import zonesim.model.CostsSpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.registry.ChangePlan;

/**
 * Every metric of one configuration (SPEC 6 names), declared once: what each measures and
 * how it is computed from the raw quantities of {@link Slots}. The record of a replication
 * holds one block of slots per time window: the whole horizon, then each phase between
 * consecutive configuration changes (metrics named {@code phases.<k>.<metric>}). A
 * replica's figures cover only the time it serves (it may be added or removed).
 */
public final class MetricCatalog {
    private final List<String> replicas = new ArrayList<>();
    private final List<String> clients;
    private final List<Metric> metrics = new ArrayList<>();
    private final double[] windowStarts;
    private final double[] windowEnds;
    private final Slots.Replica[] replicaSlots;
    private final Slots.Global globalSlots;
    private final Slots.Client[] clientSlots;
    private final Slots.Data dataSlots;
    private final int blockSize;

    /** The catalog of {@code s} (what a prepared configuration holds, without preparing the rest). */
    public static MetricCatalog of(Scenario s) {
        return new MetricCatalog(s, new ChangePlan(s));
    }

    /** The catalog of {@code s}, whose timeline {@code plan} is already replayed. */
    public MetricCatalog(Scenario s, ChangePlan plan) {
        for (ReplicaSpec r : plan.replicas()) {
            replicas.add(r.region());
        }
        clients = List.copyOf(s.clients().keySet());
        Slots slots = new Slots();
        replicaSlots = new Slots.Replica[replicas.size()];
        for (int i = 0; i < replicaSlots.length; i++) {
            replicaSlots[i] = slots.replica();
        }
        globalSlots = slots.global();
        clientSlots = new Slots.Client[clients.size()];
        for (int i = 0; i < clientSlots.length; i++) {
            clientSlots[i] = slots.client();
        }
        dataSlots = slots.data();
        blockSize = slots.size();
        double[] b = plan.boundaries();
        int windows = b.length == 0 ? 1 : b.length + 2;
        windowStarts = new double[windows];
        windowEnds = new double[windows];
        windowEnds[0] = s.horizonHours();
        for (int p = 0; p + 1 < windows; p++) {
            windowStarts[p + 1] = p == 0 ? 0 : b[p - 1];
            windowEnds[p + 1] = p < b.length ? b[p] : s.horizonHours();
        }
        for (int w = 0; w < windows; w++) {
            new Window(s, plan, w).declare();
        }
    }

    /** The metrics of one window, declared with their offsets into the record. */
    private final class Window {
        private final Scenario s;
        private final ChangePlan plan;
        private final String prefix;
        private final int off;
        private final double from;
        private final double hours;

        Window(Scenario s, ChangePlan plan, int w) {
            this.s = s;
            this.plan = plan;
            this.prefix = w == 0 ? "" : "phases." + (w - 1) + ".";
            this.off = w * blockSize;
            this.from = windowStarts[w];
            this.hours = windowEnds[w] - windowStarts[w];
        }

        void declare() {
            for (int i = 0; i < replicas.size(); i++) {
                double present = plan.presentHours(i, from, from + hours);
                if (present > 0) {
                    Slots.Replica r = replicaSlots[i];
                    service("replicas." + replicas.get(i) + ".", "replica " + replicas.get(i), r.pullDown(),
                            r.structDown(), r.outages(), r.interruptions(), r.durations(), present);
                    add("replicas." + replicas.get(i) + ".push_availability", "replica " + replicas.get(i)
                            + ": push availability", Measure.AVAILABILITY, down(r.pushDown(), present));
                }
            }
            Slots.Global g = globalSlots;
            service("global.", "any replica", g.pullDown(), g.structDown(), g.outages(), g.interruptions(),
                    g.durations(), hours);
            Slots.Replica home = replicaSlots[replicas.indexOf(s.registry().home())];
            add("control_plane.availability", "control plane: availability", Measure.AVAILABILITY,
                    down(home.pullDown(), hours));
            add("control_plane.downtime_minutes_per_year", "control plane: downtime", Measure.DOWNTIME,
                    perYear(home.pullDown(), Hours.MINUTES_PER_YEAR, hours));
            for (int i = 0; i < clients.size(); i++) {
                ClientSpec cl = s.clients().get(clients.get(i));
                Slots.Client c = clientSlots[i];
                String p = "clients." + cl.region() + ".";
                String who = cl.region() + " clients";
                add(p + "pull.availability", who + ": pull availability", Measure.AVAILABILITY, down(c.pullDown(), hours));
                add(p + "pull.downtime_minutes_per_year", who + ": pull downtime", Measure.DOWNTIME,
                        perYear(c.pullDown(), Hours.MINUTES_PER_YEAR, hours));
                add(p + "pull.failed_requests_per_year", who + ": failed pulls", Measure.RATE,
                        perYear(c.pullDown(), cl.pullsPerHour() * Hours.PER_YEAR, hours));
                add(p + "push.availability", who + ": push availability", Measure.AVAILABILITY, down(c.pushDown(), hours));
                add(p + "push.failed_requests_per_year", who + ": failed pushes", Measure.RATE,
                        perYear(c.pushDown(), cl.pushesPerHour() * Hours.PER_YEAR, hours));
            }
            for (int i = 0; i < clients.size(); i++) {
                Slots.Client c = clientSlots[i];
                metrics.add(new Metric(prefix + "sla." + clients.get(i) + ".breach_probability",
                        clients.get(i) + " clients: SLA breach probability per window", Measure.PROBABILITY,
                        new Metric.Estimator.Proportion(off + c.slaBreached(), off + c.slaJudged())));
            }
            Slots.Data d = dataSlots;
            add("data.pushes_at_risk_per_year", "pushes at risk (in flight when their only copy failed)", Measure.RATE,
                    perYear(d.atRisk(), Hours.PER_YEAR, hours));
            add("data.pushes_lost_per_year", "pushes lost", Measure.RATE, perYear(d.lost(), Hours.PER_YEAR, hours));
            ratio("data.single_homed_share", "share of pushes with no second copy in the configuration",
                    Measure.SHARE, d.singleHomed(), d.pushes(), 1);
            int lost = off + d.lost();
            add("data.loss_probability", "chance of losing at least one push", Measure.PROBABILITY,
                    r -> -Math.expm1(-r[lost]));
            if (s.costs() != null) {
                costs(s.costs());
            }
        }

        /** Availability, downtime, outages and interruptions of a replica or of the any-replica service. */
        private void service(String p, String who, int pullDown, int structDown, int outages, int interruptions,
                             Slots.Durations durations, double present) {
            add(p + "availability", who + ": availability", Measure.AVAILABILITY, down(pullDown, present));
            add(p + "downtime_minutes_per_year", who + ": downtime", Measure.DOWNTIME,
                    perYear(pullDown, Hours.MINUTES_PER_YEAR, present));
            add(p + "outages_per_year", who + ": outages", Measure.RATE, perYear(outages, Hours.PER_YEAR, present));
            ratio(p + "mean_outage_minutes", who + ": mean outage duration", Measure.MINUTES,
                    durations.weightedMinutes(), durations.weight(), 1);
            add(p + "interruptions_per_year", who + ": zone-failover interruptions", Measure.RATE,
                    perYear(interruptions, Hours.PER_YEAR, present));
            int a = off + pullDown;
            int b = off + structDown;
            double scale = Hours.MINUTES_PER_YEAR / present;
            add(p + "interruption_minutes_per_year", who + ": interruption time", Measure.DOWNTIME,
                    r -> (r[a] - r[b]) * scale);
            int c = off + durations.censored();
            add(p + "censored_outages", who + ": outages of unknown duration (open at the start or end)",
                    Measure.COUNT, r -> r[c]);
        }

        /** The yearly bill (SPEC 4.10): infrastructure pro rata, downtime and data loss at the scenario's prices. */
        private void costs(CostsSpec c) {
            double infrastructure = 0;
            for (int i = 0; i < replicas.size(); i++) {
                double present = plan.billedHours(i, from, from + hours);
                double zr = plan.billedZoneRedundantHours(i, from, from + hours);
                infrastructure += 12 * (present * c.replicaPerMonth() + zr * c.zoneRedundancyPerMonth()) / hours;
            }
            double infra = infrastructure;
            double[] price = new double[clients.size()];
            int[] pullDown = new int[clients.size()];
            int[] pushDown = new int[clients.size()];
            double[] pushRate = new double[clients.size()];
            for (int i = 0; i < clients.size(); i++) {
                price[i] = c.downtimePerHour(clients.get(i));
                pullDown[i] = off + clientSlots[i].pullDown();
                pushDown[i] = off + clientSlots[i].pushDown();
                pushRate[i] = s.clients().get(clients.get(i)).pushesPerHour();
            }
            double perYear = Hours.PER_YEAR / hours;
            int lost = off + dataSlots.lost();
            ToDoubleFunction<double[]> downtime = r -> {
                double sum = 0;
                for (int i = 0; i < price.length; i++) {
                    sum += r[pullDown[i]] * price[i];
                }
                return sum * perYear;
            };
            ToDoubleFunction<double[]> data = r -> {
                double failed = 0;
                for (int i = 0; i < price.length; i++) {
                    failed += r[pushDown[i]] * pushRate[i];
                }
                return (failed * c.failedPush() + r[lost] * c.lostPush()) * perYear;
            };
            String cur = " (" + c.currency() + ")";
            add("costs.infrastructure_per_year", "infrastructure" + cur, Measure.MONEY, r -> infra);
            add("costs.downtime_per_year", "expected cost of downtime" + cur, Measure.MONEY, downtime);
            add("costs.data_loss_per_year", "expected cost of failed and lost pushes" + cur, Measure.MONEY, data);
            add("costs.total_per_year", "total" + cur, Measure.MONEY,
                    r -> infra + downtime.applyAsDouble(r) + data.applyAsDouble(r));
        }

        /** 1 - down hours / exposure. */
        private ToDoubleFunction<double[]> down(int slot, double exposure) {
            int k = off + slot;
            return r -> 1 - r[k] / exposure;
        }

        /** slot x perHour... scaled to a year of the window's exposure. */
        private ToDoubleFunction<double[]> perYear(int slot, double factor, double exposure) {
            int k = off + slot;
            double scale = factor / exposure;
            return r -> r[k] * scale;
        }

        private void add(String name, String label, Measure measure, ToDoubleFunction<double[]> value) {
            metrics.add(new Metric(prefix + name, label, measure, new Metric.Estimator.Mean(value)));
        }

        private void ratio(String name, String label, Measure measure, int num, int den, double scale) {
            metrics.add(new Metric(prefix + name, label, measure, new Metric.Estimator.Ratio(off + num, off + den,
                    scale)));
        }
    }

    /** Replica regions in record order (every replica that ever exists). */
    public List<String> replicas() {
        return replicas;
    }

    /** Client regions in record order. */
    public List<String> clients() {
        return clients;
    }

    /** Metrics in report order: whole horizon, then per phase. */
    public List<Metric> metrics() {
        return metrics;
    }

    /** Length of one replication's record. */
    public int recordSize() {
        return blockSize * windowStarts.length;
    }

    /** Number of time windows (the whole horizon, then each phase). */
    int windows() {
        return windowStarts.length;
    }

    /** Offset of window {@code w}'s block in the record. */
    int offset(int w) {
        return w * blockSize;
    }

    /** Start hour of window {@code w}. */
    double windowStart(int w) {
        return windowStarts[w];
    }

    /** End hour of window {@code w}. */
    double windowEnd(int w) {
        return windowEnds[w];
    }

    Slots.Replica replicaSlots(int i) {
        return replicaSlots[i];
    }

    Slots.Global globalSlots() {
        return globalSlots;
    }

    Slots.Client clientSlots(int i) {
        return clientSlots[i];
    }

    Slots.Data dataSlots() {
        return dataSlots;
    }

    /** Window starts, all windows. */
    double[] windowStarts() {
        return windowStarts.clone();
    }

    /** Window ends, all windows. */
    double[] windowEnds() {
        return windowEnds.clone();
    }

    /** Number of phases (0 when nothing changes). */
    public int phases() {
        return windowStarts.length - 1;
    }

    /** Start hour of phase {@code p}. */
    public double phaseStart(int p) {
        return windowStarts[p + 1];
    }

    /** End hour of phase {@code p}. */
    public double phaseEnd(int p) {
        return windowEnds[p + 1];
    }
}
