package zonesim.scenario;

import java.util.regex.Pattern;

/**
 * Decimal numbers as scenario files write them ({@code 12}, {@code -0.5}, {@code 1.5e-3}),
 * parsed within bounds: text longer than {@link #MAX_LENGTH} is never matched (so no pattern
 * can spend more than a bounded time on it; the patterns are also possessive, so they never
 * backtrack), and a number that a double cannot hold (it overflows to infinity, or a non-zero
 * value underflows to zero) is an error rather than a silent infinity or zero.
 */
final class Numbers {
    /** Longest text read as a number, a duration, a rate or a probability. */
    static final int MAX_LENGTH = 64;

    /** Sign, digits with an optional fraction (or a bare fraction), optional exponent; possessive throughout. */
    static final String DECIMAL = "[-+]?+(?:[0-9]++(?:\\.[0-9]*+)?+|\\.[0-9]++)(?:[eE][-+]?+[0-9]++)?+";
    private static final Pattern DECIMAL_PATTERN = Pattern.compile(DECIMAL);
    private static final Pattern NONZERO_MANTISSA = Pattern.compile("[-+]?+[0.]*+[1-9].*+");

    private Numbers() { }

    /** True iff {@code text} (trimmed) is a plain decimal number no longer than {@link #MAX_LENGTH}. */
    static boolean isDecimal(String text) {
        if (text == null) {
            return false;
        }
        String t = text.trim();
        return t.length() <= MAX_LENGTH && DECIMAL_PATTERN.matcher(t).matches();
    }

    /**
     * The value of decimal {@code text} (check {@link #isDecimal} first); throws an
     * IllegalArgumentException naming {@code what} when a double cannot hold it.
     */
    static double parse(String text, String what) {
        String t = text.trim();
        double v = Double.parseDouble(t);
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " " + Echo.quote(t) + " is too large");
        }
        if (v == 0 && NONZERO_MANTISSA.matcher(mantissa(t)).matches()) {
            throw new IllegalArgumentException(what + " " + Echo.quote(t) + " is too small to represent (not zero,"
                    + " but below 4.9e-324)");
        }
        return v;
    }

    /** True iff {@code text} is longer than any number, duration, rate or probability may be. */
    static boolean tooLong(String text) {
        return text != null && text.trim().length() > MAX_LENGTH;
    }

    private static String mantissa(String t) {
        int e = Math.max(t.indexOf('e'), t.indexOf('E'));
        return e < 0 ? t : t.substring(0, e);
    }
}
