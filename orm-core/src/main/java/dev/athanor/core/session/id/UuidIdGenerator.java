package dev.athanor.core.session.id;

import java.util.UUID;

/**
 * Random (version 4) UUIDs for {@code GenerationType.UUID}: a {@link UUID} for a UUID id, its
 * text for a String id. Needs no database and no lock ({@link UUID#randomUUID} is thread-safe).
 */
public final class UuidIdGenerator implements IdGenerator {

    /** For ids of type {@link UUID}. */
    public static final UuidIdGenerator FOR_UUID = new UuidIdGenerator(false);
    /** For ids of type {@link String}: the UUID's 36-character text. */
    public static final UuidIdGenerator FOR_STRING = new UuidIdGenerator(true);

    private final boolean text;

    private UuidIdGenerator(boolean text) {
        this.text = text;
    }

    /** The generator for an id of this Java type, or null when it is neither UUID nor String. */
    static UuidIdGenerator forType(Class<?> idType) {
        if (idType == UUID.class) {
            return FOR_UUID;
        }
        return idType == String.class ? FOR_STRING : null;
    }

    @Override
    public Object next() {
        UUID id = UUID.randomUUID();
        return text ? id.toString() : id;
    }

    @Override
    public String toString() {
        return text ? "UuidIdGenerator[String]" : "UuidIdGenerator[UUID]";
    }
}
