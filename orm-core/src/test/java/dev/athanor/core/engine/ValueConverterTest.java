package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueConverterTest {

    private enum Status { ACTIVE, RETIRED }

    private static <T> T convert(Object value, Class<T> type) {
        return ValueConverter.convert(value, type, "col");
    }

    @Test
    void nullAndValuesOfTheRightTypeStayAsTheyAre() {
        Object text = "same";

        assertThat(convert(null, Long.class)).isNull();
        assertThat(convert(text, String.class)).isSameAs(text);
        assertThat(convert(text, Object.class)).isSameAs(text);
        assertThat(convert(5, Number.class)).isEqualTo(5);
    }

    // ---- numbers -------------------------------------------------------------------------------------

    @Test
    void numbersBetweenWidths() {
        assertThat(convert(42, Long.class)).isEqualTo(42L);
        assertThat(convert(42L, Integer.class)).isEqualTo(42);
        assertThat(convert(42L, Short.class)).isEqualTo((short) 42);
        assertThat(convert(42, Byte.class)).isEqualTo((byte) 42);
        assertThat(convert(42, Double.class)).isEqualTo(42.0);
        assertThat(convert(1.5, Float.class)).isEqualTo(1.5f);
        assertThat(convert(new BigDecimal("12"), Long.class)).isEqualTo(12L);
        assertThat(convert(BigInteger.TEN, Integer.class)).isEqualTo(10);
    }

    @Test
    void numbersToDecimalsKeepTheirDigits() {
        assertThat(convert(0.1, BigDecimal.class)).isEqualTo(new BigDecimal("0.1"));
        assertThat(convert(7L, BigDecimal.class)).isEqualTo(new BigDecimal("7"));
        assertThat(convert(new BigInteger("123456789012345678901234567890"), BigDecimal.class))
                .isEqualTo(new BigDecimal("123456789012345678901234567890"));
        assertThat(convert(9_000_000_000L, BigInteger.class)).isEqualTo(BigInteger.valueOf(9_000_000_000L));
        assertThat(convert(new BigDecimal("5"), BigInteger.class)).isEqualTo(BigInteger.valueOf(5));
    }

    @Test
    void numbersToPrimitives() {
        int i = convert(7L, int.class);
        long l = convert(7, long.class);
        double d = convert(7, double.class);
        short s = convert(7, short.class);
        byte b = convert(7, byte.class);
        float f = convert(7, float.class);
        boolean flag = convert(1, boolean.class);

        assertThat(i).isEqualTo(7);
        assertThat(l).isEqualTo(7L);
        assertThat(d).isEqualTo(7.0);
        assertThat(s).isEqualTo((short) 7);
        assertThat(b).isEqualTo((byte) 7);
        assertThat(f).isEqualTo(7f);
        assertThat(flag).isTrue();
    }

    @Test
    void numbersToTextAndInstants() {
        assertThat(convert(42, String.class)).isEqualTo("42");
        assertThat(convert(2.5, String.class)).isEqualTo("2.5");
        assertThat(convert(1_700_000_000_000L, Instant.class)).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
    }

    @Test
    void zeroAndOneBecomeBooleansAndBack() {
        assertThat(convert(0, Boolean.class)).isFalse();
        assertThat(convert(1, Boolean.class)).isTrue();
        assertThat(convert(1L, Boolean.class)).isTrue();
        assertThat(convert(true, Integer.class)).isEqualTo(1);
        assertThat(convert(false, Long.class)).isEqualTo(0L);
    }

    @Test
    void overflowFailsNamingTheColumn() {
        assertConversionFails(5_000_000_000L, Integer.class, "java.lang.Long", "java.lang.Integer");
        assertConversionFails(5_000_000_000L, int.class, "java.lang.Long", "int");
        assertConversionFails(new BigDecimal("1.5"), Long.class, "java.math.BigDecimal", "java.lang.Long");
        assertConversionFails(new BigDecimal("2.5"), BigInteger.class, "java.math.BigDecimal", "java.math.BigInteger");
    }

    @Test
    void overflowOfShortAndByteFails() {
        assertConversionFails(70_000, Short.class, "java.lang.Integer", "java.lang.Short");
        assertConversionFails(300, Byte.class, "java.lang.Integer", "java.lang.Byte");
    }

    // ---- text ----------------------------------------------------------------------------------------

    @Test
    void textToNumbers() {
        assertThat(convert("42", Long.class)).isEqualTo(42L);
        assertThat(convert(" 42 ", Integer.class)).isEqualTo(42);
        assertThat(convert("-7", Short.class)).isEqualTo((short) -7);
        assertThat(convert("2.5", Double.class)).isEqualTo(2.5);
        assertThat(convert("2.5", Float.class)).isEqualTo(2.5f);
        assertThat(convert("12345678901234567890.123456789", BigDecimal.class))
                .isEqualTo(new BigDecimal("12345678901234567890.123456789"));
        assertThat(convert("123456789012345678901234567890", BigInteger.class))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        int primitive = convert("9", int.class);
        assertThat(primitive).isEqualTo(9);
    }

    @Test
    void textThatIsNoNumberFails() {
        assertConversionFails("abc", Long.class, "java.lang.String", "java.lang.Long");
        assertConversionFails("99999999999", Integer.class, "java.lang.String", "java.lang.Integer");
    }

    @Test
    void textToBooleans() {
        assertThat(convert("1", Boolean.class)).isTrue();
        assertThat(convert("true", Boolean.class)).isTrue();
        assertThat(convert("TRUE", Boolean.class)).isTrue();
        assertThat(convert("0", Boolean.class)).isFalse();
        assertThat(convert("false", Boolean.class)).isFalse();
        assertConversionFails("yes", Boolean.class, "java.lang.String", "java.lang.Boolean");
    }

    @Test
    void fractionsAreNotCutToWholeNumbersSilently() {
        assertThat(convert(3.0, Long.class)).isEqualTo(3L);
        assertConversionFails(2.5, Long.class, "java.lang.Double", "java.lang.Long");
        assertConversionFails(2.5f, Integer.class, "java.lang.Float", "java.lang.Integer");
    }

    @Test
    void nullCannotBecomeAPrimitive() {
        assertThat(convert(null, Integer.class)).isNull();
        assertThatThrownBy(() -> ValueConverter.convert(null, int.class, "qty"))
                .hasMessageContaining("'qty' is NULL").hasMessageContaining("Integer");
    }

    @Test
    void textToCharacterUuidAndEnum() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

        assertThat(convert("x", Character.class)).isEqualTo('x');
        assertThat(convert("x", char.class)).isEqualTo('x');
        assertThat(convert(id.toString(), UUID.class)).isEqualTo(id);
        assertThat(convert(" " + id + " ", UUID.class)).isEqualTo(id);
        assertThat(convert("RETIRED", Status.class)).isEqualTo(Status.RETIRED);
        assertConversionFails("xy", Character.class, "java.lang.String", "java.lang.Character");
        assertConversionFails("not-a-uuid", UUID.class, "java.lang.String", "java.util.UUID");
        assertConversionFails("retired", Status.class, "java.lang.String", Status.class.getName());
    }

    @Test
    void textToLocalDate() {
        assertThat(convert("2024-01-31", LocalDate.class)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(convert("2024-01-31 12:30:00", LocalDate.class)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertConversionFails("31/01/2024", LocalDate.class, "java.lang.String", "java.time.LocalDate");
    }

    @Test
    void textToLocalTime() {
        assertThat(convert("12:30:15.5", LocalTime.class)).isEqualTo(LocalTime.of(12, 30, 15, 500_000_000));
        assertThat(convert("2024-01-31 12:30:15", LocalTime.class)).isEqualTo(LocalTime.of(12, 30, 15));
        assertThat(convert("2024-01-31T12:30:15", LocalTime.class)).isEqualTo(LocalTime.of(12, 30, 15));
    }

    @Test
    void textToSqlDateAndTimeAsSqliteDateFunctionsReturnThem() {
        assertThat(convert("2024-01-31", java.sql.Date.class)).isEqualTo(java.sql.Date.valueOf("2024-01-31"));
        assertThat(convert("2024-01-31 12:30:00", java.sql.Date.class)).isEqualTo(java.sql.Date.valueOf("2024-01-31"));
        assertThat(convert("12:30:15", java.sql.Time.class)).isEqualTo(java.sql.Time.valueOf("12:30:15"));
        assertThat(convert("2024-01-31 12:30:15", java.sql.Time.class)).isEqualTo(java.sql.Time.valueOf("12:30:15"));
        assertConversionFails("noon", java.sql.Time.class, "java.lang.String", "java.sql.Time");
    }

    @Test
    void textToLocalDateTimeWithSpaceOrTAndOptionalFraction() {
        LocalDateTime expected = LocalDateTime.of(2024, 1, 31, 12, 30, 15);

        assertThat(convert("2024-01-31 12:30:15", LocalDateTime.class)).isEqualTo(expected);
        assertThat(convert("2024-01-31T12:30:15", LocalDateTime.class)).isEqualTo(expected);
        assertThat(convert("2024-01-31 12:30", LocalDateTime.class)).isEqualTo(expected.withSecond(0));
        assertThat(convert("2024-01-31 12:30:15.123456", LocalDateTime.class))
                .isEqualTo(expected.withNano(123_456_000));
        assertThat(convert("2024-01-31T12:30:15.123456789", LocalDateTime.class))
                .isEqualTo(expected.withNano(123_456_789));
        assertThat(convert("2024-01-31 12:30:15.1", Timestamp.class))
                .isEqualTo(Timestamp.valueOf(expected.withNano(100_000_000)));
        assertConversionFails("2024-01-31", LocalDateTime.class, "java.lang.String", "java.time.LocalDateTime");
    }

    @Test
    void textWithoutOffsetIsAnInstantInUtc() {
        Instant expected = Instant.parse("2024-01-31T12:30:15.123456Z");

        assertThat(convert("2024-01-31 12:30:15.123456", Instant.class)).isEqualTo(expected);
        assertThat(convert("2024-01-31T12:30:15.123456", Instant.class)).isEqualTo(expected);
        assertThat(convert("2024-01-31 12:30:15", Instant.class)).isEqualTo(Instant.parse("2024-01-31T12:30:15Z"));
    }

    @Test
    void textWithAnOffsetIsAnInstantThere() {
        assertThat(convert("2024-01-31 12:30:15Z", Instant.class)).isEqualTo(Instant.parse("2024-01-31T12:30:15Z"));
        assertThat(convert("2024-01-31 14:30:15+02:00", Instant.class))
                .isEqualTo(Instant.parse("2024-01-31T12:30:15Z"));
        assertThat(convert("2024-01-31T12:30:15.5-05:00", OffsetDateTime.class))
                .isEqualTo(OffsetDateTime.of(2024, 1, 31, 12, 30, 15, 500_000_000, ZoneOffset.ofHours(-5)));
    }

    // ---- driver date and time types --------------------------------------------------------------------

    @Test
    void timestampsAndLocalDateTimes() {
        LocalDateTime when = LocalDateTime.of(2024, 1, 31, 12, 30, 15, 123_000_000);
        Timestamp timestamp = Timestamp.valueOf(when);

        assertThat(convert(timestamp, LocalDateTime.class)).isEqualTo(when);
        assertThat(convert(timestamp, LocalDate.class)).isEqualTo(when.toLocalDate());
        assertThat(convert(timestamp, LocalTime.class)).isEqualTo(when.toLocalTime());
        assertThat(convert(timestamp, Instant.class)).isEqualTo(when.atZone(ZoneId.systemDefault()).toInstant());
        assertThat(convert(when, Timestamp.class)).isEqualTo(timestamp);
        assertThat(convert(when, String.class)).isEqualTo("2024-01-31T12:30:15.123");
    }

    @Test
    void sqlDatesTimesAndOffsets() {
        assertThat(convert(java.sql.Date.valueOf("2024-01-31"), LocalDate.class)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(convert(java.sql.Time.valueOf("12:30:15"), LocalTime.class)).isEqualTo(LocalTime.of(12, 30, 15));
        assertThat(convert(OffsetDateTime.parse("2024-01-31T12:30:15+01:00"), Instant.class))
                .isEqualTo(Instant.parse("2024-01-31T11:30:15Z"));
    }

    @Test
    void otherValuesBecomeTextButBytesDoNot() {
        UUID id = UUID.randomUUID();

        assertThat(convert(id, String.class)).isEqualTo(id.toString());
        assertConversionFails(new byte[] {1, 2}, String.class, "[B", "java.lang.String");
    }

    @Test
    void anUnsupportedPairFailsNamingColumnValueTypeAndTarget() {
        assertThatThrownBy(() -> ValueConverter.convert(LocalDate.of(2024, 1, 31), UUID.class, "birthday"))
                .isInstanceOfSatisfying(AthanorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALUE_CONVERSION);
                    assertThat(e.getMessage()).startsWith("ATH-1304 Cannot convert a column value: column 'birthday'"
                            + " holds java.time.LocalDate and cannot become java.util.UUID");
                    assertThat(e.getCause()).isNull();
                });
    }

    private static void assertConversionFails(Object value, Class<?> type, String valueType, String target) {
        assertThatThrownBy(() -> ValueConverter.convert(value, type, "amount"))
                .as("%s to %s", value, type)
                .isInstanceOfSatisfying(AthanorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALUE_CONVERSION);
                    assertThat(e.getMessage()).contains("column 'amount' holds " + valueType + " and cannot become "
                            + target);
                });
    }
}
