package dev.athanor.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.athanor.core.engine.BatchResult;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.Row;
import dev.athanor.core.engine.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine's statement path against hand-written HikariCP + JDBC doing the same work: a select
 * by primary key, a single-row INSERT in autocommit, and a 100-row batch INSERT in one transaction.
 * The baseline ({@code a_jdbcBaseline...}) runs first; {@link Ratios} turns the JSON result into
 * engine/baseline ratios.
 *
 * <p>Fairness: both contenders use a HikariCP pool of the same size over the same driver with the
 * same driver properties (checked at setup), and deliver the same result. For an INSERT the engine
 * always returns the generated keys, so the baseline asks for them too. The baseline prepares a new
 * statement on every call, as hand-written JDBC does; the engine keeps a per-connection cache.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {

    static final String SELECT_BY_ID = "SELECT id, name, qty, price FROM bench_item WHERE id = ?";
    static final String INSERT = "INSERT INTO bench_insert (name, qty, price) VALUES (?, ?, ?)";
    static final int BATCH_SIZE = 100;

    // ---- select one row by primary key ------------------------------------------------------------

    @Benchmark
    public void a_jdbcBaselineSelectByPk(JdbcPool jdbc, Inputs inputs, Blackhole bh) throws SQLException {
        try (Connection connection = jdbc.pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT_BY_ID)) {
            statement.setLong(1, inputs.nextId());
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row for the id");
                }
                bh.consume(rs.getLong(1));
                bh.consume(rs.getString(2));
                bh.consume(rs.getInt(3));
                bh.consume(rs.getDouble(4));
            }
        }
    }

    @Benchmark
    public void b_engineSelectByPk(AthanorEngine athanor, Inputs inputs, Blackhole bh) {
        Row row = athanor.engine.execute(SELECT_BY_ID, inputs.nextId()).one();
        bh.consume(row.get(0));
        bh.consume(row.get(1));
        bh.consume(row.get(2));
        bh.consume(row.get(3));
    }

    // ---- insert one row, autocommit -----------------------------------------------------------------

    @Benchmark
    public long a_jdbcBaselineInsertRow(JdbcPool jdbc, Inputs inputs) throws SQLException {
        Object[] row = inputs.nextRow();
        try (Connection connection = jdbc.pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, row);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    @Benchmark
    public Object b_engineInsertRow(AthanorEngine athanor, Inputs inputs) {
        return athanor.engine.execute(INSERT, inputs.nextRow()).generatedKey();
    }

    // ---- insert 100 rows as one batch in one transaction ----------------------------------------

    @Benchmark
    public void a_jdbcBaselineInsertBatch100(JdbcPool jdbc, Inputs inputs, Blackhole bh) throws SQLException {
        try (Connection connection = jdbc.pool.getConnection()) {
            connection.setAutoCommit(false);
            // like the engine, ask for a batch's keys only where the driver returns one per row (not sqlite-jdbc)
            try (PreparedStatement statement = jdbc.batchKeys
                    ? connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)
                    : connection.prepareStatement(INSERT)) {
                for (Object[] row : inputs.batch) {
                    bind(statement, row);
                    statement.addBatch();
                }
                bh.consume(statement.executeBatch());
                if (jdbc.batchKeys) {
                    try (ResultSet keys = statement.getGeneratedKeys()) {
                        while (keys.next()) {
                            bh.consume(keys.getLong(1));
                        }
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    @Benchmark
    public BatchResult b_engineInsertBatch100(AthanorEngine athanor, Inputs inputs) {
        try (Transaction tx = athanor.engine.begin()) {
            BatchResult result = tx.executeBatch(INSERT, inputs.batch);
            tx.commit();
            return result;
        }
    }

    private static void bind(PreparedStatement statement, Object[] row) throws SQLException {
        statement.setString(1, (String) row[0]);
        statement.setInt(2, (Integer) row[1]);
        statement.setDouble(3, (Double) row[2]);
    }

    // ---- state ----------------------------------------------------------------------------------

    /** The database under test; each trial (one contender, one database) starts from fresh tables. */
    @State(Scope.Benchmark)
    public static class Target {

        @Param({"sqlite", "mariadb"})
        public String database;

        BenchmarkDatabase db;

        @Setup(Level.Trial)
        public void create() {
            db = BenchmarkDatabase.create(database);
            db.createTables();
        }

        @Setup(Level.Iteration)
        public void emptyInsertTable() {
            db.emptyInsertTable();
        }

        @TearDown(Level.Trial)
        public void remove() {
            if (db != null) {
                db.remove();
            }
        }
    }

    /** The baseline: a HikariCP pool configured as the engine configures its own. */
    @State(Scope.Benchmark)
    public static class JdbcPool {

        HikariDataSource pool;
        boolean batchKeys;

        @Setup(Level.Trial)
        public void start(Target target) {
            batchKeys = !target.database.equals("sqlite");
            pool = target.db.newBaselinePool("jdbc-baseline");
        }

        @TearDown(Level.Trial)
        public void stop() {
            if (pool != null) {
                pool.close();
            }
        }
    }

    /** The contender: an Athanor engine, started before measuring so that no iteration pays its first connect. */
    @State(Scope.Benchmark)
    public static class AthanorEngine {

        Engine engine;

        @Setup(Level.Trial)
        public void start(Target target) {
            engine = target.db.newEngine();
            engine.execute("SELECT 1");
        }

        @TearDown(Level.Trial)
        public void stop() {
            if (engine != null) {
                engine.close();
            }
        }
    }

    /** What each call sends: ids spread over the seeded rows, and rows built once so that no call builds them. */
    @State(Scope.Thread)
    public static class Inputs {

        /** Coprime with the seeded row count, so that the ids visit every row before repeating. */
        private static final int STRIDE = 7_919;
        private static final int DISTINCT_ROWS = 1_024;

        final List<Object[]> batch = new ArrayList<>(BATCH_SIZE);
        private final Object[][] rows = new Object[DISTINCT_ROWS][];
        private long id;
        private int row;

        @Setup(Level.Trial)
        public void build() {
            for (int i = 0; i < DISTINCT_ROWS; i++) {
                rows[i] = new Object[] {"row-" + i, i, i * 0.5};
            }
            for (int i = 0; i < BATCH_SIZE; i++) {
                batch.add(rows[i]);
            }
        }

        long nextId() {
            id = (id + STRIDE) % BenchmarkDatabase.SEEDED_ROWS;
            return id + 1;
        }

        Object[] nextRow() {
            row = (row + 1) & (DISTINCT_ROWS - 1);
            return rows[row];
        }
    }
}
