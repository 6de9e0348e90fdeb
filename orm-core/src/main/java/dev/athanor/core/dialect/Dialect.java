package dev.athanor.core.dialect;

import dev.athanor.core.engine.Backend;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.ServerInfo;
import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.sql.render.SqlRenderer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.UUID;

/**
 * One database's SQL: identifier quoting, column types for Java types, LIMIT/OFFSET, what the
 * database can do ({@link Capabilities}), and, as the engine's {@link Backend}, how to connect and
 * how to read its errors. Immutable; {@link #forServer} gives the dialect for the server version
 * the first connection found ({@link #server()} is null before).
 */
public abstract class Dialect implements Backend {

    private final ServerInfo server;

    protected Dialect(ServerInfo server) {
        this.server = server;
    }

    /** The dialect an engine uses; version-less until the engine's first statement (see {@link #connectedTo}). */
    public static Dialect of(Engine engine) {
        return (Dialect) engine.backend();
    }

    /** The dialect fitted to the engine's server, connecting first if need be. */
    public static Dialect connectedTo(Engine engine) {
        return (Dialect) engine.connectedBackend();
    }

    /** The server the first connection met, or null before it. */
    public ServerInfo server() {
        return server;
    }

    public abstract Capabilities capabilities();

    /** The renderer that writes SQL trees as this database (at this version) reads them. */
    public abstract SqlRenderer renderer();

    @Override
    public abstract Dialect forServer(ServerInfo server);

    /** The identifier quoted for this database, embedded quote characters doubled. */
    public final String quote(String identifier) {
        String quote = String.valueOf(quoteCharacter());
        return quote + identifier.replace(quote, quote + quote) + quote;
    }

    /** The character that quotes identifiers. */
    protected abstract char quoteCharacter();

    /** The SQL after ORDER BY for a limit and/or an offset, with {@code ?} markers for both. */
    public final String limitOffset(boolean limit, boolean offset) {
        if (limit && offset) {
            return "LIMIT ? OFFSET ?";
        }
        if (limit) {
            return "LIMIT ?";
        }
        return offset ? "LIMIT " + noLimit() + " OFFSET ?" : "";
    }

    /**
     * The statement that turns foreign key checks on or off for the current connection, or null
     * when the database needs none to delete or drop tables in foreign key order (or has none).
     */
    public String foreignKeyChecks(boolean enabled) {
        return null;
    }

    /** The LIMIT that means "no limit", for an OFFSET alone. */
    protected abstract String noLimit();

    /**
     * The column type for a Java type. {@code length} applies to text and binary (0: default),
     * {@code precision} and {@code scale} to decimals (0: default).
     */
    public final String typeName(Class<?> javaType, int length, int precision, int scale) {
        Class<?> type = javaType.isPrimitive() ? boxed(javaType) : javaType;
        String name = typeNameOrNull(type, length, precision, scale);
        if (name == null) {
            throw new ConfigurationException(ErrorMessage.of(ErrorCode.UNSUPPORTED_SETTING,
                    "no " + name() + " column type for Java type " + javaType.getName())
                    .hint("Map the attribute with an AttributeConverter to a basic type, or give a"
                            + " columnDefinition."));
        }
        return name;
    }

    /** The type name, or null if this Java type has none here. Types arrive boxed. */
    protected abstract String typeNameOrNull(Class<?> type, int length, int precision, int scale);

    /** The kinds of Java types a column can hold, for dialects to map. */
    protected enum Kind {
        BOOLEAN, TINY, SMALL, INT, LONG, FLOAT, DOUBLE, DECIMAL, BIG_INTEGER, TEXT, CHAR, BINARY,
        DATE, TIME, TIMESTAMP, TIMESTAMP_TZ, UUID
    }

    /** Sorts a Java type into a {@link Kind}, or null. */
    protected static Kind kindOf(Class<?> type) {
        if (type == Boolean.class) {
            return Kind.BOOLEAN;
        } else if (type == Byte.class) {
            return Kind.TINY;
        } else if (type == Short.class) {
            return Kind.SMALL;
        } else if (type == Integer.class) {
            return Kind.INT;
        } else if (type == Long.class) {
            return Kind.LONG;
        } else if (type == Float.class) {
            return Kind.FLOAT;
        } else if (type == Double.class) {
            return Kind.DOUBLE;
        } else if (type == BigDecimal.class) {
            return Kind.DECIMAL;
        } else if (type == BigInteger.class) {
            return Kind.BIG_INTEGER;
        } else if (type == String.class || type.isEnum()) {
            return Kind.TEXT;
        } else if (type == Character.class) {
            return Kind.CHAR;
        } else if (type == byte[].class || type == Byte[].class) {
            return Kind.BINARY;
        } else if (type == LocalDate.class || type == java.sql.Date.class) {
            return Kind.DATE;
        } else if (type == LocalTime.class || type == java.sql.Time.class) {
            return Kind.TIME;
        } else if (type == LocalDateTime.class || type == Instant.class || type == java.sql.Timestamp.class
                || type == Date.class || Calendar.class.isAssignableFrom(type)) {
            return Kind.TIMESTAMP;
        } else if (type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return Kind.TIMESTAMP_TZ;
        } else if (type == UUID.class) {
            return Kind.UUID;
        }
        return null;
    }

    private static Class<?> boxed(Class<?> primitive) {
        if (primitive == int.class) {
            return Integer.class;
        } else if (primitive == long.class) {
            return Long.class;
        } else if (primitive == boolean.class) {
            return Boolean.class;
        } else if (primitive == double.class) {
            return Double.class;
        } else if (primitive == float.class) {
            return Float.class;
        } else if (primitive == short.class) {
            return Short.class;
        } else if (primitive == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + (server == null ? "" : "(" + server + ")");
    }
}
