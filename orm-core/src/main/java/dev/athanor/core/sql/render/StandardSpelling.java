package dev.athanor.core.sql.render;

import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.StandardFunction;
import java.util.List;

/**
 * The standard-SQL spelling of each {@link StandardFunction}, used for every function a dialect's
 * renderer does not spell its own way. Kept apart from {@link SqlRenderer} so that the renderer
 * stays about statements and operators.
 */
final class StandardSpelling {

    private StandardSpelling() {
    }

    static void write(SqlRenderer renderer, StandardFunction node, SqlWriter out) {
        List<Expression> args = node.arguments();
        switch (node.function()) {
            case UPPER, LOWER, ABS, SQRT, MOD, CEILING, FLOOR, EXP, LN, POWER, ROUND, SIGN, REPLACE, LEFT, RIGHT ->
                    renderer.call(node.function().name(), args, out);
            case LENGTH -> renderer.call("CHAR_LENGTH", args, out);
            case LOCATE -> locate(renderer, args, out);
            case SUBSTRING -> {
                out.append("SUBSTRING(");
                renderer.expression(args.get(0), out);
                out.append(" FROM ");
                renderer.expression(args.get(1), out);
                if (args.size() == 3) {
                    out.append(" FOR ");
                    renderer.expression(args.get(2), out);
                }
                out.append(')');
            }
            case CONCAT -> {
                out.append('(');
                for (int i = 0; i < args.size(); i++) {
                    out.append(i == 0 ? "" : " || ");
                    renderer.operand(args.get(i), SqlRenderer.CONCATENATION, out);
                }
                out.append(')');
            }
            case TRIM_BOTH, TRIM_LEADING, TRIM_TRAILING -> {
                out.append("TRIM(").append(trimSide(node.function())).append(' ');
                renderer.expression(args.get(0), out);
                out.append(" FROM ");
                renderer.expression(args.get(1), out);
                out.append(')');
            }
            case INTEGER_DIVIDE -> {
                out.append("CAST(");
                renderer.operand(args.get(0), SqlRenderer.MULTIPLICATIVE, out);
                out.append(" / ");
                renderer.operand(args.get(1), SqlRenderer.MULTIPLICATIVE + 1, out);
                out.append(" AS BIGINT)");
            }
            case CURRENT_DATE, CURRENT_TIME, CURRENT_TIMESTAMP -> out.append(node.function().name());
            case CAST_STRING, CAST_INTEGER, CAST_LONG, CAST_FLOAT, CAST_DOUBLE, CAST_BIG_DECIMAL, CAST_BIG_INTEGER ->
                    cast(renderer, args.get(0), renderer.castType(node.function()), out);
            case EXTRACT_YEAR, EXTRACT_QUARTER, EXTRACT_MONTH, EXTRACT_WEEK, EXTRACT_DAY, EXTRACT_HOUR, EXTRACT_MINUTE,
                    EXTRACT_SECOND -> {
                out.append("EXTRACT(").append(node.function().name().substring("EXTRACT_".length())).append(" FROM ");
                renderer.expression(args.get(0), out);
                out.append(')');
            }
            case EXTRACT_DATE -> cast(renderer, args.get(0), "DATE", out);
            case EXTRACT_TIME -> cast(renderer, args.get(0), "TIME", out);
        }
    }

    static String trimSide(StandardFunction.Function function) {
        return switch (function) {
            case TRIM_LEADING -> "LEADING";
            case TRIM_TRAILING -> "TRAILING";
            default -> "BOTH";
        };
    }

    /** POSITION finds only from the start; with a start position, the search runs on the rest and is shifted back. */
    private static void locate(SqlRenderer renderer, List<Expression> args, SqlWriter out) {
        if (args.size() == 2) {
            position(renderer, args.get(0), args.get(1), null, out);
            return;
        }
        out.append("CASE WHEN ");
        position(renderer, args.get(0), args.get(1), args.get(2), out);
        out.append(" = 0 THEN 0 ELSE ");
        position(renderer, args.get(0), args.get(1), args.get(2), out);
        out.append(" + ");
        renderer.operand(args.get(2), SqlRenderer.ADDITIVE + 1, out);
        out.append(" - 1 END");
    }

    private static void position(SqlRenderer renderer, Expression search, Expression source, Expression start,
                                 SqlWriter out) {
        out.append("POSITION(");
        renderer.expression(search, out);
        out.append(" IN ");
        if (start == null) {
            renderer.expression(source, out);
        } else {
            out.append("SUBSTRING(");
            renderer.expression(source, out);
            out.append(" FROM ");
            renderer.expression(start, out);
            out.append(')');
        }
        out.append(')');
    }

    private static void cast(SqlRenderer renderer, Expression value, String type, SqlWriter out) {
        out.append("CAST(");
        renderer.expression(value, out);
        out.append(" AS ").append(type).append(')');
    }
}
