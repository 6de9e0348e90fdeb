package dev.athanor.core.engine;

import java.sql.Connection;
import java.sql.SQLException;

/** Where an engine's connections come from: a HikariCP pool, or one pinned connection. */
interface ConnectionSource extends AutoCloseable {

    /** A borrowed connection: what to give back, and the driver's own connection under it. */
    record Lease(Connection connection, Connection physical) {
    }

    Lease acquire() throws SQLException;

    /** Gives the connection back. */
    void release(Lease lease);

    /** The connection is broken: close it instead of reusing it. */
    void evict(Lease lease);

    PoolStats stats();

    @Override
    void close();
}
