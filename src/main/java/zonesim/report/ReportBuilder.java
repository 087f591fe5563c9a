package zonesim.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Redraws a results folder: reads summary.json and the CSVs, writes every chart that the
 * data allows as {@code <chart>.png} and {@code <chart>.svg} plus report.html. {@link #draw}
 * works inside a staging folder; {@link #rebuild} replaces a finished folder as a whole.
 */
public final class ReportBuilder {
    /** The charts in report order; each returns nothing when its data is missing. */
    static final List<Function<ResultsFolder, List<Figure>>> CHARTS = List.of(one(CostChart::of),
            one(AvailabilityChart::of), one(PhasesChart::of), one(DowntimeChart::of), one(SlaChart::of),
            TimelineChart::all, one(OutageCdfChart::of), one(ConvergenceChart::of));
    /** Every fixed chart file name stem (timelines of other configurations add {@code timeline-<name>}). */
    public static final List<String> CHART_NAMES = List.of(CostChart.NAME, AvailabilityChart.NAME, PhasesChart.NAME,
            DowntimeChart.NAME, SlaChart.NAME, TimelineChart.NAME, OutageCdfChart.NAME, ConvergenceChart.NAME);

    private ReportBuilder() { }

    private static Function<ResultsFolder, List<Figure>> one(Function<ResultsFolder, java.util.Optional<Figure>> f) {
        return r -> f.apply(r).stream().toList();
    }

    /** {@link #rebuild(Path, Consumer)} without progress. */
    public static List<String> rebuild(Path dir) throws IOException {
        return rebuild(dir, what -> { });
    }

    /**
     * Redraws the charts and report.html of results folder {@code dir} as a whole, telling
     * {@code stage} what it is drawing: its other files are linked (or copied) into a staging
     * folder, the charts the data allows are drawn there, and the staging folder replaces
     * {@code dir} (ResultsStaging). Fails before touching anything if the data cannot be read
     * (IllegalArgumentException for damaged data). Returns the names of the files drawn.
     */
    public static List<String> rebuild(Path dir, Consumer<String> stage) throws IOException {
        ResultsFolder.read(dir); // damaged data fails here, before a staging folder exists
        try (ResultsStaging staging = ResultsStaging.open(dir)) {
            staging.copyFrom(staging.target(), rel -> !isDrawn(rel.toString()));
            List<String> written = draw(staging.dir(), stage);
            staging.commit();
            return written;
        }
    }

    /** {@link #draw(Path, Consumer)} without progress. */
    public static List<String> draw(Path dir) throws IOException {
        return draw(dir, what -> { });
    }

    /**
     * Draws every chart the data of {@code dir} allows, and report.html, into {@code dir}
     * (a staging folder that already holds the data files), removing charts the data no
     * longer supports. Returns the names of the files written.
     */
    public static List<String> draw(Path dir, Consumer<String> stage) throws IOException {
        ResultsFolder f = ResultsFolder.read(dir);
        List<Figure> figures = figures(f, stage);
        AtomicResults out = new AtomicResults();
        List<String> drawn = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (Figure fig : figures) {
            stage.accept("writing " + fig.name() + ".png and .svg");
            out.bytes(fig.name() + ".png", fig.png());
            out.text(fig.name() + ".svg", fig.svg());
            drawn.add(fig.name());
            written.addAll(List.of(fig.name() + ".png", fig.name() + ".svg"));
        }
        stage.accept("writing report.html");
        out.text("report.html", ReportHtml.html(f, figures));
        written.add("report.html");
        out.commit(dir);
        List<String> stale = new ArrayList<>(CHART_NAMES);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, TimelineChart.NAME + "-*.png")) {
            ds.forEach(p -> stale.add(p.getFileName().toString().replaceFirst("\\.png$", "")));
        }
        for (String name : stale) {
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
        return name.startsWith(TimelineChart.NAME + "-") && (name.endsWith(".png") || name.endsWith(".svg"));
    }

    /** The charts the data of {@code f} allows, in report order. */
    public static List<Figure> figures(ResultsFolder f) {
        return figures(f, what -> { });
    }

    private static List<Figure> figures(ResultsFolder f, Consumer<String> stage) {
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < CHARTS.size(); i++) {
            stage.accept("drawing charts: " + (i + 1) + " of " + CHARTS.size());
            out.addAll(CHARTS.get(i).apply(f));
        }
        return out;
    }
}
