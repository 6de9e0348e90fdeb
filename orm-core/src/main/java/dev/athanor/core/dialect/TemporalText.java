package dev.athanor.core.dialect;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Date and time values as SQL text ({@code 2024-01-31 12:00:00.123456}), for databases or drivers
 * that would otherwise lose part of them: SQLite keeps dates as text, and Connector/J drops the
 * fraction of a second when a MariaDB server announces itself as {@code 5.5.5-}.
 */
public final class TemporalText {

    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .toFormatter();
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral(' ')
            .append(TIME)
            .toFormatter();
    private static final DateTimeFormatter DATE_TIME_OFFSET = new DateTimeFormatterBuilder()
            .append(DATE_TIME)
            .appendOffset("+HH:MM", "+00:00")
            .toFormatter();

    private TemporalText() {
    }

    /** The value as text, or null when it is not a date or time. Instants are written in {@code instantZone}. */
    public static String format(Object value, ZoneId instantZone) {
        if (value instanceof LocalDateTime v) {
            return DATE_TIME.format(v);
        } else if (value instanceof java.sql.Timestamp v) {
            return DATE_TIME.format(v.toLocalDateTime());
        } else if (value instanceof Instant v) {
            return DATE_TIME.format(LocalDateTime.ofInstant(v, instantZone));
        } else if (value instanceof LocalDate v) {
            return v.toString();
        } else if (value instanceof java.sql.Date v) {
            return v.toLocalDate().toString();
        } else if (value instanceof LocalTime v) {
            return TIME.format(v);
        } else if (value instanceof java.sql.Time v) {
            return TIME.format(v.toLocalTime());
        } else if (value instanceof OffsetDateTime v) {
            return DATE_TIME_OFFSET.format(v);
        } else if (value instanceof ZonedDateTime v) {
            return DATE_TIME_OFFSET.format(v.toOffsetDateTime());
        } else if (value instanceof java.util.Date v) {
            return DATE_TIME.format(LocalDateTime.ofInstant(v.toInstant(), ZoneId.systemDefault()));
        }
        return null;
    }
}
