package dev.athanor.it;

import static org.junit.jupiter.api.Assertions.fail;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.UrlParts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * A real database for one test: a SQLite file in the test's temporary folder, SQLite in memory,
 * or the MariaDB that test.sh started (ATHANOR_MYSQL_URL). Reads back with plain JDBC, apart from
 * the engine, so that tests check what reached the database.
 */
public final class TestDatabase implements AutoCloseable {

    private final Target target;
    private final String url;
    private final List<Engine> engines = new ArrayList<>();
    private Engine memoryEngine;

    private TestDatabase(Target target, String url) {
        this.target = target;
        this.url = url;
    }

    public static TestDatabase open(Target target, Path tempDir) {
        return switch (target) {
            case SQLITE_FILE -> new TestDatabase(target, "sqlite:///" + tempDir.resolve("test.db").toAbsolutePath());
            case SQLITE_MEMORY -> new TestDatabase(target, "sqlite:///:memory:");
            case MARIADB -> new TestDatabase(target, mysqlUrl());
        };
    }

    /** The MariaDB URL from the environment; fails when test.sh said MariaDB is required, else skips. */
    public static String mysqlUrl() {
        String url = System.getenv("ATHANOR_MYSQL_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("ATHANOR_REQUIRE_MYSQL"))) {
                fail("ATHANOR_REQUIRE_MYSQL=1 but ATHANOR_MYSQL_URL is not set");
            }
            Assumptions.abort("MariaDB tests need ATHANOR_MYSQL_URL (./test.sh starts a server and sets it)");
        }
        return url;
    }

    public Target target() {
        return target;
    }

    public String url() {
        return url;
    }

    /** An engine on this database, closed with it. For :memory:, the one engine that holds the data. */
    public Engine engine() {
        if (target == Target.SQLITE_MEMORY) {
            if (memoryEngine == null) {
                memoryEngine = track(Engine.builder(url).build());
            }
            return memoryEngine;
        }
        return track(Engine.builder(url).build());
    }

    /** A builder for this database; {@link #track} the engine it builds. */
    public Engine.Builder builder() {
        return Engine.builder(url);
    }

    public Engine track(Engine engine) {
        engines.add(engine);
        return engine;
    }

    /** Runs DDL or setup SQL with plain JDBC. */
    public void sql(String... statements) {
        withJdbc(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            return null;
        });
    }

    /** Reads rows with plain JDBC, each row as a list of column values. */
    public List<List<Object>> query(String sql, Object... parameters) {
        return withJdbc(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                List<List<Object>> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    int width = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= width; i++) {
                            row.add(rs.getObject(i));
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        });
    }

    /** The single value of a plain-JDBC query, as a long. */
    public long count(String sql, Object... parameters) {
        return ((Number) query(sql, parameters).get(0).get(0)).longValue();
    }

    /** A plain JDBC connection outside the engine (not for :memory:, whose data only the engine's connection sees). */
    public Connection plainConnection() throws SQLException {
        if (target == Target.SQLITE_FILE) {
            return DriverManager.getConnection("jdbc:" + url.replace("sqlite:///", "sqlite:"));
        }
        if (target == Target.MARIADB) {
            UrlParts parts = UrlParts.parse(url, "mariadb");
            Properties properties = new Properties();
            properties.setProperty("user", parts.user());
            properties.setProperty("password", parts.password());
            return DriverManager.getConnection("jdbc:mysql://" + parts.host() + ":" + parts.port() + "/"
                    + parts.database(), properties);
        }
        throw new IllegalStateException(":memory: has no connection outside its engine");
    }

    @FunctionalInterface
    interface JdbcWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withJdbc(JdbcWork<T> work) {
        try {
            if (target == Target.SQLITE_MEMORY) {
                try (EngineConnection connection = engine().connect()) {
                    return work.run(connection.jdbcConnection());
                }
            }
            try (Connection connection = plainConnection()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("plain JDBC failed: " + e.getMessage(), e);
        }
    }

    /** An auto-increment primary key column, as this database writes it. */
    public String autoId() {
        return target.isSqlite() ? "id INTEGER PRIMARY KEY AUTOINCREMENT" : "id BIGINT PRIMARY KEY AUTO_INCREMENT";
    }

    @Override
    public void close() {
        for (Engine engine : engines) {
            engine.close();
        }
    }
}
