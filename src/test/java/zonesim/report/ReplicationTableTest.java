package zonesim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** replications.csv read back as numbers: the values a chart asks for, by configuration, across block boundaries. */
class ReplicationTableTest {
    @TempDir
    Path dir;

    /**
     * 10,000 rows alternating two configurations (so rows cross 19 blocks of 512), with
     * row r of configuration "a" holding x = r and y empty every tenth row, and "b" holding
     * x = -r and y = "null": values(a, x) is 0, 2, 4, ... 9998 (5000 values), values(a, y)
     * skips the 1000 empty cells, values(b, y) is empty, an unknown configuration or metric
     * gives nothing. Bugs caught: a row read from the wrong block or offset at a block
     * boundary, configurations mixed up, undefined cells returned as 0 or NaN.
     */
    @Test
    void valuesFollowTheConfigurationAndSkipUndefinedCells() {
        StringBuilder csv = new StringBuilder("configuration,replication,x,y\n");
        for (int r = 0; r < 10_000; r++) {
            boolean a = r % 2 == 0;
            csv.append(a ? "a" : "b").append(',').append(r / 2).append(',').append(a ? r : -r).append(',')
                    .append(a ? (r % 10 == 0 ? "" : Double.toString(r + 0.5)) : "null").append('\n');
        }
        ReplicationTable t = ReplicationTable.parse(csv.toString());
        assertEquals(List.of("configuration", "replication", "x", "y"), t.header());
        assertEquals(10_000, t.size());
        double[] ax = t.values("a", "x");
        assertEquals(5000, ax.length);
        for (int i = 0; i < ax.length; i++) {
            assertEquals(2.0 * i, ax[i], 0);
        }
        double[] ay = t.values("a", "y");
        assertEquals(4000, ay.length); // of a's 5000 rows (r even), r = 0, 10, ..., 9990 are empty: 1000
        assertEquals(2.5, ay[0], 0);   // r = 2
        assertEquals(9998.5, ay[ay.length - 1], 0);
        assertEquals(-9999, t.values("b", "x")[4999], 0);
        assertEquals(0, t.values("b", "y").length);
        assertEquals(0, t.values("c", "x").length);
        assertEquals(0, t.values("a", "z").length);
    }

    /**
     * A row with a cell too many is refused with the file and line named, as every results
     * CSV is. Bug caught: a damaged file read silently with shifted columns.
     */
    @Test
    void aDamagedFileIsNamedWithItsLine() throws Exception {
        Path folder = ResultsFixture.write(dir.resolve("r"));
        Path csv = folder.resolve("replications.csv");
        Files.writeString(csv, Files.readString(csv, StandardCharsets.UTF_8) + "baseline,1,2\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultsFolder.read(folder));
        assertTrue(e.getMessage().startsWith(csv + ": line "), e.getMessage());
    }

    /**
     * As the old string table did: an infinite cell is skipped like an empty one, and a file
     * without a configuration column has no configuration's values. Bug caught: infinities
     * reaching a chart's axis range.
     */
    @Test
    void infinitiesAreSkippedAndAFileWithoutConfigurationsHasNoValues() {
        ReplicationTable t = ReplicationTable.parse("configuration,x\na,1\na,Infinity\na,-Infinity\na,NaN\na,2\n");
        assertArrayEquals(new double[] {1, 2}, t.values("a", "x"), 0);
        assertEquals(0, ReplicationTable.parse("replication,x\n0,1\n").values("a", "x").length);
    }

    /** An empty file reads as a table with no columns. */
    @Test
    void anEmptyFileHasNoColumns() {
        assertEquals(0, ReplicationTable.parse("").header().size());
        assertArrayEquals(new double[0], ReplicationTable.parse("").values("a", "x"), 0);
    }
}
