package zonesim.importer;

/**
 * Where an imported value came from: the input file, its JSON pointer (RFC 6901) and the
 * 1-based line and column where the value starts.
 */
record Origin(String file, String pointer, int line, int column) {

    /** {@code file:line:col: /pointer: }, the prefix of a located message. */
    String where() {
        return file + ":" + line + ":" + column + ": " + (pointer.isEmpty() ? "" : pointer + ": ");
    }

    /** {@code file /pointer (line N)}, the short form used in scenario comments. */
    String cite() {
        return Text.commentSafe(file) + " " + (pointer.isEmpty() ? "/" : pointer) + " (line " + line + ")";
    }
}
