package dev.athanor.core.sql.ast;

/** {@code DROP TABLE [IF EXISTS] table}. */
public record DropTable(String table, boolean ifExists) implements Statement {

    public DropTable {
        Requires.name(table, "a DROP TABLE");
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
