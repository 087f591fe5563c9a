package zonesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SPEC 2 units: durations in hours, rates per hour, probabilities. */
class UnitsTest {
    private static final double EPS = 1e-12;

    @Test
    void durationsConvertToHours() {
        assertEquals(90.0 / 3600, Durations.parseHours("90s"), EPS);   // 90 s = 0.025 h
        assertEquals(1.5, Durations.parseHours("90m"), EPS);           // 90 min = 1.5 h
        assertEquals(4, Durations.parseHours("4h"), EPS);
        assertEquals(48, Durations.parseHours("2d"), EPS);             // 2 x 24
        assertEquals(336, Durations.parseHours("2w"), EPS);            // 2 x 168
        assertEquals(2190, Durations.parseHours("3mo"), EPS);          // 3 x 730 (SPEC 2: mo = 730 h)
        assertEquals(13140, Durations.parseHours("1.5y"), EPS);        // 1.5 x 8760
        assertEquals(0, Durations.parseHours("0s"), EPS);
        assertEquals(0.5, Durations.parseHours(".5h"), EPS);
        assertEquals(12, Durations.parseHours(" 0.5d "), EPS);
    }

    @Test
    void bareNumberIsNotADuration() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parseHours("100"));
        assertEquals("duration '100' needs a unit (s, m, h, d, w, mo, y), e.g. '100h'", e.getMessage());
    }

    @Test
    void badDurationsAreRejectedWithAClearMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Durations.parseHours("5 days"))
                .getMessage().contains("unknown time unit 'days'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Durations.parseHours("-5h"))
                .getMessage().contains("must be >= 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Durations.parseHours("soon"))
                .getMessage().contains("expected a duration"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parseHours(""));
    }

    @Test
    void ratesConvertToPerHour() {
        assertEquals(1000, Units.parseRatePerHour("1000/h"), EPS);
        assertEquals(1, Units.parseRatePerHour("24/d"), EPS);          // 24 per 24 h
        assertEquals(1.0 / 8760, Units.parseRatePerHour("1/y"), EPS);
        assertEquals(3600, Units.parseRatePerHour("1/s"), EPS);
        assertEquals(120, Units.parseRatePerHour("2/m"), EPS);         // 2 per minute = 120 per hour
        assertEquals(1, Units.parseRatePerHour("168/w"), EPS);
        assertEquals(1, Units.parseRatePerHour("730/mo"), EPS);
        assertEquals(0, Units.parseRatePerHour("0"), EPS);
        assertThrows(IllegalArgumentException.class, () -> Units.parseRatePerHour("100"));
        assertThrows(IllegalArgumentException.class, () -> Units.parseRatePerHour("-1/h"));
        assertThrows(IllegalArgumentException.class, () -> Units.parseRatePerHour("1/fortnight"));
    }

    @Test
    void probabilitiesAreNumbersOrPercentages() {
        assertEquals(0.03, Units.parseProbability("0.03"), EPS);
        assertEquals(0.999, Units.parseProbability("99.9%"), 0);        // exact: 99.9 / 100 in decimal
        assertEquals(1, Units.parseProbability("100%"), 0);
        assertEquals(0, Units.parseProbability("0"), 0);
        assertThrows(IllegalArgumentException.class, () -> Units.parseProbability("1.5"));
        assertThrows(IllegalArgumentException.class, () -> Units.parseProbability("101%"));
        assertThrows(IllegalArgumentException.class, () -> Units.parseProbability("-0.1"));
        assertThrows(IllegalArgumentException.class, () -> Units.parseProbability("half"));
    }

    @Test
    void didYouMeanFindsCloseWordsOnly() {
        assertEquals(1, DidYouMean.distance("mtff", "mttf"));          // one adjacent swap
        assertEquals("mttf", DidYouMean.closest("mtff", java.util.List.of("mttf", "mttr", "ttf")).orElseThrow());
        assertTrue(DidYouMean.closest("banana", java.util.List.of("zones", "latitude")).isEmpty());
    }
}
