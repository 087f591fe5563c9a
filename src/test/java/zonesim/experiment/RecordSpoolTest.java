package zonesim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zonesim.scenario.ScenarioException;
import zonesim.scenario.ScenarioLoader;

/** The spool of per-replication rows: every kept row back, bit for bit, in order; bounded; no file left. */
class RecordSpoolTest {
    @TempDir
    Path dir;

    private record Row(String configuration, int index, long events, double[] values) { }

    /**
     * Two configurations interleaved as a run hands them over, with values a decimal or float
     * round trip would change (NaN, -0.0, 0.1, the smallest subnormal, infinities) and a row
     * length that differs by configuration. The projection keeps a record's values in
     * reverse order and is handed each record's own catalog. The replay gives back exactly
     * the projected rows, in the order written; only replications below maxRows are kept.
     * Bugs caught: rows reordered or lost at the buffer boundary, values narrowed, the raw
     * record kept instead of its row, the wrong catalog projected, the row cap ignored.
     */
    @Test
    void replaysExactlyTheKeptRecordsInOrder() throws IOException {
        MetricCatalog a = catalog("a");
        MetricCatalog b = catalog("b");
        double[] odd = {Double.NaN, -0.0, 0.1, Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e308};
        List<Row> written = new ArrayList<>();
        int maxRows = 3000; // 3000 rows of 7-8 doubles: well over one 64 KiB buffer
        Path file = dir.resolve("replications.csv.spool");
        List<Row> replayed = new ArrayList<>();
        RecordSpool.Projection reverse = (c, cat, o) -> {
            assertSame(c.equals("zr") ? b : a, cat);
            double[] r = o.record();
            double[] v = new double[r.length];
            for (int k = 0; k < r.length; k++) {
                v[k] = r[r.length - 1 - k];
            }
            return v;
        };
        try (RecordSpool spool = new RecordSpool(file, maxRows, reverse)) {
            for (int i = 0; i < 4000; i++) {
                for (String c : List.of("baseline", "zr")) {
                    double[] rec = new double[c.equals("zr") ? 8 : 7];
                    for (int k = 0; k < rec.length; k++) {
                        rec[k] = k < odd.length && i % 7 == 0 ? odd[k] : i * 1.000001 + k / 3.0;
                    }
                    MetricCatalog cat = c.equals("zr") ? b : a;
                    spool.write(c, cat, i, new Observation(rec, 1000L * i + 7, null));
                    if (i < maxRows) {
                        double[] reversed = new double[rec.length];
                        for (int k = 0; k < rec.length; k++) {
                            reversed[k] = rec[rec.length - 1 - k];
                        }
                        written.add(new Row(c, i, 1000L * i + 7, reversed));
                    }
                }
            }
            spool.replay((c, i, events, values) -> replayed.add(new Row(c, i, events, values)));
            assertTrue(Files.exists(file));
        }
        assertFalse(Files.exists(file), "the spool file is deleted on close");
        assertEquals(written.size(), replayed.size());
        for (int r = 0; r < written.size(); r++) {
            Row w = written.get(r);
            Row g = replayed.get(r);
            assertEquals(w.configuration(), g.configuration());
            assertEquals(w.index(), g.index());
            assertEquals(w.events(), g.events());
            assertArrayEquals(w.values(), g.values()); // assertArrayEquals on double[] compares bit patterns of NaN and -0.0 too
        }
    }

    /**
     * A record written after the replay is refused rather than silently dropped from
     * replications.csv. Bug caught: a late record lost without a word.
     */
    @Test
    void refusesRecordsAfterTheReplay() throws IOException {
        try (RecordSpool spool = new RecordSpool(dir.resolve("s"), 10, (c, cat, o) -> o.record())) {
            spool.replay((c, i, events, values) -> { });
            assertThrows(IllegalStateException.class,
                    () -> spool.write("baseline", null, 0, new Observation(new double[1], 1, null)));
        }
    }

    /** The catalog of a one-replica scenario (only its identity matters here). */
    private static MetricCatalog catalog(String name) throws IOException {
        String yaml = "name: " + name + "\ntopology: {regions: {eastus: {}}}\nregistry: {replicas: {eastus: {}}}\n";
        try {
            return PreparedConfiguration.of(ScenarioLoader.loadString("t.yaml", yaml, false).study().baseline()).catalog();
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
