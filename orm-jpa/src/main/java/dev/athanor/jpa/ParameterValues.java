package dev.athanor.jpa;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.query.QueryPlan.QueryParameter;
import jakarta.persistence.TemporalType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Checks a value given to {@code setParameter} against the type the query expects of the parameter,
 * and converts what can be converted without loss: a number into another numeric type it fits
 * ({@code 42L} for an {@code Integer} parameter), a {@code Date} or {@code Calendar} given with a
 * {@link TemporalType} into the {@code java.sql} or {@code java.time} value of that precision.
 */
final class ParameterValues {

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class,
            boolean.class, Boolean.class, char.class, Character.class, void.class, Void.class);

    private ParameterValues() {
    }

    /** The wrapper class of a primitive type, or the type itself. */
    static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? BOXES.get(type) : type;
    }

    /** Whether {@link #checked} would return {@code value} as it is: null, or one value of the parameter's type. */
    static boolean accepted(QueryParameter parameter, Object value) {
        if (value == null) {
            return true;
        }
        Class<?> expected = boxed(parameter.type());
        return !parameter.multiValued() && (expected == Object.class || expected.isInstance(value));
    }

    /**
     * The value to bind for {@code parameter}: {@code value} itself, or converted without loss; a
     * collection (only for a parameter of {@code IN :p}) becomes a list of checked elements.
     *
     * @param label how the parameter is named in messages ({@code :name}, {@code ?1})
     * @param query the query text, for messages
     */
    static Object checked(QueryParameter parameter, String label, Object value, String query) {
        if (value == null) {
            return null;
        }
        Class<?> expected = boxed(parameter.type());
        if (value instanceof Collection<?> values && (parameter.multiValued() || !expected.isInstance(value))) {
            if (!parameter.multiValued()) {
                throw mismatch(label, query, "expects one " + expected.getName() + " but was given a collection ("
                        + value.getClass().getName() + ")", "Pass a single value; only a parameter used as"
                        + " 'IN " + label + "' takes a collection of values.");
            }
            List<Object> elements = new ArrayList<>(values.size());
            for (Object element : values) {
                elements.add(element == null ? null : single(expected, label, element, query, " (an element of the"
                        + " collection)"));
            }
            return elements;
        }
        return single(expected, label, value, query, "");
    }

    private static Object single(Class<?> expected, String label, Object value, String query, String which) {
        if (expected == Object.class || expected.isInstance(value)) {
            return value;
        }
        if (value instanceof Number number && isNumeric(expected)) {
            Object converted = convertNumber(number, expected);
            if (converted != null) {
                return converted;
            }
            throw mismatch(label, query, "expects a " + expected.getName() + " but was given the "
                    + value.getClass().getSimpleName() + " " + value + which + ", which does not fit one without"
                    + " loss", "Pass a value in the range and precision of " + expected.getSimpleName() + ".");
        }
        throw mismatch(label, query, "expects a " + expected.getName() + " but was given a "
                + value.getClass().getName() + which, "Pass a " + expected.getSimpleName() + ": the type of what "
                + label + " is compared with or assigned to in the query.");
    }

    private static IllegalArgumentException mismatch(String label, String query, String what, String hint) {
        return new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_PARAMETER, "parameter " + label + " "
                + what).detail("query", query).hint(hint).render());
    }

    static boolean isNumeric(Class<?> type) {
        return type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class || type == BigDecimal.class || type == Double.class || type == Float.class;
    }

    /** {@code number} as a {@code target}, or null when it does not fit exactly. */
    static Object convertNumber(Number number, Class<?> target) {
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return target == Double.class ? (Object) d : target == Float.class ? (Object) (float) d : null;
            }
        }
        BigDecimal exact = exact(number);
        try {
            if (target == Integer.class) {
                return exact.intValueExact();
            } else if (target == Long.class) {
                return exact.longValueExact();
            } else if (target == Short.class) {
                return exact.shortValueExact();
            } else if (target == Byte.class) {
                return exact.byteValueExact();
            } else if (target == BigInteger.class) {
                return exact.toBigIntegerExact();
            } else if (target == BigDecimal.class) {
                // a double written 0.1 means the decimal 0.1, not the binary fraction nearest to it
                return number instanceof Double || number instanceof Float ? new BigDecimal(number.toString()) : exact;
            } else if (target == Double.class) {
                double d = exact.doubleValue();
                return new BigDecimal(d).compareTo(exact) == 0 ? d : null;
            } else if (target == Float.class) {
                float f = exact.floatValue();
                return new BigDecimal(f).compareTo(exact) == 0 ? f : null;
            }
        } catch (ArithmeticException doesNotFit) {
            return null;
        }
        return null;
    }

    private static BigDecimal exact(Number number) {
        if (number instanceof BigDecimal d) {
            return d;
        } else if (number instanceof BigInteger i) {
            return new BigDecimal(i);
        } else if (number instanceof Double || number instanceof Float) {
            return new BigDecimal(number.doubleValue());
        } else if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        }
        return new BigDecimal(number.toString());
    }

    /**
     * A {@code Date} or {@code Calendar} given with a temporal type, as the value of that precision
     * that fits {@code expected}: {@code java.sql.Date}, {@code Time} or {@code Timestamp}, or their
     * {@code java.time} counterpart (in the JVM's time zone); a Calendar stays one for a Calendar
     * parameter. Anything else is left for {@link #checked} to refuse.
     */
    static Object temporal(Object value, TemporalType temporalType, Class<?> expected) {
        if (value == null) {
            return null;
        }
        if (temporalType == null) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_PARAMETER, "setParameter() was given"
                    + " a null TemporalType").hint("Pass TemporalType.DATE, TIME or TIMESTAMP.").render());
        }
        long millis = value instanceof Calendar calendar ? calendar.getTimeInMillis() : ((Date) value).getTime();
        Date sql = switch (temporalType) {
            case DATE -> new java.sql.Date(millis);
            case TIME -> new java.sql.Time(millis);
            case TIMESTAMP -> new java.sql.Timestamp(millis);
        };
        Class<?> type = boxed(expected);
        if (type.isInstance(sql)) {
            return sql;
        }
        if (type.isInstance(value)) {
            return value;
        }
        Instant instant = Instant.ofEpochMilli(millis);
        if (type == LocalDate.class) {
            return new java.sql.Date(millis).toLocalDate();
        } else if (type == LocalTime.class) {
            return new java.sql.Time(millis).toLocalTime();
        } else if (type == LocalDateTime.class) {
            return new java.sql.Timestamp(millis).toLocalDateTime();
        } else if (type == Instant.class) {
            return instant;
        } else if (type == OffsetDateTime.class) {
            return instant.atZone(ZoneId.systemDefault()).toOffsetDateTime();
        } else if (type == ZonedDateTime.class) {
            return instant.atZone(ZoneId.systemDefault());
        }
        return sql;
    }
}
