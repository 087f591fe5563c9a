package zonesim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a set of result files so that an interrupted run leaves the previous results
 * intact and no partial files: everything goes to a hidden staging folder beside the
 * target first, then each file is moved into place with an atomic rename.
 */
public final class AtomicResults {
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, Path> copies = new LinkedHashMap<>();

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

    /** Adds a file whose content is already on disk at {@code source} (copied into place). */
    public AtomicResults file(String name, Path source) {
        copies.put(name, source);
        return this;
    }

    /** Writes every file into {@code dir} (created if needed). */
    public void commit(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath();
        Files.createDirectories(abs);
        Path staging = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".tmp");
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Files.write(staging.resolve(e.getKey()), e.getValue());
            }
            for (Map.Entry<String, Path> e : copies.entrySet()) {
                try (var out = Files.newOutputStream(staging.resolve(e.getKey()))) { // content only: default permissions
                    Files.copy(e.getValue(), out);
                }
            }
            for (String name : files.keySet()) {
                move(staging.resolve(name), abs.resolve(name));
            }
            for (String name : copies.keySet()) {
                move(staging.resolve(name), abs.resolve(name));
            }
        } finally {
            try (Stream<Path> left = Files.list(staging)) {
                for (Path p : (Iterable<Path>) left::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
