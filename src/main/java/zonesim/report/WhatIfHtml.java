package zonesim.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zonesim.experiment.Metric;
import zonesim.metrics.Interval;
import zonesim.metrics.Measure;
import zonesim.model.Parameter;
import zonesim.model.WhatIf;
import zonesim.whatif.Best;
import zonesim.whatif.Cell;
import zonesim.whatif.Crossover;
import zonesim.whatif.Point;
import zonesim.whatif.SweepResult;
import zonesim.whatif.Tornado;
import zonesim.whatif.UncertaintyResult;

/**
 * report.html of a what-if folder: the sweep (parameters, crossovers, the values at every
 * point of a one-parameter sweep), the tornado, or the uncertainty study (parameters and
 * their laws, each metric's spread, probability of being best, pairwise wins and drivers),
 * then the charts; self-contained like the run report, with its style.
 */
public final class WhatIfHtml {
    private WhatIfHtml() { }

    /** The page of a sweep folder; either study may be null. */
    public static String sweep(SweepResult r, Tornado t, List<Figure> figures) {
        String name = r != null ? r.scenario() : t.scenario();
        StringBuilder sb = head("what-if", name);
        sb.append("<nav>").append(r != null ? "<a href=\"#sweep\">Sweep</a><a href=\"#crossovers\">Crossovers</a>" : "")
                .append(t != null ? "<a href=\"#sensitivity\">Sensitivity</a>" : "")
                .append("<a href=\"#charts\">Charts</a></nav>\n");
        if (r != null) {
            sb.append("<h2 id=\"sweep\">Sweep</h2>\n<p class=\"note\">").append(esc(r.evaluation().simulated()
                    ? "Simulated metrics: " + r.evaluation().replications() + " replications per point, every point on "
                    + "the same seed (common random numbers), so curves are smooth and paired differences sharp; "
                    + "exact values (SPEC 7) where every point has one. " : "Every value is the exact steady state "
                    + "(SPEC 7). ")).append(esc(String.format(Locale.ROOT, "%d points, %.2f s.",
                    r.points().size(), r.wallSeconds()))).append("</p>\n<table>\n<tr><th>parameter</th><th>label</th>"
                    + "<th>values</th></tr>\n");
            for (WhatIf.Axis a : r.sweep().axes()) {
                sb.append("<tr><td>").append(esc(a.parameter().path())).append("</td><td>")
                        .append(esc(a.parameter().label())).append("</td><td>").append(esc(String.join(", ",
                                a.values().stream().map(v -> a.parameter().describe(v)).toList()))).append("</td></tr>\n");
            }
            sb.append("</table>\n");
            crossovers(sb, r);
            if (r.sweep().axes().size() == 1) {
                for (String m : r.metrics().keySet()) {
                    values(sb, r, m);
                }
            }
        }
        if (t != null) {
            tornado(sb, t);
        }
        return charts(sb, figures);
    }

