package zonesim.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A scenario value that a what-if study varies (SPEC 9): the YAML path of the key in the
 * scenario file ({@code topology.failures.zone.mttr}, {@code topology.common_cause[0].mttf}),
 * a label for charts, and the unit its values are given in. With {@link Unit#FACTOR} a
 * value multiplies what the file says (a whole distribution is stretched: every duration
 * parameter scaled, SPEC 3); otherwise it replaces it. {@code displayUnit} is the unit the
 * user wrote ({@code y}, {@code h}, ...), used for axes, and {@code displayScale} how many
 * of the value's units make one of it (8760 hours in a year, 0.01 in a percent).
 * {@code origin} is where the parameter was declared, for problems found later. Serializable,
 * so that a remote task can rebuild a what-if point (zonesim.whatif.PointSource).
 */
public record Parameter(String path, String label, Unit unit, String displayUnit, double displayScale,
                        Origin origin) implements java.io.Serializable {

    /** How a value is written back into the scenario. */
    public enum Unit {
        /** A duration, held in hours, written {@code 12.5h}. */
        HOURS("h"),
        /** A probability written as a percentage; held as a fraction, written {@code 5%}. */
        PERCENT("%"),
        /** A rate, held per hour, written {@code 3/h}. */
        PER_HOUR("/h"),
        /** A plain number. */
        NUMBER(""),
        /** A multiplier of the value the scenario gives. */
        FACTOR("×");

        private final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }

        /** What such a value is, for messages: a duration, a percentage, ... */
        public String noun() {
            return switch (this) {
                case HOURS -> "a duration";
                case PERCENT -> "a percentage";
                case PER_HOUR -> "a rate";
                case NUMBER -> "a plain number";
                case FACTOR -> "a factor";
            };
        }

        /** The suffix written after the number. */
        public String suffix() {
            return suffix;
        }

        /** The YAML scalar for {@code value}: {@code 12.5h}, {@code 5%}, {@code 3/h}, {@code 0.9}. */
        public String write(double value) {
            return switch (this) {
                case HOURS -> number(value) + "h";
                case PERCENT -> number(value * 100) + "%";
                case PER_HOUR -> number(value) + "/h";
                case NUMBER, FACTOR -> number(value);
            };
        }

        /** Shortest round-trip text, without a fractional part when whole (integer keys accept it). */
        private static String number(double v) {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
            return Double.toString(v);
        }
    }

    /** Where something was declared: file, 1-based line and column, and YAML path. */
    public record Origin(String file, int line, int column, String path) implements java.io.Serializable { }

    public Parameter {
        if (path == null || path.isEmpty() || unit == null || origin == null) {
            throw new IllegalArgumentException("a parameter needs a path, a unit and an origin");
        }
        label = label == null || label.isEmpty() ? path : label;
        displayUnit = displayUnit == null ? "" : displayUnit;
        if (!(displayScale > 0)) {
            throw new IllegalArgumentException("displayScale must be > 0");
        }
    }

    /** True when values multiply the scenario's own value rather than replace it. */
    public boolean factor() {
        return unit == Unit.FACTOR;
    }

    /** The YAML scalar for {@code value} (for a factor, the factor itself). */
    public String text(double value) {
        return unit.write(value);
    }

    /** {@code value} in the display unit (hours shown in the unit the user wrote, a fraction as a percentage). */
    public double display(double value) {
        return value / displayScale;
    }

    /** {@code value} as people read it, to 4 significant digits: {@code 4.5y}, {@code 5%}, {@code ×2}. */
    public String describe(double value) {
        return describe(value, 4);
    }

    /** {@code value} as people read it, to {@code digits} significant digits. */
    public String describe(double value, int digits) {
        String n = significant(display(value), digits);
        return switch (unit) {
            case HOURS -> n + displayUnit;
            case PERCENT -> n + "%";
            case PER_HOUR -> n + "/h";
            case FACTOR -> "×" + n;
            case NUMBER -> n;
        };
    }

    private static String significant(double d, int digits) {
        if (!Double.isFinite(d)) {
            return Double.toString(d);
        }
        if (d == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(d).round(new MathContext(digits)).stripTrailingZeros();
        double a = Math.abs(d);
        return a >= 1e-4 && a < 1e9 ? b.toPlainString() : b.toString();
    }

    /** The axis label: the label and the display unit. */
    public String axisLabel() {
        String u = switch (unit) {
            case HOURS -> unitName(displayUnit);
            case PERCENT -> "%";
            case PER_HOUR -> "per hour";
            case FACTOR -> "× the scenario's value";
            case NUMBER -> "";
        };
        return u.isEmpty() ? label : label + " (" + u + ")";
    }

    private static String unitName(String unit) {
        return switch (unit) {
            case "s" -> "seconds";
            case "m" -> "minutes";
            case "d" -> "days";
            case "w" -> "weeks";
            case "mo" -> "months of 730 h";
            case "y" -> "years";
            default -> "hours";
        };
    }
}
