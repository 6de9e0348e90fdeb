package dev.athanor.core.sql.render;

import dev.athanor.core.sql.ast.BindParam;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of one statement as a renderer writes it, with its markers' values or slots in order.
 * One per {@link SqlRenderer#render} call; not thread-safe.
 */
public final class SqlWriter {

    private final StringBuilder text = new StringBuilder(128);
    private final List<Object> binds = new ArrayList<>();
    private final List<Integer> slots = new ArrayList<>();
    private String bindsRefused;

    SqlWriter() {
    }

    public SqlWriter append(String sql) {
        text.append(sql);
        return this;
    }

    public SqlWriter append(char c) {
        text.append(c);
        return this;
    }

    /** Writes a {@code ?} marker for the parameter. */
    public SqlWriter bind(BindParam parameter) {
        record(parameter);
        text.append('?');
        return this;
    }

    /**
     * Writes SQL that already holds {@code ?} markers (a dialect's LIMIT clause), with the
     * parameters for them in order; their counts must agree.
     */
    public SqlWriter appendWithMarkers(String sql, List<BindParam> parameters) {
        long markers = sql.chars().filter(c -> c == '?').count();
        if (markers != parameters.size()) {
            throw new IllegalStateException("'" + sql + "' has " + markers + " marker(s) for " + parameters.size()
                    + " parameter(s)");
        }
        parameters.forEach(this::record);
        text.append(sql);
        return this;
    }

    /** Makes every later bind parameter fail with this reason (DDL takes none). */
    void refuseBinds(String reason) {
        bindsRefused = reason;
    }

    private void record(BindParam parameter) {
        if (bindsRefused != null) {
            throw new IllegalArgumentException(bindsRefused);
        }
        binds.add(parameter.value());
        slots.add(parameter.slot());
    }

    RenderedSql finish() {
        return new RenderedSql(text.toString(), binds, slots);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
