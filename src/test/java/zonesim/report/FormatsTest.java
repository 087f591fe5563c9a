package zonesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers for people: percentages with the digits downtime needs, round units, separators, never -0. */
class FormatsTest {
    @Test
    void numbersKeepThreeSignificantDigitsWithThousandsSeparatorsAndNoNegativeZero() {
        assertEquals("6,450", Formats.number(6449.96));
        assertEquals("0.0886", Formats.number(0.08864));
        assertEquals("0", Formats.number(-0.0));
        assertEquals("1,691,366", Formats.count(1691366));
        assertEquals("-", Formats.number(Double.NaN));
    }

    @Test
    void availabilityShowsTwoSignificantDigitsOfItsDowntime() {
        // 1 - 0.99889 = 0.111%: two digits of it need two decimals (0.11)
        assertEquals(2, Formats.availabilityDecimals(0.99889));
        assertEquals("99.89%", Formats.availability(0.99889));
        // 1 - 0.9999939 = 0.00061%: five decimals (0.00061)
        assertEquals("99.99939%", Formats.availability(0.9999939));
        // 1 - 0.99999 is 0.99999999999545e-5 in binary: still 4 decimals, not 5
        assertEquals(4, Formats.availabilityDecimals(0.99999));
        assertEquals("100%", Formats.availability(1));
        assertEquals("99.99%", Formats.availability(0.999999999, 2), "below 1 never prints as 100%");
    }

    @Test
    void probabilitiesDurationsAndMoneyReadAsPeopleWriteThem() {
        assertEquals("19.3%", Formats.percent(0.1931));
        assertEquals("0.005%", Formats.percent(5e-5));
        assertEquals("0%", Formats.percent(0));
        assertEquals("25 s", Formats.minutes(0.42)); // 0.42 min = 25.2 s
        assertEquals("3.2 min", Formats.minutes(3.2));
        assertEquals("9.7 h", Formats.minutes(582)); // 582 / 60 = 9.7
        assertEquals("2.1 d", Formats.minutes(3000)); // 3000 / 1440 = 2.08
        assertEquals("USD 64,564", Formats.money(64564.1, "USD"));
        assertEquals("USD 8.51", Formats.money(8.5123, "USD"));
        assertEquals("-USD 975", Formats.money(-975, "USD"));
        assertEquals("+USD 608", Formats.signed(608.4, x -> Formats.money(x, "USD")));
        assertEquals("\u22122 min", Formats.signed(-2, Formats::minutes));
        assertEquals("0", Formats.signed(-0.0, Formats::number), "zero has no sign");
    }

    @Test
    void horizonsWindowsAndRepeatsUseRoundUnits() {
        assertEquals("10 years", Labels.horizon(87600));
        assertEquals("60 days", Labels.horizon(1440));
        assertEquals("90 d", Labels.duration(2160), "not 2.96 mo");
        assertEquals("30 min", Labels.duration(0.5));
        assertEquals("1-month", Labels.window(730));
        assertEquals("99.95%", Labels.percent(0.9995), "a target keeps its digits");
    }

    @Test
    void intervalsWriteASharedUnitOrCurrencyOnce() {
        assertEquals("[6.1, 6.8]", MetricText.bracket("6.1 h", "6.8 h"));
        assertEquals("[60,760, 67,791]", MetricText.bracket("USD 60,760", "USD 67,791"));
        assertEquals("[\u22121, +5]", MetricText.bracket("\u22121 min", "+5 min"));
        assertEquals("[59 min, 1.2 h]", MetricText.bracket("59 min", "1.2 h"), "different units stay");
    }
}
