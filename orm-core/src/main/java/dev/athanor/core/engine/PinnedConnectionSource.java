package dev.athanor.core.engine;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exactly one connection, shared: for SQLite {@code :memory:}, where each connection is its own
 * database and closing it loses the data. Never recycled; threads take turns (fairly), and a
 * thread that already holds it is told so at once instead of waiting for itself.
 */
final class PinnedConnectionSource implements ConnectionSource {

    private final Connection connection;
    private final Duration timeout;
    private final ReentrantLock turn = new ReentrantLock(true);
    private volatile Thread holder;
    private volatile boolean closed;

    PinnedConnectionSource(Connection connection, Duration timeout) {
        this.connection = connection;
        this.timeout = timeout;
    }

    @Override
    public Lease acquire() throws SQLException {
        if (turn.isHeldByCurrentThread()) {
            throw new AthanorException(ErrorMessage.of(ErrorCode.PINNED_CONNECTION_IN_USE,
                    "thread '" + Thread.currentThread().getName() + "' asked for it again"));
        }
        boolean got;
        try {
            got = turn.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the :memory: connection", e);
        }
        if (!got) {
            Thread owner = holder;
            throw new AthanorException(ErrorMessage.of(ErrorCode.POOL_TIMEOUT,
                    "waited " + timeout.toMillis() + " ms for the single :memory: connection")
                    .detail("pool", stats())
                    .detail("held by thread", owner == null ? "?" : owner.getName())
                    .hint("Close connections and transactions promptly, or use a file database that allows"
                            + " several connections."));
        }
        if (closed) {
            turn.unlock();
            throw new AthanorException(ErrorMessage.of(ErrorCode.ENGINE_CLOSED, null));
        }
        holder = Thread.currentThread();
        return new Lease(connection, connection);
    }

    @Override
    public void release(Lease lease) {
        holder = null;
        turn.unlock();
    }

    @Override
    public void evict(Lease lease) {
        // the only copy of the database lives in this connection: keep it
        release(lease);
    }

    @Override
    public PoolStats stats() {
        int active = turn.isLocked() ? 1 : 0;
        return closed ? PoolStats.NOT_STARTED : new PoolStats(1, active, 1 - active, turn.getQueueLength());
    }

    @Override
    public void close() {
        closed = true;
        StatementCache.closeQuietly(connection);
    }
}
