package dev.athanor.core.sql.ast;

/** {@code DELETE FROM table [WHERE condition]}; columns in the condition are bare. */
public record Delete(String table, Expression where) implements Statement {

    public Delete {
        Requires.name(table, "a DELETE");
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