    private static void crossovers(StringBuilder sb, SweepResult r) {
        sb.append("<h2 id=\"crossovers\">Crossovers</h2>\n<p class=\"note\">Where two configurations change places. "
                + "Exact: the bracket of a bisection on the exact difference, which holds the change. Simulated: "
                + "from the last grid point where one is significantly better (paired ").append(esc(Labels.percent(
                r.confidence()))).append(" interval on common random numbers) to the first where the other is; "
                + "the estimate is where the mean difference crosses zero.</p>\n");
        if (r.crossovers().isEmpty()) {
            sb.append("<p>No two configurations change places over the swept range.</p>\n");
            return;
        }
        sb.append("<table>\n<tr><th>metric</th><th>better above</th><th>better below</th><th>parameter</th>"
                + "<th>changes at</th><th>interval</th><th>method</th></tr>\n");
        for (Crossover c : r.crossovers()) {
            Parameter p = c.along();
            StringBuilder at = new StringBuilder(p.label());
            c.at().forEach(s -> at.append(" (").append(s.parameter().label()).append(" = ")
                    .append(s.parameter().describe(s.value())).append(')'));
            sb.append("<tr><td>").append(esc(c.metric())).append("</td><td>").append(esc(c.aboveBetter()))
                    .append("</td><td>").append(esc(c.belowBetter())).append("</td><td>").append(esc(at.toString()))
                    .append("</td><td>").append(esc(p.describe(c.estimate(), c.exact() ? 7 : 4))).append("</td><td>")
                    .append(esc(p.describe(c.low(), c.exact() ? 7 : 4) + " to " + p.describe(c.high(),
                            c.exact() ? 7 : 4))).append("</td><td>")
                    .append(c.exact() ? "exact" : "simulation").append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void values(StringBuilder sb, SweepResult r, String metric) {
        Metric m = r.metrics().get(metric);
        WhatIf.Axis a = r.sweep().axes().get(0);
        sb.append("<h3>").append(esc(m.label())).append("</h3>\n<table class=\"est\">\n<tr><th>")
                .append(esc(a.parameter().label())).append("</th>");
        r.configurations().forEach(c -> sb.append("<th class=\"config\">").append(esc(c)).append("</th>"));
        sb.append("</tr>\n");
        for (int i = 0; i < r.points().size(); i++) {
            Point p = r.points().get(i);
            Best best = r.best().get(metric).get(i);
            sb.append("<tr><td>").append(esc(a.parameter().describe(p.value(0)))).append("</td>");
            for (String c : r.configurations()) {
                Cell cell = p.cell(c, metric);
                boolean top = c.equals(best.configuration());
                sb.append("<td>").append(top ? "<b>" : "").append(esc(value(m, cell.value()))).append(top ? "</b>" : "");
                if (cell.simulated()) {
                    sb.append("<br><span class=\"ci\">").append(esc(value(m, cell.low()) + " – " + value(m, cell.high())))
                            .append("</span>");
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n<p class=\"note\">Bold: the best configuration at that point.</p>\n");
    }

    private static void tornado(StringBuilder sb, Tornado t) {
        Metric m = t.metric();
        boolean diff = t.sensitivity().difference();
        sb.append("<h2 id=\"sensitivity\">Sensitivity</h2>\n<p class=\"note\">").append(esc((diff ? "The difference "
                + t.subject() + " in " : "Configuration " + t.subject() + ": ") + m.label() + ", with each parameter "
                + "moved alone to the ends of its range (÷2 to ×2 of the scenario's value unless given), "
                + (t.exact() ? "exactly." : "simulated on common random numbers with " + t.evaluation().replications()
                + " replications per point."))).append(" Nominal: ").append(esc(diffOrValue(m, t.nominal().mean(),
                diff))).append(".</p>\n<table>\n<tr><th>parameter</th><th>range</th><th>at the low end</th>"
                + "<th>at the high end</th><th>swing</th></tr>\n");
        for (Tornado.Bar b : t.bars()) {
            Parameter p = b.parameter();
            sb.append("<tr><td>").append(esc(p.label())).append("</td><td>").append(esc(p.describe(b.low()) + " to "
                    + p.describe(b.high()))).append("</td><td>").append(esc(diffOrValue(m, b.atLow().mean(), diff)))
                    .append("</td><td>").append(esc(diffOrValue(m, b.atHigh().mean(), diff))).append("</td><td>")
                    .append(esc(diffOrValue(m, b.swing(), true).replace("+", ""))).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    /** The page of an uncertainty folder. */
    public static String uncertainty(UncertaintyResult r, List<Figure> figures) {
        StringBuilder sb = head("uncertainty", r.scenario());
        sb.append("<nav><a href=\"#parameters\">Parameters</a><a href=\"#results\">Results</a>"
                + "<a href=\"#charts\">Charts</a></nav>\n<h2 id=\"parameters\">Uncertain parameters</h2>\n<p class=\"note\">")
                .append(esc(String.format(Locale.ROOT, "%d worlds drawn by Latin hypercube from seed %d; every "
                        + "configuration evaluated in each (%s); %.2f s.", r.worlds(), r.seed(), r.evaluation()
                        .simulated() ? r.evaluation().replications() + " replications per world where a metric has no "
                        + "exact value" : "exact steady state, SPEC 7", r.wallSeconds())))
                .append("</p>\n<table>\n<tr><th>parameter</th><th>label</th><th>what we believe</th>"
                        + "<th>nominal (run)</th></tr>\n");
        for (WhatIf.Uncertain u : r.uncertainty().parameters()) {
            sb.append("<tr><td>").append(esc(u.parameter().path())).append("</td><td>").append(esc(u.parameter()
                    .label())).append("</td><td>").append(esc(u.describe())).append("</td><td>")
                    .append(esc(u.parameter().describe(u.nominal()))).append("</td></tr>\n");
        }
        sb.append("</table>\n<h2 id=\"results\">Results</h2>\n");
        r.summaries().forEach((metric, s) -> summary(sb, r, metric, s));
        return charts(sb, figures);
    }

    private static void summary(StringBuilder sb, UncertaintyResult r, String metric, UncertaintyResult.Summary s) {
        Metric m = r.metrics().get(metric);
        boolean exact = r.exact(metric);
        sb.append("<h3>").append(esc(m.label())).append(exact ? " (exact)" : " (simulated)").append("</h3>\n")
                .append("<table class=\"est\">\n<tr><th>configuration</th><th>median</th><th>5% – 95% of worlds</th>"
                        + "<th>mean</th><th>probability best</th>").append(exact ? "" : "<th>clearly best</th>")
                .append("<th>main drivers (rank correlation)</th></tr>\n");
        s.spread().forEach((c, sp) -> {
            Interval b = s.best().get(c);
            sb.append("<tr><td>").append(esc(c)).append("</td><td>").append(esc(value(m, sp.median())))
                    .append("</td><td>").append(esc(value(m, sp.p05()) + " – " + value(m, sp.p95()))).append("</td><td>")
                    .append(esc(value(m, sp.mean()))).append("</td><td>").append(esc(pct(b.mean())))
                    .append("<br><span class=\"ci\">").append(esc(pct(b.low()) + " – " + pct(b.high())))
                    .append("</span></td>");
            if (!exact) {
                sb.append("<td>").append(esc(pct(s.clearlyBest().get(c)))).append("</td>");
            }
            sb.append("<td>").append(esc(drivers(r, s.drivers().get(c)))).append("</td></tr>\n");
        });
        sb.append("</table>\n<p class=\"note\">Share of worlds in which the row beats the column:</p>\n<table>\n<tr><th>"
                + "</th>");
        s.wins().keySet().forEach(c -> sb.append("<th>").append(esc(c)).append("</th>"));
        sb.append("</tr>\n");
        s.wins().forEach((a, row) -> {
            sb.append("<tr><th>").append(esc(a)).append("</th>");
            row.forEach((b, w) -> sb.append("<td>").append(a.equals(b) ? "" : esc(pct(w))).append("</td>"));
            sb.append("</tr>\n");
        });
        sb.append("</table>\n");
    }

    private static String drivers(UncertaintyResult r, Map<String, Double> rho) {
        if (rho == null) {
            return "";
        }
        return rho.entrySet().stream().filter(e -> Double.isFinite(e.getValue()))
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue()))).limit(3)
                .map(e -> label(r, e.getKey()) + " " + String.format(Locale.ROOT, "%+.2f", e.getValue()))
                .reduce((x, y) -> x + ", " + y).orElse("");
    }

    private static String label(UncertaintyResult r, String path) {
        return r.uncertainty().parameters().stream().filter(u -> u.parameter().path().equals(path)).findFirst()
                .map(u -> u.parameter().label()).orElse(path);
    }

    private static StringBuilder head(String what, String scenario) {
        String name = esc(scenario);
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>zonesim ").append(what).append(": ").append(name).append("</title>\n<style>\n")
                .append(ReportHtml.CSS).append("</style>\n</head>\n<body>\n<h1>zonesim ").append(what).append(": ")
                .append(name).append("</h1>\n");
    }

    private static String charts(StringBuilder sb, List<Figure> figures) {
        sb.append("<h2 id=\"charts\">Charts</h2>\n");
        for (Figure fig : figures) {
            String id = esc(fig.name());
            sb.append("<figure id=\"chart-").append(id).append("\">\n").append(ReportHtml.svg(fig))
                    .append("\n<figcaption>").append(esc(fig.caption())).append(" <span class=\"files\">(also ")
                    .append(id).append(".png and ").append(id).append(".svg in this folder)</span></figcaption>\n"
                            + "</figure>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    /** A metric's value for people: availability as a percentage with its nines, else the number and unit. */
    static String value(Metric m, double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        if (m.measure() == Measure.AVAILABILITY) {
            return v >= 1 ? "100%" : NinesFormat.percent(Math.min(12, NinesFormat.nines(v, 12)));
        }
        if (m.measure() == Measure.MONEY) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return Formats.number(v) + " " + m.measure().unit();
    }

    private static String diffOrValue(Metric m, double v, boolean difference) {
        if (!difference) {
            return value(m, v);
        }
        if (m.measure() == Measure.AVAILABILITY) {
            return String.format(Locale.ROOT, "%+.4g", v) + " (" + String.format(Locale.ROOT, "%+.3g",
                    -v * zonesim.distribution.Hours.MINUTES_PER_YEAR) + " downtime minutes per year)";
        }
        return String.format(Locale.ROOT, "%+.4g", v) + " " + m.measure().unit();
    }

    private static String pct(Double p) {
        return p == null || !Double.isFinite(p) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    private static String esc(String s) {
        return HtmlTables.esc(s);
    }
}
