package dev.athanor.it.persistence.types;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.UUID;

/** An entity with an attribute of every basic type the specification names. */
final class TypeEntities {

    private TypeEntities() {
    }

    public enum Shade {
        RED, GREEN, BLUE
    }

    /** A value type with an auto-applied converter. */
    public record Rgb(int red, int green, int blue) {
    }

    @Converter(autoApply = true)
    public static class RgbConverter implements AttributeConverter<Rgb, String> {
        @Override
        public String convertToDatabaseColumn(Rgb rgb) {
            return rgb == null ? null : String.format("#%02x%02x%02x", rgb.red(), rgb.green(), rgb.blue());
        }

        @Override
        public Rgb convertToEntityAttribute(String text) {
            return text == null ? null : new Rgb(Integer.parseInt(text.substring(1, 3), 16),
                    Integer.parseInt(text.substring(3, 5), 16), Integer.parseInt(text.substring(5, 7), 16));
        }
    }

    @Embeddable
    public static class Address {
        public String street;
        public String city;
    }

    @Entity
    @Table(name = "it_types_holder")
    public static class Holder {
        @Id
        public Long id;

        public boolean primitiveBoolean;
        public byte primitiveByte;
        public short primitiveShort;
        public int primitiveInt;
        public long primitiveLong;
        public float primitiveFloat;
        public double primitiveDouble;
        public char primitiveChar;

        public Boolean wrapperBoolean;
        public Byte wrapperByte;
        public Short wrapperShort;
        public Integer wrapperInt;
        public Long wrapperLong;
        public Float wrapperFloat;
        public Double wrapperDouble;
        public Character wrapperChar;

        public String text;
        @Column(precision = 12, scale = 3)
        public BigDecimal amount;
        public BigInteger big;
        public byte[] bytes;

        public LocalDate localDate;
        public LocalTime localTime;
        public LocalDateTime localDateTime;
        public Instant instant;
        public OffsetDateTime offsetDateTime;
        @Temporal(TemporalType.DATE)
        public Date utilDate;
        @Temporal(TemporalType.TIMESTAMP)
        public Date utilTimestamp;
        @Temporal(TemporalType.TIMESTAMP)
        public Calendar calendar;

        public UUID uuid;
        @Enumerated(EnumType.ORDINAL)
        public Shade ordinalShade;
        @Enumerated(EnumType.STRING)
        public Shade namedShade;
        public Rgb color;

        @Embedded
        @AttributeOverride(name = "city", column = @Column(name = "home_city"))
        public Address address;

        @Lob
        public String longText;
        @Lob
        public byte[] blob;
    }
}
