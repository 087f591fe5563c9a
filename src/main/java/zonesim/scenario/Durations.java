package zonesim.scenario;

import java.util.regex.Matcher;
import zonesim.distribution.Hours;
import java.util.regex.Pattern;

/**
 * Durations with a unit (SPEC 2): {@code s}, {@code m} (minutes), {@code h}, {@code d},
 * {@code w}, {@code mo} (730 h) and {@code y} (8760 h), converted to hours.
 */
public final class Durations {
    /** A decimal number, optional blanks, a unit; possessive, so matching never backtracks. */
    private static final Pattern DURATION = Pattern.compile("(" + Numbers.DECIMAL + ")\\s*+([a-z]++)");

    private Durations() { }

    /** Parses {@code 90s}, {@code 4h}, {@code 1.5y} ... into hours; rejects bare numbers and negatives. */
    public static double parseHours(String text) {
        String t = text == null ? "" : text.trim();
        if (Numbers.tooLong(t)) {
            throw new IllegalArgumentException("expected a duration such as 90s, 4h or 1.5y, got " + Echo.quote(t));
        }
        if (Numbers.isDecimal(t)) {
            throw new IllegalArgumentException("duration " + Echo.quote(t)
                    + " needs a unit (s, m, h, d, w, mo, y), e.g. " + Echo.quote(t + "h"));
        }
        Matcher m = DURATION.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a duration such as 90s, 4h or 1.5y, got " + Echo.quote(t));
        }
        double hours = Numbers.parse(m.group(1), "duration") * unitHours(m.group(2), t);
        if (!Double.isFinite(hours)) {
            throw new IllegalArgumentException("duration " + Echo.quote(t) + " is too large");
        }
        if (hours < 0) {
            throw new IllegalArgumentException("duration must be >= 0, got " + Echo.quote(t));
        }
        return hours;
    }

    /** Hours in one {@code unit} (s, m, h, d, w, mo, y). */
    static double unitHours(String unit, String text) {
        switch (unit) {
            case "s": return 1.0 / 3600;
            case "m": return 1.0 / 60;
            case "h": return 1;
            case "d": return 24;
            case "w": return 168;
            case "mo": return Hours.PER_MONTH;
            case "y": return Hours.PER_YEAR;
            default:
                throw new IllegalArgumentException("unknown time unit " + Echo.quote(unit) + " in " + Echo.quote(text)
                        + " (use s, m, h, d, w, mo or y)");
        }
    }

    /** True iff {@code text} is a plain decimal number (no unit). */
    static boolean isNumber(String text) {
        return Numbers.isDecimal(text);
    }
}
