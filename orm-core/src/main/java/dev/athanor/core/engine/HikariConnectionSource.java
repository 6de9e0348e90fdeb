package dev.athanor.core.engine;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.athanor.core.config.EngineSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A HikariCP pool over the driver. Lazy like the engine: the pool starts on the first acquire,
 * with the connection the engine opened itself for the first-connect hook, and keeps one idle
 * connection (more come and go up to pool_size).
 */
final class HikariConnectionSource implements ConnectionSource {

    private final HikariDataSource pool;
    private final boolean prePing;

    HikariConnectionSource(DriverConnector connector, EngineSettings settings, Duration maxLifetime, String name) {
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName(name);
        ds.setDataSource(connector);
        ds.setMaximumPoolSize(settings.poolSize());
        ds.setMinimumIdle(1);
        ds.setConnectionTimeout(settings.poolTimeout().toMillis());
        ds.setValidationTimeout(Math.max(250, Math.min(5_000, settings.poolTimeout().toMillis() - 1)));
        ds.setMaxLifetime(maxLifetime == null ? 0 : maxLifetime.toMillis());
        if (maxLifetime != null) {
            // connections this short-lived need no keepalive or idle eviction; HikariCP would warn and drop them
            if (maxLifetime.compareTo(Duration.ofMillis(ds.getKeepaliveTime())) <= 0) {
                ds.setKeepaliveTime(0);
            }
            if (maxLifetime.compareTo(Duration.ofMillis(ds.getIdleTimeout()).plusSeconds(1)) <= 0) {
                ds.setIdleTimeout(0);
            }
        }
        ds.setInitializationFailTimeout(1);
        ds.setAutoCommit(true);
        if (settings.isolationLevel() != null) {
            ds.setTransactionIsolation("TRANSACTION_" + settings.isolationLevel().name());
        }
        this.pool = ds;
        this.prePing = settings.poolPrePing();
    }

    /** Starts the pool now, with the connection handed over by the engine, so that it counts from the start. */
    void start() throws SQLException {
        pool.getConnection().close();
    }

    @Override
    public Lease acquire() throws SQLException {
        for (int attempt = 0; ; attempt++) {
            Connection proxy = pool.getConnection();
            if (!prePing || attempt > pool.getMaximumPoolSize() || proxy.isValid(validationSeconds())) {
                return new Lease(proxy, proxy.unwrap(Connection.class));
            }
            pool.evictConnection(proxy);
        }
    }

    private int validationSeconds() {
        return (int) Math.max(1, pool.getValidationTimeout() / 1000);
    }

    @Override
    public void release(Lease lease) {
        StatementCache.closeQuietly(lease.connection());
    }

    @Override
    public void evict(Lease lease) {
        pool.evictConnection(lease.connection());
    }

    @Override
    public PoolStats stats() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        if (bean == null) {
            return PoolStats.NOT_STARTED;
        }
        return new PoolStats(bean.getTotalConnections(), bean.getActiveConnections(), bean.getIdleConnections(),
                bean.getThreadsAwaitingConnection());
    }

    /** How long connections live; the first-connect hook may lower it before the pool starts. */
    Duration maxLifetime() {
        long millis = pool.getMaxLifetime();
        return millis == 0 ? null : Duration.ofMillis(millis);
    }

    @Override
    public void close() {
        pool.close();
    }
}
