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
import zonesim.experiment.StudyResult;
import zonesim.experiment.StudyRunner;
import zonesim.experiment.Timeline;
import zonesim.model.Study;
import zonesim.report.AtomicResults;
import zonesim.report.ConsoleTable;
import zonesim.report.ImpactReport;
import zonesim.report.ReplicationsCsv;
import zonesim.report.ReportBuilder;
import zonesim.report.SeriesFiles;
import zonesim.report.SummaryFiles;

/** Runs a study and writes its result files; shared by {@code run} and {@code compare}. */
final class SimulationJob {
    private static final int TIMELINE_LIMIT = 20_000;

    private SimulationJob() { }

    /**
     * Everything a simulation produced, ready to print and write; {@code replications} is
     * the streamed replications.csv (deleted by {@link #write} or {@link #discard}).
     */
    record Outcome(StudyResult result, Map<String, Map<String, Double>> exact, Path replications) {

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

        /** Writes the result files and the report into {@code dir}. */
        void write(Path dir) throws IOException {
            try {
                new AtomicResults()
                        .text("summary.json", SummaryFiles.json(result, exact))
                        .text("summary.csv", SummaryFiles.csv(result.summary(), exact))
                        .file("replications.csv", replications)
                        .text("outage_durations.csv", SeriesFiles.outageDurations(result))
                        .text("timeline.csv", SeriesFiles.timeline("baseline",
                                Timeline.record(result.study().baseline(), 0, TIMELINE_LIMIT)))
                        .commit(dir);
            } finally {
                discard();
            }
            ReportBuilder.rebuild(dir);
        }

        /** Removes the streamed per-replication file. */
        void discard() throws IOException {
            Files.deleteIfExists(replications);
        }
    }

    /** Simulates, summarises and computes exact values, streaming replications.csv to a temporary file. */
    static Outcome run(Study study, int threads, PrintWriter err) throws IOException {
        int n = study.baseline().replications();
        IntConsumer progress = Progress.onTerminal() ? new Progress(n, err) : i -> { };
        Path csv = Files.createTempFile("zonesim-replications", ".csv");
        StudyResult r;
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             ReplicationsCsv out = new ReplicationsCsv(w, study.configurations().stream()
                     .map(c -> zonesim.experiment.PreparedConfiguration.of(c.scenario()).catalog()).toList())) {
            r = StudyRunner.run(study, threads, progress, out);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(csv);
            throw e;
        }
        if (progress instanceof Progress p) {
            p.finish();
        }
        return new Outcome(r, exact(study), csv);
    }

    /** Exact steady-state values by configuration and metric, where they apply. */
    static Map<String, Map<String, Double>> exact(Study study) {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        for (Study.Configuration c : study.configurations()) {
            m.put(c.name(), ExactMetrics.of(c.scenario()));
        }
        return m;
    }
}
