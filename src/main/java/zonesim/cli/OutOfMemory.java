package zonesim.cli;

/**
 * Ends the process cleanly when the heap runs out, whichever thread runs out: one line on
 * stderr naming the heap limit and how to raise it, exit code 1, and no hang. A small reserve
 * is held from start-up and released first, so that printing the line and running the
 * shutdown hooks (which delete a staging folder) have memory to work with; the exit is a
 * halt after a bounded wait for those hooks, so a process whose other threads still hold the
 * heap cannot linger unable to act on SIGTERM.
 */
final class OutOfMemory {
    private static final String LINE = "zonesim: error: out of memory (heap limit %d MB); use fewer replications"
            + " (-n) or a larger heap, e.g. JAVA_OPTS=-Xmx%dg ./zonesim ...%n";
    /** Released on the first out-of-memory error, to leave room for the message and the shutdown hooks. */
    private static volatile byte[] reserve;

    private OutOfMemory() { }

    /** Takes the reserve and makes an uncaught out-of-memory error in any thread end the process. */
    static void install() {
        reserve = new byte[4 << 20];
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (causedBy(e)) {
                exit();
            } else if (previous != null) {
                previous.uncaughtException(t, e);
            } else {
                System.err.println("zonesim: error in thread " + t.getName() + ": " + e);
            }
        });
    }

    /** True if {@code e} or one of its causes is an OutOfMemoryError. */
    static boolean causedBy(Throwable e) {
        return cause(e) != null;
    }

    /** The OutOfMemoryError in {@code e}'s cause chain, or null. */
    static Throwable cause(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return c;
            }
        }
        return null;
    }

    /** Prints the line and exits with 1: shutdown hooks get a few seconds, then the process halts. */
    static void exit() {
        reserve = null;
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        System.err.printf(LINE, maxMb, Math.max(2, 2 * ((maxMb >> 10) + 1)));
        System.err.flush();
        try {
            Thread halt = new Thread(() -> {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(Main.FAILED);
            }, "zonesim-oom-halt");
            halt.setDaemon(true);
            halt.start();
        } catch (Throwable noThread) {
            Runtime.getRuntime().halt(Main.FAILED); // cannot even start a thread: skip the hooks
        }
        System.exit(Main.FAILED);
    }
}
