package zonesim.report;

import java.util.Locale;

/** Short texts shared by the charts and the report: the run line, horizons, percentages. */
public final class Labels {
    private Labels() { }

    /** "scenario NAME · N replications × HORIZON · seed S", for every chart's subtitle. */
    public static String runLine(SummaryDoc s) {
        return String.format(Locale.ROOT, "scenario %s · %s replications × %s · seed %s", s.scenario(),
                Formats.count((long) s.number("replications")), horizon(s.number("horizon_hours")), s.text("seed"));
    }

    /** A horizon in years when it is a whole number of them, else in hours (or days). */
    public static String horizon(double hours) {
        if (!Double.isFinite(hours)) {
            return "?";
        }
        if (hours >= 8760 && hours % 8760 == 0) {
            long y = (long) (hours / 8760);
            return y + (y == 1 ? " year" : " years");
        }
        if (hours >= 48 && hours % 24 == 0) {
            return (long) (hours / 24) + " days";
        }
        return Formats.number(hours, 4) + " h";
    }

    /**
     * A duration in the largest unit that writes it with at most one decimal ("90 d", not
     * "2.96 mo"; "3.7 h", "30 min"), else as {@link zonesim.distribution.Hours#describe}.
     */
    public static String duration(double hours) {
        double[] size = {zonesim.distribution.Hours.PER_YEAR, 168, 24, 1, 1.0 / 60, 1.0 / 3600};
        String[] unit = {"y", "w", "d", "h", "min", "s"};
        for (int i = 0; i < size.length; i++) {
            double tenths = 10 * hours / size[i];
            if (tenths >= 10 && Math.abs(tenths - Math.rint(tenths)) < 1e-6) {
                return ChartStyle.format("0.#").format(Math.rint(tenths) / 10) + " " + unit[i];
            }
        }
        return zonesim.distribution.Hours.describe(hours);
    }

    /** An SLA window as an adjective: "1-month", "30-day", "1-week", "12-hour" (SPEC 2 units). */
    public static String window(double hours) {
        if (!Double.isFinite(hours)) {
            return "?";
        }
        double[] size = {zonesim.distribution.Hours.PER_YEAR, zonesim.distribution.Hours.PER_MONTH, 168, 24, 1};
        String[] unit = {"year", "month", "week", "day", "hour"};
        for (int i = 0; i < size.length; i++) {
            double n = hours / size[i];
            if (Math.abs(n - Math.rint(n)) < 1e-9 && n >= 1) {
                return (long) Math.rint(n) + "-" + unit[i];
            }
        }
        return Formats.number(hours, 3) + "-hour";
    }

    /** A confidence level or target as "95%", "99.95%" (up to four decimals, trailing zeros dropped). */
    public static String percent(double confidence) {
        return Double.isFinite(confidence) ? ChartStyle.format("0.####").format(confidence * 100) + "%" : "?";
    }

    /** "any replica", "replica REGION" or "REGION clients" for a metric name such as {@code replicas.eastus.availability}. */
    public static String subject(String metric) {
        String[] p = metric.split("\\.");
        if (p[0].equals("replicas") && p.length > 2) {
            return "replica " + p[1];
        }
        if (p[0].equals("clients") && p.length > 2) {
            return p[1] + " clients";
        }
        return p[0].equals("global") ? "any replica" : p[0];
    }
}
