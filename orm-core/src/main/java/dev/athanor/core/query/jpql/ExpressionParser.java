package dev.athanor.core.query.jpql;

import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditions and scalar expressions, by precedence from loosest to tightest: OR, AND, NOT, predicates
 * (comparison, BETWEEN, IN, LIKE, IS NULL, IS EMPTY, MEMBER OF), {@code ||}, + and -, * and /, unary
 * minus, then primaries (literals, parameters, paths, parentheses, functions, CASE, subqueries).
 * Functions and CASE are read by {@link FunctionParser}.
 */
final class ExpressionParser {

    private final TokenCursor cursor;
    private final JpqlParser statements;
    private final LiteralParser literals;
    private final FunctionParser functions;

    ExpressionParser(TokenCursor cursor, JpqlParser statements) {
        this.cursor = cursor;
        this.statements = statements;
        this.literals = new LiteralParser(cursor);
        this.functions = new FunctionParser(cursor, this);
    }

    /** A condition: OR of ANDs of [NOT] predicates. */
    Expr condition() {
        Expr first = and();
        if (!cursor.at("OR")) {
            return first;
        }
        List<Expr> operands = new ArrayList<>(List.of(first));
        while (cursor.accept("OR")) {
            operands.add(and());
        }
        return new Expr.Or(first.pos(), operands);
    }

    private Expr and() {
        Expr first = not();
        if (!cursor.at("AND")) {
            return first;
        }
        List<Expr> operands = new ArrayList<>(List.of(first));
        while (cursor.accept("AND")) {
            operands.add(not());
        }
        return new Expr.And(first.pos(), operands);
    }

    private Expr not() {
        if (!cursor.at("NOT")) {
            return predicate();
        }
        Token not = cursor.next();
        cursor.enter(not);
        try {
            if (cursor.at("EXISTS")) {
                return exists(not.pos(), true);
            }
            return new Expr.Not(not.pos(), not());
        } finally {
            cursor.exit();
        }
    }

    private Expr predicate() {
        if (cursor.at("EXISTS")) {
            return exists(cursor.peek().pos(), false);
        }
        Expr left = scalar();
        Token token = cursor.peek();
        ComparisonOpText op = ComparisonOpText.of(token);
        if (op != null) {
            cursor.next();
            return new Expr.Comparison(left.pos(), op.op, left, comparand());
        }
        if (cursor.accept("IS")) {
            boolean not = cursor.accept("NOT");
            if (cursor.accept("NULL")) {
                return new Expr.IsNull(left.pos(), not, left);
            }
            if (cursor.accept("EMPTY")) {
                return new Expr.IsEmpty(left.pos(), not, left);
            }
            throw cursor.expected("NULL or EMPTY after IS" + (not ? " NOT" : ""));
        }
        boolean not = cursor.accept("NOT");
        if (not && !isPredicateWord(cursor.peek())) {
            throw cursor.expected("BETWEEN, IN, LIKE or MEMBER after NOT");
        }
        if (cursor.accept("BETWEEN")) {
            Expr low = scalar();
            cursor.expect("AND", "AND between the bounds of BETWEEN");
            return new Expr.Between(left.pos(), not, left, low, scalar());
        }
        if (cursor.accept("IN")) {
            return new Expr.In(left.pos(), not, left, inItems());
        }
        if (cursor.accept("LIKE")) {
            Expr pattern = scalar();
            Expr escape = cursor.accept("ESCAPE") ? scalar() : null;
            return new Expr.Like(left.pos(), not, left, pattern, escape);
        }
        if (cursor.accept("MEMBER")) {
            cursor.accept("OF");
            return new Expr.MemberOf(left.pos(), not, left, scalar());
        }
        return left;
    }

    private static boolean isPredicateWord(Token token) {
        return token.is("BETWEEN") || token.is("IN") || token.is("LIKE") || token.is("MEMBER");
    }

    private Expr comparand() {
        Token token = cursor.peek();
        for (Expr.Quantifier quantifier : Expr.Quantifier.values()) {
            if (token.is(quantifier.name())) {
                cursor.next();
                cursor.expectSymbol("(", "'(' and a subquery after " + quantifier);
                QueryTree.QuerySpec query = statements.subquery();
                cursor.expectSymbol(")", "')' to close the subquery");
                return new Expr.Quantified(token.pos(), quantifier, query);
            }
        }
        return scalar();
    }

