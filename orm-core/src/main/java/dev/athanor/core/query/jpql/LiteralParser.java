package dev.athanor.core.query.jpql;

import dev.athanor.core.query.tree.Expr;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Turns numeric literals and JDBC date/time escapes into values: integers are Integer when they fit,
 * else Long; decimals are Double; suffixes L, F, D, BD and BI choose Long, Float, Double, BigDecimal and
 * BigInteger.
 */
final class LiteralParser {

    private static final String NUMBER_HINT =
            "Write numbers as 12, 12L, 1.5, 1.5F, 1.5D, 1.5e3, 12BI or 1.5BD.";
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT);

    private final TokenCursor cursor;

    LiteralParser(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /** The NUMBER token {@code token}, negated when {@code negative} (a minus written before it). */
    Expr.Literal number(Token token, boolean negative, int pos) {
        String text = token.text();
        int suffixStart = text.length();
        while (suffixStart > 0 && Character.isLetter(text.charAt(suffixStart - 1))) {
            suffixStart--;
        }
        String digits = (negative ? "-" : "") + text.substring(0, suffixStart);
        String suffix = text.substring(suffixStart).toUpperCase(Locale.ROOT);
        boolean integral = digits.indexOf('.') < 0 && digits.indexOf('e') < 0 && digits.indexOf('E') < 0;
        try {
            Object value = switch (suffix) {
                case "" -> integral ? integer(digits) : finite(Double.parseDouble(digits), token);
                case "L" -> integral ? Long.valueOf(digits) : null;
                case "F" -> finite(Float.parseFloat(digits), token);
                case "D" -> finite(Double.parseDouble(digits), token);
                case "BD" -> new BigDecimal(digits);
                case "BI" -> integral ? new BigInteger(digits) : null;
                default -> null;
            };
            if (value == null) {
                throw cursor.error(token.pos(), "malformed number literal '" + text + "'", NUMBER_HINT);
            }
            return new Expr.Literal(pos, value);
        } catch (NumberFormatException e) {
            throw cursor.error(token.pos(), "number literal '" + text + "' is malformed or out of range",
                    NUMBER_HINT + " Integers beyond the long range need the BI suffix.");
        }
    }

    private static Object integer(String digits) {
        long value = Long.parseLong(digits);
        if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            return Integer.valueOf((int) value);
        }
        return Long.valueOf(value);
    }

    private Object finite(double value, Token token) {
        if (Double.isInfinite(value)) {
            throw cursor.error(token.pos(), "number literal '" + token.text() + "' is out of range",
                    "Use the BD suffix for a decimal beyond the double range.");
        }
        return value;
    }

    private Object finite(float value, Token token) {
        if (Float.isInfinite(value)) {
            throw cursor.error(token.pos(), "number literal '" + token.text() + "' is out of range",
                    "Use the D or BD suffix for a decimal beyond the float range.");
        }
        return value;
    }

    /** {@code {d '2024-01-31'}}, {@code {t '10:15:30'}} or {@code {ts '2024-01-31 10:15:30.5'}}; '{' is current. */
    Expr.Literal jdbcEscape() {
        Token open = cursor.next();
        Token kind = cursor.expectWord("d, t or ts after '{' in a date/time literal");
        String type = kind.upper();
        if (!type.equals("D") && !type.equals("T") && !type.equals("TS")) {
            throw cursor.error(kind.pos(), "expected d, t or ts after '{' but found '" + kind.text() + "'",
                    "Write {d '2024-01-31'}, {t '10:15:30'} or {ts '2024-01-31 10:15:30'}.");
        }
        if (cursor.peek().type() != TokenType.STRING) {
            throw cursor.expected("a quoted date/time value after '{" + kind.text() + "'");
        }
        Token value = cursor.next();
        cursor.expectSymbol("}", "'}' to close the date/time literal");
        try {
            Object parsed = switch (type) {
                case "D" -> LocalDate.parse(value.value());
                case "T" -> LocalTime.parse(value.value());
                default -> LocalDateTime.parse(value.value(), TIMESTAMP);
            };
            return new Expr.Literal(open.pos(), parsed);
        } catch (DateTimeParseException e) {
            throw cursor.error(value.pos(), "invalid date/time value " + value.text() + " in {" + kind.text()
                    + " ...} literal", "Write dates as 'yyyy-mm-dd', times as 'hh:mm:ss' and timestamps as"
                    + " 'yyyy-mm-dd hh:mm:ss[.fffffffff]'.");
        }
    }
}
