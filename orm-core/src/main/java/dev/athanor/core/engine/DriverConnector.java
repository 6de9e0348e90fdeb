package dev.athanor.core.engine;

import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens physical connections with the driver named by the URL, loaded on first use only (so an
 * engine that never connects loads no driver). A {@link DataSource}, so that HikariCP can call it;
 * it holds the credentials, which HikariCP therefore never sees or logs. The first connection is
 * opened by the engine itself and handed to the pool when the pool asks for its first.
 */
final class DriverConnector implements DataSource {

    private final DatabaseUrl url;
    private final Properties properties;
    private volatile Driver driver;
    private Connection handOver;
    private int loginTimeoutSeconds;

    DriverConnector(DatabaseUrl url, Properties properties) {
        this.url = url;
        this.properties = properties;
    }

    /** Opens a new physical connection. */
    Connection open() throws SQLException {
        Connection connection = driver().connect(url.jdbcUrl(), properties);
        if (connection == null) {
            throw new SQLException("driver " + url.driverClass() + " does not accept the URL " + url.shown());
        }
        return connection;
    }

    /** The next {@link #getConnection()} returns this connection instead of opening one. */
    synchronized void handOver(Connection connection) {
        this.handOver = connection;
    }

    @Override
    public Connection getConnection() throws SQLException {
        synchronized (this) {
            if (handOver != null) {
                Connection first = handOver;
                handOver = null;
                return first;
            }
        }
        return open();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("credentials are part of the engine's URL");
    }

    private Driver driver() {
        Driver loaded = driver;
        if (loaded == null) {
            synchronized (this) {
                if (driver == null) {
                    driver = loadDriver();
                }
                loaded = driver;
            }
        }
        return loaded;
    }

    private Driver loadDriver() {
        Class<?> type = null;
        for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(),
                DriverConnector.class.getClassLoader()}) {
            if (loader == null || type != null) {
                continue;
            }
            try {
                type = Class.forName(url.driverClass(), true, loader);
            } catch (ClassNotFoundException e) {
                // try the next loader
            }
        }
        if (type == null) {
            throw new ConfigurationException(ErrorMessage.of(ErrorCode.DRIVER_MISSING,
                    url.driverClass() + " for " + url.backend())
                    .detail("url", url.shown())
                    .detail("add", url.driverArtifact())
                    .hint("Add " + url.driverArtifact() + " to your application's dependencies (Maven"
                            + " <dependency> or Gradle runtimeOnly)."));
        }
        try {
            return (Driver) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new ConfigurationException(ErrorMessage.of(ErrorCode.DRIVER_MISSING,
                    "cannot instantiate " + url.driverClass() + ": " + e), e);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the driver logs through its own means
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging here");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    @Override
    public String toString() {
        return "DriverConnector[" + url.shown() + "]";
    }
}
