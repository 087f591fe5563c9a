package zonesim.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Chart (e): when each element was down in replication 0 of the baseline (timeline.csv),
 * one row per element that was down at least once, Gantt-style, coloured by kind. Shows
 * at most one year: the first, or, when the global endpoint (failing that, a replica) was
 * first down later, the year of that outage. Widens bars to at least 0.25% of the window
 * so that short outages stay visible; the subtitle says both.
 */
public final class TimelineChart {
    /** File name stem. */
    public static final String NAME = "timeline";
    private static final double WINDOW_HOURS = 8760;
    private static final double MIN_WIDTH_SHARE = 0.0025;
    private static final List<String> KINDS = List.of("global endpoint", "replica (pull)", "replica service",
            "region", "zone", "datacenter");
    private static final List<Color> KIND_COLOURS = List.of(Color.BLACK, new Color(0xD55E00),
            new Color(0xE69F00), new Color(0x0072B2), new Color(0x56B4E9), new Color(0x009E73));

    private TimelineChart() { }

    /** The chart, or empty when no element was down in the window. */
    public static Optional<Figure> of(ResultsFolder f) {
        CsvTable t = f.timeline();
        int ci = t.column("configuration");
        int ei = t.column("element");
        int si = t.column("start_hours");
        int ni = t.column("end_hours");
        if (ci < 0 || ei < 0 || si < 0 || ni < 0 || t.rows().isEmpty()) {
            return Optional.empty();
        }
        String config = t.rows().get(0)[ci];
        double horizon = f.summary().number("horizon_hours");
        double window = Double.isFinite(horizon) ? Math.min(horizon, WINDOW_HOURS) : WINDOW_HOURS;
        double first = firstStart(t, config, "global");
        String reason = "the first with an outage of the global endpoint";
        if (!Double.isFinite(first)) {
            first = firstStart(t, config, "replica ");
            reason = "the first with a replica outage";
        }
        double from = Double.isFinite(first) && first >= window && horizon > window
                ? Math.min(Math.floor(first / window) * window, horizon - window) : 0;
        double to = from + window;
        Map<String, List<double[]>> byElement = new LinkedHashMap<>();
        for (String[] row : t.rows()) {
            double a = CsvTable.number(row, si);
            double b = CsvTable.number(row, ni);
            if (row[ci].equals(config) && a < to && b > from && b >= a) {
                byElement.computeIfAbsent(row[ei], k -> new ArrayList<>())
                        .add(new double[] {Math.max(a, from), Math.min(b, to)});
            }
        }
        if (byElement.isEmpty()) {
            return Optional.empty();
        }
        List<String> elements = new ArrayList<>(byElement.keySet());
        elements.sort(Comparator.comparingInt(TimelineChart::kind).thenComparing(Comparator.naturalOrder()));
        boolean days = window >= 240;
        double unit = days ? 24 : 1;
        double minWidth = window * MIN_WIDTH_SHARE;
        XYIntervalSeries[] series = new XYIntervalSeries[KINDS.size()];
        for (int k = 0; k < series.length; k++) {
            series[k] = new XYIntervalSeries(KINDS.get(k), false, true);
        }
        for (int row = 0; row < elements.size(); row++) {
            String e = elements.get(row);
            for (double[] iv : byElement.get(e)) {
                double end = Math.max(iv[1], iv[0] + minWidth);
                series[kind(e)].add(iv[0] / unit, iv[0] / unit, end / unit, row, row - 0.38, row + 0.38);
            }
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        XYBarRenderer r = new XYBarRenderer();
        r.setUseYInterval(true);
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setBarPainter(new StandardXYBarPainter());
        for (int k = 0; k < series.length; k++) {
            if (series[k].getItemCount() > 0) {
                r.setSeriesPaint(data.getSeriesCount(), KIND_COLOURS.get(k));
                data.addSeries(series[k]);
            }
        }
        NumberAxis x = new NumberAxis(days ? "time since start (days)" : "time since start (hours)");
        x.setRange(from / unit, to / unit);
        SymbolAxis y = new SymbolAxis("", elements.toArray(new String[0]));
        y.setInverted(true);
        y.setGridBandsVisible(false);
        y.setRange(-0.5, elements.size() - 0.5);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setRangeGridlinesVisible(false);
        String shown = !(horizon > window) ? "whole run shown" : from == 0
                ? "first year of " + Labels.horizon(horizon) + " shown"
                : "year " + (long) (from / window + 1) + " of " + Labels.horizon(horizon) + " shown, " + reason;
        var chart = ChartStyle.chart("When each element was down (one simulated run)", List.of(
                Labels.runLine(f.summary()), String.format(Locale.ROOT, "replication 0 of configuration %s · %s · "
                        + "only elements down at least once are listed", config, shown),
                "bars shorter than " + duration(minWidth) + " are widened to " + duration(minWidth)
                        + " so that they stay visible"), plot, true);
        int height = Math.max(420, 190 + 17 * elements.size());
        return Optional.of(new Figure(NAME, "Each bar is a period when that element was down in one simulated "
                + "run, elements listed from the global endpoint down to datacenters: a replica (orange) is down "
                + "only when what it depends on is, and the global endpoint (black) only when every replica is.",
                chart, 1000, height));
    }

    /** Start of the first interval of an element named {@code prefix} (or exactly that), NaN if none. */
    private static double firstStart(CsvTable t, String config, String prefix) {
        int ci = t.column("configuration");
        int ei = t.column("element");
        int si = t.column("start_hours");
        return t.rows().stream().filter(r -> r[ci].equals(config) && r[ei].startsWith(prefix))
                .mapToDouble(r -> CsvTable.number(r, si)).filter(Double::isFinite).min().orElse(Double.NaN);
    }

    private static int kind(String element) {
        if (element.equals("global")) {
            return 0;
        }
        if (element.startsWith("replica ")) {
            return 1;
        }
        if (element.startsWith("replica:")) {
            return 2;
        }
        long slashes = element.chars().filter(c -> c == '/').count();
        return (int) Math.min(5, 3 + slashes);
    }

    private static String duration(double hours) {
        return hours >= 48 ? ChartStyle.format("0.#").format(hours / 24) + " days"
                : ChartStyle.format("0.#").format(hours) + " h";
    }
}
