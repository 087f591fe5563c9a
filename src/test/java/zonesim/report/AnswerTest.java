package zonesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The answer, the costs and the "never observed" wording, on a hand-written summary.json:
 * East US (100 pulls/h) and West Europe (300 pulls/h) clients; baseline pull availability
 * 0.999 and 0.9999 (525.6 and 52.56 min a year), zr 0.9999 and 0.99999, geo 0.99902 and
 * 0.99992; 2,000 replications of 10 years (20,000 simulated years) at 95%.
 */
class AnswerTest {
    private static String e(double mean, double lo, double hi) {
        return String.format(Locale.ROOT, "{ \"mean\": %s, \"ci_low\": %s, \"ci_high\": %s, \"half_width\": %s, \"n\": 2000 }",
                mean, lo, hi, (hi - lo) / 2);
    }

    private static String info(String label, String measure, String better) {
        return "{ \"label\": \"" + label + "\", \"measure\": \"" + measure + "\", \"unit\": \"\", \"better\": \"" + better
                + "\", \"max\": null }";
    }

    private static String config(String name, double east, double europe, double infra, double total) {
        return "{ \"name\": \"" + name + "\", \"clients\": { "
                + "\"eastus\": { \"pull\": { \"availability\": " + e(east, east, east) + ", \"downtime_minutes_per_year\": "
                + e((1 - east) * 525600, (1 - east) * 525600, (1 - east) * 525600) + " } }, "
                + "\"westeurope\": { \"pull\": { \"availability\": " + e(europe, europe, europe)
                + ", \"downtime_minutes_per_year\": " + e((1 - europe) * 525600, (1 - europe) * 525600, (1 - europe) * 525600)
                + " } } }, \"global\": { \"outages_per_year\": " + e(0, 0, 0) + " }, "
                + "\"costs\": { \"infrastructure_per_year\": " + e(infra, infra, infra) + ", \"total_per_year\": "
                + e(total, total * 0.9, total * 1.1) + " } }";
    }

    private static String inputs(String name) {
        return "{ \"name\": \"" + name + "\", \"clients\": { \"eastus\": { \"pulls_per_hour\": 100 }, "
                + "\"westeurope\": { \"pulls_per_hour\": 300 } } }";
    }

    private static String cmp(String config, String metric, String difference) {
        return "{ \"configuration\": \"" + config + "\", \"metric\": \"" + metric + "\", \"difference\": " + difference + " }";
    }

    static final String JSON = "{ \"scenario\": \"s\", \"seed\": 1, \"replications\": 2000, \"horizon_hours\": 87600, "
            + "\"confidence\": 0.95, \"currency\": \"USD\", \"metric_info\": { "
            + "\"clients.eastus.pull.availability\": " + info("eastus clients: pull availability", "availability", "higher")
            + ", \"clients.eastus.pull.downtime_minutes_per_year\": " + info("eastus clients: pull downtime", "downtime", "lower")
            + ", \"clients.westeurope.pull.availability\": " + info("westeurope clients: pull availability", "availability",
            "higher")
            + ", \"clients.westeurope.pull.downtime_minutes_per_year\": " + info("westeurope clients: pull downtime",
            "downtime", "lower")
            + ", \"global.outages_per_year\": " + info("any replica: outages", "rate", "lower")
            + ", \"costs.infrastructure_per_year\": " + info("infrastructure (USD)", "money", "lower")
            + ", \"costs.total_per_year\": " + info("total (USD)", "money", "lower") + " }, "
            + "\"inputs\": { \"regions\": { \"eastus\": \"East US\", \"westeurope\": \"West Europe\" }, "
            + "\"configurations\": [ " + inputs("baseline") + ", " + inputs("zr") + ", " + inputs("geo") + " ] }, "
            + "\"configurations\": [ " + config("baseline", 0.999, 0.9999, 1000, 90000) + ", "
            + config("zr", 0.9999, 0.99999, 1500, 10000) + ", " + config("geo", 0.99902, 0.99992, 1000, 89000) + " ], "
            + "\"comparisons\": [ "
            + cmp("zr", "clients.eastus.pull.downtime_minutes_per_year", e(-473.04, -480, -466)) + ", "
            + cmp("zr", "clients.westeurope.pull.downtime_minutes_per_year", e(-47.304, -48, -46.6)) + ", "
            + cmp("zr", "costs.infrastructure_per_year", e(500, 500, 500)) + ", "
            + cmp("zr", "costs.total_per_year", e(-80000, -85000, -75000)) + ", "
            + cmp("geo", "clients.eastus.pull.downtime_minutes_per_year", e(-10, -12, -8)) + ", "
            + cmp("geo", "clients.westeurope.pull.downtime_minutes_per_year", e(-10, -12, -8)) + ", "
            + cmp("geo", "costs.infrastructure_per_year", e(0, 0, 0)) + ", "
            + cmp("geo", "costs.total_per_year", e(-1000, -1500, -500)) + " ] }";

