package zonesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * report.html: one self-contained page (inline CSS, charts as inline SVG, no scripts,
 * fonts or URLs) that opens with the answer (downtime, availability, SLA breach chance and
 * cost per configuration, and each configuration's difference from the baseline in plain
 * words), then costs, outage drills, charts, inputs and assumptions, where the downtime
 * comes from, per-phase figures and the detailed tables. Every table scrolls sideways
 * inside its own box, so the page fits a 1024-pixel window. Same inputs give the same
 * bytes: nothing depends on the clock or the platform.
 */
public final class ReportHtml {
    static final String CSS = """
            body { font-family: "DejaVu Sans", Verdana, sans-serif; color: #222; margin: 0 auto; \
            max-width: 1100px; padding: 0.5em 1.5em 3em; line-height: 1.35; }
            h1 { font-size: 1.6em; margin: 0.3em 0 0.1em; }
            h2 { border-bottom: 2px solid #0072B2; padding-bottom: 0.15em; margin-top: 1.6em; font-size: 1.35em; }
            h3 { margin: 1.1em 0 0.3em; font-size: 1.1em; }
            p { margin: 0.4em 0; }
            p.description { color: #444; margin: 0; }
            p.runline { color: #555; font-size: 0.9em; margin: 0.2em 0 0.4em; }
            div.scroll { overflow-x: auto; max-width: 100%; margin: 0.4em 0 0.8em; }
            table { border-collapse: collapse; font-size: 0.85em; }
            th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
            th { background: #f0f4f8; }
            tr.group th { background: #dde8f2; font-weight: bold; }
            td { white-space: nowrap; }
            table.notes td, table.params td, table.kv td, table.ranking td { white-space: normal; }
            table.notes td:last-child, table.params td:last-child, table.kv td:last-child, \
            table.ranking td:nth-child(2) { min-width: 18em; }
            table.est td:first-child, table.cmp td:first-child { white-space: normal; min-width: 12em; }
            table.kv tr:first-child { display: none; }
            table.kv td:first-child { font-weight: bold; background: #f0f4f8; }
            table.answer td:first-child, table.bill td:first-child { font-weight: bold; }
            span.ci { color: #666; font-size: 0.88em; }
            tr.sig td { background: #fff4e0; }
            ul.findings { margin: 0.3em 0 0.6em; padding-left: 1.3em; }
            ul.findings li { margin: 0.15em 0; }
            figure { margin: 1em 0; border: 1px solid #ddd; padding: 0.4em; }
            figure svg { width: 100%; height: auto; display: block; }
            figcaption { font-size: 0.92em; color: #333; padding: 0.4em 0.2em 0; }
            figcaption .files { color: #777; font-size: 0.85em; }
            .note { color: #555; font-size: 0.9em; }
            nav { font-size: 0.92em; }
            nav a { margin-right: 0.9em; }
            details summary { cursor: pointer; margin: 0.5em 0; }
            """;

    private ReportHtml() { }

