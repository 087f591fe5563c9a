package zonesim.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table for people, rendered the same way in report.html and on the console: a header,
 * rows of cells (each a value with an optional detail such as its interval, shown below
 * it in HTML and after it on the console), group rows that title the rows below them, and
 * highlighted rows. In HTML the table sits in a box that scrolls sideways when the window
 * is narrower than the table, so nothing is ever cut off.
 */
public record Table(List<String> header, List<Row> rows) {
    /** One cell: the value and an optional detail ("" for none; a newline starts another line of it). */
    public record Cell(String text, String detail) {
        /** A cell without detail. */
        public static Cell of(String text) {
            return new Cell(text, "");
        }
    }

    /** A row of cells; a group row has one cell that titles the rows below it. */
    public record Row(List<Cell> cells, boolean group, boolean highlight) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final List<String> header;
        private final List<Row> rows = new ArrayList<>();

        Builder(List<String> header) {
            this.header = header;
        }

        /** Adds a group row titled {@code title}. */
        public Builder group(String title) {
            rows.add(new Row(List.of(Cell.of(title)), true, false));
            return this;
        }

        /** Adds a row of cells. */
        public Builder row(List<Cell> cells) {
            return row(cells, false);
        }

        /** Adds a row of cells, highlighted or not. */
        public Builder row(List<Cell> cells, boolean highlight) {
            rows.add(new Row(cells, false, highlight));
            return this;
        }

        /** The table. */
        public Table build() {
            return new Table(header, rows);
        }
    }

    /** A builder for a table with {@code header}. */
    public static Builder with(String... header) {
        return new Builder(List.of(header));
    }

    /** A builder for a table with {@code header}. */
    public static Builder with(List<String> header) {
        return new Builder(List.copyOf(header));
    }

    /** True when the table has no rows besides group rows. */
    public boolean isEmpty() {
        return rows.stream().allMatch(Row::group);
    }

    /** The table as HTML inside a sideways-scrolling box, with the CSS class {@code cls}. */
    public String html(String cls) {
        StringBuilder sb = new StringBuilder("<div class=\"scroll\"><table class=\"").append(cls).append("\">\n<tr>");
        header.forEach(h -> sb.append("<th>").append(HtmlTables.esc(h)).append("</th>"));
        sb.append("</tr>\n");
        for (Row r : rows) {
            if (r.group()) {
                sb.append("<tr class=\"group\"><th colspan=\"").append(header.size()).append("\">")
                        .append(HtmlTables.esc(r.cells().get(0).text())).append("</th></tr>\n");
                continue;
            }
            sb.append(r.highlight() ? "<tr class=\"sig\">" : "<tr>");
            for (Cell c : r.cells()) {
                sb.append("<td>").append(HtmlTables.esc(c.text()));
                if (!c.detail().isEmpty()) {
                    sb.append("<br><span class=\"ci\">").append(HtmlTables.esc(c.detail()).replace("\n", "<br>"))
                            .append("</span>");
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</table></div>\n").toString();
    }

    /** The table as aligned text lines, indented by two spaces; group rows stand on their own line. */
    public String text() {
        List<String[]> lines = new ArrayList<>();
        lines.add(header.toArray(new String[0]));
        for (Row r : rows) {
            if (!r.group()) {
                lines.add(r.cells().stream().map(c -> c.detail().isEmpty() ? c.text()
                        : c.text() + " " + c.detail().replace("\n", " \u00b7 ")).toArray(String[]::new));
            }
        }
        int[] width = new int[header.size()];
        for (String[] l : lines) {
            for (int i = 0; i < l.length && i < width.length; i++) {
                width[i] = Math.max(width[i], l[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, lines.get(0), width);
        int k = 1;
        for (Row r : rows) {
            if (r.group()) {
                sb.append("  ").append(r.cells().get(0).text()).append('\n');
            } else {
                line(sb, lines.get(k++), width);
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] cells, int[] width) {
        StringBuilder l = new StringBuilder("  ");
        for (int i = 0; i < cells.length; i++) {
            l.append(cells[i]);
            if (i + 1 < cells.length) {
                l.append(" ".repeat(width[i] - cells[i].length() + 2));
            }
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }
}
