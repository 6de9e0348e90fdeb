package dev.athanor.core.engine.echo;

import java.util.List;

/** Short, readable text for bound values: strings quoted and cut, binary as its length. */
public final class ValueFormatter {

    static final int MAX_TEXT = 100;
    static final int MAX_SETS = 10;

    private ValueFormatter() {
    }

    static String values(List<Object> values) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(value(values.get(i)));
        }
        return text.append(')').toString();
    }

    /** One statement's values as {@code (1, 'x')}, or a batch's first sets. */
    public static String parameterSets(List<List<Object>> sets, boolean batch) {
        if (!batch) {
            return sets.isEmpty() ? "()" : values(sets.get(0));
        }
        StringBuilder text = new StringBuilder("batch of ").append(sets.size()).append(": ");
        int shown = Math.min(sets.size(), MAX_SETS);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(values(sets.get(i)));
        }
        if (sets.size() > shown) {
            text.append(" ... ").append(sets.size() - shown).append(" more");
        }
        return text.toString();
    }

    static String value(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        if (value instanceof CharSequence || value instanceof Character || value instanceof Enum<?>
                || value instanceof java.time.temporal.TemporalAccessor || value instanceof java.util.Date
                || value instanceof java.util.UUID) {
            String text = value.toString();
            if (text.length() > MAX_TEXT) {
                text = text.substring(0, MAX_TEXT) + "...(" + text.length() + " chars)";
            }
            return "'" + text.replace("'", "''") + "'";
        }
        return value.toString();
    }

    static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f ms", nanos / 1_000_000.0);
    }

    static String rows(long count) {
        if (count < 0) {
            return "streaming";
        }
        return count == 1 ? "1 row" : count + " rows";
    }
}
