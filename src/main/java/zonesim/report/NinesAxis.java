package zonesim.report;

import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;

/**
 * The range of a "number of nines" axis fitted to a set of availability estimates. An
 * availability of 1 has infinitely many nines, so when an estimate or interval reaches it
 * ({@code capped}) the axis stops 1.5 nines above the highest finite value and such values
 * are drawn at the top edge.
 */
public record NinesAxis(double bottom, double top, boolean capped) {

    /** The range that shows every mean, interval end and exact value of {@code estimates}. */
    public static NinesAxis of(Iterable<Estimate> estimates) {
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        boolean capped = false;
        for (Estimate e : estimates) {
            capped |= e.mean() >= 1 || e.high() >= 1;
            for (double a : new double[] {e.mean(), e.low(), e.high(), e.exact()}) {
                double n = NinesFormat.nines(a, Double.NaN);
                lowest = Double.isFinite(n) ? Math.min(lowest, n) : lowest;
                highest = Double.isFinite(n) ? Math.max(highest, n) : highest;
            }
        }
        double top = !Double.isFinite(highest) ? 6 : Math.ceil(highest + (capped ? 1.5 : 0.2));
        double bottom = Double.isFinite(lowest) ? Math.max(0, Math.floor(lowest - 0.25)) : top - 4;
        return new NinesAxis(bottom, top, capped);
    }

    /** Number of nines of availability {@code a}, drawn at the top edge when it is 1. */
    public double nines(double a) {
        return NinesFormat.nines(a, top);
    }

    /** The dot-and-whisker point of {@code e} in group {@code group} and series {@code series}. */
    public DotWhisker.Point point(int group, int series, Estimate e) {
        return new DotWhisker.Point(group, series, nines(e.mean()), nines(e.low()), nines(e.high()), nines(e.exact()));
    }

    /** The axis, labelled in nines with the availability at whole numbers. */
    public NumberAxis axis() {
        NumberAxis y = new NumberAxis("availability as number of nines, -log10(1 - A)");
        y.setNumberFormatOverride(new NinesFormat());
        y.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        y.setRange(bottom, top + 0.05);
        return y;
    }

    /**
     * The subtitle explaining the top edge, for charts where {@link #capped} holds: a dot there
     * saw no downtime in the {@code years} simulated, which is not the same as none at all.
     */
    public static String cappedNote() {
        return "top edge = 100%: dots there saw no downtime in the time simulated (not proof of none);"
                + " whiskers reaching it include 100%";
    }

    /** As {@link #cappedNote()}, naming the {@code years} simulated. */
    public static String cappedNote(double years) {
        return "top edge = 100%: dots there saw no downtime in " + Formats.years(years) + " simulated years "
                + "(not proof of none); whiskers reaching it include 100%";
    }
}
