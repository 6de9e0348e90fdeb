package dev.athanor.core.query.jpql;

import dev.athanor.core.query.tree.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in functions, aggregates, TRIM, CAST, EXTRACT, FUNCTION, TREAT, date/time keywords and
 * CASE. A function name is only a function when '(' follows it; otherwise it may be an attribute name
 * (with an omitted identification variable, {@code WHERE length > 3}), so the caller reads a path.
 */
final class FunctionParser {

    /** Built-in functions read as {@link Expr.Call}: name to {minimum, maximum} argument count. */
    private static final Map<String, int[]> CALLS = Map.ofEntries(
            Map.entry("UPPER", new int[] {1, 1}), Map.entry("LOWER", new int[] {1, 1}),
            Map.entry("LENGTH", new int[] {1, 1}), Map.entry("LOCATE", new int[] {2, 3}),
            Map.entry("SUBSTRING", new int[] {2, 3}), Map.entry("CONCAT", new int[] {2, Integer.MAX_VALUE}),
            Map.entry("LEFT", new int[] {2, 2}), Map.entry("RIGHT", new int[] {2, 2}),
            Map.entry("REPLACE", new int[] {3, 3}), Map.entry("ABS", new int[] {1, 1}),
            Map.entry("SQRT", new int[] {1, 1}), Map.entry("MOD", new int[] {2, 2}),
            Map.entry("CEILING", new int[] {1, 1}), Map.entry("FLOOR", new int[] {1, 1}),
            Map.entry("EXP", new int[] {1, 1}), Map.entry("LN", new int[] {1, 1}),
            Map.entry("POWER", new int[] {2, 2}), Map.entry("ROUND", new int[] {2, 2}),
            Map.entry("SIGN", new int[] {1, 1}), Map.entry("SIZE", new int[] {1, 1}),
            Map.entry("INDEX", new int[] {1, 1}), Map.entry("COALESCE", new int[] {2, Integer.MAX_VALUE}),
            Map.entry("NULLIF", new int[] {2, 2}), Map.entry("TYPE", new int[] {1, 1}),
            Map.entry("ID", new int[] {1, 1}), Map.entry("VERSION", new int[] {1, 1}));

    /** Functions of one identification variable or path whose result may be followed by {@code .name}. */
    private static final Set<String> QUALIFIERS = Set.of("KEY", "VALUE", "ENTRY");

    /** Functions with a syntax of their own inside the parentheses. */
    private static final Set<String> OWN_SYNTAX = Set.of("TRIM", "CAST", "EXTRACT", "FUNCTION", "TREAT", "OBJECT");

