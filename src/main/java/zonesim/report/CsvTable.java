package zonesim.report;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A comma-separated file of the results folder, read with commons-csv (RFC 4180 quoting, so
 * no value can shift a column): a header line, then rows. An empty cell is an undefined
 * value. A row whose number of cells differs from the header's is an error.
 */
public record CsvTable(List<String> header, List<String[]> rows) {
    /** A table with no columns and no rows, for a missing file. */
    public static final CsvTable EMPTY = new CsvTable(List.of(), List.of());

    /** The format every result CSV is written and read with. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Parses {@code text}; blank lines are skipped. */
    public static CsvTable parse(String text) {
        return parse(new StringReader(text));
    }

    /** Parses CSV text from {@code in}; throws IllegalArgumentException naming the line of a malformed row. */
    public static CsvTable parse(Reader in) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = read(in, h -> rows::add);
        return header == null ? EMPTY : new CsvTable(header, rows);
    }

    /**
     * Streams CSV text from {@code in}: hands the header to {@code onHeader}, then each row to
     * the consumer it returned, so that a caller keeps only what it needs; returns the header
     * (null for empty text). Throws IllegalArgumentException naming the line of a malformed row
     * (or saying the text is not UTF-8), UncheckedIOException when {@code in} cannot be read.
     */
    static List<String> read(Reader in, Function<List<String>, Consumer<String[]>> onHeader) {
        try (CSVParser p = CSVParser.builder().setReader(in).setFormat(FORMAT.builder().setIgnoreEmptyLines(true).get())
                .get()) {
            List<String> header = null;
            Consumer<String[]> rows = null;
            for (CSVRecord r : p) {
                if (header == null) {
                    header = r.toList();
                    rows = onHeader.apply(header);
                    continue;
                }
                if (r.size() != header.size()) {
                    throw new IllegalArgumentException("line " + r.getRecordNumber() + " has " + r.size()
                            + " cells where the header has " + header.size());
                }
                rows.accept(r.values());
            }
            return header;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new IllegalArgumentException("not UTF-8 text", e);
            }
            throw e; // the file could not be read: not damaged data
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("malformed CSV: " + e.getMessage(), e);
        }
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
