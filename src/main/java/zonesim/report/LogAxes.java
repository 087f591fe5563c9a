package zonesim.report;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;

/** Base-10 log axes of the what-if charts: ticks at whole decades when the data spans two or more. */
final class LogAxes {
    private LogAxes() { }

    /** A log axis for values from {@code min} to {@code max} (both > 0). */
    static LogAxis of(String label, double min, double max) {
        LogAxis a = new LogAxis(label);
        a.setBase(10);
        a.setSmallestValue(1e-9);
        a.setNumberFormatOverride(ChartStyle.format("#,##0.###"));
        if (max / min >= 100) {
            a.setTickUnit(new NumberTickUnit(1));
            a.setMinorTickCount(9);
            a.setMinorTickMarksVisible(true);
        }
        a.setRange(min / 1.3, max * 1.3); // fixed, so that interval ends at or below zero do not stretch it
        return a;
    }
}
