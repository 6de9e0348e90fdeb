package dev.athanor.core.query.jpql;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.query.QueryException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parsers' shared position in the token list, with the checks that turn a wrong token into a
 * QUERY_SYNTAX error saying what was expected and what was found, and the nesting limit that keeps
 * deeply nested input from overflowing the stack.
 */
final class TokenCursor {

    /**
     * Deeper nesting than this is refused: real queries stay far below, and the parser's stack (and that
     * of every later stage walking the tree) stays safe.
     */
    static final int MAX_DEPTH = 200;

    /** JPQL's reserved identifiers: none may be an identification variable or a result alias. */
    static final Set<String> RESERVED = Set.of("ABS", "ALL", "AND", "ANY", "AS", "ASC", "AVG", "BETWEEN",
            "BIT_LENGTH", "BOTH", "BY", "CASE", "CAST", "CEILING", "CHAR_LENGTH", "CHARACTER_LENGTH", "CLASS",
            "COALESCE", "CONCAT", "COUNT", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "DELETE", "DESC",
            "DISTINCT", "ELSE", "EMPTY", "END", "ENTRY", "ESCAPE", "EXCEPT", "EXISTS", "EXP", "EXTRACT", "FALSE",
            "FETCH", "FIRST", "FLOOR", "FROM", "FUNCTION", "GROUP", "HAVING", "IN", "INDEX", "INNER", "INTERSECT",
            "IS", "JOIN", "KEY", "LEADING", "LAST", "LEFT", "LENGTH", "LIKE", "LOCAL", "LN", "LOCATE", "LOWER",
            "MAX", "MEMBER", "MIN", "MOD", "NEW", "NOT", "NULL", "NULLS", "NULLIF", "OBJECT", "OF", "ON", "OR",
            "ORDER", "OUTER", "POSITION", "POWER", "REPLACE", "RIGHT", "ROUND", "SELECT", "SET", "SIGN", "SIZE",
            "SOME", "SQRT", "SUBSTRING", "SUM", "THEN", "TRAILING", "TREAT", "TRIM", "TRUE", "TYPE", "UNION",
            "UNKNOWN", "UPDATE", "UPPER", "VALUE", "WHEN", "WHERE");

    /** Words that end or join expressions, so none can start a path. */
    static final Set<String> STRUCTURAL = Set.of("SELECT", "FROM", "WHERE", "GROUP", "BY", "HAVING", "ORDER",
            "AND", "OR", "NOT", "BETWEEN", "LIKE", "IN", "IS", "MEMBER", "OF", "ESCAPE", "AS", "ON", "JOIN", "INNER",
            "LEFT", "OUTER", "FETCH", "SET", "UPDATE", "DELETE", "UNION", "INTERSECT", "EXCEPT", "ALL", "ANY", "SOME",
            "EXISTS", "ASC", "DESC", "DISTINCT", "WHEN", "THEN", "ELSE", "END", "NEW", "EMPTY", "NULLS", "LEADING",
            "TRAILING", "BOTH", "CASE", "TREAT");

    private final String text;
    private final List<Token> tokens;
    private int index;
    private int depth;

    TokenCursor(String text) {
        this.text = text;
        this.tokens = JpqlLexer.tokenize(text);
    }

    String text() {
        return text;
    }

    Token peek() {
        return tokens.get(index);
    }

    /** The token {@code ahead} places after the current one (EOF past the end). */
    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    /** The token before the current one, or null at the start. */
    Token previous() {
        return index == 0 ? null : tokens.get(index - 1);
    }

    Token next() {
        Token token = tokens.get(index);
        if (token.type() != TokenType.EOF) {
            index++;
        }
        return token;
    }

    boolean at(String keyword) {
        return peek().is(keyword);
    }

    boolean atSymbol(String symbol) {
        return peek().isSymbol(symbol);
    }

    boolean atEnd() {
        return peek().type() == TokenType.EOF;
    }

    /** Consumes the keyword if it is next. */
    boolean accept(String keyword) {
        if (at(keyword)) {
            index++;
            return true;
        }
        return false;
    }

