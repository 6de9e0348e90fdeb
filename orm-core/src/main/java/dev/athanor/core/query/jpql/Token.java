package dev.athanor.core.query.jpql;

import java.util.Locale;

/**
 * One token of JPQL text.
 *
 * @param text the characters as written
 * @param value the decoded value: a string literal's content, a parameter's name or digits; else the text
 * @param pos offset of the first character in the query text
 */
record Token(TokenType type, String text, String value, int pos) {

    /** Whether this is a word equal to {@code keyword} (upper case), ignoring case. */
    boolean is(String keyword) {
        return type == TokenType.WORD && text.equalsIgnoreCase(keyword);
    }

    /** Whether this is the symbol {@code symbol}. */
    boolean isSymbol(String symbol) {
        return type == TokenType.SYMBOL && text.equals(symbol);
    }

    /** The word in upper case, for keyword lookups. */
    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /** How an error message shows this token (quoted, long tokens cut). */
    String describe() {
        if (type == TokenType.EOF) {
            return "the end of the query";
        }
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        return type == TokenType.STRING ? shown : "'" + shown + "'";
    }
}
