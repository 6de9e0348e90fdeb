package dev.athanor.core.query.jpql;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.query.QueryException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits JPQL text into tokens, keeping each token's offset. Words are not classified here: whether a
 * word is a keyword depends on where it stands (after a dot every word is an attribute name), so the
 * parser decides.
 */
final class JpqlLexer {

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int at;

    private JpqlLexer(String text) {
        this.text = text;
    }

    /** The tokens of {@code text}, ending with one EOF token at {@code text.length()}. */
    static List<Token> tokenize(String text) {
        JpqlLexer lexer = new JpqlLexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            skipWhitespace();
            if (at >= text.length()) {
                tokens.add(new Token(TokenType.EOF, "", "", text.length()));
                return;
            }
            int c = text.codePointAt(at);
            if (c == '\'') {
                string();
            } else if (isAsciiDigit(c) || c == '.' && startsFraction()) {
                number();
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = at;
                at = identifierEnd(at);
                add(TokenType.WORD, start, text.substring(start, at));
            } else if (c == ':') {
                namedParameter();
            } else if (c == '?') {
                positionalParameter();
            } else {
                symbol(c);
            }
        }
    }

    private void skipWhitespace() {
        while (at < text.length()) {
            int c = text.codePointAt(at);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return;
            }
            at += Character.charCount(c);
        }
    }

    /** A dot starts a number ({@code .5}) only where a value may stand, not in {@code e.5} or {@code f(x).5}. */
    private boolean startsFraction() {
        if (at + 1 >= text.length() || !isAsciiDigit(text.charAt(at + 1))) {
            return false;
        }
        if (tokens.isEmpty()) {
            return true;
        }
        Token last = tokens.get(tokens.size() - 1);
        if (last.isSymbol(")")) {
            return false;
        }
        boolean attribute = tokens.size() > 1 && tokens.get(tokens.size() - 2).isSymbol(".");
        return last.type() != TokenType.WORD || !attribute && TokenCursor.RESERVED.contains(last.upper());
    }

    private int identifierEnd(int from) {
        int i = from + Character.charCount(text.codePointAt(from));
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isJavaIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private void string() {
        int start = at;
        StringBuilder value = new StringBuilder();
        int i = at + 1;
        while (true) {
            if (i >= text.length()) {
                throw error(start, "unterminated string literal starting here",
                        "Close the string with a single quote; write a quote inside a string as two quotes ('it''s').");
            }
            char ch = text.charAt(i);
            if (ch == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                at = i + 1;
                tokens.add(new Token(TokenType.STRING, text.substring(start, at), value.toString(), start));
                return;
            }
            value.append(ch);
            i++;
        }
    }

    /** Digits, an optional fraction and exponent, then any letters as the suffix (checked by the parser). */
    private void number() {
        int start = at;
        int i = digits(at);
        if (i < text.length() && text.charAt(i) == '.' && !(i + 1 < text.length() && text.charAt(i + 1) == '.')) {
            i = digits(i + 1);
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < text.length() && isAsciiDigit(text.charAt(j))) {
                i = digits(j);
            }
        }
        if (i < text.length() && Character.isJavaIdentifierStart(text.codePointAt(i))) {
            i = identifierEnd(i);
        }
        at = i;
        add(TokenType.NUMBER, start, text.substring(start, i));
    }

    private int digits(int from) {
        int i = from;
        while (i < text.length() && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** JPQL numbers are ASCII; other Unicode digits are neither numbers nor identifier starts. */
    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private void namedParameter() {
        int start = at;
        if (at + 1 >= text.length() || !Character.isJavaIdentifierStart(text.codePointAt(at + 1))) {
            throw error(start, "expected a parameter name after ':'",
                    "Name parameters like Java identifiers, with no space after the colon: ':name'.");
        }
        at = identifierEnd(at + 1);
        tokens.add(new Token(TokenType.NAMED_PARAM, text.substring(start, at), text.substring(start + 1, at), start));
    }

    private void positionalParameter() {
        int start = at;
        int end = digits(at + 1);
        if (end == at + 1) {
            throw error(start, "expected a parameter position after '?'",
                    "Number positional parameters from 1, with no space after the question mark: '?1'.");
        }
        at = end;
        tokens.add(new Token(TokenType.POSITIONAL_PARAM, text.substring(start, at), text.substring(start + 1, at),
                start));
    }

    private void symbol(int c) {
        int start = at;
        String two = at + 1 < text.length() ? text.substring(at, at + 2) : "";
        if (two.equals("<>") || two.equals("<=") || two.equals(">=") || two.equals("!=") || two.equals("||")) {
            at += 2;
            add(TokenType.SYMBOL, start, two);
            return;
        }
        if ("(),.=<>+-*/{}".indexOf(c) >= 0) {
            at++;
            add(TokenType.SYMBOL, start, String.valueOf((char) c));
            return;
        }
        String shown = c > 32 && c < 127 ? "'" + (char) c + "'"
                : String.format("'%s' (U+%04X)", new String(Character.toChars(c)), c);
        throw error(start, "unexpected character " + shown,
                "Remove the character; JPQL strings are written in single quotes and parameters as ':name' or '?1'.");
    }

    private void add(TokenType type, int start, String value) {
        tokens.add(new Token(type, value, value, start));
    }

    private QueryException error(int pos, String what, String hint) {
        return QueryException.at(ErrorCode.QUERY_SYNTAX, text, pos, what, hint);
    }
}
