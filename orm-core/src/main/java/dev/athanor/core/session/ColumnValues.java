package dev.athanor.core.session;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.ConverterModel;
import dev.athanor.core.meta.ValueMapping;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;

/**
 * Turns a basic attribute's value into the value bound to its column, and a column value read
 * back into the attribute's value: converters, enums by ordinal or name, {@code java.util} and
 * {@code java.sql} dates as {@code java.time} values (which every dialect binds exactly), chars
 * as text, BigInteger as BigDecimal, OffsetDateTime as its instant (stored in UTC).
 */
final class ColumnValues {

    private ColumnValues() {
    }

    private static final java.util.Set<Class<?>> CONVERTED = java.util.Set.of(Calendar.class, Date.class,
            java.sql.Date.class, java.sql.Time.class, java.sql.Timestamp.class, Character.class, char.class,
            BigInteger.class, BigDecimal.class, OffsetDateTime.class, Short.class, short.class, Byte.class, byte.class,
            char[].class, Character[].class, byte[].class);

    /**
     * Whether the attribute's values are bound and read back as they are, so that both conversions
     * are the identity and the hot paths (flush, row hydration) may skip them.
     */
    static boolean plain(AttributeModel attribute) {
        ValueMapping mapping = attribute.value();
        return mapping.converter() == null && mapping.enumStorage() == null && mapping.temporal() == null
                && !CONVERTED.contains(attribute.javaType()) && !Calendar.class.isAssignableFrom(attribute.javaType())
                && !(attribute.javaType().isEnum());
    }

    /** The value to bind for {@code value} of the basic attribute {@code attribute}. */
    static Object toColumn(AttributeModel attribute, Object value) {
        if (value == null) {
            return null;
        }
        ValueMapping mapping = attribute.value();
        if (mapping.converter() != null) {
            return normalize(mapping.converter().toDatabase(value), null);
        }
        if (value instanceof Enum<?> e && mapping.enumStorage() != null) {
            return mapping.enumStorage() == ValueMapping.EnumStorage.STRING ? e.name() : e.ordinal();
        }
        return normalize(value, mapping.temporal());
    }

    private static Object normalize(Object value, ValueMapping.TemporalKind temporal) {
        if (value instanceof Calendar calendar) {
            LocalDateTime local = LocalDateTime.ofInstant(calendar.toInstant(), calendar.getTimeZone().toZoneId());
            return temporalPart(local, temporal);
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Time time) {
            return time.toLocalTime();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof Date date) {
            return temporalPart(LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault()), temporal);
        }
        if (value instanceof Character c) {
            return String.valueOf(c);
        }
        if (value instanceof byte[] bytes) {
            return bytes.clone(); // a snapshot of its own, so that a change made in place is seen at flush
        }
        if (value instanceof char[] chars) {
            return new String(chars);
        }
        if (value instanceof Character[] boxes) {
            StringBuilder text = new StringBuilder(boxes.length);
            for (Character c : boxes) {
                text.append(c.charValue());
            }
            return text.toString();
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        return value;
    }

    private static Object temporalPart(LocalDateTime local, ValueMapping.TemporalKind temporal) {
        if (temporal == ValueMapping.TemporalKind.DATE) {
            return local.toLocalDate();
        }
        if (temporal == ValueMapping.TemporalKind.TIME) {
            return local.toLocalTime();
        }
        return local;
    }

    /** The type to ask the row for, so that {@link #toAttribute} gets what it expects. */
    static Class<?> readType(AttributeModel attribute) {
        ValueMapping mapping = attribute.value();
        if (mapping.converter() != null) {
            return boxed(mapping.converter().databaseType());
        }
        if (mapping.enumStorage() != null) {
            return mapping.enumStorage() == ValueMapping.EnumStorage.STRING ? String.class : Integer.class;
        }
        Class<?> type = attribute.javaType();
        if (mapping.temporal() != null) {
            return switch (mapping.temporal()) {
                case DATE -> LocalDate.class;
                case TIME -> LocalTime.class;
                case TIMESTAMP -> LocalDateTime.class;
            };
        }
        if (type == java.sql.Date.class) {
            return LocalDate.class;
        }
        if (type == java.sql.Time.class) {
            return LocalTime.class;
        }
        if (type == java.sql.Timestamp.class) {
            return LocalDateTime.class;
        }
        if (type == OffsetDateTime.class) {
            return Instant.class;
        }
        if (type == char[].class || type == Character[].class) {
            return String.class;
        }
        return boxed(type);
    }

    /** The attribute's value for {@code columnValue}, read from the row as {@link #readType}. */
    static Object toAttribute(AttributeModel attribute, Object columnValue) {
        ValueMapping mapping = attribute.value();
        ConverterModel converter = mapping.converter();
        if (converter != null) {
            return converter.toAttribute(columnValue);
        }
        if (columnValue == null) {
            return null;
        }
        Class<?> type = attribute.javaType();
        if (mapping.enumStorage() != null) {
            Object[] constants = type.getEnumConstants();
            if (mapping.enumStorage() == ValueMapping.EnumStorage.ORDINAL) {
                return constants[(Integer) columnValue];
            }
            for (Object constant : constants) {
                if (((Enum<?>) constant).name().equals(columnValue)) {
                    return constant;
                }
            }
            throw new IllegalStateException("column value '" + columnValue + "' is not a constant of "
                    + type.getName() + " (attribute " + attribute.name() + ")");
        }
        if (columnValue instanceof BigDecimal decimal && attribute.column() != null
                && decimal.scale() < attribute.column().scale()) {
            // SQLite stores NUMERIC as a number, so 12.500 comes back 12.5: give back the declared scale
            return decimal.setScale(attribute.column().scale());
        }
        if (type == OffsetDateTime.class) {
            return ((Instant) columnValue).atOffset(ZoneOffset.UTC);
        }
        if (type == char[].class) {
            return ((String) columnValue).toCharArray();
        }
        if (type == Character[].class) {
            String text = (String) columnValue;
            Character[] boxes = new Character[text.length()];
            for (int i = 0; i < boxes.length; i++) {
                boxes[i] = text.charAt(i);
            }
            return boxes;
        }
        if (type == java.sql.Date.class) {
            return java.sql.Date.valueOf((LocalDate) columnValue);
        }
        if (type == java.sql.Time.class) {
            return java.sql.Time.valueOf((LocalTime) columnValue);
        }
        if (type == java.sql.Timestamp.class) {
            return java.sql.Timestamp.valueOf((LocalDateTime) columnValue);
        }
        if (mapping.temporal() != null) {
            LocalDateTime local = switch (mapping.temporal()) {
                case DATE -> ((LocalDate) columnValue).atStartOfDay();
                case TIME -> ((LocalTime) columnValue).atDate(LocalDate.EPOCH);
                case TIMESTAMP -> (LocalDateTime) columnValue;
            };
            Instant instant = local.atZone(ZoneId.systemDefault()).toInstant();
            if (Calendar.class.isAssignableFrom(type)) {
                GregorianCalendar calendar = new GregorianCalendar();
                calendar.setTimeInMillis(instant.toEpochMilli());
                return calendar;
            }
            return Date.from(instant);
        }
        return columnValue;
    }

    /** The wrapper of a primitive type, or the type itself. */
    static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == long.class ? Long.class : type == int.class ? Integer.class : type == double.class ? Double.class
                : type == boolean.class ? Boolean.class : type == short.class ? Short.class
                : type == byte.class ? Byte.class : type == float.class ? Float.class
                : type == char.class ? Character.class : Void.class;
    }
}
