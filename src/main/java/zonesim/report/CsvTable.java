package zonesim.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A comma-separated file as written by the result writers: a header line, then rows of
 * plain cells (no quoting: names never contain commas). An empty cell is an undefined value.
 */
public record CsvTable(List<String> header, List<String[]> rows) {
    /** A table with no columns and no rows, for a missing file. */
    public static final CsvTable EMPTY = new CsvTable(List.of(), List.of());

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Parses {@code text}; blank lines are skipped and short rows padded with empty cells. */
    public static CsvTable parse(String text) {
        String[] lines = text.split("\r?\n");
        if (lines.length == 0 || lines[0].isBlank()) {
            return EMPTY;
        }
        List<String> header = List.of(lines[0].split(",", -1));
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split(",", -1);
            String[] row = new String[header.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = c < cells.length ? cells[c] : "";
            }
            rows.add(row);
        }
        return new CsvTable(header, rows);
    }

    /** Index of column {@code name}, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }

    /** The number in {@code row} at {@code column}, or NaN when the cell is empty, "null" or the column is absent. */
    public static double number(String[] row, int column) {
        if (column < 0 || column >= row.length || row[column].isEmpty() || row[column].equals("null")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(row[column]);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Values of {@code metric} for the rows of {@code configuration}, in row order, undefined cells skipped. */
    public double[] values(String configuration, String metric) {
        int m = column(metric);
        int c = column("configuration");
        if (m < 0 || c < 0) {
            return new double[0];
        }
        return rows.stream().filter(r -> r[c].equals(configuration)).mapToDouble(r -> number(r, m))
                .filter(Double::isFinite).toArray();
    }
}
