package dev.athanor.core.sql.render;

import dev.athanor.core.sql.ast.AddForeignKey;
import dev.athanor.core.sql.ast.Arithmetic;
import dev.athanor.core.sql.ast.Between;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.Case;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.CompoundSelect;
import dev.athanor.core.sql.ast.Concat;
import dev.athanor.core.sql.ast.CreateIndex;
import dev.athanor.core.sql.ast.CreateSequence;
import dev.athanor.core.sql.ast.CreateTable;
import dev.athanor.core.sql.ast.Delete;
import dev.athanor.core.sql.ast.DropIndex;
import dev.athanor.core.sql.ast.DropSequence;
import dev.athanor.core.sql.ast.DropTable;
import dev.athanor.core.sql.ast.Exists;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.FunctionCall;
import dev.athanor.core.sql.ast.InList;
import dev.athanor.core.sql.ast.InSubquery;
import dev.athanor.core.sql.ast.Insert;
import dev.athanor.core.sql.ast.IsNull;
import dev.athanor.core.sql.ast.Like;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Logical;
import dev.athanor.core.sql.ast.Negate;
import dev.athanor.core.sql.ast.NextValue;
import dev.athanor.core.sql.ast.Not;
import dev.athanor.core.sql.ast.QuantifiedComparison;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.StandardFunction;
import dev.athanor.core.sql.ast.Star;
import dev.athanor.core.sql.ast.Statement;
import dev.athanor.core.sql.ast.Subquery;
import dev.athanor.core.sql.ast.Update;

/** Sends each node to its renderer method; the visitor interfaces make sure no node type is forgotten. */
final class NodeDispatch implements Statement.Visitor<Void, SqlWriter>, Expression.Visitor<Void, SqlWriter> {

    private final SqlRenderer renderer;

    NodeDispatch(SqlRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Void visit(Select node, SqlWriter out) {
        renderer.select(node, out);
        return null;
    }

    @Override
    public Void visit(Insert node, SqlWriter out) {
        renderer.insert(node, out);
        return null;
    }

    @Override
    public Void visit(Update node, SqlWriter out) {
        renderer.update(node, out);
        return null;
    }

    @Override
    public Void visit(Delete node, SqlWriter out) {
        renderer.delete(node, out);
        return null;
    }

    @Override
    public Void visit(CreateTable node, SqlWriter out) {
        renderer.createTable(node, out);
        return null;
    }

    @Override
    public Void visit(DropTable node, SqlWriter out) {
        renderer.dropTable(node, out);
        return null;
    }

    @Override
    public Void visit(AddForeignKey node, SqlWriter out) {
        renderer.addForeignKey(node, out);
        return null;
    }

    @Override
    public Void visit(CreateIndex node, SqlWriter out) {
        renderer.createIndex(node, out);
        return null;
    }

    @Override
    public Void visit(DropIndex node, SqlWriter out) {
        renderer.dropIndex(node, out);
        return null;
    }

    @Override
    public Void visit(CreateSequence node, SqlWriter out) {
        renderer.createSequence(node, out);
        return null;
    }

    @Override
    public Void visit(DropSequence node, SqlWriter out) {
        renderer.dropSequence(node, out);
        return null;
    }

    @Override
    public Void visit(ColumnRef node, SqlWriter out) {
        renderer.columnRef(node, out);
        return null;
    }

    @Override
    public Void visit(Star node, SqlWriter out) {
        renderer.star(node, out);
        return null;
    }

    @Override
    public Void visit(BindParam node, SqlWriter out) {
        out.bind(node);
        return null;
    }

    @Override
    public Void visit(Literal node, SqlWriter out) {
        renderer.literal(node, out);
        return null;
    }

    @Override
    public Void visit(Comparison node, SqlWriter out) {
        renderer.comparison(node, out);
        return null;
    }

    @Override
    public Void visit(Arithmetic node, SqlWriter out) {
        renderer.arithmetic(node, out);
        return null;
    }

    @Override
    public Void visit(Negate node, SqlWriter out) {
        renderer.negate(node, out);
        return null;
    }

    @Override
    public Void visit(Concat node, SqlWriter out) {
        renderer.concat(node, out);
        return null;
    }

    @Override
    public Void visit(Logical node, SqlWriter out) {
        renderer.logical(node, out);
        return null;
    }

    @Override
    public Void visit(Not node, SqlWriter out) {
        renderer.not(node, out);
        return null;
    }

    @Override
    public Void visit(IsNull node, SqlWriter out) {
        renderer.isNull(node, out);
        return null;
    }

    @Override
    public Void visit(InList node, SqlWriter out) {
        renderer.inList(node, out);
        return null;
    }

    @Override
    public Void visit(InSubquery node, SqlWriter out) {
        renderer.inSubquery(node, out);
        return null;
    }

    @Override
    public Void visit(Between node, SqlWriter out) {
        renderer.between(node, out);
        return null;
    }

    @Override
    public Void visit(Like node, SqlWriter out) {
        renderer.like(node, out);
        return null;
    }

    @Override
    public Void visit(Exists node, SqlWriter out) {
        renderer.exists(node, out);
        return null;
    }

    @Override
    public Void visit(FunctionCall node, SqlWriter out) {
        renderer.functionCall(node, out);
        return null;
    }

    @Override
    public Void visit(Case node, SqlWriter out) {
        renderer.caseExpression(node, out);
        return null;
    }

    @Override
    public Void visit(Subquery node, SqlWriter out) {
        renderer.subquery(node, out);
        return null;
    }

    @Override
    public Void visit(NextValue node, SqlWriter out) {
        renderer.nextValue(node, out);
        return null;
    }

    @Override
    public Void visit(CompoundSelect node, SqlWriter out) {
        renderer.compoundSelect(node, out);
        return null;
    }

    @Override
    public Void visit(StandardFunction node, SqlWriter out) {
        renderer.standardFunction(node, out);
        return null;
    }

    @Override
    public Void visit(QuantifiedComparison node, SqlWriter out) {
        renderer.quantifiedComparison(node, out);
        return null;
    }
}
