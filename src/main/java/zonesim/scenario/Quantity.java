package zonesim.scenario;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonesim.model.Parameter;

/**
 * A numeric scalar of a scenario file as a what-if study sees it (SPEC 2): a duration
 * ({@code 4h}, held in hours), a percentage ({@code 5%}, held as a fraction), a rate
 * ({@code 3/h}, held per hour) or a plain number, with the unit the user wrote so that
 * values are written back and shown the same way.
 */
record Quantity(double value, Parameter.Unit unit, String displayUnit) {
    /** A plain multiplier (the value of a factor). */
    static Quantity factor(double f) {
        return new Quantity(f, Parameter.Unit.FACTOR, "");
    }

    private static final Pattern UNIT = Pattern.compile(".*?([a-z]+)\\s*");

    /**
     * Reads {@code text}; empty when it is not numeric at all ({@code never}, {@code true},
     * {@code az1/dc2}); IllegalArgumentException when it looks numeric but is malformed.
     */
    static Optional<Quantity> parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || !(Character.isDigit(t.charAt(0)) || "+-.".indexOf(t.charAt(0)) >= 0)) {
            return Optional.empty();
        }
        if (Durations.isNumber(t)) {
            return Optional.of(new Quantity(Double.parseDouble(t), Parameter.Unit.NUMBER, ""));
        }
        if (t.endsWith("%")) {
            String number = t.substring(0, t.length() - 1).trim();
            if (!Durations.isNumber(number)) {
                throw new IllegalArgumentException("expected a percentage such as 5%, got '" + t + "'");
            }
            return Optional.of(new Quantity(Double.parseDouble(number) / 100, Parameter.Unit.PERCENT, "%"));
        }
        if (t.contains("/")) {
            return Optional.of(new Quantity(Units.parseRatePerHour(t), Parameter.Unit.PER_HOUR, "/h"));
        }
        double hours = Durations.parseHours(t);
        Matcher m = UNIT.matcher(t);
        return Optional.of(new Quantity(hours, Parameter.Unit.HOURS, m.matches() ? m.group(1) : "h"));
    }

    /** How many of the value's units make one display unit (8760 hours in {@code y}, 0.01 in {@code %}). */
    double displayScale() {
        return switch (unit) {
            case HOURS -> Durations.unitHours(displayUnit, displayUnit);
            case PERCENT -> 0.01;
            default -> 1;
        };
    }

    /** This quantity times {@code factor}, in the same unit. */
    Quantity times(double factor) {
        return new Quantity(value * factor, unit, displayUnit);
    }

    /** The scalar text of this quantity (durations in hours). */
    String text() {
        return unit.write(value);
    }
}
