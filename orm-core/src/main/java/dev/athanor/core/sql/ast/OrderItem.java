package dev.athanor.core.sql.ast;

/** One ORDER BY item: ascending or descending, nulls where the database puts them or explicitly first or last. */
public record OrderItem(Expression expression, boolean descending, Nulls nulls) {

    public enum Nulls {
        /** Where the database puts them (SQLite and MySQL: as the lowest values). */
        DEFAULT, FIRST, LAST
    }

    public OrderItem {
        Requires.present(expression, "an ORDER BY item");
        nulls = nulls == null ? Nulls.DEFAULT : nulls;
    }

    public static OrderItem asc(Expression expression) {
        return new OrderItem(expression, false, Nulls.DEFAULT);
    }

    public static OrderItem desc(Expression expression) {
        return new OrderItem(expression, true, Nulls.DEFAULT);
    }

    public OrderItem withNulls(Nulls where) {
        return new OrderItem(expression, descending, where);
    }
}
