package zonesim.importer;

/**
 * Input that cannot be imported: one line, already naming the file and the JSON location
 * ({@code file:line:col: /pointer: message}). The command prints it and exits 2.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** An error whose message is the complete line to print. */
    public ImportException(String message) {
        super(message);
    }
}
