package zonesim.scenario;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of scenario text for the loader fuzz: the classes of input issue 16 found
 * harmful (byte-level noise, deletions, duplications, deep nesting, alias bombs, huge and
 * tiny numbers, control characters, non-BMP characters at the parser's buffer boundaries,
 * overlong values and keys) plus truncation and line shuffles. Every choice draws from the
 * given random generator, so an input is reproduced from its seed alone.
 */
final class Mutator {
    /** Characters that mean something to YAML, to a terminal or to a text decoder. */
    private static final List<String> INTERESTING = List.of("\0", "\u001b", "\u001b[31m", "\t", "\r", "\r\n", "\n",
            "\u0085", "\u2028", "\u202e", "\ufeff", "\ud800", "\udc00", "\uD83D\uDE00", "\u00e9", "\u4e2d", ":", "- ",
            "[", "]", "{", "}", "&a ", "*a", "!", "!!str ", "|", ">", "'", "\"", "#", "%", "@", "`", ",", "? ", "---",
            "...", "~", "null", "0", "9", "-1", ".5", "e", "h", "/", " ", "  ", "x", "every ", "\\", "\u007f");
    /** Numbers that break parsers: beyond double or int range, below the smallest double, not numbers at all. */
    private static final List<String> NUMBERS = List.of("1e999999999", "1e-2147483647", "1e2147483647",
            "2147483648", "4294967297", "-2147483649", "9223372036854775808", "99999999999999999999999", "1e308",
            "1.8e308", "1e-400", "4.9e-324", "-0", "NaN", ".nan", ".inf", "-.inf", "0x1F", "0o17", "1_000", "1e-300",
            "1e300", "0.0000000000000000000001", "1".repeat(400), "+-1", "1..2", "1e", "e1", "1e+", "00001");
    /** Unit suffixes and percent signs that may follow a number. */
    private static final List<String> SUFFIXES = List.of("", "", "s", "h", "y", "mo", "%", "/h", "/y", " s", "x");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");

    private final SplittableRandom rnd;

    /** A mutator drawing from {@code rnd}. */
    Mutator(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    /** One to four mutations of {@code text}. */
    String mutate(String text) {
        String t = text;
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            t = once(t);
        }
        return t;
    }

    private String once(String t) {
        switch (rnd.nextInt(14)) {
            case 0: return replace(t, at(t), 1, pick(INTERESTING));
            case 1: return delete(t);
            case 2: return duplicate(t);
            case 3: return moveLine(t);
            case 4: return nest(t);
            case 5: return aliases(t);
            case 6: return number(t);
            case 7: return insert(t, at(t), pick(INTERESTING));
            case 8: return boundary(t);
            case 9: return insert(t, at(t), pick(List.of("a", " ", "9", "[", "\u00e9", "\uD83D\uDE00"))
                    .repeat(1 + rnd.nextInt(rnd.nextBoolean() ? 200 : 100_000)));
            case 10: return key(t);
            case 11: return t.substring(0, at(t));
            case 12: return weirdValue(t);
            default: return bytes(t);
        }
    }

    private int at(String t) {
        return t.isEmpty() ? 0 : rnd.nextInt(t.length() + 1);
    }

    private String pick(List<String> options) {
        return options.get(rnd.nextInt(options.size()));
    }

    private static String insert(String t, int at, String s) {
        return t.substring(0, at) + s + t.substring(at);
    }

    private static String replace(String t, int at, int length, String s) {
        int end = Math.min(t.length(), at + length);
        return t.substring(0, Math.min(at, t.length())) + s + t.substring(end);
    }

    private String delete(String t) {
        int at = at(t);
        return replace(t, at, 1 + rnd.nextInt(64), "");
    }

    private String duplicate(String t) {
        int from = at(t);
        int to = Math.min(t.length(), from + 1 + rnd.nextInt(256));
        return insert(t, at(t), t.substring(from, to));
    }

    private String moveLine(String t) {
        List<String> lines = new java.util.ArrayList<>(t.lines().toList());
        if (lines.size() < 2) {
            return t;
        }
        String line = lines.remove(rnd.nextInt(lines.size()));
        lines.add(rnd.nextInt(lines.size() + 1), line);
        return String.join("\n", lines) + "\n";
    }

