package zonesim.cli;

/** The {@code --threads} option's default and check. */
final class Threads {
    private Threads() { }

    static int resolve(Integer requested) throws UserError {
        if (requested == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (requested < 1) {
            throw new UserError("--threads must be >= 1", Main.INVALID);
        }
        return requested;
    }
}
