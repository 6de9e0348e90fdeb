package dev.athanor.core.query.jpql;

import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The FROM clause: roots ({@code Entity [AS] alias}, or in a subquery a path from an outer variable),
 * their joins ({@code [INNER|LEFT [OUTER]] JOIN [FETCH] target [AS] alias [ON condition]}, to a path, a
 * TREAT of one or an entity) and {@code IN (path) alias}, which is an inner join of the preceding root.
 */
final class FromClauseParser {

    /** Words that begin or join clauses and so cannot be an entity name in FROM or JOIN. */
    private static final Set<String> CLAUSE_WORDS = Set.of("SELECT", "FROM", "WHERE", "HAVING", "UNION", "INTERSECT",
            "EXCEPT", "JOIN", "INNER", "LEFT", "OUTER", "FETCH", "ON", "AND", "OR", "NOT", "IN", "AS", "DISTINCT", "SET",
            "BY");

    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    FromClauseParser(TokenCursor cursor, ExpressionParser expressions) {
        this.cursor = cursor;
        this.expressions = expressions;
    }

    /** The items after FROM (already consumed). */
    List<QueryTree.From> fromClause(boolean subquery) {
        List<QueryTree.From> roots = new ArrayList<>();
        do {
            if (cursor.at("IN") && (subquery || cursor.peek(1).isSymbol("("))) {
                collectionMember(roots, subquery);
            } else {
                roots.add(root(subquery));
            }
        } while (cursor.acceptSymbol(","));
        return roots;
    }

    private QueryTree.From root(boolean subquery) {
        Token start = cursor.peek();
        if (!atEntityOrPath() || start.is("TREAT") && !subquery) {
            throw cursor.expected("an entity name in FROM");
        }
        Expr.Path path = asPath(target());
        if ((path.names().size() != 1 || path.qualifier() != null) && !subquery) {
            throw cursor.error(start.pos(), "expected an entity name in FROM but found a path",
                    "Name an entity in the outer FROM clause and join its attributes: FROM Order o JOIN o.lines l.");
        }
        String alias = cursor.alias();
        List<QueryTree.Join> joins = joins();
        return path.qualifier() == null && path.names().size() == 1
                ? new QueryTree.From(start.pos(), path.names().get(0), null, alias, joins)
                : new QueryTree.From(start.pos(), null, path, alias, joins);
    }

    /**
     * Whether the current word may be an entity name or start a path. Entities are often named after
     * keywords (Order, Group, Member, Case), so only words that begin or join clauses are refused.
     */
    private boolean atEntityOrPath() {
        Token token = cursor.peek();
        if (token.type() != TokenType.WORD || CLAUSE_WORDS.contains(token.upper())) {
            return false;
        }
        return !(token.is("ORDER") || token.is("GROUP")) || !cursor.peek(1).is("BY");
    }

    /**
     * {@code IN (o.lines) [AS] l}: an inner join added to the root before it. In a subquery the
     * parentheses may be left out and the declaration may come first, where it is a root over the path.
     */
    private void collectionMember(List<QueryTree.From> roots, boolean subquery) {
        Token in = cursor.next();
        if (roots.isEmpty() && !subquery) {
            throw cursor.error(in.pos(), "IN (...) cannot be the first item of FROM",
                    "Declare the entity first: FROM Order o, IN (o.lines) l.");
        }
        boolean parenthesized = cursor.acceptSymbol("(");
        Expr target = target();
        if (parenthesized) {
            cursor.expectSymbol(")", "')' after the collection path in IN (...)");
        }
        cursor.accept("AS");
        String alias = cursor.expectIdentifier("an identification variable after IN (...)");
        if (roots.isEmpty()) {
            roots.add(new QueryTree.From(in.pos(), null, asPath(target), alias, joins()));
            return;
        }
        QueryTree.From last = roots.get(roots.size() - 1);
        List<QueryTree.Join> joins = new ArrayList<>(last.joins());
        joins.add(new QueryTree.Join(in.pos(), QueryTree.JoinType.INNER, false, target, null, alias, null));
        joins.addAll(joins());
        roots.set(roots.size() - 1, new QueryTree.From(last.pos(), last.entity(), last.path(), last.alias(), joins));
    }

    /** A FROM path: a dotted path as read, or a TREAT(...) seen as a path with no names after it. */
    private static Expr.Path asPath(Expr target) {
        return target instanceof Expr.Path path ? path : new Expr.Path(target.pos(), target, List.of());
    }

    private List<QueryTree.Join> joins() {
        List<QueryTree.Join> joins = new ArrayList<>();
        while (true) {
            Token start = cursor.peek();
            QueryTree.JoinType type = QueryTree.JoinType.INNER;
            if (cursor.accept("LEFT")) {
                type = QueryTree.JoinType.LEFT;
                cursor.accept("OUTER");
                cursor.expect("JOIN", "JOIN after LEFT");
            } else if (cursor.accept("INNER")) {
                cursor.expect("JOIN", "JOIN after INNER");
            } else if (!cursor.accept("JOIN")) {
                return joins;
            }
            joins.add(join(start, type));
        }
    }

    private QueryTree.Join join(Token start, QueryTree.JoinType type) {
        boolean fetch = cursor.accept("FETCH");
        Token targetStart = cursor.peek();
        Expr target = target();
        String entity = null;
        if (target instanceof Expr.Path path && path.qualifier() == null && path.names().size() == 1) {
            if (fetch) {
                throw cursor.error(targetStart.pos(), "a fetch join needs a path such as o.customer, not the name '"
                        + path.names().get(0) + "' alone", "Fetch an association of an earlier variable: JOIN FETCH o."
                        + path.names().get(0) + ".");
            }
            entity = path.names().get(0);
            target = null;
        }
        String alias = cursor.alias();
        if (alias == null && !fetch) {
            throw cursor.expected("an identification variable for the joined "
                    + (entity != null ? "entity '" + entity + "'" : "path"));
        }
        Expr on = cursor.accept("ON") ? expressions.condition() : null;
        return new QueryTree.Join(start.pos(), type, fetch, target, entity, alias, on);
    }

    /** A join or IN target: a path, or TREAT(path AS Entity) possibly followed by names. */
    private Expr target() {
        Token token = cursor.peek();
        if (token.is("TREAT") && cursor.peek(1).isSymbol("(")) {
            return expressions.scalar();
        }
        if (!atEntityOrPath()) {
            throw cursor.expected("a path to join, such as o.customer");
        }
        return expressions.path();
    }
}