    boolean acceptSymbol(String symbol) {
        if (atSymbol(symbol)) {
            index++;
            return true;
        }
        return false;
    }

    /** Consumes the keyword or fails with "expected {@code what} but found ...", with a did-you-mean. */
    Token expect(String keyword, String what) {
        if (!at(keyword)) {
            throw expectedKeyword(what, List.of(keyword));
        }
        return next();
    }

    /** As {@link #expected(String)}, adding "Did you mean 'FROM'?" when the word found looks like a misspelt keyword. */
    QueryException expectedKeyword(String what, List<String> keywords) {
        Token token = peek();
        if (token.type() != TokenType.WORD || token.text().length() < 3) {
            return expected(what);
        }
        String suggestion = Suggestions.didYouMean(token.text(), keywords);
        return error(token.pos(), "expected " + what + " but found " + token.describe()
                + (suggestion.isEmpty() ? "" : "." + suggestion), null);
    }

    Token expectSymbol(String symbol, String what) {
        if (!atSymbol(symbol)) {
            throw expected(what);
        }
        return next();
    }

    /** A word used as a name: any word, reserved or not (after a dot, in NEW, in TREAT ... AS). */
    Token expectWord(String what) {
        if (peek().type() != TokenType.WORD) {
            throw expected(what);
        }
        return next();
    }

    /** Whether the current token is a word that may be an identification variable or result alias. */
    boolean atIdentifier() {
        return peek().type() == TokenType.WORD && !RESERVED.contains(peek().upper());
    }

    /** An identification variable or alias: a word that is not reserved. */
    String expectIdentifier(String what) {
        Token token = peek();
        if (token.type() == TokenType.WORD && RESERVED.contains(token.upper())) {
            throw reservedAlias(token);
        }
        return expectWord(what).text();
    }

    /**
     * {@code [AS] alias} after a select item, FROM item or join, or null. A reserved word where an
     * alias would stand is reported as such, unless it is a clause keyword (WHERE, JOIN, ORDER BY, ...).
     */
    String alias() {
        if (accept("AS")) {
            return expectIdentifier("an alias after AS");
        }
        if (atIdentifier()) {
            return next().text();
        }
        Token token = peek();
        boolean reserved = token.type() == TokenType.WORD && RESERVED.contains(token.upper());
        if (reserved && !STRUCTURAL.contains(token.upper()) && !peek(1).isSymbol("(")
                || token.is("ORDER") && !peek(1).is("BY")) {
            throw reservedAlias(token);
        }
        return null;
    }

    QueryException reservedAlias(Token token) {
        String suggestion = token.text().substring(0, 1).toLowerCase(Locale.ROOT) + "1";
        return error(token.pos(), "'" + token.text() + "' is a reserved word and cannot be an identification variable",
                "Choose another alias, for example '" + suggestion + "'; reserved words are keywords and function names"
                        + " such as ORDER, KEY, VALUE or COUNT.");
    }

    /** "expected {@code what} but found 'x'", or "unexpected end of query: expected {@code what}". */
    QueryException expected(String what) {
        Token token = peek();
        if (token.type() == TokenType.EOF) {
            return error(token.pos(), "unexpected end of query: expected " + what, null);
        }
        return error(token.pos(), "expected " + what + " but found " + token.describe(), null);
    }

    QueryException error(int pos, String what, String hint) {
        return QueryException.at(ErrorCode.QUERY_SYNTAX, text, pos, what, hint);
    }

    /** Enters one level of nesting at {@code token}, failing past {@link #MAX_DEPTH}. */
    void enter(Token token) {
        if (++depth > MAX_DEPTH) {
            throw error(token.pos(), "the query nests more than " + MAX_DEPTH + " levels deep here",
                    "Simplify the query: fewer nested parentheses, subqueries, functions or NOT/minus signs, and"
                            + " shorter chains of arithmetic operators or UNION/INTERSECT/EXCEPT.");
        }
    }

    void exit() {
        depth--;
    }

    /** Leaves {@code levels} levels at once (the links of an operator chain). */
    void exit(int levels) {
        depth -= levels;
    }
}