    private Expr exists(int pos, boolean not) {
        Token exists = cursor.next();
        cursor.expectSymbol("(", "'(' and a subquery after " + exists.text());
        QueryTree.QuerySpec query = statements.subquery();
        cursor.expectSymbol(")", "')' to close the subquery");
        return new Expr.Exists(pos, not, query);
    }

    private List<Expr> inItems() {
        Token token = cursor.peek();
        if (token.type() == TokenType.NAMED_PARAM || token.type() == TokenType.POSITIONAL_PARAM) {
            return List.of(parameter(cursor.next()));
        }
        cursor.expectSymbol("(", "'(', a parameter or a subquery after IN");
        if (cursor.at("SELECT")) {
            Token select = cursor.peek();
            QueryTree.QuerySpec query = statements.subquery();
            cursor.expectSymbol(")", "')' to close the subquery");
            return List.of(new Expr.SubqueryExpr(select.pos(), query));
        }
        List<Expr> items = new ArrayList<>();
        do {
            items.add(scalar());
        } while (cursor.acceptSymbol(","));
        cursor.expectSymbol(")", "',' or ')' in the IN list");
        return items;
    }

    /** A scalar expression: concatenation, arithmetic, or a primary. */
    Expr scalar() {
        Expr first = additive();
        if (!cursor.atSymbol("||")) {
            return first;
        }
        List<Expr> parts = new ArrayList<>(List.of(first));
        while (cursor.acceptSymbol("||")) {
            parts.add(additive());
        }
        return new Expr.Call(first.pos(), "CONCAT", parts);
    }

    /**
     * + and -, left-associative. Each operator deepens the tree by one level, and later stages walk the
     * tree recursively, so the links of the chain count toward the nesting limit.
     */
    private Expr additive() {
        Expr left = multiplicative();
        int links = 0;
        try {
            while (cursor.atSymbol("+") || cursor.atSymbol("-")) {
                Token op = cursor.next();
                cursor.enter(op);
                links++;
                left = new Expr.Arithmetic(left.pos(), op.isSymbol("+") ? Expr.ArithmeticOp.PLUS
                        : Expr.ArithmeticOp.MINUS, left, multiplicative());
            }
            return left;
        } finally {
            cursor.exit(links);
        }
    }

    /** * and /, left-associative; counted toward the nesting limit as in {@link #additive()}. */
    private Expr multiplicative() {
        Expr left = unary();
        int links = 0;
        try {
            while (cursor.atSymbol("*") || cursor.atSymbol("/")) {
                Token op = cursor.next();
                cursor.enter(op);
                links++;
                left = new Expr.Arithmetic(left.pos(), op.isSymbol("*") ? Expr.ArithmeticOp.TIMES
                        : Expr.ArithmeticOp.DIVIDE, left, unary());
            }
            return left;
        } finally {
            cursor.exit(links);
        }
    }

    /** Unary minus; a minus right before a number is folded into the literal ({@code -5} is the value -5). */
    private Expr unary() {
        Token sign = cursor.peek();
        if (!sign.isSymbol("-") && !sign.isSymbol("+")) {
            return primary();
        }
        cursor.next();
        if (cursor.peek().type() == TokenType.NUMBER) {
            return literals.number(cursor.next(), sign.isSymbol("-"), sign.pos());
        }
        cursor.enter(sign);
        try {
            Expr operand = unary();
            return sign.isSymbol("-") ? new Expr.Negate(sign.pos(), operand) : operand;
        } finally {
            cursor.exit();
        }
    }

    private Expr primary() {
        Token token = cursor.peek();
        switch (token.type()) {
            case NUMBER:
                return literals.number(cursor.next(), false, token.pos());
            case STRING:
                cursor.next();
                return new Expr.Literal(token.pos(), token.value());
            case NAMED_PARAM:
            case POSITIONAL_PARAM:
                return parameter(cursor.next());
            case WORD:
                return word(token);
            default:
                break;
        }
        if (token.isSymbol("(")) {
            return parenthesized(cursor.next());
        }
        if (token.isSymbol("{")) {
            return literals.jdbcEscape();
        }
        throw expression();
    }

