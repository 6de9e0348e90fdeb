package dev.athanor.jpa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A native query's SQL as JDBC takes it: {@code ?1} and {@code :name} parameters become plain
 * {@code ?} markers (quoted text and comments left alone), each marker remembering which
 * parameter fills it; and the tables it names after FROM, JOIN, INTO and UPDATE, for the AUTO flush.
 *
 * @param jdbcSql the SQL with {@code ?} markers only
 * @param markers for each marker in order, an Integer position (1-based) or a String name
 * @param tables the table names found, lower case; empty when none could be told
 */
record NativeSql(String jdbcSql, List<Object> markers, Set<String> tables) {

    private static final Pattern TABLE = Pattern.compile(
            "(?i)\\b(?:from|join|into|update)\\s+[`\"\\[]?([A-Za-z_][A-Za-z0-9_$]*)");

    /**
     * The last texts parsed, a slot each by hash: an application runs the same few native queries
     * over and over, and parsing one is pure. Slots are replaced whole, so readers need no lock.
     */
    private static final Parsed[] RECENT = new Parsed[128];

    private record Parsed(String sql, NativeSql result) {
    }

    /** {@link #parse}, answered from the texts parsed last when {@code sql} is one of them. */
    static NativeSql of(String sql) {
        int slot = sql.hashCode() & (RECENT.length - 1);
        Parsed recent = RECENT[slot];
        if (recent != null && recent.sql.equals(sql)) {
            return recent.result;
        }
        NativeSql parsed = parse(sql);
        RECENT[slot] = new Parsed(sql, parsed);
        return parsed;
    }

    static NativeSql parse(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<Object> markers = new ArrayList<>();
        int plain = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = sql.indexOf(c, i + 1);
                end = end < 0 ? sql.length() : end + 1;
                out.append(sql, i, end);
                i = end;
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
                out.append(sql, i, end);
                i = end;
            } else if (c == '?') {
                int j = i + 1;
                while (j < sql.length() && Character.isDigit(sql.charAt(j))) {
                    j++;
                }
                markers.add(j > i + 1 ? Integer.parseInt(sql.substring(i + 1, j)) : ++plain);
                out.append('?');
                i = j;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int j = i + 1;
                while (j < sql.length() && Character.isJavaIdentifierPart(sql.charAt(j))) {
                    j++;
                }
                markers.add(sql.substring(i + 1, j));
                out.append('?');
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        Set<String> tables = new LinkedHashSet<>();
        Matcher matcher = TABLE.matcher(out);
        while (matcher.find()) {
            tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return new NativeSql(out.toString(), List.copyOf(markers), Set.copyOf(tables));
    }
}
