package zonesim.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Tick labels for a "number of nines" axis: the value n = -log10(1 - A), followed at whole
 * numbers by the availability it stands for, e.g. {@code 3 (99.9%)}, {@code 3.5}.
 */
public final class NinesFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    /** Number of nines of availability {@code a}, at most {@code cap} (returned when {@code a >= 1}). */
    public static double nines(double a, double cap) {
        if (!Double.isFinite(a)) {
            return Double.NaN;
        }
        double n = -Math.log10(1 - Math.max(0, a));
        return a >= 1 ? cap : n > cap ? cap : n;
    }

    /** The availability, in percent, of {@code n} nines, with just enough decimals to show it. */
    public static String percent(double n) {
        int decimals = Math.max(0, (int) Math.ceil(n - 1e-9) - 2) + (Math.abs(n - Math.rint(n)) < 1e-9 ? 0 : 1);
        StringBuilder pattern = new StringBuilder("0");
        if (decimals > 0) {
            pattern.append('.').append("0".repeat(Math.min(decimals, 12)));
        }
        return ChartStyle.format(pattern.toString()).format(100 * (1 - Math.pow(10, -n))) + "%";
    }

    @Override
    public StringBuffer format(double n, StringBuffer to, FieldPosition pos) {
        to.append(ChartStyle.format("0.##").format(n));
        if (n > 0 && Math.abs(n - Math.rint(n)) < 1e-9) {
            to.append(" (").append(percent(n)).append(')');
        }
        return to;
    }

    @Override
    public StringBuffer format(long n, StringBuffer to, FieldPosition pos) {
        return format((double) n, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("format only");
    }
}
