package zonesim.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rates ({@code 1000/h}, converted to per hour) and probabilities ({@code 0.03}, {@code 99.9%}) of SPEC 2. */
public final class Units {
    /** Anything up to the slash, then the unit; possessive, so matching never backtracks. */
    private static final Pattern RATE = Pattern.compile("([^/]++)/\\s*+([a-z]++)");

    private Units() { }

    /** Parses {@code N/h}, {@code N/d}, {@code N/y} (also {@code /s}, {@code /m}, {@code /w}, {@code /mo}) into events per hour. */
    public static double parseRatePerHour(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m = RATE.matcher(t);
        if (Numbers.tooLong(t) || !m.matches()) {
            if (Numbers.isDecimal(t) && Double.parseDouble(t) == 0) {
                return 0;
            }
            throw new IllegalArgumentException("expected a rate such as 100/h, 20/d or 3/y, got " + Echo.quote(t));
        }
        if (!Numbers.isDecimal(m.group(1))) {
            throw new IllegalArgumentException("expected a rate such as 100/h, 20/d or 3/y, got " + Echo.quote(t));
        }
        double count = Numbers.parse(m.group(1), "rate");
        if (!(count >= 0)) {
            throw new IllegalArgumentException("rate must be >= 0, got " + Echo.quote(t));
        }
        return count / Durations.unitHours(m.group(2), t);
    }

    /** Parses a probability: a plain number in [0, 1] or a percentage in [0%, 100%]. */
    public static double parseProbability(String text) {
        String t = text == null ? "" : text.trim();
        boolean percent = t.endsWith("%");
        String number = percent ? t.substring(0, t.length() - 1).trim() : t;
        if (!Numbers.isDecimal(number)) {
            throw new IllegalArgumentException("expected a probability such as 0.03 or 99.9%, got " + Echo.quote(t));
        }
        // in range for a double (checked first), so the exponent is small and BigDecimal cannot overflow
        double magnitude = Numbers.parse(number, "probability");
        double p = !percent ? magnitude : new java.math.BigDecimal(number.startsWith("+") ? number.substring(1) : number)
                .movePointLeft(2).doubleValue();
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1] (or 0% to 100%), got " + Echo.quote(t));
        }
        return p;
    }
}
