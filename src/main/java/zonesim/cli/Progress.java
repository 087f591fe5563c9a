package zonesim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Progress on a terminal (nothing otherwise): replications done, rate and time left while
 * simulating, then what is being computed or written, redrawn in place on one line of
 * stderr and erased only when the last file is written.
 */
final class Progress implements IntConsumer {
    private static final int WIDTH = 78;
    private final long total;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    /** Progress over {@code total} replications, drawn on {@code err} (null: draw nothing). */
    Progress(long total, PrintWriter err) {
        this.total = total;
        this.err = err;
    }

    /** The launcher tells whether stderr is a terminal; without it, fall back on the JVM's console check. */
    static boolean onTerminal() {
        String tty = System.getProperty("zonesim.stderr.tty");
        return tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
    }

    @Override
    public void accept(int done) {
        update(done, total);
    }

    /** {@code done} of {@code all} replications are finished. */
    synchronized void update(long done, long all) {
        long now = System.nanoTime();
        double elapsed = (now - start) / 1e9;
        if (err == null || elapsed < 1 || now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        double rate = done / elapsed;
        draw(String.format(Locale.ROOT, "simulating: %,d/%,d replications, %.1f/s, %.0f s left", done, all, rate,
                (all - done) / rate));
    }

    /** Shows what is happening now (writing, drawing a chart). */
    synchronized void status(String what) {
        if (err != null) {
            draw(what + " ...");
        }
    }

    private void draw(String text) {
        String t = text.length() > WIDTH ? text.substring(0, WIDTH - 3) + "..." : text;
        err.print("\r  " + t + " ".repeat(WIDTH - t.length()));
        err.flush();
        drawn = true;
    }

    /** Erases the line (before printing to stdout, and at the end). */
    synchronized void clear() {
        if (err != null && drawn) {
            err.print("\r" + " ".repeat(WIDTH + 2) + "\r");
            err.flush();
            drawn = false;
        }
    }

    /** Erases the line at the end of a study. */
    void finish() {
        clear();
    }
}
