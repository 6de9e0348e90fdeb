package dev.athanor.core.dialect.sqlite;

import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.StandardFunction;
import dev.athanor.core.sql.render.SqlWriter;
import java.util.List;

/**
 * JPQL's functions in SQLite's words. Dates and times are ISO text in SQLite (see
 * {@code SqliteParameterBinder}), so the date functions read and write that text: CURRENT_DATE is
 * {@code date('now', 'localtime')}, comparable with a stored LocalDate, and CURRENT_TIMESTAMP is
 * {@code yyyy-MM-dd HH:mm:ss.SSS} local time, comparable with a stored LocalDateTime. "Local" is the
 * time zone of the process (SQLite asks the C library), the same as the JVM's unless
 * {@code -Duser.timezone} says otherwise.
 *
 * <p>Where SQLite falls short of JPQL: UPPER and LOWER change ASCII letters only; seconds
 * (EXTRACT SECOND) keep milliseconds, and EXTRACT TIME whole seconds; CAST to BigDecimal is
 * {@code NUMERIC}, which keeps 15 significant digits as SQLite's decimal columns do.
 */
final class SqliteFunctions {

    private final SqliteRenderer renderer;

    SqliteFunctions(SqliteRenderer renderer) {
        this.renderer = renderer;
    }

    /** Writes the function when SQLite spells it its own way; false leaves it to the standard spelling. */
    boolean write(StandardFunction node, SqlWriter out) {
        List<Expression> args = node.arguments();
        switch (node.function()) {
            case LENGTH -> call("length", out, args.get(0));
            case LOCATE -> locate(args, out);
            case SUBSTRING -> call("substr", out, args.toArray(Expression[]::new));
            case LEFT -> call("substr", out, args.get(0), Literal.of(1), args.get(1));
            case RIGHT -> {
                // substr(s, -n) is the whole string for n = 0; from max(length - n + 1, 1) is what RIGHT means for every n
                out.append("substr(");
                arg(args.get(0), out);
                out.append(", max(length(");
                arg(args.get(0), out);
                out.append(") - (");
                arg(args.get(1), out);
                out.append(") + 1, 1))");
            }
            case TRIM_BOTH -> call("trim", out, args.get(1), args.get(0));
            case TRIM_LEADING -> call("ltrim", out, args.get(1), args.get(0));
            case TRIM_TRAILING -> call("rtrim", out, args.get(1), args.get(0));
            case MOD -> infix(args.get(0), " % ", args.get(1), out);
            case INTEGER_DIVIDE -> {
                // integer operands already truncate; CAST truncates toward zero when one of them is REAL
                out.append("CAST(");
                infix(args.get(0), " / ", args.get(1), out);
                out.append(" AS INTEGER)");
            }
            case CEILING, FLOOR -> rounding(node.function() == StandardFunction.Function.CEILING, args.get(0), out);
            case SIGN -> sign(args.get(0), out);
            case SQRT, EXP, LN, POWER -> {
                requireMath(node.function());
                return false;
            }
            case CURRENT_DATE -> out.append("date('now', 'localtime')");
            case CURRENT_TIME -> out.append("time('now', 'localtime')");
            case CURRENT_TIMESTAMP -> out.append("strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')");
            case EXTRACT_YEAR -> field("%Y", args.get(0), out);
            case EXTRACT_MONTH -> field("%m", args.get(0), out);
            case EXTRACT_DAY -> field("%d", args.get(0), out);
            case EXTRACT_HOUR -> field("%H", args.get(0), out);
            case EXTRACT_MINUTE -> field("%M", args.get(0), out);
            case EXTRACT_SECOND -> {
                // JPQL's seconds keep their fraction; SQLite's %f has milliseconds (SS.SSS)
                out.append("CAST(strftime('%f', ");
                arg(args.get(0), out);
                out.append(") AS REAL)");
            }
            case EXTRACT_QUARTER -> {
                out.append("((");
                field("%m", args.get(0), out);
                out.append(" + 2) / 3)");
            }
            case EXTRACT_WEEK -> isoWeek(args.get(0), out);
            case EXTRACT_DATE -> call("date", out, args.get(0));
            case EXTRACT_TIME -> call("time", out, args.get(0));
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * instr finds only from the start; with a start position the search runs on the rest and is shifted
     * back. A start before 1 finds nothing, as in MySQL's LOCATE.
     */
    private void locate(List<Expression> args, SqlWriter out) {
        if (args.size() == 2) {
            call("instr", out, args.get(1), args.get(0));
            return;
        }
        out.append("CASE WHEN ");
        arg(args.get(2), out);
        out.append(" < 1 OR ");
        instrFrom(args, out);
        out.append(" = 0 THEN 0 ELSE ");
        instrFrom(args, out);
        out.append(" + ");
        arg(args.get(2), out);
        out.append(" - 1 END");
    }

    private void instrFrom(List<Expression> args, SqlWriter out) {
        out.append("instr(substr(");
        arg(args.get(1), out);
        out.append(", ");
        arg(args.get(2), out);
        out.append("), ");
        arg(args.get(0), out);
        out.append(')');
    }

    /** ceil/floor from SQLite 3.35; before, the truncated value moved by one where truncation went the wrong way. */
    private void rounding(boolean ceiling, Expression value, SqlWriter out) {
        if (renderer.mathFunctions()) {
            call(ceiling ? "ceil" : "floor", out, value);
            return;
        }
        out.append("CASE WHEN ");
        arg(value, out);
        out.append(ceiling ? " > CAST(" : " < CAST(");
        arg(value, out);
        out.append(" AS INTEGER) THEN CAST(");
        arg(value, out);
        out.append(ceiling ? " AS INTEGER) + 1 ELSE CAST(" : " AS INTEGER) - 1 ELSE CAST(");
        arg(value, out);
        out.append(" AS INTEGER) END");
    }

    private void sign(Expression value, SqlWriter out) {
        if (renderer.mathFunctions()) {
            call("sign", out, value);
            return;
        }
        out.append("CASE WHEN ");
        arg(value, out);
        out.append(" > 0 THEN 1 WHEN ");
        arg(value, out);
        out.append(" < 0 THEN -1 WHEN ");
        arg(value, out);
        out.append(" = 0 THEN 0 END");
    }

    private void requireMath(StandardFunction.Function function) {
        if (!renderer.mathFunctions()) {
            throw renderer.refuse(function + " (SQLite's math functions)", "They came in SQLite 3.35: upgrade"
                    + " org.xerial:sqlite-jdbc to 3.35 or later, or compute " + function + " in Java after the query.");
        }
    }

    /** A date or time field of ISO text, as an integer. */
    private void field(String format, Expression value, SqlWriter out) {
        out.append("CAST(strftime('").append(format).append("', ");
        arg(value, out);
        out.append(") AS INTEGER)");
    }

    /**
     * The ISO-8601 week: the week of the year of this week's Thursday (weeks run Monday to Sunday), so
     * that 2021-01-01, a Friday, is in week 53 of 2020. Written with day arithmetic rather than
     * strftime('%V'), which only SQLite 3.46 has. {@code 'weekday 4'} moves forward to a Thursday,
     * so starting three days back lands on the Thursday of the same week.
     */
    private void isoWeek(Expression value, SqlWriter out) {
        out.append("((CAST(strftime('%j', ");
        arg(value, out);
        out.append(", '-3 days', 'weekday 4') AS INTEGER) - 1) / 7 + 1)");
    }

    /** {@code (a op b)}: parenthesised, so that the function is an atom wherever it stands. */
    private void infix(Expression left, String operator, Expression right, SqlWriter out) {
        out.append('(');
        arg(left, out);
        out.append(operator);
        arg(right, out);
        out.append(')');
    }

    /** {@code name(args)}. */
    private void call(String name, SqlWriter out, Expression... args) {
        out.append(name).append('(');
        for (int i = 0; i < args.length; i++) {
            out.append(i == 0 ? "" : ", ");
            renderer.expression(args[i], out);
        }
        out.append(')');
    }

    /** An argument inside an operator expression: parenthesised unless it is plainly one term. */
    private void arg(Expression value, SqlWriter out) {
        renderer.operandOf(value, out);
    }
}
