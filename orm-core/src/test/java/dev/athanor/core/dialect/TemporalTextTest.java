package dev.athanor.core.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class TemporalTextTest {

    private static final LocalDateTime WHEN = LocalDateTime.of(2024, 1, 31, 12, 30, 15, 123_456_000);

    @Test
    void dateTimesWithASpaceAndAllTheirDigits() {
        assertThat(TemporalText.format(WHEN, ZoneOffset.UTC)).isEqualTo("2024-01-31 12:30:15.123456");
        assertThat(TemporalText.format(WHEN.withNano(1), ZoneOffset.UTC)).isEqualTo("2024-01-31 12:30:15.000000001");
        assertThat(TemporalText.format(java.sql.Timestamp.valueOf(WHEN), ZoneOffset.UTC))
                .isEqualTo("2024-01-31 12:30:15.123456");
    }

    @Test
    void noFractionWhenThereIsNone() {
        assertThat(TemporalText.format(WHEN.withNano(0), ZoneOffset.UTC)).isEqualTo("2024-01-31 12:30:15");
        assertThat(TemporalText.format(LocalTime.of(8, 5), ZoneOffset.UTC)).isEqualTo("08:05:00");
    }

    @Test
    void instantsInTheZoneAsked() {
        Instant instant = Instant.parse("2024-01-31T12:30:15.5Z");

        assertThat(TemporalText.format(instant, ZoneOffset.UTC)).isEqualTo("2024-01-31 12:30:15.5");
        assertThat(TemporalText.format(instant, ZoneId.of("Europe/Paris"))).isEqualTo("2024-01-31 13:30:15.5");
    }

    @Test
    void datesAndTimes() {
        assertThat(TemporalText.format(LocalDate.of(2024, 1, 31), ZoneOffset.UTC)).isEqualTo("2024-01-31");
        assertThat(TemporalText.format(java.sql.Date.valueOf("2024-01-31"), ZoneOffset.UTC)).isEqualTo("2024-01-31");
        assertThat(TemporalText.format(LocalTime.of(12, 30, 15, 250_000_000), ZoneOffset.UTC)).isEqualTo("12:30:15.25");
        assertThat(TemporalText.format(java.sql.Time.valueOf("12:30:15"), ZoneOffset.UTC)).isEqualTo("12:30:15");
    }

    @Test
    void offsetsAreKept() {
        assertThat(TemporalText.format(OffsetDateTime.of(WHEN, ZoneOffset.ofHours(2)), ZoneOffset.UTC))
                .isEqualTo("2024-01-31 12:30:15.123456+02:00");
        assertThat(TemporalText.format(OffsetDateTime.of(WHEN.withNano(0), ZoneOffset.UTC), ZoneOffset.UTC))
                .isEqualTo("2024-01-31 12:30:15+00:00");
        assertThat(TemporalText.format(ZonedDateTime.of(WHEN.withNano(0), ZoneId.of("America/New_York")),
                ZoneOffset.UTC)).isEqualTo("2024-01-31 12:30:15-05:00");
    }

    @Test
    void utilDatesInTheJvmsZone() {
        java.util.Date date = java.util.Date.from(WHEN.withNano(0).atZone(ZoneId.systemDefault()).toInstant());

        assertThat(TemporalText.format(date, ZoneOffset.UTC)).isEqualTo("2024-01-31 12:30:15");
    }

    @Test
    void otherValuesAreNoDates() {
        assertThat(TemporalText.format("2024-01-31", ZoneOffset.UTC)).isNull();
        assertThat(TemporalText.format(42, ZoneOffset.UTC)).isNull();
        assertThat(TemporalText.format(null, ZoneOffset.UTC)).isNull();
    }
}
