package dev.athanor.core.engine;

import dev.athanor.core.config.EchoMode;
import dev.athanor.core.config.EngineSettings;
import dev.athanor.core.config.IsolationLevel;
import dev.athanor.core.engine.echo.EchoListener;
import dev.athanor.core.engine.echo.LoggingListener;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way to a database: a dialect, a pool and a URL. Creating one connects to nothing and loads
 * no driver; the first statement starts the pool, opens one connection and runs the dialect's
 * first-connect hook. Thread-safe; one per database per application, closed at shutdown.
 *
 * <pre>{@code
 * Engine engine = Engine.builder("sqlite:///app.db").echo(true).build();
 * Object one = engine.execute("select 1").scalar();
 * try (Transaction tx = engine.begin()) {
 *     tx.execute("insert into t (name) values (?)", "x");
 *     tx.commit();
 * }
 * }</pre>
 */
public final class Engine implements AutoCloseable {

    private static final Logger POOL = LoggerFactory.getLogger("dev.athanor.POOL");
    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(30);
    private static final int MAX_PARSED = 1024;
    private static final AtomicInteger ENGINES = new AtomicInteger();

    private final DatabaseUrl url;
    private final EngineSettings settings;
    private final ExecutionListener listener;
    private final StatementExecutor executor;
    private final SqlFailures failures;
    private final String name;
    private final Object startLock = new Object();
    private final Map<Connection, StatementCache> caches = new ConcurrentHashMap<>();
    private final Map<String, ParsedSql> parsed = new ConcurrentHashMap<>();
    private final AtomicInteger connectionIds = new AtomicInteger();
    private volatile Backend backend;
    private volatile ConnectionSource source;
    private volatile ServerInfo server;
    private volatile boolean closed;

    private Engine(Backend backend, DatabaseUrl url, EngineSettings settings, ExecutionListener listener) {
        this.backend = backend;
        this.url = url;
        this.settings = settings;
        this.listener = listener;
        this.executor = new StatementExecutor(listener);
        this.failures = new SqlFailures(backend.errorTranslator(), settings.echo() != EchoMode.OFF, backend.name());
        this.name = "athanor-" + ENGINES.incrementAndGet();
    }

    /** Starts building an engine for a JDBC URL or a URL such as {@code sqlite:///app.db}. */
    public static Builder builder(String url) {
        return new Builder(url);
    }

    // ---- running statements -------------------------------------------------------------

    /** Runs one statement on a pooled connection, reads its whole result and gives the connection back. */
    public Result execute(String sql, Object... parameters) {
        try (EngineConnection connection = connect()) {
            return connection.execute(sql, parameters);
        }
    }

    /** {@link #execute(String, Object...)} with {@code :name} parameters. */
    public Result execute(String sql, Map<String, ?> parameters) {
        try (EngineConnection connection = connect()) {
            return connection.execute(sql, parameters);
        }
    }

    /** Borrows a connection; close it to give it back. */
    public EngineConnection connect() {
        ConnectionSource from = source();
        ConnectionSource.Lease lease;
        try {
            lease = from.acquire();
        } catch (SQLException e) {
            throw acquireFailed(e, from);
        }
        return new EngineConnection(this, lease, cacheFor(lease.physical()));
    }

