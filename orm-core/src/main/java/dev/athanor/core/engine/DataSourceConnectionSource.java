package dev.athanor.core.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Connections from a {@link DataSource} the application owns (Spring's, a container's): the engine
 * pools nothing itself and never closes the DataSource. Statements are cached on the connection
 * under the DataSource's proxy when it can be unwrapped, so that a pooled physical connection keeps
 * its statements between borrows.
 */
final class DataSourceConnectionSource implements ConnectionSource {

    private final DataSource dataSource;
    private final AtomicInteger lent = new AtomicInteger();

    DataSourceConnectionSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Lease acquire() throws SQLException {
        Connection connection = dataSource.getConnection();
        lent.incrementAndGet();
        return new Lease(connection, physicalOf(connection));
    }

    private static Connection physicalOf(Connection connection) {
        try {
            Connection physical = connection.unwrap(Connection.class);
            return physical == null ? connection : physical;
        } catch (SQLException | RuntimeException e) {
            return connection;
        }
    }

    @Override
    public void release(Lease lease) {
        lent.decrementAndGet();
        StatementCache.closeQuietly(lease.connection());
    }

    @Override
    public void evict(Lease lease) {
        // the pool is not ours: end the broken physical connection so that the pool's own check replaces it
        try {
            if (lease.physical() != lease.connection()) {
                lease.physical().abort(Runnable::run);
            }
        } catch (SQLException | RuntimeException ignored) {
            // it is already broken; closing below is what matters
        }
        release(lease);
    }

    /** Only what the engine knows: the connections it has borrowed and not yet given back. */
    @Override
    public PoolStats stats() {
        int active = lent.get();
        return new PoolStats(active, active, 0, 0);
    }

    @Override
    public void close() {
        // the application closes its DataSource
    }
}
