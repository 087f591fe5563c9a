package zonesim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data files of one results folder (SPEC 6) read back for redrawing: summary.json
 * and the CSVs behind the charts; a missing CSV reads as an empty table.
 */
public record ResultsFolder(Path dir, SummaryDoc summary, CsvTable replications, CsvTable outageDurations,
                            CsvTable timeline) {

    /** True if {@code dir} holds a summary.json. */
    public static boolean isResultsFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("summary.json"));
    }

    /** Reads the folder; fails if summary.json is missing or not a JSON object. */
    public static ResultsFolder read(Path dir) throws IOException {
        if (!isResultsFolder(dir)) {
            throw new IOException(dir + ": not a results folder (no summary.json)");
        }
        SummaryDoc summary;
        try {
            summary = SummaryDoc.parse(Files.readString(dir.resolve("summary.json"), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new IOException(dir.resolve("summary.json") + ": cannot read: " + e.getMessage(), e);
        }
        return new ResultsFolder(dir, summary, csv(dir, "replications.csv"), csv(dir, "outage_durations.csv"),
                csv(dir, "timeline.csv"));
    }

    private static CsvTable csv(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        return Files.isRegularFile(p) ? CsvTable.parse(Files.readString(p, StandardCharsets.UTF_8)) : CsvTable.EMPTY;
    }
}
