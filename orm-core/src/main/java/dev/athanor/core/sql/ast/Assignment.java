package dev.athanor.core.sql.ast;

/** {@code column = value} in an UPDATE's SET list. */
public record Assignment(String column, Expression value) {

    public Assignment {
        Requires.name(column, "an assignment's column");
        Requires.present(value, "the value assigned to " + column);
    }

    public static Assignment of(String column, Expression value) {
        return new Assignment(column, value);
    }
}
