package zonesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import zonesim.exact.ExactMetrics;
import zonesim.experiment.PreparedConfiguration;
import zonesim.experiment.Replicator;
import zonesim.experiment.StudyResult;
import zonesim.experiment.StudyRunner;
import zonesim.experiment.StudySource;
import zonesim.experiment.Timeline;
import zonesim.model.Study;
import zonesim.report.AtomicResults;
import zonesim.report.ConsoleTable;
import zonesim.report.ImpactReport;
import zonesim.report.ReplicationsCsv;
import zonesim.report.ReportBuilder;
import zonesim.report.ResultsStaging;
import zonesim.report.SeriesFiles;
import zonesim.report.SummaryFiles;

/** Runs a study and writes its result files; shared by {@code run} and {@code compare}. */
final class SimulationJob {
    private static final int TIMELINE_LIMIT = 20_000;
    static final String REPLICATIONS = "replications.csv";

    private SimulationJob() { }

    /** Everything a simulation produced, ready to print and write. */
    record Outcome(StudyResult result, Map<String, Map<String, Double>> exact) {

        /** Prints the estimates, per-phase figures, comparisons, outage drills and speed. */
        void print(PrintWriter out, PrintWriter err) {
            out.print(ConsoleTable.estimates(result, exact));
            int outside = ConsoleTable.exactOutside(result.summary(), exact);
            if (outside > 0) {
                err.printf("zonesim: warning: %d exact value(s) fall outside the simulated interval, marked (!):"
                        + " expect about %.0f%% of them to by chance, and intervals of rare events (a handful of"
                        + " outages in all replications, typical of the any-replica figures) are unreliable%n",
                        outside, 100 * (1 - result.study().baseline().confidence()));
            }
            out.print(ConsoleTable.phases(result));
            out.print(ConsoleTable.comparisons(result));
            out.print(ImpactReport.text(result.summary().impacts()));
            out.print(ConsoleTable.performance(result));
        }

        /** Writes the other result files and the report into {@code staging} (which holds replications.csv), then commits it. */
        void write(ResultsStaging staging) throws IOException {
            try {
                new AtomicResults()
                        .text("summary.json", SummaryFiles.json(result, exact))
                        .text("summary.csv", SummaryFiles.csv(result.summary(), exact))
                        .text("outage_durations.csv", SeriesFiles.outageDurations(result))
                        .text("timeline.csv", SeriesFiles.timeline("baseline",
                                Timeline.record(result.study().baseline(), 0, TIMELINE_LIMIT)))
                        .commit(staging.dir());
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

    /**
     * Simulates with {@code replicator}, summarises and computes exact values; with a
     * {@code staging} folder (may be null), replications.csv is streamed into it as the run
     * goes. {@code source} is how a remote backend rebuilds the study.
     */
    static Outcome run(Study study, StudySource source, Replicator replicator, PrintWriter err,
                       ResultsStaging staging) throws IOException {
        int n = study.baseline().replications();
        IntConsumer progress = stderrIsTerminal() ? new Progress(n, err) : i -> { };
        StudyResult r;
        if (staging == null) {
            r = StudyRunner.run(new StudyRunner.Job(study, source, null), replicator, progress);
        } else {
            Path csv = staging.dir().resolve(REPLICATIONS);
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                 ReplicationsCsv out = new ReplicationsCsv(w, study.configurations().stream()
                         .map(c -> PreparedConfiguration.of(c.scenario()).catalog()).toList())) {
                r = StudyRunner.run(new StudyRunner.Job(study, source, out), replicator, progress);
            }
        }
        if (progress instanceof Progress p) {
            p.finish();
        }
        return new Outcome(r, exact(study));
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
            m.put(c.name(), ExactMetrics.of(c.scenario()));
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
