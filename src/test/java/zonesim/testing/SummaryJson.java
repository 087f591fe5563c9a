package zonesim.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** summary.json (and sweep.json, uncertainty.json) text for comparisons between backends. */
public final class SummaryJson {
    private static final Pattern PERFORMANCE = Pattern.compile(",\\s*\"performance\"\\s*:\\s*\\{[^{}]*\\}");

    private SummaryJson() { }

    /** {@code json} without its performance blocks (wall time and threads differ between backends); fails without one. */
    public static String withoutPerformance(String json) {
        Matcher m = PERFORMANCE.matcher(json);
        assertTrue(m.find(), "no performance block in " + json);
        return m.replaceAll("");
    }
}
