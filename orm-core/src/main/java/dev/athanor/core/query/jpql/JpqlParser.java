package dev.athanor.core.query.jpql;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Jakarta Persistence 3.2 query (SELECT with set operations, UPDATE, DELETE) into a
 * {@link QueryTree}, keeping each node's offset in the text. This class reads statements and their
 * clauses; {@link ExpressionParser} reads conditions and values. Names are not resolved here.
 */
public final class JpqlParser {

    // words that may follow a complete FROM clause, for a did-you-mean on a misspelt one ("WERE")
    private static final List<String> CLAUSES = List.of("WHERE", "GROUP", "HAVING", "ORDER", "UNION", "INTERSECT",
            "EXCEPT", "JOIN", "LEFT", "INNER", "AND", "OR");

    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final FromClauseParser fromClause;

    private JpqlParser(String text) {
        this.cursor = new TokenCursor(text);
        this.expressions = new ExpressionParser(cursor, this);
        this.fromClause = new FromClauseParser(cursor, expressions);
    }

    /**
     * Parses one statement.
     *
     * @throws QueryException with {@code QUERY_SYNTAX} naming what was expected, what was found and where
     */
    public static QueryTree parse(String text) {
        if (text == null) {
            throw QueryException.at(ErrorCode.QUERY_SYNTAX, "", 0,
                    "the query text is null", "Pass the JPQL text of the query.");
        }
        JpqlParser parser = new JpqlParser(text);
        QueryTree tree = parser.statement();
        if (!parser.cursor.atEnd()) {
            Token extra = parser.cursor.peek();
            String clause = Suggestions.didYouMean(extra.text(), CLAUSES);
            throw parser.cursor.error(extra.pos(), "unexpected " + extra.describe() + " after the end of the statement"
                    + (clause.isEmpty() ? "" : "." + clause),
                    "Remove the extra text, or join conditions with AND/OR and clauses in the order"
                            + " SELECT, FROM, WHERE, GROUP BY, HAVING, ORDER BY.");
        }
        return tree;
    }

    private QueryTree statement() {
        Token first = cursor.peek();
        if (first.is("SELECT") || first.is("FROM") || first.isSymbol("(")) {
            QueryTree.QueryBody body = union();
            return new QueryTree.Select(first.pos(), body, orderBy());
        }
        if (first.is("UPDATE")) {
            return update();
        }
        if (first.is("DELETE")) {
            return delete();
        }
        throw cursor.expectedKeyword("SELECT, FROM, UPDATE or DELETE at the start of the query",
                List.of("SELECT", "FROM", "UPDATE", "DELETE"));
    }

    // ---- SELECT and set operations ----

    /**
     * UNION and EXCEPT, left-associative, over INTERSECT terms (INTERSECT binds tighter, as in SQL). Each
     * operator deepens the tree, so the links count toward the nesting limit.
     */
    private QueryTree.QueryBody union() {
        QueryTree.QueryBody left = intersection();
        int links = 0;
        try {
            while (cursor.at("UNION") || cursor.at("EXCEPT")) {
                Token op = cursor.next();
                cursor.enter(op);
                links++;
                boolean all = cursor.accept("ALL");
                left = new QueryTree.SetOperation(left.pos(), QueryTree.SetOperator.valueOf(op.upper()), all, left,
                        intersection());
            }
            return left;
        } finally {
            cursor.exit(links);
        }
    }

    private QueryTree.QueryBody intersection() {
        QueryTree.QueryBody left = queryTerm();
        int links = 0;
        try {
            while (cursor.at("INTERSECT")) {
                cursor.enter(cursor.next());
                links++;
                boolean all = cursor.accept("ALL");
                left = new QueryTree.SetOperation(left.pos(), QueryTree.SetOperator.INTERSECT, all, left, queryTerm());
            }
            return left;
        } finally {
            cursor.exit(links);
        }
    }

    private QueryTree.QueryBody queryTerm() {
        if (cursor.atSymbol("(")) {
            Token open = cursor.next();
            cursor.enter(open);
            try {
                QueryTree.QueryBody body = union();
                cursor.expectSymbol(")", "')' to close the parenthesized query");
                return body;
            } finally {
                cursor.exit();
            }
        }
        if (!cursor.at("SELECT") && !cursor.at("FROM")) {
            throw cursor.expected("SELECT or FROM to start a query");
        }
        return querySpec(false);
    }

    /** A subquery: {@code SELECT ... FROM ...}, SELECT current; used by {@link ExpressionParser}. */
    QueryTree.QuerySpec subquery() {
        Token select = cursor.peek();
        if (!select.is("SELECT")) {
            throw cursor.expected("SELECT to start the subquery");
        }
        cursor.enter(select);
        try {
            return querySpec(true);
        } finally {
            cursor.exit();
        }
    }

