package zonesim.importer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ARM template expression language, parsed: a JSON string {@code "[...]"} holds one
 * expression made of string literals ({@code 'it''s'}), integers, function calls
 * ({@code parameters('location')}), property access ({@code .location}) and indexing
 * ({@code [copyIndex()]}); {@code "[[...]"} is a literal starting with {@code [}.
 * Grammar from Microsoft Learn, "Syntax and expressions in ARM templates".
 */
sealed interface ArmExpression {

    /** A string literal. */
    record Str(String value) implements ArmExpression { }

    /** An integer literal. */
    record Num(BigInteger value) implements ArmExpression { }

    /** A function call, {@code name(args)}; names compare case-insensitively. */
    record Call(String name, List<ArmExpression> args) implements ArmExpression { }

    /** Property access, {@code target.name}. */
    record Prop(ArmExpression target, String name) implements ArmExpression { }

    /** Indexing, {@code target[index]}. */
    record Index(ArmExpression target, ArmExpression index) implements ArmExpression { }

    /** True iff {@code s} is an expression string: {@code [...]} but not the escape {@code [[...}. */
    static boolean isExpression(String s) {
        String t = s.strip();
        return t.startsWith("[") && t.endsWith("]") && !t.startsWith("[[");
    }

    /** The literal a non-expression string stands for ({@code [[x]} is {@code [x]}). */
    static String literal(String s) {
        return s.startsWith("[[") ? s.substring(1) : s;
    }

    /** Parses the expression inside {@code [...]}; IllegalArgumentException with the reason if malformed. */
    static ArmExpression parse(String s) {
        String t = s.strip();
        return new Parser(t.substring(1, t.length() - 1)).whole();
    }

    /** Canonical text of {@code e}, as ARM would print it (used to name unknown values). */
    static String text(ArmExpression e) {
        if (e instanceof Str s) {
            return "'" + s.value().replace("'", "''") + "'";
        } else if (e instanceof Num n) {
            return n.value().toString();
        } else if (e instanceof Call c) {
            return c.name() + "(" + c.args().stream().map(ArmExpression::text).collect(Collectors.joining(", ")) + ")";
        } else if (e instanceof Prop p) {
            return text(p.target()) + "." + p.name();
        }
        Index i = (Index) e;
        return text(i.target()) + "[" + text(i.index()) + "]";
    }

    /** Recursive-descent parser over one expression's text. */
    final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        ArmExpression whole() {
            ArmExpression e = expression();
            skipSpace();
            if (pos != s.length()) {
                throw fail("unexpected '" + s.charAt(pos) + "'");
            }
            return e;
        }

        private ArmExpression expression() {
            skipSpace();
            ArmExpression e = primary();
            while (true) {
                skipSpace();
                if (peek('.')) {
                    pos++;
                    e = new Prop(e, identifier());
                } else if (peek('[')) {
                    pos++;
                    ArmExpression index = expression();
                    expect(']');
                    e = new Index(e, index);
                } else {
                    return e;
                }
            }
        }

        private ArmExpression primary() {
            if (pos >= s.length()) {
                throw fail("expression ends early");
            }
            char c = s.charAt(pos);
            if (c == '\'') {
                return new Str(string());
            }
            if (c == '-' || Character.isDigit(c)) {
                int start = pos++;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                return new Num(new BigInteger(s.substring(start, pos)));
            }
            String name = identifier();
            skipSpace();
            expect('(');
            List<ArmExpression> args = new ArrayList<>();
            skipSpace();
            if (!peek(')')) {
                args.add(expression());
                skipSpace();
                while (peek(',')) {
                    pos++;
                    args.add(expression());
                    skipSpace();
                }
            }
            expect(')');
            return new Call(name, args);
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= s.length()) {
                    throw fail("unterminated string");
                }
                char c = s.charAt(pos++);
                if (c == '\'') {
                    if (peek('\'')) {
                        b.append('\'');
                        pos++;
                    } else {
                        return b.toString();
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private String identifier() {
            skipSpace();
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                    || s.charAt(pos) == '$' || (s.charAt(pos) == '.' && pos > start && isCallAhead()))) {
                pos++;
            }
            if (start == pos) {
                throw fail(pos < s.length() ? "unexpected '" + s.charAt(pos) + "'" : "expression ends early");
            }
            return s.substring(start, pos);
        }

        /** A dot inside a namespaced user function name ({@code ns.fn(...)}), not property access. */
        private boolean isCallAhead() {
            int i = pos + 1;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            return i < s.length() && s.charAt(i) == '(' && i > pos + 1;
        }

        private void expect(char c) {
            skipSpace();
            if (!peek(c)) {
                throw fail("expected '" + c + "'");
            }
            pos++;
        }

        private boolean peek(char c) {
            return pos < s.length() && s.charAt(pos) == c;
        }

        private void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private IllegalArgumentException fail(String why) {
            return new IllegalArgumentException(why + " at character " + (pos + 2) + " of the expression");
        }
    }
}
