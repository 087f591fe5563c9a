package zonesim.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rates ({@code 1000/h}, converted to per hour) and probabilities ({@code 0.03}, {@code 99.9%}) of SPEC 2. */
public final class Units {
    private static final Pattern RATE = Pattern.compile("(.+?)\\s*/\\s*([a-z]+)");

    private Units() { }

    /** Parses {@code N/h}, {@code N/d}, {@code N/y} (also {@code /s}, {@code /m}, {@code /w}, {@code /mo}) into events per hour. */
    public static double parseRatePerHour(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m = RATE.matcher(t);
        if (!m.matches()) {
            if (Durations.isNumber(t) && Double.parseDouble(t) == 0) {
                return 0;
            }
            throw new IllegalArgumentException("expected a rate such as 100/h, 20/d or 3/y, got '" + t + "'");
        }
        if (!Durations.isNumber(m.group(1))) {
            throw new IllegalArgumentException("expected a rate such as 100/h, 20/d or 3/y, got '" + t + "'");
        }
        double count = Double.parseDouble(m.group(1));
        if (!(count >= 0) || Double.isInfinite(count)) {
            throw new IllegalArgumentException("rate must be >= 0, got '" + t + "'");
        }
        return count / Durations.unitHours(m.group(2), t);
    }

    /** Parses a probability: a plain number in [0, 1] or a percentage in [0%, 100%]. */
    public static double parseProbability(String text) {
        String t = text == null ? "" : text.trim();
        boolean percent = t.endsWith("%");
        String number = percent ? t.substring(0, t.length() - 1).trim() : t;
        if (!Durations.isNumber(number)) {
            throw new IllegalArgumentException("expected a probability such as 0.03 or 99.9%, got '" + t + "'");
        }
        double p = new java.math.BigDecimal(number.startsWith("+") ? number.substring(1) : number)
                .movePointLeft(percent ? 2 : 0).doubleValue();
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1] (or 0% to 100%), got '" + t + "'");
        }
        return p;
    }
}
