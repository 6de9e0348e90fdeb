package dev.athanor.core.dialect.mysql;

import dev.athanor.core.config.EngineSettings;
import dev.athanor.core.dialect.Capabilities;
import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.engine.DatabaseUrl;
import dev.athanor.core.engine.FirstConnectHook;
import dev.athanor.core.engine.ParameterBinder;
import dev.athanor.core.engine.ServerInfo;
import dev.athanor.core.engine.SqlErrorTranslator;
import dev.athanor.core.engine.StandardParameterBinder;
import dev.athanor.core.engine.UrlParts;
import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * MySQL and MariaDB, through MySQL Connector/J (or MariaDB Connector/J for {@code jdbc:mariadb:}
 * and {@code mysql+mariadbconnector://}). Every connection runs in strict SQL mode with utf8mb4.
 * The first connection tells MariaDB from MySQL and the real version, and reads
 * {@code @@wait_timeout} so that the engine retires pooled connections before the server does.
 */
public final class MySqlDialect extends Dialect {

    static final String CONNECTOR_J = "com.mysql.cj.jdbc.Driver";
    static final String CONNECTOR_J_ARTIFACT = "com.mysql:mysql-connector-j";
    static final String MARIADB_DRIVER = "org.mariadb.jdbc.Driver";
    static final String MARIADB_ARTIFACT = "org.mariadb.jdbc:mariadb-java-client";
    static final String SQL_MODE = "STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
            + "NO_ENGINE_SUBSTITUTION";

    private static final Set<String> CONNECTOR_J_NAMES = Set.of("mysqlconnector", "connectorj", "mysql");
    private static final Set<String> MARIADB_NAMES = Set.of("mariadbconnector", "mariadb");

    private final Capabilities capabilities;
    private final ParameterBinder binder;
    private final MySqlRenderer renderer;

    /** The dialect before any connection: only what every supported version can do. */
    public MySqlDialect() {
        this(null);
    }

    private MySqlDialect(ServerInfo server) {
        super(server);
        boolean maria = server != null && server.product().equals("MariaDB");
        boolean mysql8 = server != null && !maria && server.atLeast(8, 0);
        this.capabilities = new Capabilities(
                maria && server.atLeast(10, 5),
                maria && server.atLeast(10, 3),
                true,
                true,
                mysql8 || maria && server.atLeast(10, 6),
                mysql8 || maria && server.atLeast(10, 3),
                false,
                maria && server.atLeast(10, 3) || mysql8 && server.atLeast(8, 0, 31),
                true,
                mysql8 || maria && server.atLeast(10, 2),
                true,
                true,
                true);
        this.binder = server != null && dropsFractionalSeconds(server)
                ? new TextTemporalBinder() : StandardParameterBinder.INSTANCE;
        this.renderer = new MySqlRenderer(this);
    }

    /**
     * Connector/J reads MariaDB's {@code 5.5.5-10.x} as version 5.5.5, believes the server has no
     * fractional seconds, and truncates them from every bound timestamp.
     */
    static boolean dropsFractionalSeconds(ServerInfo server) {
        return server.announced() != null && server.announced().startsWith("5.5.5-")
                && server.driver().contains("Connector/J") && !server.driver().contains("MariaDB");
    }

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public MySqlRenderer renderer() {
        return renderer;
    }

    @Override
    public MySqlDialect forServer(ServerInfo server) {
        return new MySqlDialect(server);
    }

    // ---- connecting ------------------------------------------------------------------------------

    @Override
    public boolean recognises(String productName) {
        // Connector/J says MySQL even to MariaDB; MariaDB Connector/J says MariaDB
        return "MySQL".equalsIgnoreCase(productName) || "MariaDB".equalsIgnoreCase(productName);
    }

    @Override
    public DatabaseUrl resolveUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:mysql:")) {
            return new DatabaseUrl(name(), url, null, null, java.util.Map.of(), false, CONNECTOR_J,
                    CONNECTOR_J_ARTIFACT, UrlParts.mask(url));
        }
        if (lower.startsWith("jdbc:mariadb:")) {
            return new DatabaseUrl(name(), url, null, null, java.util.Map.of(), false, MARIADB_DRIVER,
                    MARIADB_ARTIFACT, UrlParts.mask(url));
        }
        if (!lower.startsWith("mysql:") && !lower.startsWith("mysql+") && !lower.startsWith("mariadb:")
                && !lower.startsWith("mariadb+")) {
            return null;
        }
        String shown = UrlParts.mask(url);
        UrlParts parts = UrlParts.parse(url, shown);
        boolean mariadbDriver;
        if (parts.driver() == null || CONNECTOR_J_NAMES.contains(parts.driver().toLowerCase(Locale.ROOT))) {
            mariadbDriver = false;
        } else if (MARIADB_NAMES.contains(parts.driver().toLowerCase(Locale.ROOT))) {
            mariadbDriver = true;
        } else {
            throw new ConfigurationException(ErrorMessage.of(ErrorCode.MALFORMED_URL,
                    "unknown driver '" + parts.driver() + "'")
                    .detail("url", shown)
                    .detail("known drivers", "mysqlconnector (" + CONNECTOR_J_ARTIFACT + "), mariadbconnector ("
                            + MARIADB_ARTIFACT + ")")
                    .hint("Write mysql://... for MySQL Connector/J or mysql+mariadbconnector://... for MariaDB"
                            + " Connector/J."));
        }
        String host = parts.host().isEmpty() ? "localhost" : parts.host();
        String jdbcUrl = (mariadbDriver ? "jdbc:mariadb://" : "jdbc:mysql://") + host
                + (parts.port() == null ? "" : ":" + parts.port()) + "/"
                + (parts.database() == null ? "" : parts.database());
        return new DatabaseUrl(name(), jdbcUrl, parts.user(), parts.password(), parts.query(), false,
                mariadbDriver ? MARIADB_DRIVER : CONNECTOR_J, mariadbDriver ? MARIADB_ARTIFACT : CONNECTOR_J_ARTIFACT,
                shown);
    }

    @Override
    public void validate(EngineSettings settings, DatabaseUrl url) {
        // every option applies to MySQL and MariaDB
    }

    @Override
    public Properties driverProperties(DatabaseUrl url, EngineSettings settings) {
        Properties properties = new Properties();
        if (url.user() != null) {
            properties.setProperty("user", url.user());
        }
        if (url.password() != null) {
            properties.setProperty("password", url.password());
        }
        String sessionVariables = "sql_mode='" + SQL_MODE + "'";
        if (url.driverClass().equals(CONNECTOR_J)) {
            properties.setProperty("characterEncoding", "UTF-8");
            properties.setProperty("rewriteBatchedStatements", "true");
            properties.setProperty("useLocalSessionState", "true");
            properties.setProperty("cacheServerConfiguration", "true");
            properties.setProperty("elideSetAutoCommits", "true");
            properties.setProperty("maintainTimeStats", "false");
        } else {
            sessionVariables += ",names utf8mb4";
        }
        if (settings.connectTimeout() != null) {
            properties.setProperty("connectTimeout", String.valueOf(settings.connectTimeout().toMillis()));
        }
        properties.putAll(url.properties());
        String userVariables = settings.connectArgs().getOrDefault("sessionVariables",
                url.properties().get("sessionVariables"));
        properties.putAll(settings.connectArgs());
        properties.setProperty("sessionVariables",
                userVariables == null ? sessionVariables : sessionVariables + "," + userVariables);
        return properties;
    }

    @Override
    public FirstConnectHook firstConnectHook() {
        return MySqlFirstConnect::run;
    }

    @Override
    public SqlErrorTranslator errorTranslator() {
        return MySqlErrors::classify;
    }

    @Override
    public ParameterBinder parameterBinder() {
        return binder;
    }

    @Override
    public boolean backslashEscapes() {
        return true;
    }

    @Override
    public int maxRowsLimit() {
        return 50_000_000; // Connector/J refuses a larger setMaxRows
    }

    @Override
    public void prepareForStreaming(Statement statement) throws java.sql.SQLException {
        // Connector/J streams row by row only with this fetch size; otherwise it reads the whole result
        statement.setFetchSize(Integer.MIN_VALUE);
    }

    @Override
    public boolean streamingHoldsConnection() {
        return true; // Connector/J refuses any statement on the connection while such a result is open
    }

    // ---- SQL ---------------------------------------------------------------------------------------

    @Override
    protected char quoteCharacter() {
        return '`';
    }

    @Override
    protected String noLimit() {
        // MySQL has no OFFSET without LIMIT; its manual gives the largest BIGINT UNSIGNED as "no limit"
        return "18446744073709551615";
    }

    /** InnoDB checks each row at once, so cycles and self-references need the checks off to empty or drop tables. */
    @Override
    public String foreignKeyChecks(boolean enabled) {
        return "SET FOREIGN_KEY_CHECKS = " + (enabled ? 1 : 0);
    }

    @Override
    protected String typeNameOrNull(Class<?> type, int length, int precision, int scale) {
        Kind kind = kindOf(type);
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case BOOLEAN -> "BOOLEAN";
            case TINY -> "TINYINT";
            case SMALL -> "SMALLINT";
            case INT -> "INT";
            case LONG -> "BIGINT";
            case FLOAT -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case DECIMAL -> "DECIMAL(" + (precision > 0 ? precision : 38) + "," + (precision > 0 || scale > 0 ? scale : 2) + ")";
            case BIG_INTEGER -> "DECIMAL(65,0)";
            case TEXT -> text(length == 0 ? 255 : length);
            case CHAR -> "CHAR(1)";
            case BINARY -> binary(length == 0 ? 255 : length);
            case DATE -> "DATE";
            case TIME -> "TIME(6)";
            case TIMESTAMP, TIMESTAMP_TZ -> "DATETIME(6)";
            case UUID -> "CHAR(36)";
        };
    }

    private static String text(int length) {
        if (length <= 16_383) {
            return "VARCHAR(" + length + ")";
        }
        return length <= 16_777_215 ? "MEDIUMTEXT" : "LONGTEXT";
    }

    private static String binary(int length) {
        if (length <= 65_535) {
            return "VARBINARY(" + length + ")";
        }
        return length <= 16_777_215 ? "MEDIUMBLOB" : "LONGBLOB";
    }
}
