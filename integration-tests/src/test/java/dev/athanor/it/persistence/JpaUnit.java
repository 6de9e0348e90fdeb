package dev.athanor.it.persistence;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.ExecutionListener;
import dev.athanor.core.engine.StatementEvent;
import dev.athanor.it.Target;
import dev.athanor.it.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One persistence unit over a real database for one test, bootstrapped the way an application
 * does it ({@code Persistence.createEntityManagerFactory(PersistenceConfiguration)}), with every
 * statement captured by an execution listener and plain-JDBC read-back beside it.
 */
public final class JpaUnit implements AutoCloseable {

    private final Target target;
    private final TestDatabase db;
    private final String url;
    private final EntityManagerFactory emf;
    private final List<StatementEvent> events = new CopyOnWriteArrayList<>();

    private JpaUnit(Target target, Path dir, String fileName, Map<String, Object> properties, Class<?>... classes) {
        this(target, dir, fileName, properties, true, classes);
    }

    private JpaUnit(Target target, Path dir, String fileName, Map<String, Object> properties, boolean watched,
            Class<?>... classes) {
        this.target = target;
        this.db = TestDatabase.open(target, dir);
        this.url = target == Target.SQLITE_FILE
                ? "jdbc:sqlite:" + dir.resolve(fileName).toAbsolutePath()
                : db.url();
        PersistenceConfiguration configuration = new PersistenceConfiguration("it-" + classes[0].getSimpleName())
                .property("jakarta.persistence.jdbc.url", url)
                .property("jakarta.persistence.schema-generation.database.action", "drop-and-create");
        if (watched) {
            configuration.property("athanor.execution_listener", new ExecutionListener() {
                @Override
                public void statementExecuted(StatementEvent event) {
                    events.add(event);
                }
            });
        }
        for (Class<?> type : classes) {
            configuration.managedClass(type);
        }
        properties.forEach(configuration::property);
        this.emf = Persistence.createEntityManagerFactory(configuration);
        events.clear();
    }

    public static JpaUnit open(Target target, Path dir, Class<?>... classes) {
        return new JpaUnit(target, dir, "unit.db", Map.of(), classes);
    }

    public static JpaUnit open(Target target, Path dir, Map<String, Object> properties, Class<?>... classes) {
        return new JpaUnit(target, dir, "unit.db", properties, classes);
    }

    /**
     * A unit whose statements nobody watches ({@link #sql()} stays empty): its queries read their rows
     * from the open result, as an application's do, where a watched query's result is read whole first.
     */
    public static JpaUnit openUnwatched(Target target, Path dir, Class<?>... classes) {
        return new JpaUnit(target, dir, "unit.db", Map.of(), false, classes);
    }

    /** A unit on its own SQLite file in {@code dir}, for several factories side by side. */
    public static JpaUnit openFile(Path dir, String fileName, Class<?>... classes) {
        return new JpaUnit(Target.SQLITE_FILE, dir, fileName, Map.of(), classes);
    }

    public Target target() {
        return target;
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    public EntityManager em() {
        return emf.createEntityManager();
    }

    /** Runs {@code work} in a new EntityManager, without a transaction, and closes it. */
    public void inEm(Consumer<EntityManager> work) {
        try (EntityManager em = emf.createEntityManager()) {
            work.accept(em);
        }
    }

    /** Runs {@code work} in a new EntityManager and transaction, committed when it returns. */
    public <R> R tx(Function<EntityManager, R> work) {
        return emf.callInTransaction(work);
    }

    // ---- statements ------------------------------------------------------------------------------

    public void forget() {
        events.clear();
    }

    public List<StatementEvent> events() {
        return List.copyOf(events);
    }

    /** The SQL that ran, identifier quotes removed so that both dialects read alike. */
    public List<String> sql() {
        return events.stream().map(e -> plain(e.sql())).toList();
    }

    /** The INSERT, UPDATE and DELETE statements that ran (one entry per statement or batch). */
    public List<StatementEvent> writes() {
        return events.stream().filter(e -> isWrite(e.sql())).toList();
    }

    public List<String> writeSql() {
        return writes().stream().map(e -> plain(e.sql())).toList();
    }

    /** How many rows the writes carried: a batch counts its parameter sets. */
    public static int rowsOf(StatementEvent event) {
        return event.batch() ? event.parameterSets().size() : 1;
    }

    public static String plain(String sql) {
        return sql.replace("`", "").replace("\"", "");
    }

    private static boolean isWrite(String sql) {
        String head = sql.stripLeading().toUpperCase(Locale.ROOT);
        return head.startsWith("INSERT") || head.startsWith("UPDATE") || head.startsWith("DELETE");
    }

    // ---- plain JDBC --------------------------------------------------------------------------------

    @FunctionalInterface
    public interface JdbcWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Plain JDBC outside the unit; for :memory: on the engine's one connection, the only one that sees the data. */
    public <T> T jdbc(JdbcWork<T> work) {
        try {
            if (target == Target.SQLITE_MEMORY) {
                try (EngineConnection connection = emf.unwrap(Engine.class).connect()) {
                    return work.run(connection.jdbcConnection());
                }
            }
            try (Connection connection = target == Target.SQLITE_FILE ? DriverManager.getConnection(url)
                    : db.plainConnection()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("plain JDBC failed: " + e.getMessage(), e);
        }
    }

    /** Rows of a plain-JDBC query, each as its column values. */
    public List<List<Object>> rows(String sql, Object... parameters) {
        return jdbc(connection -> query(connection, sql, parameters));
    }

    public static List<List<Object>> query(Connection connection, String sql, Object... parameters)
            throws SQLException {
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
    }

    public long count(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).get(0).get(0)).longValue();
    }

    /** The single value of a query, as a long (numbers of both drivers compared alike). */
    public long number(String sql, Object... parameters) {
        return count(sql, parameters);
    }

    @Override
    public void close() {
        try {
            if (emf.isOpen()) {
                if (target == Target.MARIADB) {
                    emf.getSchemaManager().drop(false);
                }
                emf.close();
            }
        } finally {
            db.close();
        }
    }
}
