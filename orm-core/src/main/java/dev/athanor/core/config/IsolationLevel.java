package dev.athanor.core.config;

import java.sql.Connection;
import java.util.Locale;

/** Transaction isolation levels, with the names SQLAlchemy uses ("READ COMMITTED"). */
public enum IsolationLevel {
    READ_UNCOMMITTED(Connection.TRANSACTION_READ_UNCOMMITTED),
    READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
    REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
    SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

    private final int jdbcLevel;

    IsolationLevel(int jdbcLevel) {
        this.jdbcLevel = jdbcLevel;
    }

    /** The {@code java.sql.Connection.TRANSACTION_*} constant. */
    public int jdbcLevel() {
        return jdbcLevel;
    }

    /** The name as SQL writes it: {@code READ COMMITTED}. */
    public String sqlName() {
        return name().replace('_', ' ');
    }

    /** Accepts {@code "READ COMMITTED"}, {@code "read_committed"}, {@code "read-committed"}. */
    public static IsolationLevel parse(Object value) {
        if (value instanceof IsolationLevel level) {
            return level;
        }
        if (value instanceof CharSequence text) {
            String name = text.toString().trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (IsolationLevel level : values()) {
                if (level.name().equals(name)) {
                    return level;
                }
            }
        }
        throw new IllegalArgumentException("expected one of READ UNCOMMITTED, READ COMMITTED,"
                + " REPEATABLE READ, SERIALIZABLE, got " + EchoMode.describe(value));
    }
}
