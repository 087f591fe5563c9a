package zonesim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import zonesim.metrics.Measure;
import zonesim.whatif.SweepResult;
import zonesim.whatif.Tornado;
import zonesim.whatif.UncertaintyResult;

/**
 * Writes a what-if results folder as a whole: the data files, every chart as PNG and SVG,
 * and report.html go into a staging folder that then replaces the results folder
 * ({@link ResultsStaging}), so nothing of an earlier study is left beside them.
 */
public final class WhatIfResults {
    private WhatIfResults() { }

    /** A sweep folder: the sweep and the tornado, either of which may be null. */
    public static List<String> sweep(ResultsStaging dir, SweepResult r, Tornado t) throws IOException {
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
    public static List<String> uncertainty(ResultsStaging dir, UncertaintyResult r) throws IOException {
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

    private static List<String> write(ResultsStaging dir, AtomicResults out, List<Figure> figures, String html)
            throws IOException {
        List<String> written = new ArrayList<>();
        for (Figure f : figures) {
            out.bytes(f.name() + ".png", f.png()).text(f.name() + ".svg", f.svg());
            written.add(f.name() + ".png");
            written.add(f.name() + ".svg");
        }
        out.text("report.html", html);
        out.commit(dir.dir());
        dir.commit();
        written.add("report.html");
        return written;
    }
}
