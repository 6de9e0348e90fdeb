package dev.athanor.core.engine;

import dev.athanor.core.config.EchoMode;
import dev.athanor.core.config.EngineSettings;
import dev.athanor.core.config.IsolationLevel;
import dev.athanor.core.engine.echo.EchoListener;
import dev.athanor.core.engine.echo.LoggingListener;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

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

    private static final int MAX_PARSED = 1024;
    private static final AtomicInteger ENGINES = new AtomicInteger();

    private final DatabaseUrl url;
    private final EngineSettings settings;
    private final ExecutionListener listener;
    private final StatementExecutor executor;
    private final DataSource dataSource;
    private final String name;
    private final Object startLock = new Object();
    private final Map<Connection, StatementCache> caches = new ConcurrentHashMap<>();
    private final Map<String, ParsedSql> parsed = new ConcurrentHashMap<>();
    private final AtomicInteger connectionIds = new AtomicInteger();
    private volatile Backend backend;
    private volatile SqlFailures failures;
    private volatile ConnectionSource source;
    private volatile ServerInfo server;
    private volatile boolean closed;

    private Engine(Backend backend, DatabaseUrl url, DataSource dataSource, EngineSettings settings,
                   ExecutionListener listener) {
        this.backend = backend;
        this.url = url;
        this.dataSource = dataSource;
        this.settings = settings;
        this.listener = listener;
        this.executor = new StatementExecutor(listener);
        this.name = "athanor-" + ENGINES.incrementAndGet();
    }

    /** Starts building an engine for a JDBC URL or a URL such as {@code sqlite:///app.db}. */
    public static Builder builder(String url) {
        return new Builder(url, null);
    }

    /**
     * Starts building an engine over the application's own DataSource (Spring's, a container's). It
     * pools nothing itself, so the pool options do not apply; the dialect is taken from the first
     * connection's metadata, on the first statement.
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(null, Objects.requireNonNull(dataSource, "dataSource"));
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

    /** The dialect, fitted to the server's version once connected; null before that for an engine over a DataSource. */
    public Backend backend() {
        return backend;
    }

    /**
     * The dialect fitted to the server, connecting first if the engine has not yet: for whatever
     * must know the server's version before it writes SQL (RETURNING, sequences, schema).
     */
    public Backend connectedBackend() {
        source();
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
        Startup startup = new Startup(name, settings, settings.echo() != EchoMode.OFF);
        Startup.Started started = dataSource == null ? startup.fromUrl(backend, url)
                : startup.fromDataSource(dataSource, url);
        backend = started.backend();
        server = started.server();
        failures = started.failures();
        return started.source();
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
        /** Options that configure a pool or a driver, which an engine over a DataSource has neither of. */
        private static final Set<String> POOL_AND_DRIVER_OPTIONS = Set.of(EngineSettings.POOL_SIZE,
                EngineSettings.POOL_TIMEOUT, EngineSettings.POOL_RECYCLE, EngineSettings.POOL_PRE_PING,
                EngineSettings.CONNECT_TIMEOUT, EngineSettings.ISOLATION_LEVEL, EngineSettings.CONNECT_ARGS);

        private final String url;
        private final DataSource dataSource;
        private final EngineSettings.Builder settings = EngineSettings.builder();
        private final Set<String> given = new LinkedHashSet<>();
        private final List<ExecutionListener> listeners = new ArrayList<>();
        private PrintStream echoOut = System.out;
        private String user;
        private String password;

        private Builder(String url, DataSource dataSource) {
            this.url = url;
            this.dataSource = dataSource;
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
            given.add(EngineSettings.POOL_SIZE);
            return this;
        }

        public Builder poolTimeout(Duration timeout) {
            settings.poolTimeout(timeout);
            given.add(EngineSettings.POOL_TIMEOUT);
            return this;
        }

        public Builder poolRecycle(Duration recycle) {
            settings.poolRecycle(recycle);
            given.add(EngineSettings.POOL_RECYCLE);
            return this;
        }

        public Builder poolPrePing(boolean prePing) {
            settings.poolPrePing(prePing);
            given.add(EngineSettings.POOL_PRE_PING);
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            settings.connectTimeout(timeout);
            given.add(EngineSettings.CONNECT_TIMEOUT);
            return this;
        }

        public Builder isolationLevel(IsolationLevel level) {
            settings.isolationLevel(level);
            given.add(EngineSettings.ISOLATION_LEVEL);
            return this;
        }

        public Builder connectArg(String name, Object value) {
            settings.connectArg(name, value);
            given.add(EngineSettings.CONNECT_ARGS);
            return this;
        }

        public Builder statementCacheSize(int size) {
            settings.statementCacheSize(size);
            given.add(EngineSettings.STATEMENT_CACHE_SIZE);
            return this;
        }

        /** Sets an option by its SQLAlchemy key, e.g. {@code option("pool_recycle", 3600)}. */
        public Builder option(String key, Object value) {
            settings.option(key, value);
            given.add(key.trim().toLowerCase(Locale.ROOT));
            return this;
        }

        public Builder options(Map<String, ?> options) {
            options.forEach(this::option);
            return this;
        }

        /** The user to connect as, for a URL that does not carry one (a {@code jdbc:} URL); wins over the URL's. */
        public Builder user(String user) {
            this.user = user;
            return this;
        }

        /** The password to connect with, kept apart from the URL like one the URL carries; never printed. */
        public Builder password(String password) {
            this.password = password;
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
            List<ExecutionListener> all = new ArrayList<>();
            all.add(LoggingListener.INSTANCE);
            if (sealed.echo() != EchoMode.OFF) {
                all.add(new EchoListener(echoOut, sealed.echo() == EchoMode.DEBUG));
            }
            all.addAll(listeners);
            ExecutionListener listener = ExecutionListener.compound(all);
            if (dataSource != null) {
                List<String> misplaced = new ArrayList<>(given.stream().filter(POOL_AND_DRIVER_OPTIONS::contains).toList());
                if (user != null || password != null) {
                    misplaced.add("user and password");
                }
                if (!misplaced.isEmpty()) {
                    throw new ConfigurationException(ErrorMessage.of(ErrorCode.UNSUPPORTED_SETTING,
                            String.join(", ", misplaced) + " for an engine over a DataSource")
                            .detail("DataSource", dataSource.getClass().getName())
                            .hint("Configure pool, driver and isolation on the DataSource itself; an engine over"
                                    + " a DataSource takes only echo and statement_cache_size."));
                }
                return new Engine(null, DatabaseUrl.ofDataSource(dataSource), dataSource, sealed, listener);
            }
            Backends.Resolved resolved = Backends.resolve(url);
            DatabaseUrl target = withCredentials(resolved.url());
            resolved.backend().validate(sealed, target);
            return new Engine(resolved.backend(), target, null, sealed, listener);
        }

        private DatabaseUrl withCredentials(DatabaseUrl resolved) {
            if (user == null && password == null) {
                return resolved;
            }
            return new DatabaseUrl(resolved.backend(), resolved.jdbcUrl(), user != null ? user : resolved.user(),
                    password != null ? password : resolved.password(), resolved.properties(), resolved.inMemory(),
                    resolved.driverClass(), resolved.driverArtifact(), resolved.shown());
        }
    }
}
