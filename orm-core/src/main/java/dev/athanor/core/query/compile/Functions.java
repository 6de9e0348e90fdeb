package dev.athanor.core.query.compile;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.FunctionCall;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.StandardFunction;
import dev.athanor.core.sql.ast.StandardFunction.Function;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * JPQL's functions with the result types the specification gives them: string, arithmetic, date and
 * cast functions become {@link StandardFunction}s, which each dialect spells its own way; aggregates
 * and {@code FUNCTION('name', ...)} are calls by name; SIZE, ID and VERSION read the mapping.
 */
final class Functions {

    private static final Pattern SQL_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final ExpressionTranslator x;
    private final Compilation c;

    Functions(ExpressionTranslator x) {
        this.x = x;
        this.c = x.c;
    }

    /** The function {@code e} is, translated, or null when {@code e} is not a function. */
    Typed translate(Expr e, Scope scope, Typed hint) {
        if (e instanceof Expr.Call call) {
            return call(call, scope, hint);
        }
        if (e instanceof Expr.Aggregate a) {
            return aggregate(a, scope);
        }
        if (e instanceof Expr.Trim t) {
            Typed source = x.string(x.value(t.source(), scope, null), t.source());
            Expression character = t.character() == null ? Literal.of(" ")
                    : x.string(x.value(t.character(), scope, Typed.value(null, String.class)), t.character()).sql();
            Function f = switch (t.spec()) {
                case LEADING -> Function.TRIM_LEADING;
                case TRAILING -> Function.TRIM_TRAILING;
                case BOTH -> Function.TRIM_BOTH;
            };
            return Typed.value(StandardFunction.of(f, character, source.sql()), String.class);
        }
        if (e instanceof Expr.Cast cast) {
            return cast(cast, scope);
        }
        if (e instanceof Expr.Extract ex) {
            return extract(ex, scope);
        }
        if (e instanceof Expr.CurrentTemporal t) {
            return switch (t.kind()) {
                case CURRENT_DATE -> Typed.value(StandardFunction.of(Function.CURRENT_DATE), java.sql.Date.class);
                case CURRENT_TIME -> Typed.value(StandardFunction.of(Function.CURRENT_TIME), java.sql.Time.class);
                case CURRENT_TIMESTAMP -> Typed.value(StandardFunction.of(Function.CURRENT_TIMESTAMP),
                        java.sql.Timestamp.class);
                case LOCAL_DATE -> Typed.value(StandardFunction.of(Function.CURRENT_DATE), LocalDate.class);
                case LOCAL_TIME -> Typed.value(StandardFunction.of(Function.CURRENT_TIME), LocalTime.class);
                case LOCAL_DATETIME -> Typed.value(StandardFunction.of(Function.CURRENT_TIMESTAMP),
                        LocalDateTime.class);
            };
        }
        if (e instanceof Expr.DatabaseFunction f) {
            if (!SQL_WORD.matcher(f.name()).matches()) {
                throw c.error(ErrorCode.QUERY_SYNTAX, f.pos(), "FUNCTION('" + f.name() + "', ...) names no plain SQL"
                        + " function.", "Name a database function by letters, digits and underscores only.");
            }
            List<Expression> args = new ArrayList<>();
            for (Expr arg : f.args()) {
                args.add(x.scalar(x.value(arg, scope, null), arg).sql());
            }
            return Typed.value(new FunctionCall(f.name(), args, false), Object.class);
        }
        return null;
    }

