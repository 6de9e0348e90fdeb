package dev.athanor.core.engine;

import dev.athanor.core.config.EngineSettings;
import dev.athanor.core.error.ErrorCode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an engine does on its first statement: open the first connection, let the dialect read the
 * server, and set up where further connections come from — a HikariCP pool, one pinned
 * connection for SQLite {@code :memory:}, or the application's own DataSource.
 */
final class Startup {

    /** The engine's state once started. */
    record Started(Backend backend, ServerInfo server, SqlFailures failures, ConnectionSource source) {
    }

    private static final Logger POOL = LoggerFactory.getLogger("dev.athanor.POOL");
    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(30);
    private static final Duration MIN_LIFETIME = Duration.ofSeconds(30);

    private final String name;
    private final EngineSettings settings;
    private final boolean showValues;

    Startup(String name, EngineSettings settings, boolean showValues) {
        this.name = name;
        this.settings = settings;
        this.showValues = showValues;
    }

    /** Starts an engine that connects through the URL's driver. */
    Started fromUrl(Backend backend, DatabaseUrl url) {
        SqlFailures failures = failures(backend);
        DriverConnector connector = new DriverConnector(url, backend.driverProperties(url, settings));
        Connection first;
        try {
            first = connector.open();
        } catch (SQLException e) {
            throw failures.connectFailed(e, url);
        }
        ServerInfo server = meetServer(backend, first, failures);
        Backend fitted = backend.forServer(server);
        if (url.inMemory()) {
            try {
                if (settings.isolationLevel() != null) {
                    first.setTransactionIsolation(settings.isolationLevel().jdbcLevel());
                }
            } catch (SQLException e) {
                StatementCache.closeQuietly(first);
                throw failures.statementFailed(e, "(isolation level)", List.of());
            }
            POOL.info("{}: {} keeps one database per connection, so this engine pins one shared connection"
                    + " (never recycled) and lets threads take turns on it", name, url.shown());
            return new Started(fitted, server, failures, new PinnedConnectionSource(first, settings.poolTimeout()));
        }
        connector.handOver(first);
        Duration lifetime = lifetime(server);
        POOL.info("{}: connected to {} at {}; pool of up to {} connections, recycled after {}", name, server,
                url.shown(), settings.poolSize(), lifetime == null ? "never" : lifetime.toSeconds() + "s");
        HikariConnectionSource pool = new HikariConnectionSource(connector, settings, lifetime, name);
        try {
            pool.start();
        } catch (SQLException e) {
            pool.close();
            throw failures.connectFailed(e, url);
        }
        return new Started(fitted, server, failures, pool);
    }

    /** Starts an engine over the application's DataSource; the dialect comes from the first connection. */
    Started fromDataSource(DataSource dataSource, DatabaseUrl shown) {
        Connection first;
        try {
            first = dataSource.getConnection();
        } catch (SQLException e) {
            throw new SqlFailures(error -> ErrorCode.HOST_UNREACHABLE, showValues, "DataSource").connectFailed(e, shown);
        }
        try (Connection connection = first) {
            String product;
            try {
                product = connection.getMetaData().getDatabaseProductName();
            } catch (SQLException e) {
                throw new SqlFailures(error -> ErrorCode.CONNECTION_LOST, showValues, "DataSource")
                        .statementFailed(e, "(DatabaseMetaData)", List.of());
            }
            Backend backend = Backends.forProduct(product);
            SqlFailures failures = failures(backend);
            ServerInfo server = meetServer(backend, connection, failures);
            POOL.info("{}: connected to {} through {}; the DataSource pools the connections", name, server,
                    shown.shown());
            return new Started(backend.forServer(server), server, failures,
                    new DataSourceConnectionSource(dataSource));
        } catch (SQLException e) {
            // only closing the first connection can get here; the engine is started all the same
            throw new SqlFailures(error -> ErrorCode.CONNECTION_LOST, showValues, "DataSource")
                    .statementFailed(e, "(closing the first connection)", List.of());
        }
    }

    private SqlFailures failures(Backend backend) {
        return new SqlFailures(backend.errorTranslator(), showValues, backend.name());
    }

    private static ServerInfo meetServer(Backend backend, Connection first, SqlFailures failures) {
        try {
            return backend.firstConnectHook().onFirstConnect(first);
        } catch (SQLException e) {
            StatementCache.closeQuietly(first);
            throw failures.statementFailed(e, "(first-connect hook)", List.of());
        } catch (RuntimeException e) {
            StatementCache.closeQuietly(first);
            throw e;
        }
    }

    /** How long pooled connections live: pool_recycle, but always below the server's idle timeout. */
    private Duration lifetime(ServerInfo server) {
        Duration wanted = settings.poolRecycle();
        Duration serverIdle = server.idleTimeout();
        if (serverIdle == null) {
            return wanted;
        }
        Duration margin = serverIdle.dividedBy(10).compareTo(Duration.ofSeconds(5)) > 0 ? serverIdle.dividedBy(10)
                : Duration.ofSeconds(5);
        Duration limit = serverIdle.minus(margin);
        if (limit.compareTo(MIN_LIFETIME) < 0) {
            limit = MIN_LIFETIME;
        }
        if (wanted == null) {
            return limit.compareTo(DEFAULT_LIFETIME) < 0 ? warnClamped(null, limit, server) : DEFAULT_LIFETIME;
        }
        return wanted.compareTo(limit) > 0 ? warnClamped(wanted, limit, server) : wanted;
    }

    private Duration warnClamped(Duration wanted, Duration used, ServerInfo server) {
        POOL.warn("{}: pool_recycle={} is not below the server's wait_timeout ({}s); using {}s so that pooled"
                        + " connections are retired before {} closes them", name,
                wanted == null ? "unset (" + DEFAULT_LIFETIME.toSeconds() + "s)" : wanted.toSeconds() + "s",
                server.idleTimeout().toSeconds(), used.toSeconds(), server.product());
        return used;
    }
}
