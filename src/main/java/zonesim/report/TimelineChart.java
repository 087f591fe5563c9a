package zonesim.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Chart (e): when each element was down in replication 0 of each configuration
 * (timeline.csv), one row per element that was down at least once, Gantt-style, coloured
 * by kind. Rows of regions where the configuration has no replica are left out. Outages are
 * bars, widened to at least {@value #MIN_WIDTH_SHARE} of the window so they stay visible
 * (said in the subtitle); zone-failover interruptions (seconds each) are thin ticks, never
 * widened; a replica's time before it is added or after it is removed is a light grey
 * "not serving" band, not downtime. Injected outages and configuration changes are marked
 * and numbered. Shows at most one year: the first, or the year of the first outage of the
 * registry (failing that, of a replica) when that comes later.
 */
public final class TimelineChart {
    /** File name stem of the baseline's timeline ({@code timeline-<configuration>} for the others). */
    public static final String NAME = "timeline";
    private static final double WINDOW_HOURS = 8760;
    private static final double MIN_WIDTH_SHARE = 0.002;
    private static final List<String> KINDS = List.of("registry (any replica)", "replica (pull)", "global endpoint",
            "common cause", "registry service", "region", "zone", "datacenter");
    private static final List<Color> KIND_COLOURS = List.of(Color.BLACK, new Color(0xD55E00), new Color(0x7B3294),
            new Color(0x666666), new Color(0xE69F00), new Color(0x0072B2), new Color(0x56B4E9), new Color(0x009E73));
    private static final Color NOT_SERVING = new Color(0xDDDDDD);
    private static final Color INTERRUPTION = new Color(0xCC79A7);

    private TimelineChart() { }

    /** The baseline's timeline chart (the first configuration in timeline.csv), or empty. */
    public static Optional<Figure> of(ResultsFolder f) {
        return all(f).stream().findFirst();
    }

    /** One chart per configuration in timeline.csv, in summary order; none when nothing was down. */
    public static List<Figure> all(ResultsFolder f) {
        CsvTable t = f.timeline();
        int ci = t.column("configuration");
        if (ci < 0 || t.rows().isEmpty()) {
            return List.of();
        }
        List<String> configs = new ArrayList<>();
        t.rows().forEach(r -> {
            if (!configs.contains(r[ci])) {
                configs.add(r[ci]);
            }
        });
        List<String> order = f.summary().configurations();
        configs.sort(Comparator.comparingInt(c -> order.contains(c) ? order.indexOf(c) : order.size()));
        List<Figure> out = new ArrayList<>();
        TimelineData first = new TimelineData(f, configs.get(0), Double.NaN, "");
        for (String c : configs) {
            String name = out.isEmpty() ? NAME : NAME + "-" + c;
            new TimelineData(f, c, first.from, first.reason).chart(name).ifPresent(out::add);
        }
        return out;
    }

    /** One configuration's rows, window and marks. */
    private static final class TimelineData {
        private final ResultsFolder f;
        private final String config;
        private final double horizon;
        private final double window;
        private final double from;
        private final String reason;

        /** The data of {@code config}, shown from {@code from} hours (NaN: chosen from its own outages). */
        TimelineData(ResultsFolder f, String config, double from, String reason) {
            this.f = f;
            this.config = config;
            this.horizon = f.summary().number("horizon_hours");
            this.window = Double.isFinite(horizon) ? Math.min(horizon, WINDOW_HOURS) : WINDOW_HOURS;
            if (Double.isFinite(from)) {
                this.from = from;
                this.reason = reason;
                return;
            }
            double first = firstStart("global", "outage");
            String why = "the first with an outage of the registry as a whole in " + config;
            if (!Double.isFinite(first)) {
                first = firstStart("replica ", "outage");
                why = "the first with a replica outage in " + config;
            }
            this.reason = why;
            this.from = Double.isFinite(first) && first >= window && horizon > window
                    ? Math.min(Math.floor(first / window) * window, horizon - window) : 0;
        }

        Optional<Figure> chart(String name) {
            CsvTable t = f.timeline();
            int ci = t.column("configuration");
            int ei = t.column("element");
            int si = t.column("start_hours");
            int ni = t.column("end_hours");
            int ki = t.column("kind");
            double to = from + window;
            Map<String, List<double[]>> outages = new LinkedHashMap<>();
            Map<String, List<Double>> blips = new LinkedHashMap<>();
            for (String[] row : t.rows()) {
                double a = CsvTable.number(row, si);
                double b = CsvTable.number(row, ni);
                if (!row[ci].equals(config) || !(a < to && b > from && b >= a) || !relevant(row[ei])) {
                    continue;
                }
                if (ki >= 0 && row[ki].equals("interruption")) {
                    blips.computeIfAbsent(row[ei], k -> new ArrayList<>()).add(a);
                } else {
                    outages.computeIfAbsent(row[ei], k -> new ArrayList<>()).add(new double[] {Math.max(a, from),
                            Math.min(b, to)});
                }
            }
            Map<String, List<double[]>> absent = notServing(to);
            List<String> elements = new ArrayList<>(outages.keySet());
            blips.keySet().stream().filter(e -> !elements.contains(e)).forEach(elements::add);
            absent.keySet().stream().filter(e -> !elements.contains(e)).forEach(elements::add);
            if (elements.isEmpty()) {
                return Optional.empty();
            }
            elements.sort(Comparator.comparingInt(TimelineChart::kind).thenComparing(Comparator.naturalOrder()));
            boolean days = window >= 240;
            double unit = days ? 24 : 1;
            double minWidth = window * MIN_WIDTH_SHARE;
            XYIntervalSeries grey = new XYIntervalSeries("not serving (before it is added or after it is removed)",
                    false, true);
            XYIntervalSeries[] series = new XYIntervalSeries[KINDS.size()];
            for (int k = 0; k < series.length; k++) {
                series[k] = new XYIntervalSeries(KINDS.get(k), false, true);
            }
            XYSeries ticks = new XYSeries("zone-failover interruption (seconds; a tick, not to scale)", false, true);
            for (int row = 0; row < elements.size(); row++) {
                String e = elements.get(row);
                for (double[] iv : absent.getOrDefault(e, List.of())) {
                    grey.add(iv[0] / unit, iv[0] / unit, iv[1] / unit, row, row - 0.45, row + 0.45);
                }
                for (double[] iv : outages.getOrDefault(e, List.of())) {
                    double end = Math.max(iv[1], iv[0] + minWidth);
                    series[kind(e)].add(iv[0] / unit, iv[0] / unit, end / unit, row, row - 0.38, row + 0.38);
                }
                for (double at : blips.getOrDefault(e, List.of())) {
                    ticks.add(at / unit, row);
                }
            }
            XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
            XYBarRenderer r = new XYBarRenderer();
            r.setUseYInterval(true);
            r.setShadowVisible(false);
            r.setDrawBarOutline(false);
            r.setBarPainter(new StandardXYBarPainter());
            if (grey.getItemCount() > 0) {
                r.setSeriesPaint(data.getSeriesCount(), NOT_SERVING);
                data.addSeries(grey);
            }
            for (int k = 0; k < series.length; k++) {
                if (series[k].getItemCount() > 0) {
                    r.setSeriesPaint(data.getSeriesCount(), KIND_COLOURS.get(k));
                    data.addSeries(series[k]);
                }
            }
            NumberAxis x = new NumberAxis(days ? "time since start (days)" : "time since start (hours)");
            x.setRange(from / unit, to / unit);
            SymbolAxis y = new SymbolAxis("", elements.stream().map(TimelineChart::rowLabel).toArray(String[]::new));
            y.setInverted(true);
            y.setGridBandsVisible(false);
            y.setRange(-0.5, elements.size() - 0.5);
            XYPlot plot = new XYPlot(data, x, y, r);
            plot.setRangeGridlinesVisible(false);
            if (ticks.getItemCount() > 0) {
                XYLineAndShapeRenderer tr = new XYLineAndShapeRenderer(false, true);
                tr.setSeriesPaint(0, INTERRUPTION);
                tr.setSeriesShape(0, new Rectangle2D.Double(-1, -7, 2, 14));
                plot.setDataset(1, new XYSeriesCollection(ticks));
                plot.setRenderer(1, tr);
                plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
            }
            List<String> subtitles = new ArrayList<>(List.of(Labels.runLine(f.summary()), String.format(Locale.ROOT,
                    "replication 0 of configuration %s · %s · only elements down at least once are listed, and only in "
                            + "regions where it has a replica", config, shown()),
                    "outage bars shorter than " + duration(minWidth) + " are widened to " + duration(minWidth)
                            + " to stay visible"));
            subtitles.addAll(TimelineMarks.add(plot, f.summary(), config, from, to, unit));
            var chart = ChartStyle.chart("When each element was down: " + config + " (one simulated run)", subtitles,
                    plot, true);
            int height = Math.max(420, 230 + 17 * elements.size() + 16 * (subtitles.size() - 3));
            return Optional.of(new Figure(name, "Each bar is a period when that element was down in one simulated "
                    + "run of " + config + " (the same failure history in every configuration), from the registry as "
                    + "a whole down to datacenters: a replica is down only when what it depends on is, and the "
                    + "registry only when every replica is. Pink ticks are zone failovers of a few seconds; grey "
                    + "bands are times a replica does not exist yet or any more; shaded windows are injected "
                    + "outages, dashed lines configuration changes.", chart, 1000, height));
        }

        private String shown() {
            return !(horizon > window) ? "whole run shown" : from == 0 ? "first year of " + Labels.horizon(horizon)
                    + " shown" : "year " + (long) (from / window + 1) + " of " + Labels.horizon(horizon) + " shown, "
                    + reason;
        }

        /** False for rows of a region where this configuration never has a replica (when summary.json says). */
        private boolean relevant(String element) {
            Map<?, ?> serving = SummaryDoc.map(f.summary().inputs(config).get("serving"));
            String region = regionOf(element);
            return serving.isEmpty() || region == null || serving.containsKey(region);
        }

        /** Per "replica R" row, the spans in the window when the replica does not serve. */
        private Map<String, List<double[]>> notServing(double to) {
            Map<String, List<double[]>> out = new LinkedHashMap<>();
            SummaryDoc.map(f.summary().inputs(config).get("serving")).forEach((region, spans) -> {
                double cursor = from;
                List<double[]> gaps = new ArrayList<>();
                for (Object o : SummaryDoc.list(spans)) {
                    List<?> span = SummaryDoc.list(o);
                    double a = Estimate.num(span.get(0));
                    double b = Estimate.num(span.get(1));
                    if (a > cursor) {
                        gaps.add(new double[] {cursor, Math.min(a, to)});
                    }
                    cursor = Math.max(cursor, b);
                }
                if (cursor < to) {
                    gaps.add(new double[] {cursor, to});
                }
                gaps.removeIf(g -> g[1] <= g[0]);
                if (!gaps.isEmpty()) {
                    out.put("replica " + region, gaps);
                }
            });
            return out;
        }

        /** Start of the first interval of kind {@code kind} of an element named {@code prefix} (or exactly that), NaN if none. */
        private double firstStart(String prefix, String kind) {
            CsvTable t = f.timeline();
            int ci = t.column("configuration");
            int ei = t.column("element");
            int si = t.column("start_hours");
            int ki = t.column("kind");
            return t.rows().stream().filter(r -> r[ci].equals(config) && r[ei].startsWith(prefix)
                    && (ki < 0 || r[ki].equals(kind))).mapToDouble(r -> CsvTable.number(r, si))
                    .filter(Double::isFinite).min().orElse(Double.NaN);
        }
    }

    /** The region an element belongs to, or null for the registry, the endpoint and common causes. */
    static String regionOf(String element) {
        if (element.startsWith("replica ")) {
            return element.substring("replica ".length());
        }
        if (element.startsWith("replica:")) {
            return element.substring("replica:".length());
        }
        if (element.equals("global") || element.equals("endpoint") || element.startsWith("common_cause:")) {
            return null;
        }
        int slash = element.indexOf('/');
        return slash < 0 ? element : element.substring(0, slash);
    }

    private static String rowLabel(String element) {
        if (element.equals("global")) {
            return "any replica";
        }
        if (element.equals("endpoint")) {
            return "global endpoint";
        }
        if (element.startsWith("common_cause:")) {
            return "common cause " + element.substring("common_cause:".length());
        }
        if (element.startsWith("replica:")) {
            return "service " + element.substring("replica:".length());
        }
        return element;
    }

    private static int kind(String element) {
        if (element.equals("global")) {
            return 0;
        }
        if (element.startsWith("replica ")) {
            return 1;
        }
        if (element.equals("endpoint")) {
            return 2;
        }
        if (element.startsWith("common_cause:")) {
            return 3;
        }
        if (element.startsWith("replica:")) {
            return 4;
        }
        long slashes = element.chars().filter(c -> c == '/').count();
        return (int) Math.min(7, 5 + slashes);
    }

    private static String duration(double hours) {
        return hours >= 48 ? ChartStyle.format("0.#").format(hours / 24) + " days"
                : ChartStyle.format("0.#").format(hours) + " h";
    }

    /** A small font for marker labels. */
    static Font markFont() {
        return new Font(ChartStyle.FONT, Font.BOLD, 11);
    }
}
