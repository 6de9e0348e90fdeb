package dev.athanor.core.sql.ast;

/** {@code [INNER|LEFT] JOIN table alias ON condition}, or {@code CROSS JOIN table alias} (no condition). */
public record Join(Type type, TableRef table, Expression on) {

    public enum Type {
        INNER, LEFT, CROSS
    }

    public Join {
        Requires.present(type, "a join's type");
        Requires.present(table, "a join's table");
        if (type == Type.CROSS ? on != null : on == null) {
            throw new IllegalArgumentException(type == Type.CROSS ? "a CROSS JOIN has no ON condition"
                    : type + " JOIN of " + table.table() + " needs an ON condition");
        }
    }

    public static Join inner(TableRef table, Expression on) {
        return new Join(Type.INNER, table, on);
    }

    public static Join left(TableRef table, Expression on) {
        return new Join(Type.LEFT, table, on);
    }
}
