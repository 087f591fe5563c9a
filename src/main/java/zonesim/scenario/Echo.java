package zonesim.scenario;

/**
 * Text taken from the input, made safe to print inside a one-line message: control, format
 * and line-separator characters (NUL, ESC, newline, U+202E, U+2028, lone surrogates, ...)
 * are escaped as {@code \n}, {@code \t}, {@code \r} or {@code \}{@code uXXXX}, so a value can
 * neither split a message nor drive the terminal; long text is shortened in the middle.
 */
public final class Echo {
    /** Longest value echoed inside a message, in characters. */
    public static final int VALUE_LENGTH = 60;
    /** Longest whole message line. */
    public static final int LINE_LENGTH = 600;

    private Echo() { }

    /** {@code 'value'}, escaped and shortened to about {@link #VALUE_LENGTH} characters. */
    public static String quote(String value) {
        return "'" + value(value) + "'";
    }

    /** {@code value}, escaped and shortened to about {@link #VALUE_LENGTH} characters (no quotes). */
    public static String value(String value) {
        return line(value, VALUE_LENGTH);
    }

    /** {@code text} escaped and, when longer than {@code max}, cut in the middle with a note of its length. */
    public static String line(String text, int max) {
        if (text == null) {
            return "null";
        }
        // escape at most what can be shown (a little more than max from each end)
        if (text.length() > 4L * max + 64) {
            String head = escape(text.substring(0, safeCut(text, 2 * max)));
            String tail = escape(text.substring(safeCut(text, text.length() - 2 * max)));
            return shorten(head, tail, text.length(), max);
        }
        String e = escape(text);
        return e.length() <= max ? e : shorten(e, e, text.length(), max);
    }

    /** Escapes every character that could break a line or control a terminal. */
    public static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(text, i);
            if (replacement == null) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            sb.append(replacement);
        }
        return sb == null ? text : sb.toString();
    }

    private static String replacement(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            default: break;
        }
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            return null;
        }
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
            return null;
        }
        int type = Character.getType(c);
        boolean unsafe = Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED && c >= 0xFFF0;
        return unsafe ? String.format("\\u%04x", (int) c) : null;
    }

    /** The start of {@code head} and the end of {@code tail}, joined by an ellipsis and the original length. */
    private static String shorten(String head, String tail, int originalLength, int max) {
        int keep = Math.max(8, max - 24);
        int front = safeCut(head, Math.min(head.length(), keep * 2 / 3));
        int back = safeCut(tail, Math.max(0, tail.length() - (keep - front)));
        return head.substring(0, front) + "\u2026" + tail.substring(back) + " (" + originalLength + " characters)";
    }

    /** {@code at}, moved back by one if it would split a surrogate pair. */
    private static int safeCut(String s, int at) {
        if (at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at))
                && Character.isHighSurrogate(s.charAt(at - 1))) {
            return at - 1;
        }
        return at;
    }
}
