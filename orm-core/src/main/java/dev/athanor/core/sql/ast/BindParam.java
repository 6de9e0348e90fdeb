package dev.athanor.core.sql.ast;

/**
 * A {@code ?} marker. Either it carries its value, bound when the statement runs, or it names a
 * slot: an index into the values given later, so that one rendered statement is bound many times
 * (one flush binds each entity's row into the same INSERT).
 *
 * @param value the value, for a value parameter (may be null: SQL NULL)
 * @param slot  the slot index, or {@link #NO_SLOT} for a value parameter
 */
public record BindParam(Object value, int slot) implements Expression {

    public static final int NO_SLOT = -1;

    public BindParam {
        if (slot < NO_SLOT) {
            throw new IllegalArgumentException("a bind parameter's slot is 0 or more (or NO_SLOT), got " + slot);
        }
        if (slot != NO_SLOT && value != null) {
            throw new IllegalArgumentException("a bind parameter has a value or a slot, not both (slot " + slot
                    + ", value " + value + ")");
        }
    }

    /** A parameter bound to this value when the statement runs. */
    public static BindParam of(Object value) {
        return new BindParam(value, NO_SLOT);
    }

    /** A parameter whose value comes later, as the {@code index}-th of the values given to the rendered statement. */
    public static BindParam slot(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a slot index is 0 or more, got " + index);
        }
        return new BindParam(null, index);
    }

    public boolean isSlot() {
        return slot != NO_SLOT;
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