    private final SummaryDoc s = SummaryDoc.parse(JSON);

    @Test
    void answerTableHasAGroupPerClientRegionAndTheRegistryWithDifferencesInWords() {
        String html = new Answer(s).table().html("answer");
        assertTrue(html.contains("<tr class=\"group\"><th colspan=\"5\">East US clients (pulls through the global "
                + "endpoint)</th></tr>"), html);
        // 473.04 min = 7.9 h; its interval [466, 480] min = [7.8, 8] h
        assertTrue(html.contains("<tr class=\"sig\"><td>zr</td><td>53 min<br><span class=\"ci\">[53, 53]</span></td>"
                + "<td>99.990%"), html);
        assertTrue(html.contains("<td>7.9 h less [7.8, 8]</td><td>USD 10,000</td></tr>"), html);
        assertTrue(html.contains("<td>47 min less [47, 48]</td>"), "West Europe: 47.304 min [46.6, 48]");
        assertTrue(html.contains("<td>(the reference)</td><td>USD 90,000</td>"), html);
    }

    @Test
    void oneSentencePerConfigurationMergesRegionsWithTheSameChange() {
        List<String> sentences = new Answer(s).sentences();
        assertEquals(List.of("zr: 7.9 h less downtime a year [7.8, 8] for East US clients; 47 min less downtime a year "
                        + "[47, 48] for West Europe clients; USD 500 more for infrastructure, total yearly cost USD 80,000 "
                        + "less [75,000, 85,000].",
                "geo: 10 min less downtime a year [8, 12] for East US and West Europe clients; the same infrastructure "
                        + "bill, total yearly cost USD 1,000 less [500, 1,500]."), sentences);
    }

    @Test
    void costPerNineUsesThePullWeightedUnavailability() {
        Costs c = new Costs(s);
        // baseline (100 x 0.001 + 300 x 0.0001) / 400 = 3.25e-4; zr (100 x 1e-4 + 300 x 1e-5) / 400 = 3.25e-5
        assertEquals(3.25e-4, c.unavailability("baseline"), 1e-15);
        assertEquals(3.25e-5, c.unavailability("zr"), 1e-15);
        assertEquals(1, Costs.ninesGained(3.25e-4, 3.25e-5), 1e-12);
        String html = c.perNine().html("bill");
        // one nine gained for USD 500 more a year: USD 500 per nine
        assertTrue(html.contains("<tr><td>zr</td><td>99.9968%</td><td>+1</td><td>+USD 500</td><td>USD 500</td></tr>"), html);
        // geo: (100 x 0.00098 + 300 x 0.00008) / 400 = 3.05e-4, log10(3.25 / 3.05) = 0.028 nines, at no extra cost
        assertTrue(html.contains("<td>+0.028</td><td>USD 0</td><td>free</td>"), html);
        assertEquals(Double.POSITIVE_INFINITY, Costs.ninesGained(1e-3, 0));
        assertEquals("no nines gained", c.perNineText(100, -0.5));
    }

    @Test
    void aZeroWithZeroWidthIsNotCertaintyButNothingSeenInTheSimulatedYears() {
        MetricText t = new MetricText(s);
        Estimate none = s.estimate("zr", "global.outages_per_year");
        assertTrue(t.neverObserved("global.outages_per_year", none));
        // 2,000 x 10 years = 20,000 simulated years; -ln(0.05) / 20,000 = 1.5e-4 a year (the rule of three)
        assertEquals(new Table.Cell("none in 20,000 simulated years", "below 0.00015 a year (95% bound)"),
                t.cell("global.outages_per_year", none));
        Estimate certain = new Estimate(0, 0, 0, 0, 2000, 0);
        assertFalse(t.neverObserved("global.outages_per_year", certain), "the exact value says it cannot happen");
        // 11.14 [11.10, 11.18] with the exact 11.19 outside: three digits would print 11.1 [11.1, 11.2] and hide
        // both the interval and why the exact value is flagged; four show them
        assertEquals(new Table.Cell("11.14", "[11.1, 11.18]\nexact 11.19 (!)"),
                t.cell("global.outages_per_year", new Estimate(11.14, 11.10, 11.18, 0.04, 2000, 11.19)));
        assertEquals("no clear difference (+2 min [\u22121, +5])",
                t.difference("clients.eastus.pull.downtime_minutes_per_year", new Estimate(2, -1, 5, 3, 2000, Double.NaN)));
    }
}
