package zonesim.report;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * An estimate written for people according to what its metric measures (summary.json's
 * {@code metric_info}): availability as a percentage, downtime and durations in hours or
 * minutes, probabilities as percentages, money with its currency, rates with three
 * significant digits; the interval after it in the same unit. A zero estimate with a
 * zero-width interval of something that is counted (downtime, outages, losses) means it
 * was never observed, not that it cannot happen: it is written "none in N simulated years"
 * with the one-sided bound -ln(1 - confidence) / N a year (for 95%, about 3 / N: the "rule
 * of three", Hanley and Lippman-Hand, JAMA 1983).
 */
public final class MetricText {
    private final SummaryDoc s;

    /** Texts for the metrics of {@code s}. */
    public MetricText(SummaryDoc s) {
        this.s = s;
    }

    /** The measure of {@code metric} ("availability", "downtime", ...), guessed only for folders without metric_info. */
    public String measure(String metric) {
        SummaryDoc.MetricInfo i = s.info(metric);
        if (i != null) {
            return i.measure();
        }
        return metric.endsWith("availability") ? "availability" : metric.endsWith("minutes_per_year") ? "downtime"
                : metric.endsWith("probability") ? "probability" : "rate";
    }

    /** The readable label of {@code metric} (the metric id when summary.json has no label). */
    public String label(String metric) {
        SummaryDoc.MetricInfo i = s.info(metric);
        return i == null ? metric : i.label();
    }

    /**
     * True if the estimate is zero (or full availability) with a zero-width interval for
     * something that is counted (downtime, outages, requests, losses, breaches): nothing was
     * observed. Not when the exact value is known to be that very number (then it is certain).
     */
    public boolean neverObserved(String metric, Estimate e) {
        if (e == null || !(e.halfWidth() == 0) || !Double.isFinite(e.mean()) || e.exact() == e.mean()) {
            return false;
        }
        return switch (measure(metric)) {
            case "availability" -> e.mean() == 1;
            case "downtime", "rate", "probability" -> e.mean() == 0;
            default -> false;
        };
    }

    /** The cell of an estimate of the whole run: value, then interval and exact value as detail. */
    public Table.Cell cell(String metric, Estimate e) {
        return cell(null, metric, e, true);
    }

    /** The cell of an estimate of the whole run: value, then interval (and exact value when {@code exact}). */
    public Table.Cell cell(String metric, Estimate e, boolean exact) {
        return cell(null, metric, e, exact);
    }

    /**
     * The cell of an estimate of {@code configuration} (null: count the whole run when nothing
     * was observed): value, then interval (and exact value when {@code exact}) as detail.
     */
    public Table.Cell cell(String configuration, String metric, Estimate e, boolean exact) {
        if (e == null) {
            return Table.Cell.of("");
        }
        if (neverObserved(metric, e)) {
            return never(metric, exposureYears(configuration, metric));
        }
        DoubleFunction<String> f = format(metric, e);
        String detail = interval(e, f);
        if (exact && Double.isFinite(e.exact())) {
            boolean outside = Double.isFinite(e.low()) && e.halfWidth() > 0 && (e.exact() < e.low() || e.exact() > e.high());
            detail += (detail.isEmpty() ? "" : "\n") + "exact " + f.apply(e.exact()) + (outside ? " (!)" : "");
        }
        return new Table.Cell(f.apply(e.mean()), detail);
    }

    /**
     * Simulated years behind a metric of {@code configuration}: replications × the hours it
     * covers, a phase's length for a per-phase metric, only the time it serves for a replica
     * (the whole run when the configuration is null or summary.json does not say).
     */
    double exposureYears(String configuration, String metric) {
        double from = 0;
        double to = s.number("horizon_hours");
        String m = metric;
        if (configuration != null && metric.startsWith("phases.")) {
            String[] p = metric.split("\\.", 3);
            for (SummaryDoc.Phase ph : s.phases(configuration)) {
                if (String.valueOf(ph.index()).equals(p[1]) && Double.isFinite(ph.startHours())) {
                    from = ph.startHours();
                    to = ph.endHours();
                }
            }
            m = p[2];
        }
        double hours = to - from;
        if (configuration != null && m.startsWith("replicas.")) {
            Object spans = SummaryDoc.map(s.inputs(configuration).get("serving")).get(m.split("\\.")[1]);
            if (spans != null) {
                hours = 0;
                for (Object o : SummaryDoc.list(spans)) {
                    List<?> span = SummaryDoc.list(o);
                    hours += Math.max(0, Math.min(to, Estimate.num(span.get(1))) - Math.max(from, Estimate.num(span.get(0))));
                }
            }
        }
        return s.number("replications") * hours / zonesim.distribution.Hours.PER_YEAR;
    }

    /** "none in 20,000 simulated years" with its one-sided bound where the metric is a rate. */
    Table.Cell never(String metric, double years) {
        String m = measure(metric);
        String text = m.equals("availability") ? "100%" : "none";
        String in = "none in " + Formats.years(years) + " simulated years";
        if (m.equals("availability")) {
            return new Table.Cell(text, "no downtime in " + Formats.years(years) + " simulated years");
        }
        if (m.equals("rate") && years > 0) {
            double bound = -Math.log(1 - s.number("confidence")) / years;
            return new Table.Cell(in, "below " + Formats.number(bound, 2) + " a year ("
                    + Labels.percent(s.number("confidence")) + " bound)");
        }
        return new Table.Cell(in, "");
    }

    /** "[a, b]" of the estimate in the same format, "" when undefined. */
    static String interval(Estimate e, DoubleFunction<String> f) {
        if (!Double.isFinite(e.low()) || !Double.isFinite(e.high())) {
            return "";
        }
        return bracket(f.apply(e.low()), f.apply(e.high()));
    }

    /**
     * "[a, b]" with a unit or currency that both ends share left out (the value beside the
     * interval shows it): {@code 6.1 h, 6.8 h -> [6.1, 6.8]}, {@code USD 60,760, USD 67,791 ->
     * [60,760, 67,791]}; signs stay in front of the numbers.
     */
    static String bracket(String lo, String hi) {
        String[] a = lo.split(" ");
        String[] b = hi.split(" ");
        if (a.length == 2 && b.length == 2) {
            if (a[1].equals(b[1]) && !a[1].matches(".*\\d.*")) {
                return "[" + a[0] + ", " + b[0] + "]";
            }
            String signA = a[0].replaceAll("[^+\\-\u2212].*", "");
            String signB = b[0].replaceAll("[^+\\-\u2212].*", "");
            String curA = a[0].substring(signA.length());
            if (curA.equals(b[0].substring(signB.length())) && !curA.matches(".*\\d.*")) {
                return "[" + signA + a[1] + ", " + signB + b[1] + "]";
            }
        }
        return "[" + lo + ", " + hi + "]";
    }

    /** The number format of {@code metric} fitted to estimate {@code e} (its unit and decimals). */
    public DoubleFunction<String> format(String metric, Estimate e) {
        String cur = s.currency();
        return switch (measure(metric)) {
            case "availability" -> {
                int d = availabilityDecimals(e);
                yield x -> Formats.availability(x, d);
            }
            case "downtime", "minutes" -> {
                String unit = Formats.unitFor(Double.isFinite(e.mean()) && e.mean() != 0 ? e.mean() : e.high());
                int digits = digits(e, 2, (x, d) -> Formats.minutes(x, unit, d));
                yield x -> Formats.minutes(x, unit, digits);
            }
            case "probability", "share" -> Formats::percent;
            case "money" -> x -> Formats.money(x, cur);
            default -> {
                int digits = digits(e, 3, Formats::number);
                yield x -> Formats.number(x, digits);
            }
        };
    }

    /**
     * Significant digits for {@code e}: from {@code start}, more (up to 6) while its interval's
     * ends print like the estimate, or an exact value outside the interval prints like the
     * nearer end, so that what the text says can be seen in it.
     */
    static int digits(Estimate e, int start, java.util.function.BiFunction<Double, Integer, String> f) {
        int d = start;
        if (!(e.halfWidth() > 0) || !Double.isFinite(e.low()) || !Double.isFinite(e.high())) {
            return d;
        }
        while (d < 6) {
            String mean = f.apply(e.mean(), d);
            boolean same = f.apply(e.low(), d).equals(mean) || f.apply(e.high(), d).equals(mean);
            if (Double.isFinite(e.exact()) && (e.exact() < e.low() || e.exact() > e.high())) {
                double end = e.exact() < e.low() ? e.low() : e.high();
                same |= f.apply(e.exact(), d).equals(f.apply(end, d));
            }
            if (!same) {
                break;
            }
            d++;
        }
        return d;
    }

    /**
     * Decimals for an availability estimate: two significant digits of its downtime, more
     * (up to 8) while the interval's ends print the same as the estimate.
     */
    static int availabilityDecimals(Estimate e) {
        int d = Formats.availabilityDecimals(e.mean());
        if (!(e.halfWidth() > 0) || !Double.isFinite(e.low()) || !Double.isFinite(e.high())) {
            return d;
        }
        while (d < 8 && (Formats.availability(e.low(), d).equals(Formats.availability(e.mean(), d))
                || Formats.availability(e.high(), d).equals(Formats.availability(e.mean(), d)))) {
            d++;
        }
        return d;
    }

    /**
     * A paired difference in plain words: "6.4 h less [6.3, 6.5]" (significant), "no clear
     * difference (+2 min [-1, +5])", "identical in every replication"; higher-is-better
     * metrics say "higher"/"lower".
     */
    public String difference(String metric, Estimate d) {
        if (d == null) {
            return "";
        }
        if (d.mean() == 0 && d.halfWidth() == 0) {
            return "identical in every replication";
        }
        DoubleFunction<String> f = differenceFormat(metric, d);
        if (!d.excludesZero()) {
            String iv = Double.isFinite(d.low()) ? " " + bracket(Formats.signed(d.low(), f), Formats.signed(d.high(), f))
                    : "";
            // a mean a million times smaller than the interval is rounding noise: write it as 0
            double mean = Math.abs(d.mean()) < 1e-6 * Math.max(Math.abs(d.low()), Math.abs(d.high())) ? 0 : d.mean();
            return "no clear difference (" + Formats.signed(mean, f) + iv + ")";
        }
        boolean up = d.mean() > 0;
        String m = measure(metric);
        String word = m.equals("downtime") || m.equals("minutes") || m.equals("rate") || m.equals("money")
                ? (up ? "more" : "less") : (up ? "higher" : "lower");
        double lo = up ? d.low() : -d.high();
        double hi = up ? d.high() : -d.low();
        return f.apply(Math.abs(d.mean())) + " " + word + " " + bracket(f.apply(lo), f.apply(hi));
    }

    /** The format of a difference: like the metric's, but availability differences in percentage points. */
    private DoubleFunction<String> differenceFormat(String metric, Estimate d) {
        String m = measure(metric);
        if (m.equals("availability") || m.equals("probability") || m.equals("share")) {
            return x -> Formats.number(100 * x, 2) + " points";
        }
        if (m.equals("downtime") || m.equals("minutes")) {
            String unit = Formats.unitFor(d.mean());
            return x -> Formats.minutes(x, unit);
        }
        return format(metric, d);
    }
}
