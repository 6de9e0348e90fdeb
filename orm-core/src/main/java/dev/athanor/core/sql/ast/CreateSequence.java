package dev.athanor.core.sql.ast;

/** {@code CREATE SEQUENCE name START WITH start INCREMENT BY increment}, where the database has sequences. */
public record CreateSequence(String name, long start, long increment) implements Statement {

    public CreateSequence {
        Requires.name(name, "a CREATE SEQUENCE");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " needs a non-zero increment");
        }
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