    /** "expected an expression after 'x' but found 'y'" at the current token. */
    QueryException expression() {
        Token previous = cursor.previous();
        return cursor.expected("an expression" + (previous == null ? "" : " after " + previous.describe()));
    }

    private Expr parenthesized(Token open) {
        cursor.enter(open);
        try {
            if (cursor.at("SELECT")) {
                QueryTree.QuerySpec query = statements.subquery();
                cursor.expectSymbol(")", "')' to close the subquery");
                return new Expr.SubqueryExpr(open.pos(), query);
            }
            Expr inner = condition();
            cursor.expectSymbol(")", "')' to close the parenthesis");
            return inner;
        } finally {
            cursor.exit();
        }
    }

    private Expr word(Token token) {
        String upper = token.upper();
        switch (upper) {
            case "TRUE":
                cursor.next();
                return new Expr.Literal(token.pos(), Boolean.TRUE);
            case "FALSE":
                cursor.next();
                return new Expr.Literal(token.pos(), Boolean.FALSE);
            case "NULL":
                cursor.next();
                return new Expr.Literal(token.pos(), null);
            case "CASE":
                cursor.enter(token);
                try {
                    return functions.caseExpression();
                } finally {
                    cursor.exit();
                }
            default:
                break;
        }
        Expr special = functions.tryFunction(token);
        if (special != null) {
            return special;
        }
        if (TokenCursor.STRUCTURAL.contains(upper)) {
            throw expression();
        }
        return path();
    }

    /** A dotted path from its first name; every word after a dot is an attribute name, reserved or not. */
    Expr.Path path() {
        Token first = cursor.expectWord("a path");
        List<String> names = new ArrayList<>(List.of(first.text()));
        while (cursor.acceptSymbol(".")) {
            names.add(cursor.expectWord("an attribute name after '.'").text());
        }
        return new Expr.Path(first.pos(), null, names);
    }

    /** Names after a qualifier such as TREAT(...) or KEY(...): {@code .a.b}, or the qualifier alone. */
    Expr qualified(Expr qualifier) {
        if (!cursor.atSymbol(".")) {
            return qualifier;
        }
        List<String> names = new ArrayList<>();
        while (cursor.acceptSymbol(".")) {
            names.add(cursor.expectWord("an attribute name after '.'").text());
        }
        return new Expr.Path(qualifier.pos(), qualifier, names);
    }

    Expr.Param parameter(Token token) {
        if (token.type() == TokenType.NAMED_PARAM) {
            return new Expr.Param(token.pos(), token.value(), 0);
        }
        int position;
        try {
            position = Integer.parseInt(token.value());
        } catch (NumberFormatException e) {
            position = 0;
        }
        if (position <= 0) {
            throw cursor.error(token.pos(), "invalid positional parameter '" + token.text() + "'",
                    "Number positional parameters from ?1 up to ?" + Integer.MAX_VALUE + ".");
        }
        return new Expr.Param(token.pos(), null, position);
    }

    /** The six comparison operators, with {@code !=} read as {@code <>}. */
    private enum ComparisonOpText {
        EQ("=", Expr.ComparisonOp.EQ), NE("<>", Expr.ComparisonOp.NE), NE_BANG("!=", Expr.ComparisonOp.NE),
        LT("<", Expr.ComparisonOp.LT), LE("<=", Expr.ComparisonOp.LE), GT(">", Expr.ComparisonOp.GT),
        GE(">=", Expr.ComparisonOp.GE);

        private final String symbol;
        private final Expr.ComparisonOp op;

        ComparisonOpText(String symbol, Expr.ComparisonOp op) {
            this.symbol = symbol;
            this.op = op;
        }

        static ComparisonOpText of(Token token) {
            for (ComparisonOpText candidate : values()) {
                if (token.isSymbol(candidate.symbol)) {
                    return candidate;
                }
            }
            return null;
        }
    }
}