    private static final Set<String> EXTRACT_FIELDS =
            Set.of("YEAR", "QUARTER", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND", "DATE", "TIME");

    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    FunctionParser(TokenCursor cursor, ExpressionParser expressions) {
        this.cursor = cursor;
        this.expressions = expressions;
    }

    /** The function or keyword value starting at {@code token}, or null when it is not one (a path, then). */
    Expr tryFunction(Token token) {
        String name = token.upper();
        Expr temporal = temporal(token, name);
        if (temporal != null) {
            return temporal;
        }
        if (!cursor.peek(1).isSymbol("(")) {
            return null;
        }
        boolean known = CALLS.containsKey(name) || QUALIFIERS.contains(name) || isAggregate(name)
                || OWN_SYNTAX.contains(name);
        if (!known) {
            return null;
        }
        cursor.next();
        Token open = cursor.next();
        cursor.enter(open);
        try {
            Expr result = body(token, name);
            cursor.expectSymbol(")", "')' to close " + name + "(");
            return QUALIFIERS.contains(name) || name.equals("TREAT") ? expressions.qualified(result) : result;
        } finally {
            cursor.exit();
        }
    }

    private Expr body(Token token, String name) {
        int pos = token.pos();
        switch (name) {
            case "TRIM":
                return trim(pos);
            case "CAST": {
                Expr operand = expressions.scalar();
                cursor.expect("AS", "AS and a type name in CAST");
                return new Expr.Cast(pos, operand, cursor.expectWord("a type name after AS in CAST").text());
            }
            case "EXTRACT":
                return extract(pos);
            case "FUNCTION":
                return databaseFunction(pos);
            case "TREAT": {
                Expr path = expressions.scalar();
                cursor.expect("AS", "AS and an entity name in TREAT");
                return new Expr.Treat(pos, path, cursor.expectWord("an entity name after AS in TREAT").text());
            }
            case "OBJECT":
                return expressions.path();
            default:
                break;
        }
        if (isAggregate(name)) {
            boolean distinct = cursor.accept("DISTINCT");
            return new Expr.Aggregate(pos, Expr.AggregateFunction.valueOf(name), distinct, expressions.scalar());
        }
        List<Expr> args = arguments();
        int[] arity = CALLS.getOrDefault(name, new int[] {1, 1});
        if (args.size() < arity[0] || args.size() > arity[1]) {
            String expected = arity[0] == arity[1] ? String.valueOf(arity[0])
                    : arity[1] == Integer.MAX_VALUE ? arity[0] + " or more" : arity[0] + " to " + arity[1];
            throw cursor.error(pos, name + " takes " + expected + " argument" + (arity[1] == 1 ? "" : "s")
                    + " but was given " + args.size(), null);
        }
        return new Expr.Call(pos, name, args);
    }

    private List<Expr> arguments() {
        List<Expr> args = new ArrayList<>();
        do {
            args.add(expressions.scalar());
        } while (cursor.acceptSymbol(","));
        return args;
    }

    private static boolean isAggregate(String name) {
        return name.equals("COUNT") || name.equals("SUM") || name.equals("AVG") || name.equals("MIN")
                || name.equals("MAX");
    }

    /** {@code TRIM([LEADING|TRAILING|BOTH] [character] FROM source)} or {@code TRIM(source)}. */
    private Expr trim(int pos) {
        Expr.TrimSpec spec = null;
        for (Expr.TrimSpec candidate : Expr.TrimSpec.values()) {
            if (cursor.accept(candidate.name())) {
                spec = candidate;
                break;
            }
        }
        if (spec != null) {
            Expr character = cursor.at("FROM") ? null : expressions.scalar();
            cursor.expect("FROM", "FROM before the string to trim");
            return new Expr.Trim(pos, spec, character, expressions.scalar());
        }
        Expr first = expressions.scalar();
        if (cursor.accept("FROM")) {
            return new Expr.Trim(pos, Expr.TrimSpec.BOTH, first, expressions.scalar());
        }
        return new Expr.Trim(pos, Expr.TrimSpec.BOTH, null, first);
    }

    private Expr extract(int pos) {
        Token field = cursor.expectWord("a date/time field (YEAR, MONTH, DAY, ...) in EXTRACT");
        if (!EXTRACT_FIELDS.contains(field.upper())) {
            throw cursor.error(field.pos(), "'" + field.text() + "' is not a field EXTRACT knows",
                    "Use one of YEAR, QUARTER, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND, DATE, TIME.");
        }
        cursor.expect("FROM", "FROM after the field in EXTRACT");
        return new Expr.Extract(pos, field.upper(), expressions.scalar());
    }

    private Expr databaseFunction(int pos) {
        Token name = cursor.peek();
        if (name.type() != TokenType.STRING) {
            throw cursor.expected("the function name as a quoted string, as in FUNCTION('soundex', e.name)");
        }
        cursor.next();
        List<Expr> args = cursor.acceptSymbol(",") ? arguments() : List.of();
        return new Expr.DatabaseFunction(pos, name.value(), args);
    }

    private Expr temporal(Token token, String name) {
        Expr.Temporal kind = switch (name) {
            case "CURRENT_DATE" -> Expr.Temporal.CURRENT_DATE;
            case "CURRENT_TIME" -> Expr.Temporal.CURRENT_TIME;
            case "CURRENT_TIMESTAMP" -> Expr.Temporal.CURRENT_TIMESTAMP;
            case "LOCAL" -> local(cursor.peek(1));
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        cursor.next();
        if (name.equals("LOCAL")) {
            cursor.next();
        }
        return new Expr.CurrentTemporal(token.pos(), kind);
    }

    private static Expr.Temporal local(Token next) {
        if (next.is("DATE")) {
            return Expr.Temporal.LOCAL_DATE;
        }
        if (next.is("TIME")) {
            return Expr.Temporal.LOCAL_TIME;
        }
        return next.is("DATETIME") ? Expr.Temporal.LOCAL_DATETIME : null;
    }

    /** {@code CASE [operand] WHEN x THEN y ... [ELSE z] END}; CASE is the current token. */
    Expr caseExpression() {
        Token start = cursor.next();
        Expr operand = cursor.at("WHEN") ? null : expressions.scalar();
        List<Expr.When> whens = new ArrayList<>();
        while (cursor.accept("WHEN")) {
            Expr when = operand == null ? expressions.condition() : expressions.scalar();
            cursor.expect("THEN", "THEN after the WHEN " + (operand == null ? "condition" : "value"));
            whens.add(new Expr.When(when, expressions.scalar()));
        }
        if (whens.isEmpty()) {
            throw cursor.expected("WHEN in CASE");
        }
        Expr otherwise = cursor.accept("ELSE") ? expressions.scalar() : null;
        cursor.expect("END", "WHEN, ELSE or END in CASE");
        return new Expr.Case(start.pos(), operand, whens, otherwise);
    }
}
