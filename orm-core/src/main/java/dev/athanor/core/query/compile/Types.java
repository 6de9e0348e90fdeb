package dev.athanor.core.query.compile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Date;
import java.util.List;

/**
 * The type rules of JPQL: boxing, which types compare with which, numeric promotion
 * (BigDecimal over BigInteger over Double over Float over Long over Integer, short and byte counting
 * as Integer) and the result types of aggregates.
 */
final class Types {

    /** Kinds of value that compare with each other. */
    enum Category {
        NUMBER, STRING, BOOLEAN, TEMPORAL, ENUM, BYTES, OTHER, UNKNOWN
    }

    private static final List<Class<?>> NUMERIC_ORDER = List.of(Integer.class, Long.class, Float.class, Double.class,
            BigInteger.class, BigDecimal.class);

    private Types() {
    }

    static Class<?> box(Class<?> type) {
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
        if (type == float.class) {
            return Float.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        return type == char.class ? Character.class : Void.class;
    }

    static Category category(Class<?> type) {
        Class<?> t = box(type);
        if (t == Object.class) {
            return Category.UNKNOWN;
        }
        if (Number.class.isAssignableFrom(t)) {
            return Category.NUMBER;
        }
        if (t == String.class || t == Character.class || t == char[].class || t == Character[].class) {
            return Category.STRING;
        }
        if (t == Boolean.class) {
            return Category.BOOLEAN;
        }
        if (Temporal.class.isAssignableFrom(t) || Date.class.isAssignableFrom(t)
                || java.util.Calendar.class.isAssignableFrom(t)) {
            return Category.TEMPORAL;
        }
        if (t.isEnum()) {
            return Category.ENUM;
        }
        if (t == byte[].class || t == Byte[].class) {
            return Category.BYTES;
        }
        return Category.OTHER;
    }

    /** Whether values of the two types may be compared (unknown types go with anything). */
    static boolean comparable(Typed a, Typed b) {
        if (a.isEntity() || b.isEntity()) {
            return a.isEntity() && b.isEntity() ? a.entity() == b.entity() : unknown(a) || unknown(b);
        }
        Category ca = category(a.type());
        Category cb = category(b.type());
        if (ca == Category.UNKNOWN || cb == Category.UNKNOWN) {
            return true;
        }
        if (ca != cb) {
            return false;
        }
        return ca == Category.ENUM || ca == Category.OTHER ? box(a.type()) == box(b.type()) : true;
    }

    private static boolean unknown(Typed t) {
        return !t.isEntity() && t.type() == Object.class;
    }

    static boolean isNumeric(Class<?> type) {
        Category c = category(type);
        return c == Category.NUMBER || c == Category.UNKNOWN;
    }

    static boolean isIntegral(Class<?> type) {
        Class<?> t = box(type);
        return t == Integer.class || t == Long.class || t == Short.class || t == Byte.class || t == BigInteger.class;
    }

    /** The type of an arithmetic result of the two operand types, by the specification's promotion. */
    static Class<?> promote(Class<?> a, Class<?> b) {
        Class<?> x = widenSmall(a);
        Class<?> y = widenSmall(b);
        if (x == Object.class) {
            return y;
        }
        if (y == Object.class) {
            return x;
        }
        int i = NUMERIC_ORDER.indexOf(x);
        int j = NUMERIC_ORDER.indexOf(y);
        if (i < 0 || j < 0) {
            return i < 0 && j < 0 ? Double.class : i < 0 ? y : x;
        }
        return NUMERIC_ORDER.get(Math.max(i, j));
    }

    /** short and byte compute as Integer. */
    static Class<?> widenSmall(Class<?> type) {
        Class<?> t = box(type);
        return t == Short.class || t == Byte.class ? Integer.class : t;
    }

    /** SUM: Long for integral arguments, Double for floating ones, BigInteger and BigDecimal as themselves. */
    static Class<?> sum(Class<?> argument) {
        Class<?> t = box(argument);
        if (t == BigInteger.class || t == BigDecimal.class) {
            return t;
        }
        if (t == Float.class || t == Double.class) {
            return Double.class;
        }
        return t == Object.class ? Object.class : Long.class;
    }

    /** The common type of CASE branches, COALESCE and NULLIF arguments, set operation columns: null when none. */
    static Class<?> common(Class<?> a, Class<?> b) {
        Class<?> x = box(a);
        Class<?> y = box(b);
        if (x == Object.class) {
            return y;
        }
        if (y == Object.class || x == y) {
            return x;
        }
        if (category(x) == Category.NUMBER && category(y) == Category.NUMBER) {
            return promote(x, y);
        }
        if (category(x) == category(y) && category(x) != Category.ENUM && category(x) != Category.OTHER) {
            return x.isAssignableFrom(y) ? x : y.isAssignableFrom(x) ? y : Object.class;
        }
        return null;
    }
}
