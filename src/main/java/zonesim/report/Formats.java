package zonesim.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;

/**
 * Numbers for people, shared by report.html and the console: availabilities as percentages
 * with as many decimals as the downtime needs, durations in the unit a reader expects,
 * money and counts with thousands separators, never {@code -0}. Locale-independent.
 */
public final class Formats {
    /** Decimals beyond which a percentage stops growing (an availability of 1 - 1e-10 shows as 99.99999999%). */
    private static final int MAX_PERCENT_DECIMALS = 8;

    private Formats() { }

    /** {@code x} with negative zero turned into zero. */
    static double unsigned0(double x) {
        return x == 0 ? 0 : x;
    }

    /**
     * A number to {@code digits} significant digits with thousands separators and no trailing
     * zeros: {@code 6449.96 -> 6,450}, {@code 0.08864 -> 0.0886}; "-" when undefined.
     */
    public static String number(double x, int digits) {
        if (!Double.isFinite(x)) {
            return "-";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        if (Math.abs(x) < 1e-4) {
            return String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "e", x);
        }
        int scale = Math.max(0, b.scale());
        StringBuilder pattern = new StringBuilder("#,##0");
        if (scale > 0) {
            pattern.append('.').append("0".repeat(scale));
        }
        return ChartStyle.format(pattern.toString()).format(unsigned0(b.doubleValue()));
    }

    /** A number to three significant digits (see {@link #number(double, int)}). */
    public static String number(double x) {
        return number(x, 3);
    }

    /** A whole count with thousands separators: {@code 1691366 -> 1,691,366}. */
    public static String count(long n) {
        return ChartStyle.format("#,##0").format(n);
    }

    /**
     * Decimals that show an availability {@code a} with two significant digits of its
     * unavailability in percent: 0.99889 (0.111% down) needs 2 (99.89%), 0.9999939 needs 5
     * (99.99939%); at least 1, at most {@value #MAX_PERCENT_DECIMALS}.
     */
    public static int availabilityDecimals(double a) {
        double downPercent = 100 * (1 - a);
        if (!(downPercent > 0)) {
            return 1;
        }
        int d = (int) Math.ceil(-Math.log10(downPercent) - 1e-9) + 1; // 1 - 0.99999 is 0.99999999999545e-5
        return Math.max(1, Math.min(MAX_PERCENT_DECIMALS, d));
    }

    /** An availability as a percentage with {@code decimals} decimals: {@code 99.889%}; exactly 1 is {@code 100%}. */
    public static String availability(double a, int decimals) {
        if (!Double.isFinite(a)) {
            return "-";
        }
        if (a >= 1) {
            return "100%";
        }
        String s = ChartStyle.format("0." + "0".repeat(decimals)).format(100 * a);
        // rounding must never show a value below 1 as 100%
        return (s.startsWith("100") ? ChartStyle.format("0." + "0".repeat(decimals)).format(100 - Math.pow(10, -decimals))
                : s) + "%";
    }

    /** An availability with the decimals its own downtime needs. */
    public static String availability(double a) {
        return availability(a, availabilityDecimals(a));
    }

    /**
     * A probability or share as a percentage with two significant digits (three above 10%):
     * {@code 0.1931 -> 19.3%}, {@code 5e-5 -> 0.005%}, {@code 0 -> 0%}.
     */
    public static String percent(double p) {
        if (!Double.isFinite(p)) {
            return "-";
        }
        if (p == 0) {
            return "0%";
        }
        if (Math.abs(p) < 1e-6) {
            return (p < 0 ? "-" : "") + "<0.0001%";
        }
        return number(100 * p, Math.abs(p) >= 0.1 ? 3 : 2).replace(",", "") + "%";
    }

    /**
     * A duration given in minutes, in seconds, minutes, hours or days with three significant
     * digits at most: {@code 0.42 -> 25 s}, {@code 3.2 -> 3.2 min}, {@code 582 -> 9.7 h}.
     */
    public static String minutes(double m) {
        return minutes(m, unitFor(m));
    }

    /** A duration in minutes written in {@code unit} ("s", "min", "h" or "d"), two or three significant digits. */
    public static String minutes(double m, String unit) {
        return minutes(m, unit, 2);
    }

    /** A duration in minutes written in {@code unit} with at least {@code digits} significant digits (three from 100). */
    public static String minutes(double m, String unit, int digits) {
        if (!Double.isFinite(m)) {
            return "-";
        }
        double v = m / minutesPer(unit);
        return number(v, Math.max(digits, Math.abs(v) >= 100 ? 3 : 2)) + " " + unit;
    }

    /** The unit that writes {@code m} minutes as a number from 1 to about 1000. */
    public static String unitFor(double m) {
        double a = Math.abs(m);
        if (a == 0 || !Double.isFinite(a)) {
            return "min";
        }
        return a < 1 ? "s" : a < 60 ? "min" : a < 48 * 60 ? "h" : "d";
    }

    /** Minutes in one {@code unit}. */
    static double minutesPer(String unit) {
        return switch (unit) {
            case "s" -> 1.0 / 60;
            case "min" -> 1;
            case "h" -> 60;
            case "d" -> 24 * 60;
            default -> throw new IllegalArgumentException("unit " + unit);
        };
    }

    /** Money: whole units with thousands separators (two decimals below 10): {@code USD 64,564}. */
    public static String money(double x, String currency) {
        if (!Double.isFinite(x)) {
            return "-";
        }
        double a = Math.abs(x);
        NumberFormat f = ChartStyle.format(a < 10 && a != Math.rint(a) ? "#,##0.00" : "#,##0");
        String digits = f.format(a);
        String c = currency == null || currency.isEmpty() ? "" : currency + " ";
        return (x < 0 && !isZero(digits) ? "-" : "") + c + digits;
    }

    /**
     * A difference with its sign: {@code +2.3 min}, {@code −0.5 h} (a true minus sign);
     * a value that formats as zero gets no sign.
     */
    public static String signed(double value, java.util.function.DoubleFunction<String> format) {
        if (!Double.isFinite(value)) {
            return "-";
        }
        String magnitude = format.apply(Math.abs(value));
        if (isZero(magnitude)) {
            return magnitude;
        }
        return (value < 0 ? "\u2212" : "+") + magnitude;
    }

    /** True if formatted text shows zero (digits all 0, whatever the unit or currency). */
    static boolean isZero(String formatted) {
        String digits = formatted.replaceAll("[^0-9]", "");
        return !digits.isEmpty() && digits.chars().allMatch(ch -> ch == '0') && !formatted.contains("e");
    }

    /** Years of simulated time as a count: {@code 20000} for 2,000 replications of 10 years. */
    public static String years(double years) {
        return years >= 10 ? count(Math.round(years)) : number(years, 2);
    }
}
