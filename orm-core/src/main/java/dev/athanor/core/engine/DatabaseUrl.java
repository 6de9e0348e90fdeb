package dev.athanor.core.engine;

import java.util.Map;

/**
 * Where and how to connect, as a dialect resolved it from the URL the user gave: the JDBC URL,
 * the driver class (loaded on first connect only), credentials kept apart from the URL, and
 * driver properties that the URL's query carried. {@link #toString()} never shows the password.
 *
 * @param backend        the dialect's name, e.g. {@code sqlite} or {@code mysql}
 * @param jdbcUrl        the URL given to the driver, without user and password
 * @param user           the user, or null
 * @param password       the password, or null; never printed
 * @param properties     driver properties from the URL's query
 * @param inMemory       true for a SQLite {@code :memory:} database: one database per connection
 * @param driverClass    the JDBC driver class name
 * @param driverArtifact the Maven coordinates that provide the driver, for the error when it is missing
 * @param shown          the URL the user gave, password masked
 */
public record DatabaseUrl(String backend, String jdbcUrl, String user, String password, Map<String, String> properties,
                          boolean inMemory, String driverClass, String driverArtifact, String shown) {

    public DatabaseUrl {
        properties = Map.copyOf(properties);
    }

    /** What an engine over an application's DataSource knows before it connects: nothing but the DataSource. */
    static DatabaseUrl ofDataSource(Object dataSource) {
        return new DatabaseUrl(null, null, null, null, Map.of(), false, null, null,
                "DataSource(" + dataSource.getClass().getName() + ")");
    }

    @Override
    public String toString() {
        return shown;
    }
}
