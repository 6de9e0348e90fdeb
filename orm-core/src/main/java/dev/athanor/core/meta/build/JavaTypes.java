package dev.athanor.core.meta.build;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Which Java types Athanor stores in one column, and which of them may be versions or generated ids. */
final class JavaTypes {

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, byte.class, Byte.class,
            short.class, Short.class, int.class, Integer.class, long.class, Long.class, float.class, Float.class,
            double.class, Double.class, char.class, Character.class);

    private static final Set<Class<?>> BASIC = Set.of(Boolean.class, Byte.class, Short.class, Integer.class,
            Long.class, Float.class, Double.class, Character.class, String.class, BigDecimal.class, BigInteger.class,
            byte[].class, LocalDate.class, LocalTime.class, LocalDateTime.class, Instant.class, OffsetDateTime.class,
            Date.class, java.sql.Date.class, java.sql.Time.class, java.sql.Timestamp.class, UUID.class, char[].class,
            Character[].class);

    private static final Set<Class<?>> VERSION = Set.of(Integer.class, Long.class, Short.class, Instant.class,
            LocalDateTime.class);

    private static final Set<Class<?>> NUMERIC_ID = Set.of(Integer.class, Long.class, Short.class, BigInteger.class,
            BigDecimal.class);

    private JavaTypes() {
    }

    /** The wrapper of a primitive type, or the type itself. */
    static Class<?> boxed(Class<?> type) {
        return BOXES.getOrDefault(type, type);
    }

    /** Whether a value of this type fits one column as it is (enums and legacy dates included). */
    static boolean isBasic(Class<?> type) {
        Class<?> boxed = boxed(type);
        return BASIC.contains(boxed) || boxed.isEnum() || isLegacyTemporal(boxed);
    }

    /** {@code java.util.Date} (not its {@code java.sql} subclasses) and {@code Calendar}s, which need @Temporal. */
    static boolean isLegacyTemporal(Class<?> type) {
        return type == Date.class || Calendar.class.isAssignableFrom(type);
    }

    static boolean isVersion(Class<?> type) {
        return VERSION.contains(boxed(type));
    }

    /** Types an IDENTITY, SEQUENCE, TABLE or AUTO generator can produce. */
    static boolean isNumericId(Class<?> type) {
        return NUMERIC_ID.contains(boxed(type));
    }

    /** Types GenerationType.UUID can produce. */
    static boolean isUuidId(Class<?> type) {
        return type == UUID.class || type == String.class;
    }

    /** The supported types, for messages. */
    static String describeBasic() {
        return "primitives and their wrappers, String, char[], BigDecimal, BigInteger, byte[], LocalDate, LocalTime,"
                + " LocalDateTime, Instant, OffsetDateTime, java.util.Date, Calendar, java.sql.Date/Time/Timestamp,"
                + " UUID and enums";
    }
}
