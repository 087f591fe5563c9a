package zonesim.report;

import zonesim.io.Json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import zonesim.experiment.StudyResult;
import zonesim.experiment.Timeline;
import zonesim.metrics.DurationHistogram;

/**
 * The data files behind the charts, so {@code zonesim report DIR} can redraw without
 * simulating: outage_durations.csv (histogram of complete outage durations per
 * configuration and series, summed over replications) and timeline.csv (down intervals of
 * one replication, each an outage or a zone-failover interruption).
 */
public final class SeriesFiles {
    private SeriesFiles() { }

    /** outage_durations.csv: configuration, series (global or replica region), bin upper edge in hours, count. */
    public static String outageDurations(StudyResult r) {
        return csv(p -> {
            p.printRecord("configuration", "series", "upper_edge_hours", "count");
            for (StudyResult.ConfigurationRun c : r.configurations()) {
                List<String> series = new ArrayList<>();
                series.add("global");
                c.catalog().replicas().forEach(reg -> series.add("replica " + reg));
                for (int k = 0; k < series.size(); k++) {
                    DurationHistogram h = c.outageDurations()[k];
                    for (int b = 0; b < DurationHistogram.BINS; b++) {
                        if (h.count(b) > 0) {
                            p.printRecord(c.name(), series.get(k), Json.number(DurationHistogram.upperEdgeHours(b)),
                                    h.count(b));
                        }
                    }
                }
            }
        });
    }

    /** timeline.csv of replication 0 of every configuration of {@code study}, at most {@code limit} intervals each. */
    public static String timelines(zonesim.model.Study study, int limit) {
        Map<String, List<Timeline.Interval>> byConfiguration = new java.util.LinkedHashMap<>();
        for (zonesim.model.Study.Configuration c : study.configurations()) {
            byConfiguration.put(c.name(), Timeline.record(c.scenario(), 0, limit));
        }
        return timelines(byConfiguration);
    }

    /**
     * timeline.csv: configuration, element, start and end hours of each down interval, and its
     * kind, for replication 0 of each configuration (the same failure history: common random numbers).
     */
    public static String timelines(Map<String, List<Timeline.Interval>> byConfiguration) {
        return csv(p -> {
            p.printRecord("configuration", "element", "start_hours", "end_hours", "kind");
            for (Map.Entry<String, List<Timeline.Interval>> c : byConfiguration.entrySet()) {
                for (Timeline.Interval i : c.getValue()) {
                    p.printRecord(c.getKey(), i.element(), Json.number(i.startHours()), Json.number(i.endHours()),
                            i.kind());
                }
            }
        });
    }

    /** Something that prints records. */
    @FunctionalInterface
    interface Rows {
        void print(CSVPrinter p) throws IOException;
    }

    /** The text of a CSV printed by {@code rows} in the results' format. */
    static String csv(Rows rows) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CsvTable.FORMAT)) {
            rows.print(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
