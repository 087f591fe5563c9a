package zonesim.scenario;

import java.util.regex.Matcher;
import zonesim.distribution.Hours;
import java.util.regex.Pattern;

/**
 * Durations with a unit (SPEC 2): {@code s}, {@code m} (minutes), {@code h}, {@code d},
 * {@code w}, {@code mo} (730 h) and {@code y} (8760 h), converted to hours.
 */
public final class Durations {
    private static final Pattern DURATION =
            Pattern.compile("([-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)\\s*([a-z]+)");
    private static final Pattern NUMBER =
            Pattern.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");

    private Durations() { }

    /** Parses {@code 90s}, {@code 4h}, {@code 1.5y} ... into hours; rejects bare numbers and negatives. */
    public static double parseHours(String text) {
        String t = text == null ? "" : text.trim();
        if (NUMBER.matcher(t).matches()) {
            throw new IllegalArgumentException("duration '" + t
                    + "' needs a unit (s, m, h, d, w, mo, y), e.g. '" + t + "h'");
        }
        Matcher m = DURATION.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a duration such as 90s, 4h or 1.5y, got '" + t + "'");
        }
        double hours = Double.parseDouble(m.group(1)) * unitHours(m.group(2), t);
        if (!Double.isFinite(hours)) {
            throw new IllegalArgumentException("duration '" + t + "' is too large");
        }
        if (hours < 0) {
            throw new IllegalArgumentException("duration must be >= 0, got '" + t + "'");
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
                throw new IllegalArgumentException("unknown time unit '" + unit + "' in '" + text
                        + "' (use s, m, h, d, w, mo or y)");
        }
    }

    /** True iff {@code text} is a plain decimal number (no unit). */
    static boolean isNumber(String text) {
        return text != null && NUMBER.matcher(text.trim()).matches();
    }
}
