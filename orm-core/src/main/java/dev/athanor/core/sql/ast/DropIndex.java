package dev.athanor.core.sql.ast;

/** {@code DROP INDEX [IF EXISTS] name}; the table is named too, since MySQL needs it ({@code ON table}). */
public record DropIndex(String name, String table, boolean ifExists) implements Statement {

    public DropIndex {
        Requires.name(name, "a DROP INDEX");
        Requires.name(table, "the table of index " + name);
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
