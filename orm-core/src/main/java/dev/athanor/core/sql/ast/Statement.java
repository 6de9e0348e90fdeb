package dev.athanor.core.sql.ast;

/** A whole SQL statement: a query, a write, or DDL. */
public sealed interface Statement permits Select, Insert, Update, Delete, CreateTable, DropTable, AddForeignKey,
        CreateIndex, DropIndex, CreateSequence, DropSequence, CompoundSelect {

    /** Calls the visitor's method for this statement's type. */
    <R, C> R accept(Visitor<R, C> visitor, C context);

    /** One method per statement type; see {@link Expression.Visitor}. */
    interface Visitor<R, C> {
        R visit(Select node, C context);

        R visit(Insert node, C context);

        R visit(Update node, C context);

        R visit(Delete node, C context);

        R visit(CreateTable node, C context);

        R visit(DropTable node, C context);

        R visit(AddForeignKey node, C context);

        R visit(CreateIndex node, C context);

        R visit(DropIndex node, C context);

        R visit(CreateSequence node, C context);

        R visit(DropSequence node, C context);

        R visit(CompoundSelect node, C context);
    }
}
