package zonesim.report;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * replications.csv read back for the charts, kept as numbers: each row's configuration
 * (an index into the names seen) and its cells as doubles (NaN where empty or not a
 * number), in blocks of {@link #BLOCK_ROWS} rows. Kept as the strings of a {@link CsvTable},
 * the 10,000 rows per configuration the file may hold took about 65 bytes a cell, so
 * redrawing the charts of a four-configuration study needed about 100 MB of heap; as
 * numbers it is 8 bytes a cell, allocated block by block (no copy on growth).
 */
public final class ReplicationTable {
    /** A table with no columns and no rows, for a missing file. */
    public static final ReplicationTable EMPTY = new ReplicationTable(List.of(), -1);

    static final int BLOCK_ROWS = 512; // a block of a 300-column file is 1.2 MB

    private final List<String> header;
    private final int configurationColumn;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final List<double[]> blocks = new ArrayList<>();
    private final List<int[]> configurations = new ArrayList<>();
    private int rows;

    private ReplicationTable(List<String> header, int configurationColumn) {
        this.header = List.copyOf(header);
        this.configurationColumn = configurationColumn;
    }

    /** Parses {@code text} (as {@link CsvTable#parse(Reader)}). */
    public static ReplicationTable parse(String text) {
        return parse(new StringReader(text));
    }

    /** Streams CSV text from {@code in}; throws IllegalArgumentException naming the line of a malformed row. */
    public static ReplicationTable parse(Reader in) {
        ReplicationTable[] table = {EMPTY};
        CsvTable.read(in, header -> {
            table[0] = new ReplicationTable(header, header.indexOf("configuration"));
            return table[0]::add;
        });
        return table[0];
    }

    /** The column names, in file order. */
    public List<String> header() {
        return header;
    }

    /** Rows read. */
    public int size() {
        return rows;
    }

    /** Values of {@code metric} for the rows of {@code configuration}, in row order, undefined cells skipped. */
    public double[] values(String configuration, String metric) {
        int m = header.indexOf(metric);
        Integer c = ordinals.get(configuration);
        if (m < 0 || c == null) {
            return new double[0];
        }
        int width = header.size();
        double[] out = new double[rows];
        int n = 0;
        for (int r = 0; r < rows; r++) {
            int b = r / BLOCK_ROWS;
            int k = r % BLOCK_ROWS;
            double v = blocks.get(b)[k * width + m];
            if (configurations.get(b)[k] == c && Double.isFinite(v)) {
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private void add(String[] row) {
        int width = header.size();
        int k = rows % BLOCK_ROWS;
        if (k == 0) {
            blocks.add(new double[BLOCK_ROWS * width]);
            configurations.add(new int[BLOCK_ROWS]);
        }
        double[] block = blocks.get(blocks.size() - 1);
        for (int i = 0; i < width; i++) {
            block[k * width + i] = i == configurationColumn ? Double.NaN : CsvTable.number(row, i);
        }
        int config = -1;
        if (configurationColumn >= 0) {
            config = ordinals.computeIfAbsent(row[configurationColumn], name -> {
                names.add(name);
                return names.size() - 1;
            });
        }
        configurations.get(configurations.size() - 1)[k] = config;
        rows++;
    }
}
