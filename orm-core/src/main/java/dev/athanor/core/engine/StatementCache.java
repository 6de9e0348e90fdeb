package dev.athanor.core.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements of one physical connection, kept for reuse (least recently used go first),
 * with the column labels of their results. sqlite-jdbc has no cache of its own, and preparing is
 * most of the cost of a small statement. Used by one borrower at a time, like the connection it
 * belongs to; a statement still in use is never handed out twice.
 */
final class StatementCache {

    /** A prepared statement and what the cache learned of it. */
    static final class Entry {
        final String sql;
        final boolean keys;
        final PreparedStatement statement;
        /** The result's labels, read once; null until the statement first returned rows. */
        Columns columns;
        /** The query timeout last set on the statement, in seconds (0: none). */
        int timeout;
        /** The JDBC max rows last set on the statement (0: none). */
        int maxRows;

        Entry(String sql, boolean keys, PreparedStatement statement) {
            this.sql = sql;
            this.keys = keys;
            this.statement = statement;
        }
    }

    private final Connection physical;
    private final int id;
    private final int capacity;
    // keyed by the SQL string itself, whose hash is cached; one map per generated-keys mode
    private final Map<String, Entry> plain = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Entry> withKeys = new LinkedHashMap<>(16, 0.75f, true);

    StatementCache(Connection physical, int id, int capacity) {
        this.physical = physical;
        this.id = id;
        this.capacity = capacity;
    }

    /** A statement for this SQL; {@code keys} asks for generated keys. */
    Entry prepare(String sql, boolean keys) throws SQLException {
        if (capacity > 0) {
            Entry cached = (keys ? withKeys : plain).remove(sql);
            if (cached != null && !cached.statement.isClosed()) {
                return cached;
            }
        }
        PreparedStatement statement = keys ? physical.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : physical.prepareStatement(sql);
        return new Entry(sql, keys, statement);
    }

    /** Gives a statement back after use; it is kept unless the cache is off or it broke. */
    void release(Entry entry, boolean healthy) {
        if (capacity == 0 || !healthy) {
            closeQuietly(entry.statement);
            return;
        }
        Map<String, Entry> map = entry.keys ? withKeys : plain;
        Entry previous = map.put(entry.sql, entry);
        if (previous != null && previous != entry) {
            closeQuietly(previous.statement);
        }
        if (map.size() > capacity) {
            Iterator<Entry> eldest = map.values().iterator();
            closeQuietly(eldest.next().statement);
            eldest.remove();
        }
    }

    /** Numbers the engine's physical connections, so that echo can tell them apart. */
    int id() {
        return id;
    }

    int size() {
        return plain.size() + withKeys.size();
    }

    boolean isStale() {
        try {
            return physical.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    void clear() {
        plain.values().forEach(e -> closeQuietly(e.statement));
        withKeys.values().forEach(e -> closeQuietly(e.statement));
        plain.clear();
        withKeys.clear();
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is best effort; the connection may already be gone
        }
    }
}
