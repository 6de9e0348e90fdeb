package dev.athanor.core.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements of one physical connection, kept for reuse (least recently used go first).
 * sqlite-jdbc has no cache of its own, and preparing is most of the cost of a small statement.
 * Used by one borrower at a time, like the connection it belongs to; a statement still in use
 * (an open streaming result) is never handed out twice.
 */
final class StatementCache {

    private final Connection physical;
    private final int id;
    private final int capacity;
    private final Map<String, PreparedStatement> statements;

    StatementCache(Connection physical, int id, int capacity) {
        this.physical = physical;
        this.id = id;
        this.capacity = capacity;
        this.statements = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** A statement for this SQL; {@code keys} asks for generated keys. */
    PreparedStatement prepare(String sql, boolean keys) throws SQLException {
        if (capacity == 0) {
            return prepareNew(sql, keys);
        }
        String key = keys ? "K" + sql : "N" + sql;
        PreparedStatement cached = statements.remove(key);
        if (cached != null && !cached.isClosed()) {
            return cached;
        }
        return prepareNew(sql, keys);
    }

    /** Gives a statement back after use; it is kept unless the cache is off or it broke. */
    void release(String sql, boolean keys, PreparedStatement statement, boolean healthy) {
        if (capacity == 0 || !healthy) {
            closeQuietly(statement);
            return;
        }
        try {
            statement.clearParameters();
        } catch (SQLException e) {
            closeQuietly(statement);
            return;
        }
        PreparedStatement previous = statements.put(keys ? "K" + sql : "N" + sql, statement);
        if (previous != null && previous != statement) {
            closeQuietly(previous);
        }
        if (statements.size() > capacity) {
            Iterator<PreparedStatement> eldest = statements.values().iterator();
            closeQuietly(eldest.next());
            eldest.remove();
        }
    }

    /** Numbers the engine's physical connections, so that echo can tell them apart. */
    int id() {
        return id;
    }

    int size() {
        return statements.size();
    }

    boolean belongsTo(Connection connection) {
        return physical == connection;
    }

    boolean isStale() {
        try {
            return physical.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    void clear() {
        statements.values().forEach(StatementCache::closeQuietly);
        statements.clear();
    }

    private PreparedStatement prepareNew(String sql, boolean keys) throws SQLException {
        return keys ? physical.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS) : physical.prepareStatement(sql);
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
