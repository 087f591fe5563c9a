package zonesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import zonesim.experiment.Experiment;
import zonesim.experiment.OutageImpact;
import zonesim.experiment.StudyResult;
import zonesim.experiment.Summary;
import zonesim.experiment.Summary;
import zonesim.model.Study;
import zonesim.report.AtomicResults;
import zonesim.report.ConsoleTable;
import zonesim.report.ImpactReport;
import zonesim.experiment.Timeline;
import zonesim.report.ReplicationsCsv;
import zonesim.report.ReportBuilder;
import zonesim.report.ResultsStaging;
import zonesim.report.SeriesFiles;
import zonesim.report.SummaryFiles;

/** Runs a study and writes its result files; shared by {@code run} and {@code compare}. */
final class SimulationJob {
    private static final int TIMELINE_LIMIT = 20_000;

    private SimulationJob() { }

    /** Everything a simulation produced, ready to print and write. */
    record Outcome(StudyResult result, Summary summary, Map<String, Map<String, Double>> exact,
                   List<OutageImpact.Impact> impacts) {

        /** Prints the estimates, per-phase figures, comparisons, outage impacts and speed. */
        void print(PrintWriter out, PrintWriter err) {
            out.print(ConsoleTable.estimates(result, summary, exact));
            int outside = ConsoleTable.exactOutside(summary, exact);
            if (outside > 0) {
                err.printf("zonesim: warning: %d exact value(s) fall outside the simulated interval, marked (!):"
                        + " expect about %.0f%% of them to by chance, and intervals of rare events (a handful of"
                        + " outages in all replications, typical of the any-replica figures) are unreliable%n",
                        outside, 100 * (1 - result.study().baseline().confidence()));
            }
            out.print(ConsoleTable.phases(result, summary));
            out.print(ConsoleTable.comparisons(result, summary));
            out.print(ImpactReport.text(impacts));
            out.print(ConsoleTable.performance(result));
        }

        /** Writes the result files and the report into {@code staging}, then replaces its target with it. */
        void write(ResultsStaging staging) throws IOException {
            try {
                SimulationJob.write(staging.dir(), result, summary, exact, impacts);
                ReportBuilder.draw(staging.dir());
                staging.commit();
            } catch (IOException e) { // e.g. a full disk: the previous results stay as they were
                String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                        ? f.getReason() : Main.describe(e);
                throw new IOException("cannot write results to '" + staging.target() + "' (" + why
                        + "); the previous results, if any, are unchanged", e);
            }
        }
    }

    /** Simulates, summarises, computes exact values and outage impacts. */
    static Outcome run(Study study, int threads, PrintWriter err) {
        StudyResult r = simulate(study, threads, err);
        return new Outcome(r, Summary.of(r), exact(study), impacts(r, threads));
    }

    /** Simulates every configuration of {@code study}. */
    static StudyResult simulate(Study study, int threads, PrintWriter err) {
        int n = study.baseline().replications();
        IntConsumer progress = stderrIsTerminal() ? new Progress(n, err) : i -> { };
        StudyResult r = Experiment.run(study, threads, progress);
        if (progress instanceof Progress p) {
            p.finish();
        }
        return r;
    }

    /** Extra downtime caused by each injected outage of the baseline. */
    static List<OutageImpact.Impact> impacts(StudyResult r, int threads) {
        return OutageImpact.of(r.study().baseline(), r.configurations().get(0), threads, i -> { });
    }

    /** The launcher tells whether stderr is a terminal; without it, fall back on the JVM's console check. */
    private static boolean stderrIsTerminal() {
        String tty = System.getProperty("zonesim.stderr.tty");
        return tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
    }

    /** Exact steady-state values by configuration and metric, where they apply. */
    static Map<String, Map<String, Double>> exact(Study study) {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        for (Study.Configuration c : study.configurations()) {
            m.put(c.name(), ExactColumns.of(c.scenario()));
        }
        return m;
    }

    /**
     * Opens the staging folder for results folder {@code dir}: checks it (a file, the root, a
     * folder of other files, an unwritable parent are refused, exit 2) and locks it (another
     * run writing it: exit 1), before anything is simulated.
     */
    static ResultsStaging stage(Path dir) throws IOException, UserError {
        try {
            return ResultsStaging.open(dir);
        } catch (ResultsStaging.UnusableTarget e) {
            throw new UserError(e.getMessage(), Main.INVALID);
        } catch (ResultsStaging.Busy e) {
            throw new UserError(e.getMessage(), Main.FAILED);
        }
    }

    /** Writes the data files (summary.json, CSVs) into staging folder {@code dir}. */
    static void write(Path dir, StudyResult r, Summary s, Map<String, Map<String, Double>> exact,
                      List<OutageImpact.Impact> impacts) throws IOException {
        new AtomicResults()
                .text("summary.json", SummaryFiles.json(r, s, exact, impacts))
                .text("summary.csv", SummaryFiles.csv(s, exact))
                .text("replications.csv", ReplicationsCsv.write(r))
                .text("outage_durations.csv", SeriesFiles.outageDurations(r))
                .text("timeline.csv", SeriesFiles.timeline("baseline",
                        Timeline.record(r.study().baseline(), 0, TIMELINE_LIMIT)))
                .commit(dir);
    }

    /** Progress on a terminal: replications done, rate and time left, redrawn in place. */
    private static final class Progress implements IntConsumer {
        private final int total;
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long lastDraw;
        private boolean drawn;

        Progress(int total, PrintWriter err) {
            this.total = total;
            this.err = err;
        }

        @Override
        public synchronized void accept(int done) {
            long now = System.nanoTime();
            double elapsed = (now - start) / 1e9;
            if (elapsed < 1 || now - lastDraw < 200_000_000L) {
                return;
            }
            lastDraw = now;
            drawn = true;
            double rate = done / elapsed;
            err.printf("\r  %d/%d replications, %.1f/s, %.0f s left   ", done, total, rate, (total - done) / rate);
            err.flush();
        }

        synchronized void finish() {
            if (drawn) {
                err.print("\r" + " ".repeat(60) + "\r");
                err.flush();
            }
        }
    }
}
