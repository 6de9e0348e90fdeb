package dev.athanor.core.sql.render;

import dev.athanor.core.sql.ast.Arithmetic;
import dev.athanor.core.sql.ast.Between;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.Case;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Concat;
import dev.athanor.core.sql.ast.Exists;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.FunctionCall;
import dev.athanor.core.sql.ast.InList;
import dev.athanor.core.sql.ast.InSubquery;
import dev.athanor.core.sql.ast.IsNull;
import dev.athanor.core.sql.ast.Like;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Logical;
import dev.athanor.core.sql.ast.Negate;
import dev.athanor.core.sql.ast.NextValue;
import dev.athanor.core.sql.ast.Not;
import dev.athanor.core.sql.ast.QuantifiedComparison;
import dev.athanor.core.sql.ast.StandardFunction;
import dev.athanor.core.sql.ast.Star;
import dev.athanor.core.sql.ast.Subquery;

/** How tightly each expression binds, so that the renderer knows where parentheses are needed. */
final class Precedence implements Expression.Visitor<Integer, Void> {

    private final SqlRenderer renderer;

    Precedence(SqlRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Integer visit(ColumnRef node, Void unused) {
        return SqlRenderer.ATOM;
    }

    @Override
    public Integer visit(Star node, Void unused) {
        return SqlRenderer.ATOM;
    }

    @Override
    public Integer visit(BindParam node, Void unused) {
        return SqlRenderer.ATOM;
    }

    @Override
    public Integer visit(Literal node, Void unused) {
        // a negative number is a minus sign and a number
        return node.value() instanceof Number n && n.toString().startsWith("-") ? SqlRenderer.UNARY : SqlRenderer.ATOM;
    }

    @Override
    public Integer visit(Comparison node, Void unused) {
        return SqlRenderer.PREDICATE;
    }

    @Override
    public Integer visit(Arithmetic node, Void unused) {
        return node.operator().multiplicative() ? SqlRenderer.MULTIPLICATIVE : SqlRenderer.ADDITIVE;
    }

    @Override
    public Integer visit(Negate node, Void unused) {
        return SqlRenderer.UNARY;
    }

    @Override
    public Integer visit(Concat node, Void unused) {
        return renderer.concatPrecedence();
    }

    @Override
    public Integer visit(Logical node, Void unused) {
        return node.operator() == Logical.Operator.AND ? SqlRenderer.AND : SqlRenderer.OR;
    }

    @Override
    public Integer visit(Not node, Void unused) {
        return SqlRenderer.NOT;
    }

    @Override
    public Integer visit(IsNull node, Void unused) {
        return SqlRenderer.PREDICATE;
    }

    @Override
    public Integer visit(InList node, Void unused) {
        return SqlRenderer.PREDICATE;
    }

    @Override
    public Integer visit(InSubquery node, Void unused) {
        return SqlRenderer.PREDICATE;
    }

    @Override
    public Integer visit(Between node, Void unused) {
        return SqlRenderer.PREDICATE;
    }

    @Override
    public Integer visit(Like node, Void unused) {
        return SqlRenderer.PREDICATE;
    }

    @Override
    public Integer visit(Exists node, Void unused) {
        return SqlRenderer.ATOM;
    }

    @Override
    public Integer visit(FunctionCall node, Void unused) {
        return SqlRenderer.ATOM;
    }

    @Override
    public Integer visit(Case node, Void unused) {
        return SqlRenderer.ATOM;
    }

    @Override
    public Integer visit(Subquery node, Void unused) {
        return SqlRenderer.ATOM;
    }

    @Override
    public Integer visit(NextValue node, Void unused) {
        return SqlRenderer.ATOM;
    }

    @Override
    public Integer visit(StandardFunction node, Void unused) {
        // renderers parenthesise the infix spellings (a % b, a DIV b), so the result is always an atom
        return SqlRenderer.ATOM;
    }

    @Override
    public Integer visit(QuantifiedComparison node, Void unused) {
        return SqlRenderer.PREDICATE;
    }
}
