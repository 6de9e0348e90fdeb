package dev.athanor.core.session;

import dev.athanor.core.engine.RowCursor;

/**
 * The columns of a query's row from an offset (an entity's first column), or at positions found by
 * label (a native query's), over a {@link RowCursor} when there is one, so that {@link
 * EntityColumns#write} reads plain attributes through the cursor's typed fetch; else over another
 * source. One foreign key may be answered from what the caller knows already: the id, and the
 * instance, of the entity a fetch join brought in the same row (the join makes the key equal to that id).
 */
final class RowView implements EntityColumns.ColumnSource {

    private final RowCursor cursor;
    private final EntityColumns.ColumnSource row;
    private final int offset;
    /**
     * Per slot, the column it is read from, -1 for one the row leaves out (a lazy column: it reads as
     * NULL); null when the slots follow each other from {@code offset}.
     */
    private final int[] positions;
    private int knownSlot = -1;
    private Object known;
    private Object knownEntity;
    // a column fetched once on the cursor's row {@code keptRow} and kept for the next asks: an entity's id
    private int keptSlot = -1;
    private Class<?> keptType;
    private Object kept;
    private long keptRow;

    /** A view of {@code cursor}'s current row from column {@code offset}. */
    RowView(RowCursor cursor, int offset) {
        this.cursor = cursor;
        this.row = null;
        this.offset = offset;
        this.positions = null;
    }

    /** A view of {@code cursor}'s current row whose slot {@code s} is column {@code positions[s]}. */
    RowView(RowCursor cursor, int[] positions) {
        this.cursor = cursor;
        this.row = null;
        this.offset = 0;
        this.positions = positions;
    }

    /** A view of {@code row} from column {@code offset}. */
    RowView(EntityColumns.ColumnSource row, int offset) {
        this.cursor = null;
        this.row = row;
        this.offset = offset;
        this.positions = null;
    }

    /** A view of {@code row} whose slot {@code s} is column {@code positions[s]}. */
    RowView(EntityColumns.ColumnSource row, int[] positions) {
        this.cursor = null;
        this.row = row;
        this.offset = 0;
        this.positions = positions;
    }

    RowCursor cursor() {
        return cursor;
    }

    /**
     * This row's column {@code slot} (from this view's offset), a foreign key, is {@code id} when
     * it is not null: the id of {@code entity}, the instance the key refers to.
     */
    void know(int slot, Object id, Object entity) {
        knownSlot = slot;
        known = id;
        knownEntity = entity;
    }

    /** The instance the foreign key in column {@code slot} refers to, when the view knows it; else null. */
    Object knownEntity(int slot) {
        return slot == knownSlot && known != null ? knownEntity : null;
    }

    /**
     * Column {@code slot} fetched as {@code type}, and kept for the rest of the cursor's row: for the id
     * of an entity, read to find the entity and then again to fill it in. A type the cursor has no
     * typed getter for is read through {@link #get}, which converts it.
     */
    Object fetchKept(int slot, Class<?> type) {
        return fetchKept(slot, type, null);
    }

    /**
     * As above, giving {@code last} itself when the column holds the same Long: the id of a fetch
     * join's parent, repeated on the rows of its children, is compared without being boxed again.
     */
    Object fetchKept(int slot, Class<?> type, Object last) {
        if (cursor == null || !RowCursor.fetches(type)) {
            return get(slot, type);
        }
        Object value = type == Long.class && last instanceof Long same && slot != knownSlot
                ? cursor.fetchLong(positions == null ? offset + slot : positions[slot], same)
                : fetch(slot, type);
        keptSlot = slot;
        keptType = type;
        kept = value;
        keptRow = cursor.rowNumber();
        return value;
    }

    @Override
    public Object get(int slot, Class<?> type) {
        if (slot == knownSlot && known != null && type.isInstance(known)) {
            return known;
        }
        if (slot == keptSlot && type == keptType && keptRow == cursor.rowNumber()) {
            return kept;
        }
        int column = positions == null ? offset + slot : positions[slot];
        if (column < 0) {
            return null;
        }
        return cursor != null ? cursor.get(column, type) : row.get(column, type);
    }

    /** Column {@code slot} fetched as {@code type} without the cursor's per-row cache: for a column read once. */
    Object fetch(int slot, Class<?> type) {
        if (cursor == null || slot == knownSlot) {
            return get(slot, type);
        }
        int column = positions == null ? offset + slot : positions[slot];
        return column < 0 ? null : cursor.fetch(column, type);
    }
}
