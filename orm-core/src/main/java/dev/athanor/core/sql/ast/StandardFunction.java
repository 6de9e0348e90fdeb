package dev.athanor.core.sql.ast;

import java.util.List;

/**
 * A function every database has in some spelling: JPQL's string, arithmetic, date and cast
 * functions. The node names the function; each dialect's renderer writes it the way its database
 * spells it ({@code LOCATE} is {@code instr} on SQLite, {@code INTEGER_DIVIDE} is {@code DIV} on
 * MySQL), so the query layer never writes dialect SQL itself.
 */
public record StandardFunction(Function function, List<Expression> arguments) implements Expression {

    /** The functions, each with how many arguments it takes. Positions are 1-based, as in SQL. */
    public enum Function {
        UPPER(1, 1), LOWER(1, 1), LENGTH(1, 1),
        /** (search, source[, start]): the 1-based position of search in source, 0 when absent. */
        LOCATE(2, 3),
        /** (source, start[, length]), start 1-based. */
        SUBSTRING(2, 3),
        CONCAT(2, Integer.MAX_VALUE),
        /** (source, count). */
        LEFT(2, 2),
        /** (source, count). */
        RIGHT(2, 2),
        /** (source, search, replacement). */
        REPLACE(3, 3),
        /** (character, source): the character is an expression, usually a one-character string. */
        TRIM_BOTH(2, 2), TRIM_LEADING(2, 2), TRIM_TRAILING(2, 2),
        ABS(1, 1), SQRT(1, 1),
        /** (dividend, divisor). */
        MOD(2, 2),
        CEILING(1, 1), FLOOR(1, 1), EXP(1, 1), LN(1, 1),
        /** (base, exponent). */
        POWER(2, 2),
        /** (value[, decimal places]). */
        ROUND(1, 2),
        SIGN(1, 1),
        /** (dividend, divisor): integer division truncating toward zero. */
        INTEGER_DIVIDE(2, 2),
        CURRENT_DATE(0, 0), CURRENT_TIME(0, 0), CURRENT_TIMESTAMP(0, 0),
        CAST_STRING(1, 1), CAST_INTEGER(1, 1), CAST_LONG(1, 1), CAST_FLOAT(1, 1), CAST_DOUBLE(1, 1),
        CAST_BIG_DECIMAL(1, 1), CAST_BIG_INTEGER(1, 1),
        EXTRACT_YEAR(1, 1), EXTRACT_QUARTER(1, 1), EXTRACT_MONTH(1, 1),
        /** The ISO-8601 week of the year (weeks start on Monday; week 1 holds the year's first Thursday). */
        EXTRACT_WEEK(1, 1),
        EXTRACT_DAY(1, 1), EXTRACT_HOUR(1, 1), EXTRACT_MINUTE(1, 1),
        /** The second of the minute with its fraction, as a floating point number. */
        EXTRACT_SECOND(1, 1),
        /** The date part of a timestamp. */
        EXTRACT_DATE(1, 1),
        /** The time part of a timestamp. */
        EXTRACT_TIME(1, 1);

        private final int minArguments;
        private final int maxArguments;

        Function(int minArguments, int maxArguments) {
            this.minArguments = minArguments;
            this.maxArguments = maxArguments;
        }

        public int minArguments() {
            return minArguments;
        }

        public int maxArguments() {
            return maxArguments;
        }
    }

    public StandardFunction {
        Requires.present(function, "a standard function's name");
        arguments = Requires.list(arguments, "the arguments of " + function);
        if (arguments.size() < function.minArguments() || arguments.size() > function.maxArguments()) {
            String expected = function.minArguments() == function.maxArguments() ? "exactly " + function.minArguments()
                    : function.maxArguments() == Integer.MAX_VALUE ? "at least " + function.minArguments()
                    : function.minArguments() + " to " + function.maxArguments();
            throw new IllegalArgumentException(function + " takes " + expected + " argument(s), got "
                    + arguments.size());
        }
    }

    public static StandardFunction of(Function function, Expression... arguments) {
        return new StandardFunction(function, List.of(arguments));
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