    /** Borrows a connection and begins a transaction on it; the connection goes back when it ends. */
    public Transaction begin() {
        EngineConnection connection = connect();
        try {
            return connection.begin(true);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Runs the work in a transaction: commits if it returns, rolls back if it throws. */
    public void inTransaction(Consumer<EngineConnection> work) {
        callInTransaction(connection -> {
            work.accept(connection);
            return null;
        });
    }

    /** Like {@link #inTransaction} and returns what the work returns. */
    public <T> T callInTransaction(Function<EngineConnection, T> work) {
        try (Transaction tx = begin()) {
            T value = work.apply(tx.connection());
            if (tx.isActive()) {
                tx.commit();
            }
            return value;
        }
    }

    // ---- state ------------------------------------------------------------------------------

    /** Pool statistics; all zero before the first statement. */
    public PoolStats poolStats() {
        ConnectionSource current = source;
        return current == null ? PoolStats.NOT_STARTED : current.stats();
    }

    /** How long a pooled connection lives before it is replaced; null for never, or before the first statement. */
    public Duration connectionLifetime() {
        return source instanceof HikariConnectionSource pool ? pool.maxLifetime() : null;
    }

    /** True once the first connection has been opened. */
    public boolean isStarted() {
        return source != null;
    }

    /** What the first connection learned of the server, or null before it. */
    public ServerInfo serverInfo() {
        return server;
    }

    /** The dialect, fitted to the server's version once connected. */
    public Backend backend() {
        return backend;
    }

    public DatabaseUrl url() {
        return url;
    }

    public EngineSettings settings() {
        return settings;
    }

    /** Closes the pool. Connections still borrowed are closed as they come back. */
    @Override
    public void close() {
        synchronized (startLock) {
            closed = true;
            if (source != null) {
                source.close();
            }
            caches.values().forEach(StatementCache::clear);
            caches.clear();
        }
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public String toString() {
        return "Engine(" + url.shown() + ")";
    }

    // ---- package-private collaborators -----------------------------------------------------------

    ExecutionListener listener() {
        return listener;
    }

    StatementExecutor executor() {
        return executor;
    }

    SqlFailures failures() {
        return failures;
    }

    ParsedSql parse(String sql) {
        ParsedSql p = parsed.get(sql);
        if (p == null) {
            p = ParsedSql.parse(sql, backend.backslashEscapes());
            if (parsed.size() >= MAX_PARSED) {
                parsed.clear();
            }
            parsed.put(sql, p);
        }
        return p;
    }

    void giveBack(ConnectionSource.Lease lease, boolean broken) {
        ConnectionSource current = source;
        if (current == null) {
            return;
        }
        if (broken) {
            StatementCache cache = caches.remove(lease.physical());
            if (cache != null) {
                cache.clear();
            }
            current.evict(lease);
        } else {
            current.release(lease);
        }
    }

    // ---- lazy start ---------------------------------------------------------------------------

    private ConnectionSource source() {
        ConnectionSource current = source;
        if (current != null && !closed) {
            return current;
        }
        synchronized (startLock) {
            if (closed) {
                throw new AthanorException(ErrorMessage.of(ErrorCode.ENGINE_CLOSED, url.shown()));
            }
            if (source == null) {
                source = start();
            }
            return source;
        }
    }

    private ConnectionSource start() {
        DriverConnector connector = new DriverConnector(url, backend.driverProperties(url, settings));
        Connection first;
        try {
            first = connector.open();
        } catch (SQLException e) {
            throw failures.connectFailed(e, url);
        }
        try {
            server = backend.firstConnectHook().onFirstConnect(first);
            backend = backend.forServer(server);
            if (url.inMemory() && settings.isolationLevel() != null) {
                first.setTransactionIsolation(settings.isolationLevel().jdbcLevel());
            }
        } catch (SQLException | RuntimeException e) {
            StatementCache.closeQuietly(first);
            throw e instanceof SQLException sql ? failures.statementFailed(sql, "(first-connect hook)", List.of(List.of()))
                    : (RuntimeException) e;
        }
        if (url.inMemory()) {
            POOL.info("{}: {} keeps one database per connection, so this engine pins one shared connection"
                    + " (never recycled) and lets threads take turns on it", name, url.shown());
            return new PinnedConnectionSource(first, settings.poolTimeout());
        }
        connector.handOver(first);
        Duration lifetime = lifetime(server.idleTimeout());
        POOL.info("{}: connected to {} at {}; pool of up to {} connections, recycled after {}", name, server,
                url.shown(), settings.poolSize(), lifetime == null ? "never" : lifetime.toSeconds() + "s");
        return new HikariConnectionSource(connector, settings, lifetime, name);
    }

    /** How long pooled connections live: pool_recycle, but always below the server's idle timeout. */
    private Duration lifetime(Duration serverIdle) {
        Duration wanted = settings.poolRecycle();
        if (serverIdle == null) {
            return wanted;
        }
        Duration margin = serverIdle.dividedBy(10).compareTo(Duration.ofSeconds(5)) > 0 ? serverIdle.dividedBy(10)
                : Duration.ofSeconds(5);
        Duration limit = serverIdle.minus(margin);
        if (limit.compareTo(Duration.ofSeconds(30)) < 0) {
            limit = Duration.ofSeconds(30);
        }
        if (wanted == null) {
            return limit.compareTo(DEFAULT_LIFETIME) < 0 ? warnClamped(null, limit, serverIdle) : DEFAULT_LIFETIME;
        }
        return wanted.compareTo(limit) > 0 ? warnClamped(wanted, limit, serverIdle) : wanted;
    }

    private Duration warnClamped(Duration wanted, Duration used, Duration serverIdle) {
        POOL.warn("{}: pool_recycle={} is not below the server's wait_timeout ({}s); using {}s so that pooled"
                        + " connections are retired before {} closes them", name,
                wanted == null ? "unset (" + DEFAULT_LIFETIME.toSeconds() + "s)" : wanted.toSeconds() + "s",
                serverIdle.toSeconds(), used.toSeconds(), server.product());
        return used;
    }

    private StatementCache cacheFor(Connection physical) {
        StatementCache cache = caches.get(physical);
        if (cache == null) {
            caches.values().removeIf(StatementCache::isStale);
            cache = caches.computeIfAbsent(physical,
                    c -> new StatementCache(c, connectionIds.incrementAndGet(), settings.statementCacheSize()));
        }
        return cache;
    }

    private RuntimeException acquireFailed(SQLException e, ConnectionSource from) {
        if (e instanceof SQLTransientConnectionException && !(e.getCause() instanceof SQLException)) {
            return new AthanorException(ErrorMessage.of(ErrorCode.POOL_TIMEOUT,
                    "waited " + settings.poolTimeout().toMillis() + " ms")
                    .detail("pool", from.stats())
                    .detail("pool_size", settings.poolSize()), e);
        }
        SQLException cause = e.getCause() instanceof SQLException driver ? driver : e;
        return failures.connectFailed(cause, url);
    }

    /** Builds an {@link Engine}; setters take Java types, {@link #option} takes SQLAlchemy keys. */
    public static final class Builder {
        private final String url;
        private final EngineSettings.Builder settings = EngineSettings.builder();
        private final List<ExecutionListener> listeners = new ArrayList<>();
        private PrintStream echoOut = System.out;

        private Builder(String url) {
            this.url = url;
        }

        public Builder echo(boolean on) {
            settings.echo(on ? EchoMode.ON : EchoMode.OFF);
            return this;
        }

        public Builder echo(EchoMode mode) {
            settings.echo(mode);
            return this;
        }

        /** Where echo prints; standard output unless set. */
        public Builder echoTo(PrintStream out) {
            this.echoOut = out;
            return this;
        }

        public Builder poolSize(int size) {
            settings.poolSize(size);
            return this;
        }

        public Builder poolTimeout(Duration timeout) {
            settings.poolTimeout(timeout);
            return this;
        }

        public Builder poolRecycle(Duration recycle) {
            settings.poolRecycle(recycle);
            return this;
        }

        public Builder poolPrePing(boolean prePing) {
            settings.poolPrePing(prePing);
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            settings.connectTimeout(timeout);
            return this;
        }

        public Builder isolationLevel(IsolationLevel level) {
            settings.isolationLevel(level);
            return this;
        }

        public Builder connectArg(String name, Object value) {
            settings.connectArg(name, value);
            return this;
        }

        public Builder statementCacheSize(int size) {
            settings.statementCacheSize(size);
            return this;
        }

        /** Sets an option by its SQLAlchemy key, e.g. {@code option("pool_recycle", 3600)}. */
        public Builder option(String key, Object value) {
            settings.option(key, value);
            return this;
        }

        public Builder options(Map<String, ?> options) {
            options.forEach(settings::option);
            return this;
        }

        /** Adds a listener told of every statement and transaction event. */
        public Builder listener(ExecutionListener listener) {
            listeners.add(listener);
            return this;
        }

        /** Validates the options and the URL; connects to nothing. */
        public Engine build() {
            EngineSettings sealed = settings.build();
            Backends.Resolved resolved = Backends.resolve(url);
            resolved.backend().validate(sealed, resolved.url());
            List<ExecutionListener> all = new ArrayList<>();
            all.add(LoggingListener.INSTANCE);
            if (sealed.echo() != EchoMode.OFF) {
                all.add(new EchoListener(echoOut, sealed.echo() == EchoMode.DEBUG));
            }
            all.addAll(listeners);
            return new Engine(resolved.backend(), resolved.url(), sealed, ExecutionListener.compound(all));
        }
    }
}
