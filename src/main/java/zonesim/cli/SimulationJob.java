package zonesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import zonesim.exact.ExactEngine;
import zonesim.exact.ExactMetrics;
import zonesim.exact.ExactResult;
import zonesim.experiment.MetricCatalog;
import zonesim.experiment.RecordSpool;
import zonesim.experiment.Replicator;
import zonesim.experiment.StudyResult;
import zonesim.experiment.StudyRunner;
import zonesim.experiment.StudySource;
import zonesim.model.Study;
import zonesim.report.AtomicResults;
import zonesim.report.ConsoleTable;
import zonesim.report.ReplicationsCsv;
import zonesim.report.ReportBuilder;
import zonesim.report.ResultsStaging;
import zonesim.report.SeriesFiles;
import zonesim.report.SummaryDoc;
import zonesim.report.SummaryFiles;
import zonesim.scenario.ScenarioComments;

/** Runs a study and writes its result files; shared by {@code run} and {@code compare}. */
final class SimulationJob {
    private static final int TIMELINE_LIMIT = 20_000;
    static final String REPLICATIONS = "replications.csv";

    private SimulationJob() { }

    /**
     * Everything a simulation produced, ready to print and write: the result, exact values
     * where they apply, the summary.json text (what the console prints is read back from it,
     * as the report is) and the progress line to keep up until the end.
     */
    record Outcome(StudyResult result, Map<String, Map<String, Double>> exact, String summaryJson, Progress progress) {

        /** The summary read back. */
        SummaryDoc summary() {
            return SummaryDoc.parse(summaryJson);
        }

        /** Prints the answer, costs, estimates, per-phase figures, differences, drills and speed; then warnings. */
        void print(PrintWriter out, PrintWriter err) {
            SummaryDoc s = summary();
            progress.clear();
            out.print(ConsoleTable.run(s));
            out.flush();
            warnings(s, err, true);
        }

        /** Prints only the paired differences from the baseline (the {@code compare} command). */
        void printDifferences(PrintWriter out, PrintWriter err) {
            SummaryDoc s = summary();
            progress.clear();
            out.print(ConsoleTable.heading(s));
            String d = ConsoleTable.comparisons(s);
            out.print(d.isEmpty() ? "\nthe scenario has no configurations besides the baseline: nothing to compare\n" : d);
            out.flush();
            warnings(s, err, false);
        }

        /**
         * Warnings go to stderr after stdout is flushed, so they never split a table line;
         * {@code marked}: the printed tables show the exact values (run, not compare).
         */
        private void warnings(SummaryDoc s, PrintWriter err, boolean marked) {
            int outside = ConsoleTable.exactOutside(s);
            if (outside > 0) {
                err.printf(Locale.ROOT, "zonesim: warning: %d exact value(s) fall outside the simulated interval%s:"
                        + " expect about %.0f%% of them to by chance, and more at once because figures that follow"
                        + " from the same replica (its clients, the control plane) move together; intervals of rare"
                        + " events (a handful of outages in all replications, typical of the any-replica figures) are"
                        + " unreliable%n",
                        outside, marked ? ", marked (!)" : " (zonesim run marks them (!))",
                        100 * (1 - result.study().baseline().confidence()));
                err.flush();
            }
        }

        /**
         * Writes the other result files and the report into {@code staging} (which already holds
         * replications.csv), then replaces its target with it, showing progress until
         * the last file is written.
         */
        void write(ResultsStaging staging) throws IOException {
            try {
                progress.status("writing results to " + staging.target());
                new AtomicResults()
                        .text("summary.json", summaryJson)
                        .text("summary.csv", SummaryFiles.csv(result.summary(), exact))
                        .text("outage_durations.csv", SeriesFiles.outageDurations(result))
                        .text("timeline.csv", SeriesFiles.timelines(result.study(), TIMELINE_LIMIT))
                        .commit(staging.dir());
                ReportBuilder.draw(staging.dir(), what -> progress.status(what));
                staging.commit();
            } catch (IOException e) { // e.g. a full disk: the previous results stay as they were
                String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                        ? f.getReason() : Main.describe(e);
                throw new IOException("cannot write results to '" + staging.target() + "' (" + why
                        + "); the previous results, if any, are unchanged", e);
            } finally {
                progress.clear();
            }
        }
    }

    /**
     * Simulates with {@code replicator}, summarises and computes exact values; with a
     * {@code staging} folder (may be null), replications.csv is written into it (each row's
     * values kept raw in a spool file while the replications run, formatted after).
     * {@code source} is how a remote backend rebuilds the study.
     */
    static Outcome run(Study study, StudySource source, Replicator replicator, PrintWriter err,
                       ResultsStaging staging) throws IOException {
        int n = study.baseline().replications();
        Progress progress = new Progress(n, Progress.onTerminal() ? err : null);
        StudyResult r;
        try {
            if (staging == null) {
                r = StudyRunner.run(new StudyRunner.Job(study, source, null), replicator, progress);
            } else {
                // each row's values are kept raw while the simulation runs and formatted after it (RecordSpool)
                ReplicationsCsv.Columns columns = new ReplicationsCsv.Columns(study.configurations().stream()
                        .map(c -> MetricCatalog.of(c.scenario())).toList());
                try (RecordSpool rows = new RecordSpool(staging.dir().resolve(REPLICATIONS + ".spool"),
                        ReplicationsCsv.MAX_ROWS, columns)) {
                    r = StudyRunner.run(new StudyRunner.Job(study, source, rows), replicator, progress);
                    progress.status("writing " + REPLICATIONS);
                    try (Writer w = Files.newBufferedWriter(staging.dir().resolve(REPLICATIONS), StandardCharsets.UTF_8);
                         ReplicationsCsv out = new ReplicationsCsv(w, columns)) {
                        rows.replay(out::row);
                    }
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            progress.clear();
            throw e;
        }
        progress.status("computing exact figures and the summary");
        Map<String, ExactResult> analyses = analyses(study);
        Map<String, Map<String, Double>> exact = new LinkedHashMap<>();
        for (Study.Configuration c : study.configurations()) {
            ExactResult a = analyses.get(c.name());
            exact.put(c.name(), a == null ? Map.of() : ExactMetrics.of(a, c.scenario()));
        }
        String json = SummaryFiles.json(r, exact, new SummaryFiles.Extras(analyses,
                ScenarioComments.read(Path.of(study.file()))));
        return new Outcome(r, exact, json, progress);
    }

    /** The exact analysis of each configuration where it applies (SPEC 7: no outages, no changes, steady start). */
    static Map<String, ExactResult> analyses(Study study) {
        Map<String, ExactResult> m = new LinkedHashMap<>();
        for (Study.Configuration c : study.configurations()) {
            if (ExactEngine.notApplicable(c.scenario()).isEmpty() && c.scenario().steady()) {
                m.put(c.name(), ExactEngine.analyze(c.scenario()));
            }
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
}
