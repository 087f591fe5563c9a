package zonesim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A set of result files gathered in memory and written together into a staging folder
 * ({@link ResultsStaging#dir()}); the staging folder, not this class, makes the results
 * all-or-nothing. (The name is kept from when this class renamed files into place one by one.)
 */
public final class AtomicResults {
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    /** Adds a text file (UTF-8). */
    public AtomicResults text(String name, String content) {
        files.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Adds a binary file. */
    public AtomicResults bytes(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    /** Writes every file into {@code stagingDir} (created if needed). */
    public void commit(Path stagingDir) throws IOException {
        Files.createDirectories(stagingDir);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Files.write(stagingDir.resolve(e.getKey()), e.getValue());
        }
    }
}
