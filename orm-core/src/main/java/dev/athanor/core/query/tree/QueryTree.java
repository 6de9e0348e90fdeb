package dev.athanor.core.query.tree;

import java.util.List;

/**
 * A whole JPQL statement as written (SELECT, UPDATE or DELETE), and the clauses it is made of.
 * Built by the parser from text or by the Criteria API; see {@link Expr} for positions and equality.
 */
public sealed interface QueryTree {

    /** Offset of the statement's first character in the query text, or {@link Expr#NO_POSITION}. */
    int pos();

    /**
     * {@code SELECT ... [ORDER BY ...]}: one query specification or set operations of several.
     * ORDER BY belongs to the whole statement, after any UNION, INTERSECT or EXCEPT.
     */
    record Select(int pos, QueryBody body, List<Order> orderBy) implements QueryTree {
        public Select {
            orderBy = List.copyOf(orderBy);
        }
    }

    /** {@code UPDATE Entity [[AS] alias] SET path = value, ... [WHERE ...]}; alias may be null. */
    record Update(int pos, String entity, String alias, List<Assignment> assignments, Expr where)
            implements QueryTree {
        public Update {
            assignments = List.copyOf(assignments);
        }
    }

    /** {@code DELETE FROM Entity [[AS] alias] [WHERE ...]}; alias may be null. */
    record Delete(int pos, String entity, String alias, Expr where) implements QueryTree {
    }

    /** One {@code path = value} of an UPDATE; value may be a {@code NULL} literal. */
    record Assignment(int pos, Expr.Path target, Expr value) {
    }

    /** A query specification, or set operations combining several. */
    sealed interface QueryBody permits QuerySpec, SetOperation {
        int pos();
    }

    /**
     * {@code SELECT [DISTINCT] items FROM ... [WHERE] [GROUP BY] [HAVING]}. {@code select} is empty when
     * the SELECT clause was omitted (JPQL 3.2 allows it for a single entity in FROM: the result is that
     * entity). A subquery is a QuerySpec too.
     *
     * @param where null when absent
     * @param having null when absent
     */
    record QuerySpec(int pos, boolean distinct, List<Selection> select, List<From> from, Expr where,
            List<Expr> groupBy, Expr having) implements QueryBody {
        public QuerySpec {
            select = List.copyOf(select);
            from = List.copyOf(from);
            groupBy = List.copyOf(groupBy);
        }
    }

    /** {@code left UNION|INTERSECT|EXCEPT [ALL] right}. */
    record SetOperation(int pos, SetOperator operator, boolean all, QueryBody left, QueryBody right)
            implements QueryBody {
    }

    enum SetOperator {
        UNION, INTERSECT, EXCEPT
    }

    /**
     * One item of a SELECT list, with its result alias ({@code AS name}) or null. The expression may
     * be an {@link Expr.Constructor}.
     */
    record Selection(int pos, Expr expr, String alias) {
    }

    /**
     * One root of FROM with the joins that hang on it: {@code Entity [AS] alias}, or in a subquery a
     * path from an outer variable ({@code FROM o.lines l}); exactly one of {@code entity} and {@code path}
     * is set. {@code IN (o.lines) l} is written as a join of the preceding root. The alias is null only
     * where JPQL 3.2 lets it be omitted (a single root).
     */
    record From(int pos, String entity, Expr.Path path, String alias, List<Join> joins) {
        public From {
            joins = List.copyOf(joins);
            if ((entity == null) == (path == null)) {
                throw new IllegalArgumentException("a FROM item names an entity or a path, exactly one");
            }
        }
    }

    /**
     * {@code [LEFT [OUTER] | INNER] JOIN [FETCH] target [AS] alias [ON condition]}. The target is a path
     * from an earlier variable ({@code o.customer}), a {@link Expr.Treat} of one, or, for a join to an
     * unrelated entity, null with {@code entity} set ({@code JOIN Customer c ON c.email = o.email}).
     * Fetch joins may have no alias.
     *
     * @param on null when absent
     */
    record Join(int pos, JoinType type, boolean fetch, Expr target, String entity, String alias, Expr on) {
        public Join {
            if ((target == null) == (entity == null)) {
                throw new IllegalArgumentException("a join has a path target or an entity, exactly one");
            }
        }
    }

    enum JoinType {
        INNER, LEFT
    }

    /** One ORDER BY item: an expression or a result alias (a {@link Expr.Path} of one name). */
    record Order(int pos, Expr expr, boolean descending, Nulls nulls) {
    }

    enum Nulls {
        /** Where the database puts them. */
        DEFAULT, FIRST, LAST
    }
}