    /** The page for {@code f} with {@code figures} inlined. */
    public static String html(ResultsFolder f, List<Figure> figures) {
        SummaryDoc s = f.summary();
        String name = HtmlTables.esc(s.scenario());
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>zonesim report: ").append(name).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>zonesim report: ").append(name).append("</h1>\n");
        if (!s.text("description").isBlank()) {
            sb.append("<p class=\"description\">").append(HtmlTables.esc(s.text("description").strip())).append("</p>\n");
        }
        sb.append("<p class=\"runline\">").append(HtmlTables.esc(runLine(s))).append("</p>\n");
        Costs costs = new Costs(s);
        Drills drills = new Drills(s);
        boolean phases = PhaseTables.any(s);
        boolean ranking = !s.rankings().isEmpty();
        List<String[]> nav = new ArrayList<>();
        nav.add(new String[] {"answer", "Answer"});
        if (costs.any()) {
            nav.add(new String[] {"costs", "Costs"});
        }
        if (drills.any()) {
            nav.add(new String[] {"drills", "Outage drills"});
        }
        nav.add(new String[] {"charts", "Charts"});
        nav.add(new String[] {"inputs", "Inputs"});
        if (ranking) {
            nav.add(new String[] {"causes", "Causes"});
        }
        if (phases) {
            nav.add(new String[] {"phases", "Per phase"});
        }
        nav.add(new String[] {"figures", "All figures"});
        nav.add(new String[] {"differences", "Differences"});
        sb.append("<nav>");
        nav.forEach(n -> sb.append("<a href=\"#").append(n[0]).append("\">").append(n[1]).append("</a>"));
        sb.append("</nav>\n");
        answer(sb, s);
        if (costs.any()) {
            sb.append("<h2 id=\"costs\">Costs a year</h2>\n<p class=\"note\">Infrastructure at the scenario's prices "
                    + "(pro rata while each replica exists, from its creation: its initial sync is billed), plus the expected cost of client pull downtime and of "
                    + "failed and lost pushes at the prices the scenario states; intervals over the replications, "
                    + "differences paired on common random numbers.</p>\n").append(costs.bill().html("bill"))
                    .append("<h3>What each nine costs</h3>\n<p class=\"note\">A nine is a factor of ten less downtime "
                            + "(99.9% to 99.99%). Client availability is each client region's pull availability "
                            + "weighted by its pull rate; nines gained = log10(baseline downtime / this downtime).</p>\n")
                    .append(costs.perNine().html("bill"));
            named(figures, CostChart.NAME).ifPresent(fig -> sb.append(figure(fig)));
        }
        if (drills.any()) {
            sb.append("<h2 id=\"drills\">Outage drills</h2>\n<p class=\"note\">What each injected outage adds beyond "
                    + "the random failures, per configuration: each configuration is simulated again without that "
                    + "outage on the same random streams, and the paired difference is totalled over one run of "
                    + Labels.horizon(s.number("horizon_hours")) + ". Below each client figure: the pulls and pushes "
                    + "it fails.</p>\n").append(drills.table().html("drills"));
        }
        sb.append("<h2 id=\"charts\">Charts</h2>\n");
        List<Figure> rest = figures.stream().filter(fig -> !fig.name().equals(CostChart.NAME)).toList();
        if (rest.isEmpty()) {
            sb.append("<p>No chart could be drawn from this folder's data.</p>\n");
        }
        rest.forEach(fig -> sb.append(figure(fig)));
        sb.append("<h2 id=\"inputs\">Inputs and assumptions</h2>\n").append(InputsSection.html(s));
        if (ranking) {
            sb.append("<h2 id=\"causes\">Where the downtime comes from</h2>\n<p class=\"note\">Exact steady-state "
                    + "importance (criticality: the share of the registry's downtime during which that process is down "
                    + "and its repair alone would end the outage; Rausand and H\u00f8yland, System Reliability "
                    + "Theory, 5.5). The registry here is \"at least one replica up\"; the global endpoint fails on its "
                    + "own and takes every client down with it, whatever the replicas do.</p>\n")
                    .append(InputsSection.ranking(s).html("ranking"));
        }
        if (phases) {
            sb.append("<h2 id=\"phases\">Per phase</h2>\n<p class=\"note\">The configuration changes split the "
                    + "horizon into phases, counted in days from the start of each replication. Each column is one "
                    + "phase: availability over that phase only, with its interval below (usually wider for a "
                    + "short phase). A replica is measured only while it serves.</p>\n").append(PhaseTables.tables(s));
        }
        sb.append("<h2 id=\"figures\">All figures</h2>\n<p class=\"note\">Every whole-horizon estimate, per simulated "
                + "year where it is a rate. Below each: its ").append(HtmlTables.esc(Labels.percent(s.number("confidence"))))
                .append(" confidence interval over the replications and, where the model allows one, the exact "
                        + "steady-state value (marked (!) when outside the interval). Metric ids are in summary.json "
                        + "and summary.csv.</p>\n").append(HtmlTables.estimates(s).html("est"));
        sb.append("<h2 id=\"differences\">Paired differences from the baseline</h2>\n<p class=\"note\">Each "
                + "configuration minus the baseline, paired replication by replication on common random numbers. "
                + "Highlighted rows have an interval that excludes zero: that difference is unlikely to be chance. "
                + "Per-phase differences are in summary.json and summary.csv.</p>\n");
        Table cmp = HtmlTables.comparisons(s);
        sb.append(cmp.isEmpty() ? "<p>Only the baseline was simulated, so there is nothing to compare.</p>\n"
                : cmp.html("cmp"));
        return sb.append("</body>\n</html>\n").toString();
    }

    /** The answer: the table, then one sentence per configuration. */
    private static void answer(StringBuilder sb, SummaryDoc s) {
        Answer a = new Answer(s);
        sb.append("<h2 id=\"answer\">The answer</h2>\n<p class=\"note\">Per year, averaged over the replications; "
                + "below each figure its ").append(HtmlTables.esc(Labels.percent(s.number("confidence"))))
                .append(" interval.").append(s.configurations().size() > 1 ? " Differences are paired on common random "
                        + "numbers; highlighted rows differ from the baseline beyond chance." : "").append(slaNote(s))
                .append("</p>\n")
                .append(a.table().html("answer"));
        List<String> sentences = a.sentences();
        if (!sentences.isEmpty()) {
            sb.append("<ul class=\"findings\">\n");
            sentences.forEach(t -> sb.append("<li>").append(HtmlTables.esc(t)).append("</li>\n"));
            sb.append("</ul>\n");
        }
    }

    /** " SLA breach chance: the share of 1-month windows below 99.9%." when the inputs name the SLA. */
    static String slaNote(SummaryDoc s) {
        var sla = SummaryDoc.map(s.inputs().get("sla"));
        if (sla.isEmpty()) {
            return "";
        }
        return " SLA breach chance: the share of " + Labels.window(Estimate.num(sla.get("window_hours")))
                + " windows whose pull availability is below " + Labels.percent(
                Estimate.num(sla.get("target"))) + ".";
    }

    /** "5 configurations · 2,000 replications × 10 years each · seed 7 · 95% intervals · steady start". */
    static String runLine(SummaryDoc s) {
        int n = s.configurations().size();
        String start = s.text("start");
        return n + (n == 1 ? " configuration" : " configurations") + " \u00b7 " + Formats.count((long) s.number(
                "replications")) + " replications \u00d7 " + Labels.horizon(s.number("horizon_hours")) + " each \u00b7 "
                + "seed " + s.text("seed") + " \u00b7 " + Labels.percent(s.number("confidence")) + " intervals"
                + (start.isEmpty() ? "" : " \u00b7 " + start + " start");
    }

    private static Optional<Figure> named(List<Figure> figures, String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static String figure(Figure fig) {
        String id = HtmlTables.esc(fig.name());
        return "<figure id=\"chart-" + id + "\">\n" + svg(fig) + "\n<figcaption>" + HtmlTables.esc(fig.caption())
                + " <span class=\"files\">(also " + id + ".png and " + id + ".svg in this folder)</span></figcaption>\n"
                + "</figure>\n";
    }

    /** The chart's SVG element without namespace declarations (implicit in HTML), so the page holds no URL. */
    static String svg(Figure fig) {
        String svg = fig.inlineSvg();
        int end = svg.indexOf('>');
        return svg.substring(0, end).replaceAll(" xmlns(:\\w+)?='[^']*'", "") + svg.substring(end);
    }
}
