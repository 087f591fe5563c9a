package zonesim.report;

import java.util.List;
import zonesim.experiment.ConfigurationResult;
import zonesim.experiment.Observation;
import zonesim.experiment.StudyResult;
import zonesim.experiment.Timeline;
import zonesim.metrics.DurationHistogram;

/**
 * The data files behind the charts, so {@code zonesim report DIR} can redraw without
 * simulating: outage_durations.csv (histogram of outage durations per configuration and
 * series, summed over replications) and timeline.csv (down intervals of one replication).
 */
public final class SeriesFiles {
    private SeriesFiles() { }

    /** outage_durations.csv: configuration, series (global or replica region), bin upper edge in hours, count. */
    public static String outageDurations(StudyResult r) {
        StringBuilder sb = new StringBuilder("configuration,series,upper_edge_hours,count\n");
        for (ConfigurationResult c : r.configurations()) {
            List<String> series = new java.util.ArrayList<>();
            series.add("global");
            c.layout().replicas().forEach(reg -> series.add("replica " + reg));
            for (int k = 0; k < series.size(); k++) {
                DurationHistogram h = new DurationHistogram();
                for (Observation o : c.observations()) {
                    h.addAll(o.outageDurations()[k]);
                }
                for (int b = 0; b < DurationHistogram.BINS; b++) {
                    if (h.count(b) > 0) {
                        sb.append(c.name()).append(',').append(series.get(k)).append(',')
                                .append(Json.number(DurationHistogram.upperEdgeHours(b))).append(',')
                                .append(h.count(b)).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    /** timeline.csv: configuration, element, start and end hours of each down interval. */
    public static String timeline(String configuration, List<Timeline.Interval> intervals) {
        StringBuilder sb = new StringBuilder("configuration,element,start_hours,end_hours\n");
        for (Timeline.Interval i : intervals) {
            sb.append(configuration).append(',').append(i.element()).append(',').append(Json.number(i.startHours()))
                    .append(',').append(Json.number(i.endHours())).append('\n');
        }
        return sb.toString();
    }
}
