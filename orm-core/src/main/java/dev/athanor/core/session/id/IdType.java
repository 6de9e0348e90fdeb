package dev.athanor.core.session.id;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The Java types a numeric id can have, and how a generated {@code long} becomes one of them. */
enum IdType {
    LONG(Long.MIN_VALUE, Long.MAX_VALUE),
    INT(Integer.MIN_VALUE, Integer.MAX_VALUE),
    SHORT(Short.MIN_VALUE, Short.MAX_VALUE),
    BIG_INTEGER(Long.MIN_VALUE, Long.MAX_VALUE),
    BIG_DECIMAL(Long.MIN_VALUE, Long.MAX_VALUE);

    private final long min;
    private final long max;

    IdType(long min, long max) {
        this.min = min;
        this.max = max;
    }

    /** The id type for a Java type (primitive or boxed), or null when generated numbers cannot fill it. */
    static IdType of(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return LONG;
        } else if (type == int.class || type == Integer.class) {
            return INT;
        } else if (type == short.class || type == Short.class) {
            return SHORT;
        } else if (type == BigInteger.class) {
            return BIG_INTEGER;
        }
        return type == BigDecimal.class ? BIG_DECIMAL : null;
    }

    boolean fits(long value) {
        return value >= min && value <= max;
    }

    /** The value as this type; check {@link #fits} first. */
    Object convert(long value) {
        return switch (this) {
            case LONG -> value;
            case INT -> (int) value;
            case SHORT -> (short) value;
            case BIG_INTEGER -> BigInteger.valueOf(value);
            case BIG_DECIMAL -> BigDecimal.valueOf(value);
        };
    }
}
