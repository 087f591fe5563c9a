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
 * data allows as {@code <chart>.png} and {@code <chart>.svg} plus report.html, atomically
 * (AtomicResults), and removes chart files that the data no longer supports.
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
     * Rewrites the charts and report.html of results folder {@code dir}, telling {@code stage}
     * what it is drawing, and returns the names of the files written; fails with an
     * IOException if the folder has no summary.json.
     */
    public static List<String> rebuild(Path dir, Consumer<String> stage) throws IOException {
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
