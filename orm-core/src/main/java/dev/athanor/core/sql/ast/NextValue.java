package dev.athanor.core.sql.ast;

/** {@code NEXT VALUE FOR sequence}: the next number of a sequence, where the database has sequences. */
public record NextValue(String sequence) implements Expression {

    public NextValue {
        Requires.name(sequence, "NEXT VALUE FOR");
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
