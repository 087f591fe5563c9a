package zonesim.distribution;

import java.math.BigDecimal;
import java.util.Locale;

/** Time units (SPEC 2) in hours, and durations written back for people. */
public final class Hours {
    /** Hours in a month, as SPEC 2 defines it (8760 / 12). */
    public static final double PER_MONTH = 730;
    /** Hours in a (non-leap) year, SPEC 2's {@code y}. */
    public static final double PER_YEAR = 8760;
    /** Minutes in a year of 8760 hours. */
    public static final double MINUTES_PER_YEAR = PER_YEAR * 60;

    private Hours() { }

    /** A duration in the largest unit that keeps it at or above 1 ({@code 90 s}, {@code 4 h}, {@code 2.5 y}). */
    public static String describe(double hours) {
        if (!Double.isFinite(hours)) {
            return "never";
        }
        double[] size = {PER_YEAR, PER_MONTH, 24, 1, 1.0 / 60, 1.0 / 3600};
        String[] unit = {"y", "mo", "d", "h", "min", "s"};
        for (int i = 0; i < size.length; i++) {
            if (hours >= size[i] || i == size.length - 1) {
                return number(hours / size[i]) + " " + unit[i];
            }
        }
        throw new AssertionError();
    }

    /** A plain number to three significant digits without trailing zeros ({@code 0.9}, {@code 1500}). */
    public static String number(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        return new BigDecimal(String.format(Locale.ROOT, "%.3g", x)).stripTrailingZeros().toPlainString();
    }
}
