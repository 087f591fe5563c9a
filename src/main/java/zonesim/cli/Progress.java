package zonesim.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/** Progress on a terminal: replications done, rate and time left, redrawn in place on stderr. */
final class Progress implements IntConsumer {
    private final long total;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

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

    /** {@code done} of {@code total} are finished. */
    synchronized void update(long done, long total) {
        long now = System.nanoTime();
        double elapsed = (now - start) / 1e9;
        if (elapsed < 1 || now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        drawn = true;
        double rate = done / elapsed;
        err.printf("\r  %d/%d replications, %.1f/s, %.0f s left   ", done, total, rate, (total - done) / rate);
        err.flush();
    }

    /** Clears the line. */
    synchronized void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }
}
