package dev.athanor.it.persistence.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.types.TypeEntities.Address;
import dev.athanor.it.persistence.types.TypeEntities.Holder;
import dev.athanor.it.persistence.types.TypeEntities.Rgb;
import dev.athanor.it.persistence.types.TypeEntities.RgbConverter;
import dev.athanor.it.persistence.types.TypeEntities.Shade;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every basic type: written, read back in a new EntityManager, equal; a few raw columns checked by JDBC. */
class TypeRoundTripIT {

    private static final LocalDateTime MICROS = LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_000);
    private static final UUID UUID_VALUE = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");

    @TempDir
    Path dir;

    private static Holder full() {
        Holder h = new Holder();
        h.id = 1L;
        h.primitiveBoolean = true;
        h.primitiveByte = -7;
        h.primitiveShort = -300;
        h.primitiveInt = Integer.MIN_VALUE;
        h.primitiveLong = Long.MAX_VALUE;
        h.primitiveFloat = 1.5f;
        h.primitiveDouble = -2.25e100;
        h.primitiveChar = 'é';
        h.wrapperBoolean = false;
        h.wrapperByte = Byte.MAX_VALUE;
        h.wrapperShort = Short.MIN_VALUE;
        h.wrapperInt = 42;
        h.wrapperLong = Long.MIN_VALUE;
        h.wrapperFloat = -0.125f;
        h.wrapperDouble = Math.PI;
        h.wrapperChar = 'Z';
        h.text = "héllo wörld ✓";
        h.amount = new BigDecimal("12.500");
        h.big = new BigInteger("-9223372036854775807");
        h.bytes = new byte[] {0, 1, -1, 127, -128};
        h.localDate = LocalDate.of(1999, 12, 31);
        h.localTime = LocalTime.of(13, 14, 15);
        h.localDateTime = MICROS;
        h.instant = Instant.parse("2024-05-06T07:08:09.123456Z");
        h.offsetDateTime = OffsetDateTime.of(2024, 5, 6, 9, 8, 9, 654_321_000, ZoneOffset.ofHours(2));
        h.utilDate = Date.from(LocalDate.of(2020, 1, 2).atStartOfDay(ZoneId.systemDefault()).toInstant());
        h.utilTimestamp = Date.from(LocalDateTime.of(2020, 1, 2, 3, 4, 5, 678_000_000)
                .atZone(ZoneId.systemDefault()).toInstant());
        GregorianCalendar calendar = new GregorianCalendar();
        calendar.setTime(Date.from(LocalDateTime.of(2021, 6, 7, 8, 9, 10, 111_000_000)
                .atZone(ZoneId.systemDefault()).toInstant()));
        h.calendar = calendar;
        h.uuid = UUID_VALUE;
        h.ordinalShade = Shade.GREEN;
        h.namedShade = Shade.BLUE;
        h.color = new Rgb(10, 20, 30);
        h.address = new Address();
        h.address.street = "1 Main St";
        h.address.city = "Springfield";
        h.longText = "x".repeat(70_000);
        h.blob = new byte[100_000];
        for (int i = 0; i < h.blob.length; i++) {
            h.blob[i] = (byte) (i * 31);
        }
        return h;
    }

    private static void assertSame(Holder back, Holder h) {
        assertThat(back).isNotSameAs(h);
        assertThat(back.primitiveBoolean).isEqualTo(h.primitiveBoolean);
        assertThat(back.primitiveByte).isEqualTo(h.primitiveByte);
        assertThat(back.primitiveShort).isEqualTo(h.primitiveShort);
        assertThat(back.primitiveInt).isEqualTo(h.primitiveInt);
        assertThat(back.primitiveLong).isEqualTo(h.primitiveLong);
        assertThat(back.primitiveFloat).isEqualTo(h.primitiveFloat);
        assertThat(back.primitiveDouble).isEqualTo(h.primitiveDouble);
        assertThat(back.primitiveChar).isEqualTo(h.primitiveChar);
        assertThat(back.wrapperBoolean).isEqualTo(h.wrapperBoolean);
        assertThat(back.wrapperByte).isEqualTo(h.wrapperByte);
        assertThat(back.wrapperShort).isEqualTo(h.wrapperShort);
        assertThat(back.wrapperInt).isEqualTo(h.wrapperInt);
        assertThat(back.wrapperLong).isEqualTo(h.wrapperLong);
        assertThat(back.wrapperFloat).isEqualTo(h.wrapperFloat);
        assertThat(back.wrapperDouble).isEqualTo(h.wrapperDouble);
        assertThat(back.wrapperChar).isEqualTo(h.wrapperChar);
        assertThat(back.text).isEqualTo(h.text);
        assertThat(back.amount).isEqualTo(h.amount); // equals() compares the scale too
        assertThat(back.big).isEqualTo(h.big);
        assertThat(back.bytes).isEqualTo(h.bytes);
        assertThat(back.localDate).isEqualTo(h.localDate);
        assertThat(back.localTime).isEqualTo(h.localTime);
        assertThat(back.localDateTime).isEqualTo(h.localDateTime);
        assertThat(back.instant).isEqualTo(h.instant);
        assertThat(back.offsetDateTime.toInstant()).isEqualTo(h.offsetDateTime.toInstant());
        assertThat(back.utilDate).isEqualTo(h.utilDate);
        assertThat(back.utilTimestamp).isEqualTo(h.utilTimestamp);
        assertThat(back.calendar.getTimeInMillis()).isEqualTo(h.calendar.getTimeInMillis());
        assertThat(back.uuid).isEqualTo(h.uuid);
        assertThat(back.ordinalShade).isEqualTo(h.ordinalShade);
        assertThat(back.namedShade).isEqualTo(h.namedShade);
        assertThat(back.color).isEqualTo(h.color);
        assertThat(back.address.street).isEqualTo(h.address.street);
        assertThat(back.address.city).isEqualTo(h.address.city);
        assertThat(back.longText).isEqualTo(h.longText);
        assertThat(back.blob).isEqualTo(h.blob);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void everyTypeComesBackEqualInANewEntityManager(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Holder.class, RgbConverter.class)) {
            Holder written = full();
            unit.tx(em -> {
                em.persist(written);
                return null;
            });
            try (EntityManager em = unit.em()) {
                assertSame(em.find(Holder.class, 1L), written);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theRawColumnsHoldWhatTheMappingSays(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Holder.class, RgbConverter.class)) {
            unit.tx(em -> {
                em.persist(full());
                return null;
            });
            List<Object> row = unit.rows("SELECT ordinalShade, namedShade, color, home_city, street, amount,"
                    + " localDateTime, uuid FROM it_types_holder WHERE id = 1").get(0);
            assertThat(((Number) row.get(0)).intValue()).isEqualTo(1);
            assertThat(row.get(1)).isEqualTo("BLUE");
            assertThat(row.get(2)).isEqualTo("#0a141e");
            assertThat(row.get(3)).isEqualTo("Springfield");
            assertThat(row.get(4)).isEqualTo("1 Main St");
            assertThat(new BigDecimal(row.get(5).toString())).isEqualByComparingTo("12.5");
            assertThat(row.get(6).toString()).contains("23:59:58.123456");
            assertThat(row.get(7)).isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void nullsAndChangesOfEveryKindRoundTrip(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Holder.class, RgbConverter.class)) {
            Holder empty = new Holder();
            empty.id = 2L;
            unit.tx(em -> {
                em.persist(empty);
                return null;
            });
            try (EntityManager em = unit.em()) {
                Holder back = em.find(Holder.class, 2L);
                assertThat(back.wrapperInt).isNull();
                assertThat(back.text).isNull();
                assertThat(back.color).isNull();
                assertThat(back.address).isNull();
                assertThat(back.calendar).isNull();
                assertThat(back.primitiveChar).isEqualTo('\0');
            }
            Holder changed = full();
            changed.id = 2L;
            unit.forget();
            unit.tx(em -> em.merge(changed));
            assertThat(unit.writeSql()).hasSize(1).allSatisfy(sql -> assertThat(sql).startsWith("UPDATE"));
            try (EntityManager em = unit.em()) {
                assertSame(em.find(Holder.class, 2L), changed);
            }
            unit.forget();
            unit.tx(em -> {
                Holder loaded = em.find(Holder.class, 2L);
                loaded.bytes = loaded.bytes.clone(); // equal content: no change
                loaded.amount = new BigDecimal("12.500");
                loaded.color = new Rgb(10, 20, 30);
                return null;
            });
            assertThat(unit.writes()).as("equal values are no change").isEmpty();
        }
    }

    @Disabled("bug (schema/dialect, not the session): on SQLite a BigInteger column gets NUMERIC affinity, so a"
            + " value beyond 64 bits is stored as a REAL and comes back as 9223372036854775807; it would need TEXT"
            + " storage (or a DECIMAL text binding kept as text) to round-trip")
    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"SQLITE_FILE", "SQLITE_MEMORY"})
    void aBigIntegerBeyondSixtyFourBitsRoundTrips(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Holder.class, RgbConverter.class)) {
            Holder written = new Holder();
            written.id = 3L;
            written.big = new BigInteger("123456789012345678901234567890");
            unit.tx(em -> {
                em.persist(written);
                return null;
            });
            try (EntityManager em = unit.em()) {
                assertThat(em.find(Holder.class, 3L).big).isEqualTo(written.big);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = "MARIADB")
    void aBigIntegerBeyondSixtyFourBitsRoundTripsOnMariaDb(Target target) {
        aBigIntegerBeyondSixtyFourBitsRoundTrips(target);
    }
}