    private Typed call(Expr.Call call, Scope scope, Typed hint) {
        String name = call.name().toUpperCase(Locale.ROOT);
        List<Expr> args = call.args();
        switch (name) {
            case "UPPER", "LOWER" -> {
                arity(call, 1, 1);
                return standard(name.equals("UPPER") ? Function.UPPER : Function.LOWER, String.class,
                        strings(args, scope));
            }
            case "LENGTH" -> {
                arity(call, 1, 1);
                return standard(Function.LENGTH, Integer.class, strings(args, scope));
            }
            case "CONCAT" -> {
                arity(call, 2, Integer.MAX_VALUE);
                return standard(Function.CONCAT, String.class, strings(args, scope));
            }
            case "LOCATE" -> {
                arity(call, 2, 3);
                List<Expression> a = strings(args.subList(0, 2), scope);
                if (args.size() == 3) {
                    a.add(number(args.get(2), scope).sql());
                }
                return standard(Function.LOCATE, Integer.class, a);
            }
            case "SUBSTRING" -> {
                arity(call, 2, 3);
                List<Expression> a = strings(args.subList(0, 1), scope);
                args.subList(1, args.size()).forEach(arg -> a.add(number(arg, scope).sql()));
                return standard(Function.SUBSTRING, String.class, a);
            }
            case "LEFT", "RIGHT" -> {
                arity(call, 2, 2);
                List<Expression> a = strings(args.subList(0, 1), scope);
                a.add(number(args.get(1), scope).sql());
                return standard(name.equals("LEFT") ? Function.LEFT : Function.RIGHT, String.class, a);
            }
            case "REPLACE" -> {
                arity(call, 3, 3);
                return standard(Function.REPLACE, String.class, strings(args, scope));
            }
            case "ABS", "CEILING", "FLOOR" -> {
                arity(call, 1, 1);
                Typed a = number(args.get(0), scope);
                Function f = name.equals("ABS") ? Function.ABS : name.equals("CEILING") ? Function.CEILING
                        : Function.FLOOR;
                return Typed.value(StandardFunction.of(f, a.sql()), Types.widenSmall(a.type()));
            }
            case "SQRT", "EXP", "LN" -> {
                arity(call, 1, 1);
                Function f = name.equals("SQRT") ? Function.SQRT : name.equals("EXP") ? Function.EXP : Function.LN;
                return Typed.value(StandardFunction.of(f, number(args.get(0), scope).sql()), Double.class);
            }
            case "POWER" -> {
                arity(call, 2, 2);
                return Typed.value(StandardFunction.of(Function.POWER, number(args.get(0), scope).sql(),
                        number(args.get(1), scope).sql()), Double.class);
            }
            case "MOD" -> {
                arity(call, 2, 2);
                Typed a = number(args.get(0), scope);
                Typed b = number(args.get(1), scope);
                Class<?> type = Types.promote(a.type(), b.type());
                return Typed.value(StandardFunction.of(Function.MOD, a.sql(), b.sql()),
                        type == Long.class || type == BigInteger.class ? type : Integer.class);
            }
            case "ROUND" -> {
                arity(call, 1, 2);
                Typed a = number(args.get(0), scope);
                List<Expression> list = new ArrayList<>(List.of(a.sql()));
                if (args.size() == 2) {
                    list.add(number(args.get(1), scope).sql());
                }
                return standard(Function.ROUND, Types.widenSmall(a.type()), list);
            }
            case "SIGN" -> {
                arity(call, 1, 1);
                return Typed.value(StandardFunction.of(Function.SIGN, number(args.get(0), scope).sql()), Integer.class);
            }
            case "SIZE" -> {
                arity(call, 1, 1);
                PathResolver.Collection col = collection(args.get(0), scope, "SIZE");
                return Typed.value(x.collections.size(scope, col, call.pos()), Integer.class);
            }
            case "COALESCE", "NULLIF" -> {
                return coalesce(call, name, scope, hint);
            }
            case "ID", "VERSION" -> {
                arity(call, 1, 1);
                return idOrVersion(call, name, scope);
            }
            case "TYPE" -> {
                arity(call, 1, 1);
                return x.types.selected(call, scope);
            }
            case "INDEX" -> {
                arity(call, 1, 1);
                return index(call, scope);
            }
            case "KEY" -> {
                arity(call, 1, 1);
                x.paths.mapVariable(call, scope);
                return x.value(new Expr.Path(call.pos(), call, List.of()), scope, hint);
            }
            case "ENTRY" -> {
                x.paths.mapVariable(call, scope);
                throw c.error(ErrorCode.QUERY_SYNTAX, call.pos(), "ENTRY(...) is allowed only as an item of the"
                        + " top-level SELECT clause, where it returns a java.util.Map.Entry.", "Compare KEY(...) or"
                        + " VALUE(...) here, and select ENTRY(...) if you need the entries.");
            }
            case "VALUE" -> {
                arity(call, 1, 1);
                return x.value(args.get(0), scope, hint);
            }
            default -> throw c.error(ErrorCode.QUERY_SYNTAX, call.pos(), "Unknown function " + call.name() + ".",
                    "Call a database function with FUNCTION('name', args...).");
        }
    }

