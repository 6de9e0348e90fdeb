package dev.athanor.core.engine;

import dev.athanor.core.config.EngineSettings;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * What the engine needs from a database dialect. The engine never names a dialect: dialects
 * implement this and are found with {@link java.util.ServiceLoader}, so that the engine stays
 * below them. A backend is immutable; {@link #forServer} gives the one that fits the server
 * the first connection met.
 */
public interface Backend {

    /** Short lower-case name: {@code sqlite}, {@code mysql}. */
    String name();

    /** True if this backend speaks the database a JDBC driver names ({@code DatabaseMetaData.getDatabaseProductName()}). */
    boolean recognises(String productName);

    /** The connection details if this backend speaks the URL, else null. */
    DatabaseUrl resolveUrl(String url);

    /** Fails with a {@link dev.athanor.core.error.ConfigurationException} on settings this database cannot honour. */
    void validate(EngineSettings settings, DatabaseUrl url);

    /** Properties for the JDBC driver: credentials, the backend's defaults, then the user's connect_args. */
    Properties driverProperties(DatabaseUrl url, EngineSettings settings);

    /** Runs once, on the first connection the engine opens. */
    FirstConnectHook firstConnectHook();

    /** Tells what kind of failure a driver's exception is. */
    SqlErrorTranslator errorTranslator();

    /** Binds statement parameters. */
    ParameterBinder parameterBinder();

    /** The backend for this server version (capabilities, binding quirks); this one if nothing differs. */
    Backend forServer(ServerInfo server);

    /** True if a backslash escapes the next character in quoted strings (MySQL), false if it is plain text (SQLite). */
    default boolean backslashEscapes() {
        return false;
    }

    /**
     * True if a text column is read as its bytes ({@link java.sql.ResultSet#getBytes}) decoded as UTF-8
     * rather than through {@link java.sql.ResultSet#getString}: for a driver whose getString costs more
     * than that and gives the same string (SQLite's, on a database whose text is UTF-8).
     */
    default boolean readsTextAsUtf8Bytes() {
        return false;
    }

    /** True if the driver returns a generated key for every row of a JDBC batch, so that asking is worth it. */
    default boolean batchGeneratedKeys() {
        return true;
    }

    /**
     * The largest row limit the driver takes in {@link Statement#setMaxRows}; a page that ends
     * beyond it is read to its end without one.
     */
    default int maxRowsLimit() {
        return Integer.MAX_VALUE;
    }

    /** Makes a statement stream its rows instead of reading them all at once. */
    default void prepareForStreaming(Statement statement) throws SQLException {
    }

    /**
     * Whether a streaming result leaves its connection unable to run another statement until it is
     * closed (Connector/J's row-by-row streaming does), so that a caller must not load more on it meanwhile.
     */
    default boolean streamingHoldsConnection() {
        return false;
    }
}
