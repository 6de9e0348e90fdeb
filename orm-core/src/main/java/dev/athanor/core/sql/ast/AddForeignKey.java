package dev.athanor.core.sql.ast;

/**
 * {@code ALTER TABLE table ADD CONSTRAINT ... FOREIGN KEY ...}: for databases that check a foreign
 * key's target when it is declared (MySQL), tables are created first and their keys added after.
 */
public record AddForeignKey(String table, ForeignKey foreignKey) implements Statement {

    public AddForeignKey {
        Requires.name(table, "an ALTER TABLE");
        Requires.present(foreignKey, "the foreign key added to " + table);
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
