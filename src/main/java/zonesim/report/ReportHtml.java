package zonesim.report;

import java.util.List;

/**
 * report.html: one self-contained page (inline CSS, charts as inline SVG, no scripts,
 * fonts or URLs) with the run, the estimates, the paired comparisons and the charts.
 * Same inputs give the same bytes: nothing depends on the clock or the platform.
 */
public final class ReportHtml {
    static final String CSS = """
            body { font-family: "DejaVu Sans", Verdana, sans-serif; color: #222; margin: 0 auto; \
            max-width: 1100px; padding: 1em 2em 3em; line-height: 1.4; }
            h1 { font-size: 1.7em; margin-bottom: 0.2em; }
            h2 { border-bottom: 2px solid #0072B2; padding-bottom: 0.15em; margin-top: 1.8em; }
            h3 { margin-bottom: 0.3em; }
            p.description { color: #444; font-size: 1.05em; margin-top: 0; }
            table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.9em; }
            th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f0f4f8; }
            table.run th { width: 13em; }
            table.est td:not(:first-child), table.cmp td:nth-child(n+3) { \
            font-family: "DejaVu Sans Mono", monospace; white-space: nowrap; }
            table.cmp td:first-child { white-space: nowrap; }
            span.ci { color: #555; font-size: 0.9em; }
            span.exact { color: #0072B2; font-size: 0.9em; }
            span.outside { color: #b00; font-weight: bold; }
            tr.sig td { background: #fff4e0; font-weight: bold; }
            tr.same td { color: #555; font-style: italic; }
            th.config { text-align: center; background: #dde8f2; }
            figure { margin: 1.5em 0; border: 1px solid #ddd; padding: 0.5em; }
            figure svg { width: 100%; height: auto; display: block; }
            figcaption { font-size: 0.95em; color: #333; padding: 0.4em 0.2em 0; }
            figcaption .files { color: #777; font-size: 0.85em; }
            .note { color: #555; font-size: 0.9em; }
            nav a { margin-right: 1em; }
            """;

    private ReportHtml() { }

    /** The page for {@code f} with {@code figures} inlined in order. */
    public static String html(ResultsFolder f, List<Figure> figures) {
        SummaryDoc s = f.summary();
        String name = HtmlTables.esc(s.scenario());
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>zonesim report: ").append(name).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>zonesim report: ").append(name).append("</h1>\n");
        if (!s.text("description").isBlank()) {
            sb.append("<p class=\"description\">").append(HtmlTables.esc(s.text("description").strip()))
                    .append("</p>\n");
        }
        boolean phases = PhaseTables.any(s);
        sb.append("<nav><a href=\"#run\">Run</a><a href=\"#estimates\">Estimates</a>")
                .append(phases ? "<a href=\"#phases\">Per phase</a>" : "")
                .append("<a href=\"#comparisons\">Comparisons</a><a href=\"#charts\">Charts</a></nav>\n");
        sb.append("<h2 id=\"run\">Run</h2>\n").append(HtmlTables.run(s));
        sb.append("<h2 id=\"estimates\">Estimates</h2>\n<p class=\"note\">Availability is the fraction of time up; "
                + "downtime and outage counts are per simulated year. Each cell gives the estimate and below it its ")
                .append(HtmlTables.esc(Labels.percent(s.number("confidence"))))
                .append(" confidence interval over the replications; \"exact\" is the analytic steady-state value "
                        + "where the model allows one (marked (!) when it falls outside the interval).</p>\n")
                .append(HtmlTables.estimates(s));
        if (phases) {
            sb.append("<h2 id=\"phases\">Per phase</h2>\n<p class=\"note\">The configuration changes split the "
                    + "horizon into phases, counted in days from the start of each replication. Each column is one "
                    + "phase: availability over that phase only, with its interval below (usually wider for a "
                    + "short phase). A replica is measured only while it serves.</p>\n").append(PhaseTables.tables(s));
        }
        sb.append("<h2 id=\"comparisons\">Comparisons with the baseline</h2>\n<p class=\"note\">Each configuration "
                + "minus the baseline, paired replication by replication on common random numbers. Rows marked * "
                + "(highlighted) have an interval that excludes zero: that difference is unlikely to be chance. "
                + "Whole-horizon metrics only; per-phase differences are in summary.json and summary.csv.</p>\n")
                .append(HtmlTables.comparisons(s));
        sb.append("<h2 id=\"charts\">Charts</h2>\n");
        if (figures.isEmpty()) {
            sb.append("<p>No chart could be drawn from this folder's data.</p>\n");
        }
        for (Figure fig : figures) {
            String id = HtmlTables.esc(fig.name());
            sb.append("<figure id=\"chart-").append(id).append("\">\n").append(svg(fig)).append("\n<figcaption>")
                    .append(HtmlTables.esc(fig.caption())).append(" <span class=\"files\">(also ").append(id)
                    .append(".png and ").append(id).append(".svg in this folder)</span></figcaption>\n</figure>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    /** The chart's SVG element without namespace declarations (implicit in HTML), so the page holds no URL. */
    static String svg(Figure fig) {
        String svg = fig.inlineSvg();
        int end = svg.indexOf('>');
        return svg.substring(0, end).replaceAll(" xmlns(:\\w+)?='[^']*'", "") + svg.substring(end);
    }
}
