package zonesim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import zonesim.report.ResultsStaging.UnusableTarget;

/**
 * Where results may go. The folder is replaced whole, so the target must be a new folder, an
 * empty one or an earlier results folder (it holds summary.json, or a what-if study's
 * sweep.json or uncertainty.json); a file, the file-system
 * root, an empty name, a symbolic link, a folder of other files, or a parent that cannot be
 * created or written are refused with a message naming the target, before anything runs.
 */
final class ResultsTarget {
    /** A folder holding one of these is an earlier results folder. */
    private static final List<String> RESULT_FILES = List.of("summary.json", "sweep.json",
            "uncertainty.json");

    private ResultsTarget() { }

    /** The absolute, normalized target with its parent created; UnusableTarget, naming it, if it cannot hold results. */
    static Path check(Path target) throws UnusableTarget {
        if (target.toString().isEmpty()) {
            throw new UnusableTarget(target, "the folder name is empty");
        }
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getParent() == null || abs.getFileName() == null) {
            throw new UnusableTarget(target, "it is the root of the file system; results replace the whole folder");
        }
        if (Files.isSymbolicLink(abs)) {
            throw new UnusableTarget(target, "it is a symbolic link; give the folder it points to");
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new UnusableTarget(target, "it is a file, not a folder");
        }
        if (Files.isDirectory(abs) && RESULT_FILES.stream().noneMatch(f -> Files.isRegularFile(abs.resolve(f)))
                && !isEmpty(abs)) {
            throw new UnusableTarget(target, "the folder holds files but no zonesim results (no"
                    + " summary.json, sweep.json or uncertainty.json); results replace the whole folder, so give a new or empty folder");
        }
        Path parent = abs.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException | SecurityException e) {
            throw new UnusableTarget(target, "its parent folder '" + parent + "' cannot be created ("
                    + why(e) + ")");
        }
        if (!Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new UnusableTarget(target, "its parent folder '" + parent + "' is not writable");
        }
        return abs;
    }

    private static boolean isEmpty(Path dir) throws UnusableTarget {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UnusableTarget(dir, "the folder cannot be read (" + why(e) + ")");
        }
    }

    /** The operating system's reason for a failed file operation, else the kind of failure. */
    static String why(Exception e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
                : e.getClass().getSimpleName();
    }
}
