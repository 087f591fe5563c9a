package zonesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cost side (SPEC 4.10), read from summary.json: the yearly bill of each configuration
 * (infrastructure, expected cost of downtime, of failed and lost pushes, total, with
 * intervals and the paired difference of the total from the baseline), and what each
 * configuration pays per nine of availability gained. Client availability here is the
 * availability an average pull sees: each client region's pull availability weighted by
 * its pull rate (the registry's any-replica availability when there are no clients).
 */
public final class Costs {
    private final SummaryDoc s;
    private final MetricText text;

    /** The costs of {@code s}. */
    public Costs(SummaryDoc s) {
        this.s = s;
        this.text = new MetricText(s);
    }

    /** True when summary.json has cost figures. */
    public boolean any() {
        return s.configurations().stream().anyMatch(c -> s.estimate(c, "costs.total_per_year") != null);
    }

    /** The yearly bill: one row per configuration. */
    public Table bill() {
        Table.Builder t = Table.with("configuration", "infrastructure", "expected cost of downtime",
                "failed and lost pushes", "total a year", "total compared with the baseline");
        for (String c : s.configurations()) {
            List<Table.Cell> row = new ArrayList<>(List.of(Table.Cell.of(Assumptions.label(s, c))));
            for (String m : List.of("costs.infrastructure_per_year", "costs.downtime_per_year",
                    "costs.data_loss_per_year", "costs.total_per_year")) {
                Estimate e = s.estimate(c, m);
                row.add(e == null ? Table.Cell.of("") : e.halfWidth() == 0
                        ? Table.Cell.of(Formats.money(e.mean(), s.currency())) : text.cell(m, e, false));
            }
            Estimate d = difference(c, "costs.total_per_year");
            row.add(Table.Cell.of(c.equals("baseline") ? "(the reference)" : text.difference("costs.total_per_year", d)));
            t.row(row, d != null && d.excludesZero());
        }
        return t.build();
    }

    /** What each configuration pays for the nines it gains over the baseline. */
    public Table perNine() {
        Table.Builder t = Table.with("configuration", "client availability (pull-weighted)", "nines gained",
                "extra infrastructure a year", "infrastructure per nine gained");
        double uBase = unavailability("baseline");
        double infraBase = mean("baseline", "costs.infrastructure_per_year");
        for (String c : s.configurations()) {
            double u = unavailability(c);
            double infra = mean(c, "costs.infrastructure_per_year") - infraBase;
            double gained = ninesGained(uBase, u);
            List<Table.Cell> row = new ArrayList<>();
            row.add(Table.Cell.of(Assumptions.label(s, c)));
            row.add(Table.Cell.of(Formats.availability(1 - u)));
            if (c.equals("baseline")) {
                row.add(Table.Cell.of("(the reference)"));
                row.add(Table.Cell.of(""));
                row.add(Table.Cell.of(""));
            } else {
                row.add(Table.Cell.of(Double.isInfinite(gained) ? "all (no downtime observed)"
                        : Formats.signed(gained, x -> ChartStyle.format("0.###").format(x))));
                row.add(Table.Cell.of(Formats.signed(infra, x -> Formats.money(x, s.currency()))));
                row.add(Table.Cell.of(perNineText(infra, gained)));
            }
            t.row(row);
        }
        return t.build();
    }

    /** log10(uBase / u): how many factors of ten less downtime; infinite when u is 0, NaN when undefined. */
    static double ninesGained(double uBase, double u) {
        if (!(uBase > 0) || !(u >= 0)) {
            return Double.NaN;
        }
        return u == 0 ? Double.POSITIVE_INFINITY : Math.log10(uBase / u);
    }

    /** Infrastructure per nine gained, in words. */
    String perNineText(double extraInfrastructure, double gained) {
        if (!(gained > 0)) {
            return "no nines gained";
        }
        if (extraInfrastructure <= 0) {
            return extraInfrastructure == 0 ? "free" : "saves " + Formats.money(-extraInfrastructure, s.currency());
        }
        if (Double.isInfinite(gained)) {
            return "-";
        }
        return Formats.money(extraInfrastructure / gained, s.currency());
    }

    /**
     * The pull-weighted client unavailability of {@code configuration}: sum of rate × (1 - A)
     * over client regions divided by the sum of rates; the any-replica unavailability when
     * no client pulls.
     */
    public double unavailability(String configuration) {
        double[] w = weighted(configuration, "mean");
        return w[1] > 0 ? w[0] / w[1] : 1 - mean(configuration, "global.availability");
    }

    /** The same weighting over the interval ends of each region's availability: {low, high} of the unavailability. */
    double[] unavailabilityRange(String configuration) {
        double[] lo = weighted(configuration, "high");
        double[] hi = weighted(configuration, "low");
        if (lo[1] > 0) {
            return new double[] {lo[0] / lo[1], hi[0] / hi[1]};
        }
        Estimate g = s.estimate(configuration, "global.availability");
        return g == null ? new double[] {Double.NaN, Double.NaN} : new double[] {1 - g.high(), 1 - g.low()};
    }

    /** {sum of rate × (1 - A), sum of rate}, A the availability's {@code which} (mean, low or high). */
    private double[] weighted(String configuration, String which) {
        Map<?, ?> clients = SummaryDoc.map(s.inputs(configuration).get("clients"));
        double sum = 0;
        double rates = 0;
        for (Map.Entry<?, ?> e : clients.entrySet()) {
            double rate = Estimate.num(SummaryDoc.map(e.getValue()).get("pulls_per_hour"));
            Estimate a = s.estimate(configuration, "clients." + e.getKey() + ".pull.availability");
            if (a == null || !(rate > 0)) {
                continue;
            }
            double v = which.equals("low") ? a.low() : which.equals("high") ? a.high() : a.mean();
            sum += rate * (1 - (Double.isFinite(v) ? v : a.mean()));
            rates += rate;
        }
        return new double[] {sum, rates};
    }

    private Estimate difference(String configuration, String metric) {
        return s.comparisons().stream().filter(c -> c.configuration().equals(configuration)
                && c.metric().equals(metric)).map(SummaryDoc.Comparison::difference).findFirst().orElse(null);
    }

    double mean(String configuration, String metric) {
        Estimate e = s.estimate(configuration, metric);
        return e == null ? Double.NaN : e.mean();
    }
}
