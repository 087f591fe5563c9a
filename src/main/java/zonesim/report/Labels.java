package zonesim.report;

import java.util.Locale;

/** Short texts shared by the charts and the report: the run line, horizons, percentages. */
public final class Labels {
    private Labels() { }

    /** "scenario NAME · N replications × HORIZON · seed S", for every chart's subtitle. */
    public static String runLine(SummaryDoc s) {
        return String.format(Locale.ROOT, "scenario %s · %d replications × %s · seed %s", s.scenario(),
                (long) s.number("replications"), horizon(s.number("horizon_hours")), s.text("seed"));
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
        return ConsoleTable.fmt(hours) + " h";
    }

    /** A confidence level as "95%". */
    public static String percent(double confidence) {
        return Double.isFinite(confidence) ? ChartStyle.format("0.##").format(confidence * 100) + "%" : "?";
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
