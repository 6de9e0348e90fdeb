package dev.athanor.core.sql.ast;

/**
 * A value in SQL: a column, a bind parameter, a literal, an operator applied to expressions, a
 * function call or a subquery. Nodes are immutable records and know nothing of dialects; a renderer
 * decides how each is written.
 */
public sealed interface Expression permits ColumnRef, Star, BindParam, Literal, Comparison, Arithmetic, Negate,
        Concat, Logical, Not, IsNull, InList, InSubquery, Between, Like, Exists, FunctionCall, Case, Subquery,
        NextValue, StandardFunction, QuantifiedComparison {

    /** Calls the visitor's method for this node's type. */
    <R, C> R accept(Visitor<R, C> visitor, C context);

    /**
     * One method per expression type, so that a new node does not compile until every visitor
     * handles it. {@code C} is whatever the visitor carries along (a renderer's output buffer).
     */
    interface Visitor<R, C> {
        R visit(ColumnRef node, C context);

        R visit(Star node, C context);

        R visit(BindParam node, C context);

        R visit(Literal node, C context);

        R visit(Comparison node, C context);

        R visit(Arithmetic node, C context);

        R visit(Negate node, C context);

        R visit(Concat node, C context);

        R visit(Logical node, C context);

        R visit(Not node, C context);

        R visit(IsNull node, C context);

        R visit(InList node, C context);

        R visit(InSubquery node, C context);

        R visit(Between node, C context);

        R visit(Like node, C context);

        R visit(Exists node, C context);

        R visit(FunctionCall node, C context);

        R visit(Case node, C context);

        R visit(Subquery node, C context);

        R visit(NextValue node, C context);

        R visit(StandardFunction node, C context);

        R visit(QuantifiedComparison node, C context);
    }
}
