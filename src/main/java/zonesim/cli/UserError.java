package zonesim.cli;

/** A failure to report as one line without a stack trace, with its exit code. */
final class UserError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
