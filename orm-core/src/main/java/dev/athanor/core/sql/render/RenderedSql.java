package dev.athanor.core.sql.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A statement's text with its {@code ?} markers, and for each marker, in order, either its value
 * ({@code binds}) or the slot it takes its value from ({@code slots}; {@link #NO_SLOT} for a
 * marker with a value). Render once, then {@link #bind} each set of slot values: a flush binds
 * every entity's row into the same text without rendering again.
 */
public record RenderedSql(String sql, List<Object> binds, List<Integer> slots) {

    public static final int NO_SLOT = -1;

    public RenderedSql {
        if (sql == null) {
            throw new IllegalArgumentException("rendered SQL needs its text");
        }
        binds = binds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(binds));
        slots = slots == null ? Collections.nCopies(binds.size(), NO_SLOT) : List.copyOf(slots);
        if (slots.size() != binds.size()) {
            throw new IllegalArgumentException("rendered SQL has " + binds.size() + " bind(s) but " + slots.size()
                    + " slot entries; there is one of each per ? marker");
        }
        for (int slot : slots) {
            if (slot < NO_SLOT) {
                throw new IllegalArgumentException("a slot index is 0 or more (or NO_SLOT), got " + slot);
            }
        }
    }

    /** Text whose markers all carry their values. */
    public RenderedSql(String sql, List<Object> binds) {
        this(sql, binds, null);
    }

    /** True when some marker takes its value from a slot, so that {@link #bind} is needed. */
    public boolean hasSlots() {
        return slotCount() > 0;
    }

    /** How many slot values {@link #bind} expects: one more than the highest slot index used. */
    public int slotCount() {
        int count = 0;
        for (int slot : slots) {
            count = Math.max(count, slot + 1);
        }
        return count;
    }

    /** The values for the markers, in order, when no marker uses a slot. */
    public Object[] parameters() {
        if (hasSlots()) {
            throw new IllegalStateException("this statement has slot parameters " + slots + "; give their values"
                    + " with bind(...)\n  sql: " + sql);
        }
        return binds.toArray();
    }

    /**
     * The values for the markers, in order: each slot marker takes {@code slotValues[slot]}, each
     * other marker its own value.
     */
    public Object[] bind(Object... slotValues) {
        int needed = slotCount();
        if (slotValues.length < needed) {
            throw new IllegalArgumentException("this statement takes " + needed + " slot value(s), got "
                    + slotValues.length + ": " + Arrays.toString(slotValues) + "\n  sql: " + sql);
        }
        Object[] values = new Object[binds.size()];
        for (int i = 0; i < values.length; i++) {
            int slot = slots.get(i);
            values[i] = slot == NO_SLOT ? binds.get(i) : slotValues[slot];
        }
        return values;
    }

    @Override
    public String toString() {
        return hasSlots() ? sql + " " + binds + " slots " + slots : sql + " " + binds;
    }
}