    private Typed coalesce(Expr.Call call, String name, Scope scope, Typed hint) {
        arity(call, name.equals("NULLIF") ? 2 : 2, name.equals("NULLIF") ? 2 : Integer.MAX_VALUE);
        Typed anchor = hint;
        List<Typed> typed = new ArrayList<>();
        for (Expr arg : call.args()) {
            typed.add(x.needsHint(arg, scope) ? null : x.scalar(x.value(arg, scope, null), arg));
        }
        for (Typed t : typed) {
            if (t != null) {
                anchor = t;
                break;
            }
        }
        Class<?> type = Object.class;
        List<Expression> sql = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            Typed t = typed.get(i) != null ? typed.get(i) : x.scalar(x.value(call.args().get(i), scope, anchor),
                    call.args().get(i));
            Class<?> common = Types.common(type, t.type());
            if (common == null) {
                throw c.error(ErrorCode.QUERY_TYPE, call.args().get(i).pos(), name + " of incompatible types "
                        + type.getSimpleName() + " and " + t.describe() + ".", null);
            }
            type = name.equals("NULLIF") && i > 0 ? type : common;
            sql.add(t.sql());
        }
        AttributeModel attribute = anchor != null && anchor.attribute() != null
                && Types.box(anchor.attribute().javaType()) == type ? anchor.attribute() : null;
        return new Typed(new FunctionCall(name, sql, false), type, attribute, null, List.of());
    }

    private Typed idOrVersion(Expr.Call call, String name, Scope scope) {
        Typed t = x.value(call.args().get(0), scope, null);
        if (!t.isEntity()) {
            throw c.error(ErrorCode.QUERY_TYPE, call.pos(), name + "(...) takes an identification variable or an"
                    + " entity-valued path, not a value of type " + t.describe() + ".", null);
        }
        EntityModel entity = t.entity();
        if (name.equals("ID")) {
            x.collections.idColumn(entity, call.pos());
            return new Typed(t.sql(), Types.box(entity.id().javaType()), entity.id(), null, List.of());
        }
        AttributeModel version = entity.version().orElseThrow(() -> c.error(ErrorCode.QUERY_TYPE, call.pos(),
                entity.name() + " has no @Version attribute, so VERSION(...) has no value.", null));
        PathResolver.Resolved r = x.paths.resolve(new Expr.Path(call.pos(), null, versionPath(call, version)), scope);
        return x.resolved(r, call.pos(), scope, null);
    }

    /** {@code VERSION(o.customer)} is {@code o.customer.version}. */
    private List<String> versionPath(Expr.Call call, AttributeModel version) {
        if (!(call.args().get(0) instanceof Expr.Path p) || p.qualifier() != null) {
            throw c.error(ErrorCode.QUERY_SYNTAX, call.pos(), "VERSION(...) takes an identification variable or a"
                    + " path.", null);
        }
        List<String> names = new ArrayList<>(p.names());
        names.add(version.name());
        return names;
    }

    private Typed aggregate(Expr.Aggregate a, Scope scope) {
        Typed arg = x.scalar(x.value(a.argument(), scope, null), a.argument());
        boolean entity = arg.isEntity();
        List<Expression> args = List.of(arg.sql());
        return switch (a.function()) {
            case COUNT -> Typed.value(new FunctionCall("COUNT", args, a.distinct()), Long.class);
            case AVG -> Typed.value(new FunctionCall("AVG", List.of(numeric(arg, a).sql()), a.distinct()),
                    Double.class);
            case SUM -> Typed.value(new FunctionCall("SUM", List.of(numeric(arg, a).sql()), a.distinct()),
                    Types.sum(arg.type()));
            case MIN, MAX -> {
                if (entity) {
                    throw c.error(ErrorCode.QUERY_TYPE, a.pos(), a.function() + " takes a value, not the entity "
                            + arg.entity().name() + ".", null);
                }
                yield new Typed(new FunctionCall(a.function().name(), args, a.distinct()), arg.type(), arg.attribute(),
                        null, List.of());
            }
        };
    }

    private Typed numeric(Typed t, Expr.Aggregate a) {
        return x.numeric(t, a.argument());
    }

    private Typed cast(Expr.Cast cast, Scope scope) {
        Typed operand = x.scalar(x.value(cast.operand(), scope, null), cast.operand());
        String type = cast.type().toUpperCase(Locale.ROOT);
        return switch (type) {
            case "STRING" -> Typed.value(StandardFunction.of(Function.CAST_STRING, operand.sql()), String.class);
            case "INTEGER" -> Typed.value(StandardFunction.of(Function.CAST_INTEGER, operand.sql()), Integer.class);
            case "LONG" -> Typed.value(StandardFunction.of(Function.CAST_LONG, operand.sql()), Long.class);
            case "FLOAT" -> Typed.value(StandardFunction.of(Function.CAST_FLOAT, operand.sql()), Float.class);
            case "DOUBLE" -> Typed.value(StandardFunction.of(Function.CAST_DOUBLE, operand.sql()), Double.class);
            case "BIGDECIMAL" -> Typed.value(StandardFunction.of(Function.CAST_BIG_DECIMAL, operand.sql()),
                    BigDecimal.class);
            case "BIGINTEGER" -> Typed.value(StandardFunction.of(Function.CAST_BIG_INTEGER, operand.sql()),
                    BigInteger.class);
            default -> throw c.error(ErrorCode.QUERY_SYNTAX, cast.pos(), "CAST(... AS " + cast.type() + ") names no"
                    + " type JPQL casts to.", "Cast to String, Integer, Long, Float, Double, BigDecimal or BigInteger.");
        };
    }

    private Typed extract(Expr.Extract ex, Scope scope) {
        Typed source = x.scalar(x.value(ex.source(), scope, null), ex.source());
        if (Types.category(source.type()) != Types.Category.TEMPORAL
                && Types.category(source.type()) != Types.Category.UNKNOWN) {
            throw c.error(ErrorCode.QUERY_TYPE, ex.source().pos(), "EXTRACT takes a date, time or timestamp, not a"
                    + " value of type " + source.describe() + ".", null);
        }
        Function f;
        try {
            f = Function.valueOf("EXTRACT_" + ex.field());
        } catch (IllegalArgumentException notAField) {
            throw c.error(ErrorCode.QUERY_SYNTAX, ex.pos(), "EXTRACT(" + ex.field() + " FROM ...) names no datetime"
                    + " field.", "Use YEAR, QUARTER, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND, DATE or TIME.");
        }
        Class<?> type = switch (f) {
            case EXTRACT_SECOND -> Double.class;
            case EXTRACT_DATE -> LocalDate.class;
            case EXTRACT_TIME -> LocalTime.class;
            default -> Integer.class;
        };
        return Typed.value(StandardFunction.of(f, source.sql()), type);
    }

    /**
     * {@code INDEX(x)}: the position of {@code x}'s element in its list, read from the list's order
     * column (of the element's table, or of the join table the join goes through).
     */
    private Typed index(Expr.Call call, Scope scope) {
        Expr arg = call.args().get(0);
        Variable v = arg instanceof Expr.Path p && p.qualifier() == null && p.names().size() == 1
                && x.paths.resolve(p, scope) instanceof PathResolver.EntityVar ev ? ev.variable() : null;
        if (v == null) {
            throw c.error(ErrorCode.QUERY_TYPE, arg.pos(), "INDEX takes an identification variable, not an expression"
                    + " or a path.", "Join the list and name its variable: SELECT INDEX(i) FROM Playlist p JOIN"
                    + " p.items i.");
        }
        if (v.position != null) {
            v.referenced = true;
            return Typed.value(v.position, Integer.class);
        }
        if (v.attribute != null && v.attribute.kind().toMany()) {
            throw c.error(ErrorCode.QUERY_UNSUPPORTED, arg.pos(), "INDEX(" + v.name + "): "
                    + v.owner.entity.name() + "." + v.attribute.name() + " is a "
                    + v.attribute.collection().container().name().toLowerCase(java.util.Locale.ROOT)
                    + " without @OrderColumn, so its elements have no stored position.",
                    "Map the attribute as a List with @OrderColumn, or order by an attribute of the elements instead.");
        }
        throw c.error(ErrorCode.QUERY_TYPE, arg.pos(), "INDEX(" + v.name + "): " + v.name + " is "
                + (v.owner == null ? "a root of the FROM clause" : "a join over the to-one " + v.owner.entity.name()
                        + "." + v.attribute.name()) + ", not a join over a list, so it has no position.",
                "Apply INDEX to the variable of a join over a List with @OrderColumn (JOIN p.items i ... INDEX(i));"
                        + " in a subquery, join the list from the outer variable that way too.");
    }

    private PathResolver.Collection collection(Expr arg, Scope scope, String function) {
        if (arg instanceof Expr.Path p && x.paths.resolve(p, scope) instanceof PathResolver.Collection col) {
            return col;
        }
        throw c.error(ErrorCode.QUERY_TYPE, arg.pos(), function + " takes a collection-valued path (such as"
                + " o.lines).", null);
    }

    PathResolver.Collection collectionPath(Expr arg, Scope scope, String construct) {
        return collection(arg, scope, construct);
    }

    private Typed standard(Function f, Class<?> type, List<Expression> args) {
        return Typed.value(new StandardFunction(f, args), type);
    }

    private List<Expression> strings(List<Expr> args, Scope scope) {
        List<Expression> out = new ArrayList<>();
        for (Expr arg : args) {
            out.add(x.string(x.value(arg, scope, Typed.value(null, String.class)), arg).sql());
        }
        return out;
    }

    private Typed number(Expr arg, Scope scope) {
        return x.numeric(x.scalar(x.value(arg, scope, Typed.value(null, Integer.class)), arg), arg);
    }

    private void arity(Expr.Call call, int min, int max) {
        int n = call.args().size();
        if (n < min || n > max) {
            String expected = min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? min + " or more"
                    : min + " to " + max;
            throw c.error(ErrorCode.QUERY_SYNTAX, call.pos(), call.name() + " takes " + expected + " argument(s), got "
                    + n + ".", null);
        }
    }
}
