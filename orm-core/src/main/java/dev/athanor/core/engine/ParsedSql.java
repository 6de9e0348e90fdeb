package dev.athanor.core.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A statement's text as JDBC will see it, with what the engine needs to know about it: how many
 * {@code ?} markers it has, the {@code :name} parameters in their order (rewritten to {@code ?}),
 * whether it is an INSERT, whose generated keys are then returned, and whether it is a SELECT,
 * which is then run with {@code executeQuery}.
 */
public record ParsedSql(String original, String jdbcSql, int markerCount, List<String> names, boolean insert,
                        boolean query) {

    /** Scans the SQL once, skipping quoted text and comments; a backslash escapes in '...' and "...". */
    public static ParsedSql parse(String sql) {
        return parse(sql, true);
    }

    /** Scans the SQL once; {@code backslashEscapes} is false for SQL (SQLite) where a backslash is a character. */
    public static ParsedSql parse(String sql, boolean backslashEscapes) {
        StringBuilder out = null;
        List<String> names = new ArrayList<>();
        int markers = 0;
        int n = sql.length();
        int i = 0;
        int copiedUpTo = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(sql, i, c, backslashEscapes);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '?') {
                markers++;
                i++;
            } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(sql, copiedUpTo, i).append('?');
                names.add(sql.substring(i + 1, end));
                copiedUpTo = end;
                i = end;
            } else {
                i++;
            }
        }
        String jdbcSql = out == null ? sql : out.append(sql, copiedUpTo, n).toString();
        int first = firstKeyword(sql);
        return new ParsedSql(sql, jdbcSql, markers, Collections.unmodifiableList(names),
                startsWith(sql, first, "insert") || startsWith(sql, first, "replace"), startsWith(sql, first, "select"));
    }

    /** How many values the statement takes. */
    public int parameterCount() {
        return markerCount + names.size();
    }

    private static int skipQuoted(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && backslashEscapes && quote != '`') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return i;
    }

    /** Where the first keyword starts, past white space, parentheses and comments. */
    private static int firstKeyword(String sql) {
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean startsWith(String sql, int at, String keyword) {
        int end = at + keyword.length();
        return sql.regionMatches(true, at, keyword, 0, keyword.length())
                && (end == sql.length() || !Character.isJavaIdentifierPart(sql.charAt(end)));
    }

    @Override
    public String toString() {
        return original.toLowerCase(Locale.ROOT).equals(jdbcSql.toLowerCase(Locale.ROOT)) ? original : jdbcSql;
    }
}
