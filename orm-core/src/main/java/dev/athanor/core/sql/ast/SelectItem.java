package dev.athanor.core.sql.ast;

/** One item of a select list, with its column alias (null: none). */
public record SelectItem(Expression expression, String alias) {

    public SelectItem {
        Requires.present(expression, "a select item's expression");
        Requires.optionalName(alias, "a select item's alias");
    }

    public static SelectItem of(Expression expression) {
        return new SelectItem(expression, null);
    }

    public static SelectItem of(Expression expression, String alias) {
        return new SelectItem(expression, alias);
    }
}