    /** Deep flow or block nesting, at a random place or as the value of a known key. */
    private String nest(String t) {
        int depth = rnd.nextBoolean() ? 40 + rnd.nextInt(40) : 100 + rnd.nextInt(5000);
        if (rnd.nextBoolean()) {
            String open = rnd.nextBoolean() ? "[" : "{a: ";
            String close = open.equals("[") ? "]" : "}";
            String value = open.repeat(depth) + close.repeat(depth);
            return rnd.nextBoolean() ? insert(t, at(t), value) : t + pick(List.of("description: ", "outages: ",
                    "configurations:\n  - name: n\n    topology: ", "sla: ")) + value + "\n";
        }
        StringBuilder b = new StringBuilder(t).append("registry:\n");
        for (int i = 0; i < Math.min(depth, 600); i++) {
            b.append(" ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        return b.toString();
    }

    /** A chain of anchors, each aliased several times by the next (an alias bomb), or a recursive alias. */
    private String aliases(String t) {
        if (rnd.nextInt(4) == 0) {
            return insert(t, at(t), pick(List.of("&x [*x]", "&y {a: *y}", "*undefined", "&", "*", "&a &b x")));
        }
        int levels = 2 + rnd.nextInt(20);
        int width = 2 + rnd.nextInt(4);
        StringBuilder b = new StringBuilder(pick(List.of("description:\n", "x:\n", "outages:\n  - ",
                "configurations:\n  - name: bomb\n    registry:\n"))).append("  a0: &a0 {k: v}\n");
        for (int i = 1; i < levels; i++) {
            b.append("  a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < width; j++) {
                b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            b.append("]\n");
        }
        return t + b;
    }

    /** A number replaced by one beyond what its type holds, often with a unit. */
    private String number(String t) {
        Matcher m = NUMBER.matcher(t);
        int count = 0;
        while (m.find()) {
            count++;
        }
        if (count == 0) {
            return t + "seed: " + pick(NUMBERS) + "\n";
        }
        int target = rnd.nextInt(count);
        m.reset();
        for (int i = 0; i <= target; i++) {
            m.find();
        }
        return t.substring(0, m.start()) + pick(NUMBERS) + pick(SUFFIXES) + t.substring(m.end());
    }

    /** A character outside the Basic Multilingual Plane (two chars) where the parser's buffer ends. */
    private String boundary(String t) {
        int[] offsets = {1023, 1024, 1025, 2047, 2048, 2049, 3073, 3074, 4096};
        int base = offsets[rnd.nextInt(offsets.length)];
        int at = Math.min(t.length(), Math.max(0, base + rnd.nextInt(5) - 2));
        return insert(t, at, pick(List.of("\uD83D\uDE00", "\uD800\uDC00", "\u00e9", "\u4e2d", "\uD83D")));
    }

    /** A key replaced by a near miss, an overlong key or one with odd characters. */
    private String key(String t) {
        int colon = t.indexOf(':', at(t));
        if (colon < 0) {
            return t;
        }
        int start = colon;
        while (start > 0 && !Character.isWhitespace(t.charAt(start - 1)) && t.charAt(start - 1) != '{'
                && t.charAt(start - 1) != ',') {
            start--;
        }
        String k = pick(List.of("k".repeat(150 + rnd.nextInt(200)), "name", "configurations", "outages", "zones",
                "\"a\\nb\"", "\"\\e[2J\"", "x y", "", "?", "[a]", "{b: 1}", "<<"));
        return t.substring(0, start) + k + t.substring(colon);
    }

    /** A value replaced by one that is legal alone but absurd in ratio to the rest. */
    private String weirdValue(String t) {
        String extra = pick(List.of("sla: { window: 1e-300s }\n", "horizon: 100000y\nreplications: 10000000\n",
                "outages:\n  - { target: eastus, at: 1h, duration: 1s, repeat: every 1e-300s }\n",
                "outages:\n  - { target: eastus, at: 1h, duration: 1h, repeat: every 1d, jitter: 1e300y }\n",
                "name: \"a\\nb\"\n", "name: " + "n".repeat(300) + "\n", "name: \"\\0\"\n",
                "clients:\n  eastus: { pulls: '1" + " ".repeat(5000) + "x' }\n",
                "topology:\n  regions:\n    r1: { zones: 100, datacenters_per_zone: 100 }\n",
                "registry:\n  write_quorum: 4294967297\n", "sla: { target: 1e-2147483647% }\n"));
        return rnd.nextBoolean() ? t + extra : extra + t;
    }

    /** Bit flips in the UTF-8 bytes, decoded back leniently (malformed bytes become U+FFFD). */
    private String bytes(String t) {
        byte[] b = t.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (b.length == 0) {
            return t;
        }
        int flips = 1 + rnd.nextInt(8);
        for (int i = 0; i < flips; i++) {
            b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
        }
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }
}
