package dev.athanor.jpa;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Opens a factory of the given entities on a SQLite file (tables created) and runs plain JDBC on it. */
final class QueryTestUnits {

    private QueryTestUnits() {
    }

    static String url(Path dir) {
        return "jdbc:sqlite:" + dir.resolve("queries.db");
    }

    static EntityManagerFactory open(Path dir, Class<?>... entities) {
        PersistenceConfiguration configuration = new PersistenceConfiguration("queries")
                .property(PersistenceConfiguration.JDBC_URL, url(dir))
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "create");
        for (Class<?> entity : entities) {
            configuration.managedClass(entity);
        }
        return new AthanorPersistenceProvider().createEntityManagerFactory(configuration);
    }

    static void jdbc(Path dir, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(dir)); Statement statement =
                connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static Object scalar(Path dir, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(dir)); Statement statement =
                connection.createStatement(); java.sql.ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getObject(1);
        }
    }
}
