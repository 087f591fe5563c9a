package zonesim.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data files of one results folder (SPEC 6) read back for redrawing: summary.json
 * and the CSVs behind the charts; a missing CSV reads as an empty table.
 */
public record ResultsFolder(Path dir, SummaryDoc summary, ReplicationTable replications, CsvTable outageDurations,
                            CsvTable timeline) {

    /** True if {@code dir} holds a summary.json. */
    public static boolean isResultsFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("summary.json"));
    }

    /**
     * Reads the folder: an IOException if it cannot be read (or has no summary.json), an
     * IllegalArgumentException with a one-line reason naming the file if its data is damaged.
     */
    public static ResultsFolder read(Path dir) throws IOException {
        if (!isResultsFolder(dir)) {
            throw new IOException(dir + ": not a results folder (no summary.json)");
        }
        Path json = dir.resolve("summary.json");
        if (Files.size(json) > SummaryCheck.MAX_BYTES) {
            throw new IllegalArgumentException(json + ": larger than " + SummaryCheck.MAX_BYTES + " bytes");
        }
        SummaryDoc summary;
        try {
            summary = SummaryDoc.parse(Files.readString(json, StandardCharsets.UTF_8));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(json + ": not UTF-8 text", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(json + ": " + e.getMessage(), e);
        }
        Path replications = dir.resolve("replications.csv");
        ReplicationTable rows = ReplicationTable.EMPTY;
        if (Files.isRegularFile(replications)) {
            try (Reader in = Files.newBufferedReader(replications, StandardCharsets.UTF_8)) {
                rows = ReplicationTable.parse(in);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(replications + ": " + e.getMessage(), e);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return new ResultsFolder(dir, summary, rows, csv(dir, "outage_durations.csv"), csv(dir, "timeline.csv"));
    }

    private static CsvTable csv(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p)) {
            return CsvTable.EMPTY;
        }
        try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return CsvTable.parse(in);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(p + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
