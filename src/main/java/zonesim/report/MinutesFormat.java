package zonesim.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Tick labels for a duration axis in minutes, in the unit a reader expects: 6 s, 10 min, 1.7 h, 6.9 d. */
public final class MinutesFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    /** {@code minutes} as seconds, minutes, hours or days, with at most one decimal. */
    public static String duration(double minutes) {
        NumberFormat f = ChartStyle.format("#,##0.#");
        if (minutes < 1) {
            return f.format(minutes * 60) + " s";
        }
        if (minutes < 60) {
            return f.format(minutes) + " min";
        }
        if (minutes < 24 * 60) {
            return f.format(minutes / 60) + " h";
        }
        return f.format(minutes / (24 * 60)) + " d";
    }

    @Override
    public StringBuffer format(double minutes, StringBuffer to, FieldPosition pos) {
        return to.append(duration(minutes));
    }

    @Override
    public StringBuffer format(long minutes, StringBuffer to, FieldPosition pos) {
        return format((double) minutes, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("format only");
    }
}
