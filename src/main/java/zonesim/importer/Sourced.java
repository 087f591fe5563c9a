package zonesim.importer;

/**
 * An imported value with where it came from and how: {@link Kind#READ} as written in the input
 * ({@code via} names the parameters or hints an expression used, "" when literal);
 * {@link Kind#UNRESOLVED} present but unusable, value null, {@code via} says why;
 * {@link Kind#DEFAULT} not given, so the documented default; {@link Kind#ASSUMED} unresolved,
 * so zonesim assumed a value (and printed a notice).
 */
record Sourced<T>(T value, Origin origin, String via, Kind kind) {

    /** How a value was obtained. */
    enum Kind { READ, UNRESOLVED, DEFAULT, ASSUMED }

    /** A value read at {@code origin}; {@code via} names what an expression used ("" if literal). */
    static <T> Sourced<T> read(T value, Origin origin, String via) {
        return new Sourced<>(value, origin, via, Kind.READ);
    }

    /** A value present at {@code origin} that could not be used, and why. */
    static <T> Sourced<T> unresolved(Origin origin, String why) {
        return new Sourced<>(null, origin, why, Kind.UNRESOLVED);
    }

    /** The documented default for a value the input does not give ({@code why} says which and why). */
    static <T> Sourced<T> defaulted(T value, Origin origin, String why) {
        return new Sourced<>(value, origin, why, Kind.DEFAULT);
    }

    /** A value assumed because the input's value was unresolved. */
    Sourced<T> assume(T assumed) {
        return new Sourced<>(assumed, origin, via, Kind.ASSUMED);
    }

    /** The same origin and provenance with another value. */
    <U> Sourced<U> with(U other) {
        return new Sourced<>(other, origin, via, kind);
    }

    /** True iff the value could not be resolved. */
    boolean unresolved() {
        return kind == Kind.UNRESOLVED;
    }

    /** The comment text for this value. */
    String cite() {
        return switch (kind) {
            case READ -> origin.cite() + (via.isEmpty() ? "" : ", via " + via);
            case DEFAULT -> "default: " + via + " (" + origin.cite() + ")";
            case ASSUMED -> "ASSUMED: " + via + " (" + origin.cite() + ")";
            case UNRESOLVED -> "unresolved: " + via + " (" + origin.cite() + ")";
        };
    }
}
