package dev.athanor.core.meta;

/**
 * How the value of a basic attribute becomes a column value: an enum by ordinal or by name, a
 * {@code java.util} date with its temporal precision, a large object, or through a converter.
 *
 * @param enumStorage for enum attributes without a converter; null otherwise
 * @param temporal for {@code java.util.Date} and {@code Calendar} attributes; null otherwise
 * @param lob whether the column is a large object (CLOB for text, BLOB for bytes)
 * @param converter the converter applied, or null
 */
public record ValueMapping(EnumStorage enumStorage, TemporalKind temporal, boolean lob, ConverterModel converter) {

    /** A value stored as it is. */
    public static final ValueMapping PLAIN = new ValueMapping(null, null, false, null);

    /** {@code @Enumerated}: how an enum is stored. */
    public enum EnumStorage {
        /** Its ordinal, in an integer column (the default). */
        ORDINAL,
        /** Its name, in a character column. */
        STRING
    }

    /** {@code @Temporal}: what part of a {@code java.util.Date} or {@code Calendar} is stored. */
    public enum TemporalKind {
        DATE, TIME, TIMESTAMP
    }
}
