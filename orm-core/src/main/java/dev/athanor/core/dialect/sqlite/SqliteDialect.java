package dev.athanor.core.dialect.sqlite;

import dev.athanor.core.config.EngineSettings;
import dev.athanor.core.config.IsolationLevel;
import dev.athanor.core.dialect.Capabilities;
import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.engine.DatabaseUrl;
import dev.athanor.core.engine.FirstConnectHook;
import dev.athanor.core.engine.ParameterBinder;
import dev.athanor.core.engine.ServerInfo;
import dev.athanor.core.engine.SqlErrorTranslator;
import dev.athanor.core.engine.UrlParts;
import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite through sqlite-jdbc. Every connection gets {@code foreign_keys=ON}; file databases also
 * WAL journaling and a busy timeout, so that readers do not block the writer. Dates and times are
 * stored as ISO text. URLs: {@code jdbc:sqlite:...}, {@code sqlite://} and
 * {@code sqlite:///:memory:} (in memory), {@code sqlite:///relative.db}, {@code sqlite:////absolute.db}.
 */
public final class SqliteDialect extends Dialect {

    static final String DRIVER = "org.sqlite.JDBC";
    static final String ARTIFACT = "org.xerial:sqlite-jdbc";
    static final String DEFAULT_BUSY_TIMEOUT_MS = "5000";

    private static final Logger POOL = LoggerFactory.getLogger("dev.athanor.POOL");

    private final Capabilities capabilities;
    private final SqliteRenderer renderer;
    /** The database keeps its text in UTF-8, as SQLite does unless told otherwise when the file is made. */
    private final boolean utf8Text;

    /** The dialect before any connection: capabilities of a current SQLite. */
    public SqliteDialect() {
        this(null);
    }

    private SqliteDialect(ServerInfo server) {
        super(server);
        boolean modern = server == null || server.atLeast(3, 35);
        this.capabilities = new Capabilities(modern, false, true, false, false, false,
                server == null || server.atLeast(3, 30), true, false, server == null || server.atLeast(3, 25),
                false, true, false);
        this.renderer = new SqliteRenderer(this);
        this.utf8Text = server != null && "UTF-8".equalsIgnoreCase(server.textEncoding());
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public SqliteRenderer renderer() {
        return renderer;
    }

    @Override
    public SqliteDialect forServer(ServerInfo server) {
        return new SqliteDialect(server);
    }

    // ---- connecting ------------------------------------------------------------------------------

    @Override
    public boolean recognises(String productName) {
        return "SQLite".equalsIgnoreCase(productName);
    }

    @Override
    public DatabaseUrl resolveUrl(String url) {
        if (url.regionMatches(true, 0, "jdbc:sqlite:", 0, 12)) {
            String target = url.substring(12);
            return new DatabaseUrl(name(), url, null, null, Map.of(), isMemory(target), DRIVER, ARTIFACT, UrlParts.mask(url));
        }
        if (!url.regionMatches(true, 0, "sqlite:", 0, 7) && !url.regionMatches(true, 0, "sqlite+", 0, 7)) {
            return null;
        }
        String shown = UrlParts.mask(url);
        UrlParts parts = UrlParts.parse(url, shown);
        if (parts.driver() != null && !parts.driver().equalsIgnoreCase("jdbc")) {
            throw malformed(url, "unknown SQLite driver '" + parts.driver() + "'; Athanor uses sqlite-jdbc (sqlite:// or"
                    + " sqlite+jdbc://)");
        }
        if (!parts.host().isEmpty() || parts.user() != null) {
            throw malformed(url, "a SQLite URL names a file, not a host: use sqlite:///relative.db,"
                    + " sqlite:////absolute/path.db or sqlite:///:memory:");
        }
        String database = parts.database();
        boolean memory = database == null || database.isEmpty() || database.equals(":memory:");
        String jdbcUrl = "jdbc:sqlite:" + (memory ? ":memory:" : database);
        return new DatabaseUrl(name(), jdbcUrl, null, null, parts.query(), memory, DRIVER, ARTIFACT, shown);
    }

    private static boolean isMemory(String target) {
        return target.isEmpty() || target.startsWith(":memory:") || target.startsWith("file::memory:")
                || target.contains("mode=memory");
    }

    private static ConfigurationException malformed(String url, String why) {
        return new ConfigurationException(ErrorMessage.of(ErrorCode.MALFORMED_URL, why).detail("url", url));
    }

    @Override
    public void validate(EngineSettings settings, DatabaseUrl url) {
        IsolationLevel level = settings.isolationLevel();
        if (level == IsolationLevel.READ_COMMITTED || level == IsolationLevel.REPEATABLE_READ) {
            throw new ConfigurationException(ErrorMessage.of(ErrorCode.UNSUPPORTED_SETTING,
                    "isolation_level '" + level.sqlName() + "' on SQLite")
                    .detail("supported", "SERIALIZABLE (the default), READ UNCOMMITTED")
                    .hint("SQLite transactions are serializable; leave isolation_level unset or use SERIALIZABLE."));
        }
        if (settings.connectTimeout() != null) {
            POOL.warn("connect_timeout={}s has no effect on SQLite, which opens a file; set busy_timeout in"
                    + " connect_args to wait for locks", settings.connectTimeout().toSeconds());
        }
    }

    @Override
    public Properties driverProperties(DatabaseUrl url, EngineSettings settings) {
        Properties properties = new Properties();
        properties.setProperty("foreign_keys", "true");
        if (!url.inMemory()) {
            properties.setProperty("journal_mode", "WAL");
            properties.setProperty("busy_timeout", DEFAULT_BUSY_TIMEOUT_MS);
        }
        properties.putAll(url.properties());
        properties.putAll(settings.connectArgs());
        return properties;
    }

    @Override
    public FirstConnectHook firstConnectHook() {
        return SqliteDialect::firstConnect;
    }

    private static ServerInfo firstConnect(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            String version = single(statement, "select sqlite_version()");
            String foreignKeys = single(statement, "pragma foreign_keys");
            String journal = single(statement, "pragma journal_mode");
            String busy = single(statement, "pragma busy_timeout");
            String encoding = single(statement, "pragma encoding");
            POOL.info("SQLite {}: foreign_keys={}, journal_mode={}, busy_timeout={} ms, encoding={}", version,
                    foreignKeys, journal, busy, encoding);
            if (!"1".equals(foreignKeys)) {
                POOL.warn("SQLite foreign key enforcement is off (foreign_keys={}); foreign keys will not be"
                        + " checked", foreignKeys);
            }
            String driver = connection.getMetaData().getDriverName() + " " + connection.getMetaData().getDriverVersion();
            return ServerInfo.of("SQLite", version, null, driver, version).withTextEncoding(encoding);
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Override
    public SqlErrorTranslator errorTranslator() {
        return SqliteErrors::classify;
    }

    @Override
    public ParameterBinder parameterBinder() {
        return SqliteParameterBinder.INSTANCE;
    }

    /**
     * sqlite-jdbc's getString hands the text over in a direct buffer that the JVM makes by calling back
     * into Java (about a tenth of a microsecond a value), its getBytes in a plain array; for a UTF-8
     * database both carry the same bytes (SQLite's conversions of a number or a blob to text are the
     * same for both), so text is read as bytes and decoded here. A UTF-16 database is read through getString.
     */
    @Override
    public boolean readsTextAsUtf8Bytes() {
        return utf8Text;
    }

    @Override
    public boolean batchGeneratedKeys() {
        // sqlite-jdbc answers with last_insert_rowid() only, one key for the whole batch
        return false;
    }

    // ---- SQL ---------------------------------------------------------------------------------------

    @Override
    protected char quoteCharacter() {
        return '"';
    }

    @Override
    protected String noLimit() {
        return "-1";
    }

    @Override
    protected String typeNameOrNull(Class<?> type, int length, int precision, int scale) {
        Kind kind = kindOf(type);
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case BOOLEAN, TINY, SMALL, INT, LONG -> "INTEGER";
            case FLOAT, DOUBLE -> "REAL";
            case DECIMAL -> precision > 0 ? "NUMERIC(" + precision + "," + scale + ")" : "NUMERIC";
            case BIG_INTEGER -> "NUMERIC";
            case TEXT -> length > 0 ? "VARCHAR(" + length + ")" : "TEXT";
            case CHAR -> "CHAR(1)";
            case BINARY -> "BLOB";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP, TIMESTAMP_TZ -> "TIMESTAMP";
            case UUID -> "CHAR(36)";
        };
    }
}