    private QueryTree.QuerySpec querySpec(boolean subquery) {
        int pos = cursor.peek().pos();
        boolean distinct = false;
        List<QueryTree.Selection> select = new ArrayList<>();
        if (cursor.accept("SELECT")) {
            distinct = cursor.accept("DISTINCT");
            do {
                select.add(selection());
            } while (cursor.acceptSymbol(","));
            if (!cursor.at("FROM")) {
                throw missingFrom(select.get(select.size() - 1));
            }
            cursor.next();
        } else {
            cursor.expect("FROM", "SELECT or FROM");
        }
        List<QueryTree.From> from = fromClause.fromClause(subquery);
        Expr where = cursor.accept("WHERE") ? expressions.condition() : null;
        List<Expr> groupBy = new ArrayList<>();
        if (cursor.accept("GROUP")) {
            cursor.expect("BY", "BY after GROUP");
            do {
                groupBy.add(expressions.scalar());
            } while (cursor.acceptSymbol(","));
        }
        Expr having = cursor.accept("HAVING") ? expressions.condition() : null;
        return new QueryTree.QuerySpec(pos, distinct, select, from, where, groupBy, having);
    }

    /** A misspelt FROM right after an item reads as its alias ({@code SELECT e FORM E e}); point at it then. */
    private QueryException missingFrom(QueryTree.Selection last) {
        Token previous = cursor.previous();
        boolean misspelt = last.alias() != null && previous.text().equals(last.alias()) && previous.text().length() >= 3
                && Suggestions.closest(previous.text(), List.of("FROM")).isPresent();
        if (misspelt) {
            return cursor.error(previous.pos(), "expected FROM after the select list but found "
                    + previous.describe() + "." + Suggestions.didYouMean(previous.text(), List.of("FROM")), null);
        }
        return cursor.expectedKeyword("FROM after the select list", List.of("FROM"));
    }

    private QueryTree.Selection selection() {
        Token start = cursor.peek();
        Expr expr = start.is("NEW") ? constructor() : expressions.scalar();
        return new QueryTree.Selection(start.pos(), expr, cursor.alias());
    }

    private Expr constructor() {
        Token start = cursor.next();
        StringBuilder className = new StringBuilder(cursor.expectWord("a class name after NEW").text());
        while (cursor.acceptSymbol(".")) {
            className.append('.').append(cursor.expectWord("a name after '.' in the class name").text());
        }
        cursor.expectSymbol("(", "'(' and the constructor arguments after NEW " + className);
        List<Expr> args = new ArrayList<>();
        do {
            args.add(expressions.scalar());
        } while (cursor.acceptSymbol(","));
        cursor.expectSymbol(")", "',' or ')' in the constructor arguments");
        return new Expr.Constructor(start.pos(), className.toString(), args);
    }

    private List<QueryTree.Order> orderBy() {
        List<QueryTree.Order> items = new ArrayList<>();
        if (!cursor.accept("ORDER")) {
            return items;
        }
        cursor.expect("BY", "BY after ORDER");
        do {
            Expr expr = expressions.scalar();
            boolean descending = false;
            if (cursor.accept("DESC")) {
                descending = true;
            } else {
                cursor.accept("ASC");
            }
            QueryTree.Nulls nulls = QueryTree.Nulls.DEFAULT;
            if (cursor.accept("NULLS")) {
                if (cursor.accept("FIRST")) {
                    nulls = QueryTree.Nulls.FIRST;
                } else if (cursor.accept("LAST")) {
                    nulls = QueryTree.Nulls.LAST;
                } else {
                    throw cursor.expected("FIRST or LAST after NULLS");
                }
            }
            items.add(new QueryTree.Order(expr.pos(), expr, descending, nulls));
        } while (cursor.acceptSymbol(","));
        return items;
    }

    // ---- UPDATE and DELETE ----

    private QueryTree update() {
        Token start = cursor.next();
        String entity = cursor.expectWord("the entity name after UPDATE").text();
        String alias = cursor.alias();
        cursor.expect("SET", "SET after the entity of UPDATE");
        List<QueryTree.Assignment> assignments = new ArrayList<>();
        do {
            Token target = cursor.peek();
            if (target.type() != TokenType.WORD || TokenCursor.STRUCTURAL.contains(target.upper())) {
                throw cursor.expected("an attribute to set");
            }
            Expr.Path path = expressions.path();
            cursor.expectSymbol("=", "'=' after the attribute to set");
            assignments.add(new QueryTree.Assignment(target.pos(), path, expressions.scalar()));
        } while (cursor.acceptSymbol(","));
        Expr where = cursor.accept("WHERE") ? expressions.condition() : null;
        return new QueryTree.Update(start.pos(), entity, alias, assignments, where);
    }

    private QueryTree delete() {
        Token start = cursor.next();
        cursor.expect("FROM", "FROM after DELETE");
        String entity = cursor.expectWord("the entity name after DELETE FROM").text();
        String alias = cursor.alias();
        Expr where = cursor.accept("WHERE") ? expressions.condition() : null;
        return new QueryTree.Delete(start.pos(), entity, alias, where);
    }
}
