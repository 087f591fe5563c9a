package zonesim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Redraws a results folder: reads summary.json and the CSVs, writes every chart that the
 * data allows as {@code <chart>.png} and {@code <chart>.svg} plus report.html. {@link #draw}
 * works inside a staging folder; {@link #rebuild} replaces a finished folder as a whole.
 */
public final class ReportBuilder {
    /** The charts in report order; each returns empty when its data is missing. */
    static final List<Function<ResultsFolder, Optional<Figure>>> CHARTS = List.of(AvailabilityChart::of,
            PhasesChart::of, DowntimeChart::of, OutageCdfChart::of, SlaChart::of, TimelineChart::of,
            ConvergenceChart::of);
    /** Every chart's file name stem. */
    public static final List<String> CHART_NAMES = List.of(AvailabilityChart.NAME, PhasesChart.NAME,
            DowntimeChart.NAME, OutageCdfChart.NAME, SlaChart.NAME, TimelineChart.NAME, ConvergenceChart.NAME);

    private ReportBuilder() { }

    /**
     * Redraws the charts and report.html of results folder {@code dir} as a whole: its other
     * files are linked (or copied) into a staging folder, the charts the data allows are drawn
     * there, and the staging folder replaces {@code dir} (ResultsStaging). Fails before touching
     * anything if the data cannot be read (IllegalArgumentException for damaged data). Returns
     * the names of the files drawn.
     */
    public static List<String> rebuild(Path dir) throws IOException {
        ResultsFolder.read(dir); // damaged data fails here, before a staging folder exists
        try (ResultsStaging staging = ResultsStaging.open(dir)) {
            staging.copyFrom(staging.target(), rel -> !isDrawn(rel.toString()));
            List<String> written = draw(staging.dir());
            staging.commit();
            return written;
        }
    }

    /**
     * Draws every chart the data of {@code dir} allows, and report.html, into {@code dir}
     * (a staging folder that already holds the data files), removing charts the data no
     * longer supports. Returns the names of the files written.
     */
    public static List<String> draw(Path dir) throws IOException {
        ResultsFolder f = ResultsFolder.read(dir);
        List<Figure> figures = figures(f);
        AtomicResults out = new AtomicResults();
        List<String> drawn = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (Figure fig : figures) {
            out.bytes(fig.name() + ".png", fig.png());
            out.text(fig.name() + ".svg", fig.svg());
            drawn.add(fig.name());
            written.addAll(List.of(fig.name() + ".png", fig.name() + ".svg"));
        }
        out.text("report.html", ReportHtml.html(f, figures));
        written.add("report.html");
        out.commit(dir);
        for (String name : CHART_NAMES) {
            if (!drawn.contains(name)) {
                Files.deleteIfExists(dir.resolve(name + ".png"));
                Files.deleteIfExists(dir.resolve(name + ".svg"));
            }
        }
        return written;
    }

    /** True for the files {@link #draw} writes: report.html and every chart's PNG and SVG. */
    static boolean isDrawn(String name) {
        if (name.equals("report.html")) {
            return true;
        }
        for (String chart : CHART_NAMES) {
            if (name.equals(chart + ".png") || name.equals(chart + ".svg")) {
                return true;
            }
        }
        return false;
    }

    /** The charts the data of {@code f} allows, in report order. */
    public static List<Figure> figures(ResultsFolder f) {
        List<Figure> out = new ArrayList<>();
        for (Function<ResultsFolder, Optional<Figure>> chart : CHARTS) {
            chart.apply(f).ifPresent(out::add);
        }
        return out;
    }
}
