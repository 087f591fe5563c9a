package zonesim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import zonesim.metrics.Measure;
import zonesim.whatif.SweepResult;
import zonesim.whatif.Tornado;
import zonesim.whatif.UncertaintyResult;

/**
 * Writes a what-if results folder atomically (AtomicResults): the data files, every chart
 * as PNG and SVG, and report.html; then removes charts of an earlier study that this one
 * did not draw (another metric, one parameter instead of two).
 */
public final class WhatIfResults {
    private static final List<String> PREFIXES = List.of("sweep-", "best-", "worlds-", "drivers-",
            TornadoChart.NAME, BestChart.NAME);

    private WhatIfResults() { }

    /** A sweep folder: the sweep and the tornado, either of which may be null. */
    public static List<String> sweep(Path dir, SweepResult r, Tornado t) throws IOException {
        List<Figure> figures = new ArrayList<>();
        if (r != null) {
            for (String m : r.metrics().keySet()) {
                if (r.sweep().axes().size() == 1) {
                    figures.add(SweepChart.of(r, m));
                } else if (r.metrics().get(m).measure().better() != Measure.Better.NEITHER) {
                    figures.add(BestMapChart.of(r, m));
                }
            }
        }
        if (t != null) {
            figures.add(TornadoChart.of(t));
        }
        AtomicResults out = new AtomicResults().text("sweep.json", SweepFiles.json(r, t));
        if (r != null) {
            out.text("sweep.csv", SweepFiles.csv(r)).text("crossovers.csv", SweepFiles.crossoversCsv(r));
        }
        if (t != null) {
            out.text("sensitivity.csv", SweepFiles.tornadoCsv(t));
        }
        return write(dir, out, figures, WhatIfHtml.sweep(r, t, figures));
    }

    /** An uncertainty folder. */
    public static List<String> uncertainty(Path dir, UncertaintyResult r) throws IOException {
        List<Figure> figures = new ArrayList<>();
        for (String m : r.metrics().keySet()) {
            figures.add(WorldsChart.of(r, m));
        }
        figures.add(BestChart.of(r));
        for (String m : r.metrics().keySet()) {
            figures.add(DriversChart.of(r, m));
        }
        AtomicResults out = new AtomicResults().text("uncertainty.json", UncertaintyFiles.json(r))
                .text("worlds.csv", UncertaintyFiles.csv(r));
        return write(dir, out, figures, WhatIfHtml.uncertainty(r, figures));
    }

    private static List<String> write(Path dir, AtomicResults out, List<Figure> figures, String html)
            throws IOException {
        List<String> written = new ArrayList<>();
        for (Figure f : figures) {
            out.bytes(f.name() + ".png", f.png()).text(f.name() + ".svg", f.svg());
            written.add(f.name() + ".png");
            written.add(f.name() + ".svg");
        }
        out.text("report.html", html);
        out.commit(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                boolean chart = name.endsWith(".png") || name.endsWith(".svg");
                if (chart && PREFIXES.stream().anyMatch(name::startsWith) && !written.contains(name)) {
                    Files.deleteIfExists(p);
                }
            }
        }
        written.add("report.html");
        return written;
    }
}
