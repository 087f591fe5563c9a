package zonesim.importer;

import java.util.regex.Pattern;

/** Text helpers for the scenario the importer writes: safe comments and quoted YAML strings. */
final class Text {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private Text() { }

    /** {@code s} with control characters (line breaks included) replaced by spaces, for a YAML comment. */
    static String commentSafe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return b.toString();
    }

    /** {@code s} as a YAML scalar: plain when unambiguous, else double-quoted with escapes. */
    static String yaml(String s) {
        if (PLAIN.matcher(s).matches() && !isYamlKeyword(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append('"').toString();
    }

    private static boolean isYamlKeyword(String s) {
        String l = s.toLowerCase(java.util.Locale.ROOT);
        return l.matches("true|false|yes|no|on|off|null|y|n");
    }
}
