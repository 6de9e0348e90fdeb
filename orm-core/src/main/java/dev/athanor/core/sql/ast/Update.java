package dev.athanor.core.sql.ast;

import java.util.List;

/** {@code UPDATE table SET column = value, ... [WHERE condition]}; columns in the condition are bare. */
public record Update(String table, List<Assignment> assignments, Expression where) implements Statement {

    public Update {
        Requires.name(table, "an UPDATE");
        assignments = Requires.nonEmpty(assignments, "the SET list of UPDATE " + table);
        Requires.distinctNames(assignments.stream().map(Assignment::column).toList(), "the SET list of UPDATE " + table);
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
