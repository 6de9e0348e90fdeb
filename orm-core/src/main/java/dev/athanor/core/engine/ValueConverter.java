package dev.athanor.core.engine;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.UUID;

/**
 * Converts column values to the type asked for: numbers between widths, text to numbers, dates
 * and UUIDs (SQLite keeps those as text, and returns its date functions' results as text: every
 * java.time and java.sql date or time type is parsed from it), 0/1 to booleans. Anything else fails naming column,
 * value type and target.
 */
final class ValueConverter {

    /** {@code 2024-01-31 12:00:00.123456}, also with a {@code T}; the fraction optional. */
    static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter();

    private ValueConverter() {
    }

    static <T> T convert(Object value, Class<T> type, String column) {
        if (value == null && type.isPrimitive()) {
            throw new AthanorException(ErrorMessage.of(ErrorCode.VALUE_CONVERSION, "column '" + column
                    + "' is NULL, which a " + type.getName() + " cannot hold")
                    .hint("Ask for " + boxed(type).getSimpleName() + ".class to get null."));
        }
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        if (type.isPrimitive() && value.getClass() == boxed(type)) {
            @SuppressWarnings("unchecked")
            T same = (T) value; // a Long asked for as long: as it is, not unboxed and boxed again
            return same;
        }
        Object converted;
        try {
            converted = convertNonNull(value, boxed(type));
        } catch (RuntimeException e) {
            throw failure(value, type, column, e);
        }
        if (converted == null) {
            throw failure(value, type, column, null);
        }
        @SuppressWarnings("unchecked")
        T result = (T) converted;
        return result;
    }

    private static Object convertNonNull(Object value, Class<?> type) {
        if (value instanceof Number n) {
            return fromNumber(n, type);
        }
        if (value instanceof Boolean b && Number.class.isAssignableFrom(type)) {
            return fromNumber(b ? 1 : 0, type);
        }
        if (value instanceof CharSequence text) {
            return fromText(text.toString(), type);
        }
        if (type == String.class) {
            return value instanceof byte[] ? null : value.toString();
        }
        if (value instanceof Timestamp ts) {
            return fromLocalDateTime(ts.toLocalDateTime(), type);
        }
        if (value instanceof LocalDateTime ldt) {
            return fromLocalDateTime(ldt, type);
        }
        if (value instanceof java.sql.Date date && type == LocalDate.class) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Time time && type == LocalTime.class) {
            return time.toLocalTime();
        }
        if (value instanceof OffsetDateTime odt && type == Instant.class) {
            return odt.toInstant();
        }
        return null;
    }

    private static Object fromNumber(Number n, Class<?> type) {
        if (type == Long.class) {
            return wholeNumber(n);
        }
        if (type == Integer.class) {
            return Math.toIntExact(wholeNumber(n));
        }
        if (type == Short.class) {
            long v = wholeNumber(n);
            if (v != (short) v) {
                throw new ArithmeticException("short overflow");
            }
            return (short) v;
        }
        if (type == Byte.class) {
            long v = wholeNumber(n);
            if (v != (byte) v) {
                throw new ArithmeticException("byte overflow");
            }
            return (byte) v;
        }
        if (type == Double.class) {
            return n.doubleValue();
        }
        if (type == Float.class) {
            return n.floatValue();
        }
        if (type == BigDecimal.class) {
            return n instanceof BigInteger i ? new BigDecimal(i) : new BigDecimal(n.toString());
        }
        if (type == BigInteger.class) {
            return n instanceof BigDecimal d ? d.toBigIntegerExact() : BigInteger.valueOf(n.longValue());
        }
        if (type == Boolean.class) {
            return n.longValue() != 0;
        }
        if (type == String.class) {
            return n.toString();
        }
        if (type == Instant.class) {
            return Instant.ofEpochMilli(n.longValue());
        }
        return null;
    }

    /** The number as a long, failing rather than dropping a fraction or wrapping around. */
    private static long wholeNumber(Number n) {
        if (n instanceof BigDecimal d) {
            return d.longValueExact();
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (d != Math.rint(d) || d < Long.MIN_VALUE || d > Long.MAX_VALUE) {
                throw new ArithmeticException(d + " is not a whole number in range");
            }
        }
        return n.longValue();
    }

    private static Object fromText(String text, Class<?> type) {
        String t = text.trim();
        if (type == Long.class) {
            return Long.valueOf(t);
        }
        if (type == Integer.class) {
            return Integer.valueOf(t);
        }
        if (type == Short.class) {
            return Short.valueOf(t);
        }
        if (type == Double.class) {
            return Double.valueOf(t);
        }
        if (type == Float.class) {
            return Float.valueOf(t);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(t);
        }
        if (type == BigInteger.class) {
            return new BigInteger(t);
        }
        if (type == Boolean.class) {
            if (t.equals("1") || t.equalsIgnoreCase("true")) {
                return true;
            }
            if (t.equals("0") || t.equalsIgnoreCase("false")) {
                return false;
            }
            return null;
        }
        if (type == Character.class && text.length() == 1) {
            return text.charAt(0);
        }
        if (type == UUID.class) {
            return UUID.fromString(t);
        }
        if (type == LocalDate.class || type == java.sql.Date.class) {
            LocalDate date = LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
            return type == LocalDate.class ? date : java.sql.Date.valueOf(date);
        }
        if (type == LocalTime.class || type == java.sql.Time.class) {
            // a date and time read as a time keeps its time of day, as a TIMESTAMP column read with getTime would
            LocalTime time = LocalTime.parse(t.length() > 10 && (t.charAt(10) == ' ' || t.charAt(10) == 'T')
                    ? t.substring(11) : t);
            return type == LocalTime.class ? time : java.sql.Time.valueOf(time);
        }
        if (type == Instant.class) {
            // text carries instants in UTC (that is how the SQLite dialect binds them) unless it names an offset
            return t.length() > 19 && (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$"))
                    ? OffsetDateTime.parse(t.replace(' ', 'T')).toInstant()
                    : LocalDateTime.parse(t, LOCAL_DATE_TIME).toInstant(java.time.ZoneOffset.UTC);
        }
        if (type == LocalDateTime.class || type == Timestamp.class) {
            return fromLocalDateTime(LocalDateTime.parse(t, LOCAL_DATE_TIME), type);
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse(t.replace(' ', 'T'));
        }
        if (type.isEnum()) {
            return enumValue(type, t);
        }
        return null;
    }

    private static Object fromLocalDateTime(LocalDateTime value, Class<?> type) {
        if (type == LocalDateTime.class) {
            return value;
        }
        if (type == Timestamp.class) {
            return Timestamp.valueOf(value);
        }
        if (type == Instant.class) {
            return value.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (type == LocalDate.class) {
            return value.toLocalDate();
        }
        if (type == LocalTime.class) {
            return value.toLocalTime();
        }
        if (type == String.class) {
            return value.toString();
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }

    private static AthanorException failure(Object value, Class<?> type, String column, RuntimeException cause) {
        return new AthanorException(ErrorMessage.of(ErrorCode.VALUE_CONVERSION,
                "column '" + column + "' holds " + value.getClass().getName() + " and cannot become "
                        + type.getName() + (cause == null ? "" : " (" + cause.getMessage() + ")")), cause);
    }
}
