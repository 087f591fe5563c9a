package zonesim.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * A results folder replaced as a whole (SPEC 6: an interrupted run leaves the previous
 * results intact and no partial files). {@link #open} checks the target and takes a lock
 * beside it; the caller writes every file into {@link #dir()}, a hidden staging folder
 * beside the target created on first use (streaming large files if it likes);
 * {@link #commit()} renames the previous
 * folder aside, renames the staging folder into its place and only then deletes the
 * previous one; {@link #close()} deletes the staging folder if it was not committed.
 *
 * <p>Every helper file sits in the target's parent and is named {@code .zonesim-*} (one
 * {@code .gitignore} rule hides them): {@code .zonesim-lock-<key>} (never deleted: deleting a
 * lock file others may wait on would let two runs hold it), {@code .zonesim-staging-<key>-<r>}
 * and {@code .zonesim-old-<key>-<r>}. A run killed before its commit leaves a staging folder,
 * one killed between the two renames leaves the previous results as the old folder; the next
 * {@link #open} of the same target, holding the lock, deletes the first and puts the second
 * back. A shutdown hook (SIGTERM, Ctrl-C) deletes the staging folder of a run that has not
 * committed; the JVM then exits with 143 or 130.
 */
public final class ResultsStaging implements AutoCloseable {
    /** How long {@link #open(Path)} waits for another run on the same folder to finish. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);
    /** The prefix of every helper file and folder (matched by the .gitignore rule). */
    public static final String PREFIX = ".zonesim-";

    /** The target cannot hold results (a file, the root, a foreign folder, an unwritable parent). */
    public static final class UnusableTarget extends IOException {
        private static final long serialVersionUID = 1L;

        UnusableTarget(Path target, String why) {
            super("cannot write results to '" + target + "': " + why);
        }
    }

    /** Another run holds the folder's lock. */
    public static final class Busy extends IOException {
        private static final long serialVersionUID = 1L;

        Busy(Path target, Duration waited) {
            super("results folder '" + target + "' is being written by another zonesim run (waited "
                    + waited.toSeconds() + " s); try again when it has finished, or write elsewhere with --out");
        }
    }

    private final Path target;
    private final Path parent;
    private final String key;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path dir;
    private final Thread hook;
    private boolean created;
    private boolean committed;
    private boolean closed;

    private ResultsStaging(Path target, String key, FileChannel lockChannel, FileLock lock, Path dir) {
        this.target = target;
        this.parent = target.getParent();
        this.key = key;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.dir = dir;
        this.hook = new Thread(this::abort, "zonesim-staging-cleanup");
    }

    /** Opens staging for {@code target}, waiting up to {@link #DEFAULT_WAIT} for another run on it. */
    public static ResultsStaging open(Path target) throws IOException {
        return open(target, DEFAULT_WAIT);
    }

    /** Checks {@code target}, locks it (waiting up to {@code wait}), recovers after killed runs, creates staging. */
    public static ResultsStaging open(Path target, Duration wait) throws IOException {
        Path abs = ResultsTarget.check(target);
        Path parent = abs.getParent();
        String key = key(abs.getFileName().toString());
        FileChannel channel = FileChannel.open(parent.resolve(PREFIX + "lock-" + key), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = lock(channel, abs, wait);
            recover(abs, key);
            Path dir = parent.resolve(PREFIX + "staging-" + key + "-" + random());
            ResultsStaging s = new ResultsStaging(abs, key, channel, lock, dir);
            Runtime.getRuntime().addShutdownHook(s.hook);
            return s;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * The staging folder: write every result file here. It is created on the first call, so
     * that a run killed while it simulates leaves no folder behind unless it already wrote.
     */
    public synchronized Path dir() throws IOException {
        if (closed || committed) {
            throw new IOException("results for '" + target + "' were " + (committed ? "already committed" : "abandoned"));
        }
        if (!created) {
            Files.createDirectory(dir);
            created = true;
        }
        return dir;
    }

    /** The results folder this staging replaces (absolute). */
    public Path target() {
        return target;
    }

    /** Writes a UTF-8 text file into the staging folder. */
    public void write(String name, String text) throws IOException {
        Files.writeString(dir().resolve(name), text, StandardCharsets.UTF_8);
    }

    /**
     * Puts every file of folder {@code from} (recursively) for which {@code include} holds on
     * its path relative to {@code from} into the staging folder: a hard link where the file
     * system allows it (nothing is copied, and the original is untouched), a copy otherwise.
     */
    public void copyFrom(Path from, Predicate<Path> include) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path rel = from.relativize(p);
                Path to = dir().resolve(rel.toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(to);
                } else if (include.test(rel)) {
                    Files.createDirectories(to.getParent());
                    try {
                        Files.createLink(to, p);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(p, to, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
    }

    /**
     * Makes the staging folder the results folder: its files are flushed to disk, the previous
     * folder (if any) is renamed aside, the staging folder renamed into place, and the previous
     * one deleted. If the second rename fails, the previous folder is put back.
     */
    public synchronized void commit() throws IOException {
        Durable.flushTree(dir());
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = parent.resolve(PREFIX + "old-" + key + "-" + random());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        committed = true;
        Durable.flushDirectory(parent);
        if (old != null) {
            Durable.deleteTree(old);
        }
    }

    /** Deletes the staging folder unless committed, and releases the lock. */
    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            try {
                if (!committed && created) {
                    Durable.deleteTree(dir);
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or will run; it finds this staging closed
                }
                lockChannel.close();
            }
        }
    }

    /** The shutdown hook: an uncommitted staging folder is deleted; the lock goes with the process. */
    private synchronized void abort() {
        if (!closed && !committed) {
            closed = true;
            try {
                Durable.deleteTree(dir); // absent is fine
            } catch (IOException e) {
                // nothing to report to at shutdown; the next run on this folder deletes it
            }
        }
    }

    private static FileLock lock(FileChannel channel, Path target, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                FileLock l = channel.tryLock();
                if (l != null) {
                    return l;
                }
            } catch (OverlappingFileLockException sameProcess) {
                // another staging of this JVM holds it: wait like for another process
            }
            if (System.nanoTime() >= deadline) {
                throw new Busy(target, wait);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Busy(target, wait);
            }
        }
    }

    /** Holding the lock: deletes staging folders of killed runs and puts back results a killed commit set aside. */
    private static void recover(Path target, String key) throws IOException {
        Path parent = target.getParent();
        String staging = PREFIX + "staging-" + key + "-";
        String old = PREFIX + "old-" + key + "-";
        Path newestOld = null;
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                if (ours(name, staging)) {
                    Durable.deleteTree(p);
                } else if (ours(name, old)) {
                    if (newestOld == null || Files.getLastModifiedTime(p).compareTo(
                            Files.getLastModifiedTime(newestOld)) > 0) {
                        if (newestOld != null) {
                            Durable.deleteTree(newestOld);
                        }
                        newestOld = p;
                    } else {
                        Durable.deleteTree(p);
                    }
                }
            }
        }
        if (newestOld != null) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Durable.deleteTree(newestOld);
            } else {
                Files.move(newestOld, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /** True iff {@code name} is {@code prefix} followed by exactly a {@link #random()} suffix. */
    private static boolean ours(String name, String prefix) {
        return name.length() == prefix.length() + 12 && name.startsWith(prefix)
                && name.substring(prefix.length()).chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    /** A file-name-safe key for target folder {@code name}: up to 40 of its characters and a CRC-32 of all. */
    static String key(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return safe.substring(0, Math.min(40, safe.length())) + "." + String.format("%08x", crc.getValue());
    }

    private static String random() {
        byte[] b = new byte[6];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
