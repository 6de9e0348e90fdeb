package dev.athanor.core.sql.ast;

/** {@code DROP SEQUENCE [IF EXISTS] name}. */
public record DropSequence(String name, boolean ifExists) implements Statement {

    public DropSequence {
        Requires.name(name, "a DROP SEQUENCE");
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
