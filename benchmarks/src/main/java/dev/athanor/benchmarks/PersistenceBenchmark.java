package dev.athanor.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * Athanor through the standard JPA API ({@code Persistence}, {@code EntityManager},
 * {@code EntityTransaction}) against hand-written JDBC over a HikariCP pool doing the same work:
 * inserting 100 entities with assigned ids, inserting 100 with IDENTITY ids (Athanor batched, and
 * with the default {@code auto}, which batches enhanced entities too), finding one by id in a new EntityManager, loading 100 and changing one field each,
 * loading and removing 100, and bootstrapping to a first commit. The baseline
 * ({@code a_jdbcBaseline...}) of each operation runs first; {@link Ratios} prints contender/baseline.
 *
 * <p>Fairness: both contenders run on a pool of the same size over the same driver with the same
 * driver properties (see {@link BenchmarkDatabase}), on the same hand-written tables
 * ({@link PersistenceSchema}), and deliver the same objects: the baseline maps rows into the same
 * entity classes and puts generated ids back into them. Where JPA must load an entity before it can
 * change or remove it, the baseline selects the same rows by id first. The baseline prepares its
 * statements on every call, as hand-written JDBC does; Athanor's engine keeps them per connection.
 * Athanor runs under its agent, as users run it; setup refuses entity classes that were not enhanced.
 *
 * <p>The bootstrap pair runs in {@link Mode#SingleShotTime}: one call is one measurement, since
 * a call that builds and closes a pool cannot be repeated inside one timed loop without the next
 * call overlapping the last one's pool shutdown. The warm-up iterations leave the steady state of
 * a JVM that boots repeatedly (tests, serverless restarts without CDS); the first, cold call of a
 * fresh JVM is mostly class loading and is read with {@code -wi 0 -i 1 -f 10} (see the README).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
public class PersistenceBenchmark {

    static final int N = 100;

    static final String SELECT_ITEM = "SELECT id, name, qty, price FROM " + PersistenceSchema.ITEM_TABLE
            + " WHERE id = ?";
    static final String INSERT_ITEM = "INSERT INTO " + PersistenceSchema.ITEM_TABLE
            + " (id, name, qty, price) VALUES (?, ?, ?, ?)";
    static final String UPDATE_QTY = "UPDATE " + PersistenceSchema.ITEM_TABLE + " SET qty = ? WHERE id = ?";
    static final String DELETE_ITEM = "DELETE FROM " + PersistenceSchema.ITEM_TABLE + " WHERE id = ?";
    static final String INSERT_IDENTITY = "INSERT INTO " + PersistenceSchema.IDENTITY_TABLE
            + " (name, qty, price) VALUES (?, ?, ?)";
    /** sqlite-jdbc returns only the last key of a batch, so the baseline asks SQLite as Athanor does: RETURNING. */
    static final String INSERT_IDENTITY_RETURNING = INSERT_IDENTITY
            + ", (?, ?, ?)".repeat(N - 1) + " RETURNING id";

    // ---- 1. insert 100 entities with assigned ids in one transaction ------------------------------

    @Benchmark
    public List<AssignedIdItem> a_jdbcBaselineInsertAssigned100(JdbcPool jdbc, Workload work) throws SQLException {
        List<AssignedIdItem> items = work.newItems();
        try (Connection connection = jdbc.pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(INSERT_ITEM)) {
                for (AssignedIdItem item : items) {
                    statement.setLong(1, item.id);
                    statement.setString(2, item.name);
                    statement.setInt(3, item.qty);
                    statement.setDouble(4, item.price);
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return items;
    }

    @Benchmark
    public List<AssignedIdItem> b_athanorInsertAssigned100(Athanor athanor, Workload work) {
        List<AssignedIdItem> items = work.newItems();
        try (EntityManager em = athanor.emf.createEntityManager()) {
            em.getTransaction().begin();
            for (AssignedIdItem item : items) {
                em.persist(item);
            }
            em.getTransaction().commit();
        }
        return items;
    }

    // ---- 2. insert 100 entities with IDENTITY ids in one transaction ------------------------------

    @Benchmark
    public List<IdentityItem> a_jdbcBaselineInsertIdentity100(JdbcPool jdbc, Workload work) throws SQLException {
        List<IdentityItem> items = work.newIdentityItems();
        try (Connection connection = jdbc.pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (jdbc.sqlite) {
                    insertReturningIds(connection, items);
                } else {
                    insertBatchWithKeys(connection, items);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return items;
    }

    private static void insertReturningIds(Connection connection, List<IdentityItem> items) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_IDENTITY_RETURNING)) {
            int p = 1;
            for (IdentityItem item : items) {
                statement.setString(p++, item.name);
                statement.setInt(p++, item.qty);
                statement.setDouble(p++, item.price);
            }
            long[] ids = new long[items.size()];
            int count = 0;
            try (ResultSet keys = statement.executeQuery()) {
                while (keys.next()) {
                    ids[count++] = keys.getLong(1);
                }
            }
            if (count != ids.length) {
                throw new IllegalStateException("INSERT of " + ids.length + " rows returned " + count + " ids");
            }
            // SQLite numbers the rows in VALUES order but does not promise RETURNING's order
            Arrays.sort(ids);
            for (int i = 0; i < ids.length; i++) {
                items.get(i).id = ids[i];
            }
        }
    }

    private static void insertBatchWithKeys(Connection connection, List<IdentityItem> items) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_IDENTITY,
                Statement.RETURN_GENERATED_KEYS)) {
            for (IdentityItem item : items) {
                statement.setString(1, item.name);
                statement.setInt(2, item.qty);
                statement.setDouble(3, item.price);
                statement.addBatch();
            }
            statement.executeBatch();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                for (IdentityItem item : items) {
                    if (!keys.next()) {
                        throw new IllegalStateException("the batch returned fewer keys than rows");
                    }
                    item.id = keys.getLong(1);
                }
            }
        }
    }

    @Benchmark
    public List<IdentityItem> b_athanorBatchedInsertIdentity100(AthanorBatchedIdentity athanor, Workload work) {
        return persistIdentityItems(athanor.emf, work.newIdentityItems());
    }

    @Benchmark
    public List<IdentityItem> c_athanorDefaultInsertIdentity100(Athanor athanor, Workload work) {
        return persistIdentityItems(athanor.emf, work.newIdentityItems());
    }

    private static List<IdentityItem> persistIdentityItems(EntityManagerFactory emf, List<IdentityItem> items) {
        try (EntityManager em = emf.createEntityManager()) {
            em.getTransaction().begin();
            for (IdentityItem item : items) {
                em.persist(item);
            }
            em.getTransaction().commit();
        }
        return items;
    }

    // ---- 3. find one by id, a new EntityManager per call (as in a web request) ---------------------

    @Benchmark
    public AssignedIdItem a_jdbcBaselineFindById(JdbcPool jdbc, Workload work) throws SQLException {
        try (Connection connection = jdbc.pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT_ITEM)) {
            return selectItem(statement, work.nextSeededId());
        }
    }

    @Benchmark
    public AssignedIdItem b_athanorFindById(Athanor athanor, Workload work) {
        try (EntityManager em = athanor.emf.createEntityManager()) {
            return found(em.find(AssignedIdItem.class, work.nextSeededId()));
        }
    }

    // ---- 4. load 100 by id, change one field of each, commit ------------------------------------------

    @Benchmark
    public List<AssignedIdItem> a_jdbcBaselineUpdate100(JdbcPool jdbc, Workload work) throws SQLException {
        long first = work.nextSeededBlock();
        try (Connection connection = jdbc.pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<AssignedIdItem> items = selectItems(connection, first);
                try (PreparedStatement statement = connection.prepareStatement(UPDATE_QTY)) {
                    for (AssignedIdItem item : items) {
                        item.setQty(item.getQty() + 1);
                        statement.setInt(1, item.getQty());
                        statement.setLong(2, item.id);
                        statement.addBatch();
                    }
                    checkCounts(statement.executeBatch(), "UPDATE");
                }
                connection.commit();
                return items;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    @Benchmark
    public List<AssignedIdItem> b_athanorUpdate100(Athanor athanor, Workload work) {
        long first = work.nextSeededBlock();
        List<AssignedIdItem> items = new ArrayList<>(N);
        try (EntityManager em = athanor.emf.createEntityManager()) {
            em.getTransaction().begin();
            for (long id = first; id < first + N; id++) {
                AssignedIdItem item = found(em.find(AssignedIdItem.class, id));
                item.setQty(item.getQty() + 1);
                items.add(item);
            }
            em.getTransaction().commit();
        }
        return items;
    }

    // ---- 5. load 100 by id and remove them ------------------------------------------------------------

    @Benchmark
    public List<AssignedIdItem> a_jdbcBaselineRemove100(JdbcPool jdbc, RemovableRows rows) throws SQLException {
        try (Connection connection = jdbc.pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<AssignedIdItem> items = selectItems(connection, rows.first);
                try (PreparedStatement statement = connection.prepareStatement(DELETE_ITEM)) {
                    for (AssignedIdItem item : items) {
                        statement.setLong(1, item.id);
                        statement.addBatch();
                    }
                    checkCounts(statement.executeBatch(), "DELETE");
                }
                connection.commit();
                return items;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    @Benchmark
    public List<AssignedIdItem> b_athanorRemove100(Athanor athanor, RemovableRows rows) {
        List<AssignedIdItem> items = new ArrayList<>(N);
        try (EntityManager em = athanor.emf.createEntityManager()) {
            em.getTransaction().begin();
            for (long id = rows.first; id < rows.first + N; id++) {
                AssignedIdItem item = found(em.find(AssignedIdItem.class, id));
                em.remove(item);
                items.add(item);
            }
            em.getTransaction().commit();
        }
        return items;
    }

    // ---- 6. bootstrap to a first commit ------------------------------------------------------------------

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 300)
    @Measurement(iterations = 100)
    public AssignedIdItem a_jdbcBaselineBootstrapToFirstCommit(Target target, Workload work) throws SQLException {
        AssignedIdItem item = work.newItem();
        try (HikariDataSource pool = target.db.newBaselinePool("jdbc-bootstrap");
             Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(INSERT_ITEM)) {
                statement.setLong(1, item.id);
                statement.setString(2, item.name);
                statement.setInt(3, item.qty);
                statement.setDouble(4, item.price);
                statement.executeUpdate();
            }
            connection.commit();
        }
        return item;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 300)
    @Measurement(iterations = 100)
    public AssignedIdItem b_athanorBootstrapToFirstCommit(Target target, Workload work) {
        AssignedIdItem item = work.newItem();
        try (EntityManagerFactory emf = Persistence.createEntityManagerFactory(unit(target.db, false));
             EntityManager em = emf.createEntityManager()) {
            em.getTransaction().begin();
            em.persist(item);
            em.getTransaction().commit();
        }
        return item;
    }

    // ---- shared by the baselines ----------------------------------------------------------------------------

    /** Selects ids {@code first} to {@code first + N - 1} one by one, as JPA's finds do. */
    private static List<AssignedIdItem> selectItems(Connection connection, long first) throws SQLException {
        List<AssignedIdItem> items = new ArrayList<>(N);
        try (PreparedStatement statement = connection.prepareStatement(SELECT_ITEM)) {
            for (long id = first; id < first + N; id++) {
                items.add(selectItem(statement, id));
            }
        }
        return items;
    }

    private static AssignedIdItem selectItem(PreparedStatement statement, long id) throws SQLException {
        statement.setLong(1, id);
        try (ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no row with id " + id);
            }
            return new AssignedIdItem(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getDouble(4));
        }
    }

    private static AssignedIdItem found(AssignedIdItem item) {
        if (item == null) {
            throw new IllegalStateException("find() returned null for a row the benchmark inserted");
        }
        return item;
    }

    /** As Athanor does: a statement of a batch that matched no row fails the transaction. */
    static void checkCounts(int[] counts, String statement) {
        for (int count : counts) {
            if (count == 0) {
                throw new IllegalStateException(statement + " matched no row");
            }
        }
    }

    /** The persistence unit: both entities, the shared pool settings, and the IDENTITY insert mode. */
    static PersistenceConfiguration unit(BenchmarkDatabase db, boolean batchedIdentity) {
        PersistenceConfiguration unit = new PersistenceConfiguration("bench")
                .managedClass(AssignedIdItem.class)
                .managedClass(IdentityItem.class)
                .property(PersistenceConfiguration.JDBC_URL, db.url())
                .property("athanor.pool_size", BenchmarkDatabase.POOL_SIZE)
                .property("athanor.pool_recycle", BenchmarkDatabase.POOL_RECYCLE);
        return batchedIdentity ? unit.property("athanor.identity_inserts", "batched") : unit;
    }

    // ---- state ------------------------------------------------------------------------------------------------

    /** The database under test; each trial (one contender, one database) starts from freshly created tables. */
    @State(Scope.Benchmark)
    public static class Target {

        @Param({"sqlite", "mariadb"})
        public String database;

        BenchmarkDatabase db;
        PersistenceSchema schema;

        @Setup(Level.Trial)
        public void create() {
            EnhancementCheck.requireEnhanced(AssignedIdItem.class, IdentityItem.class);
            db = BenchmarkDatabase.create(database);
            schema = new PersistenceSchema(db);
            schema.create();
            db.baselineDriverProperties(); // checked here, so that the bootstrap baseline does not time the check
        }

        @Setup(Level.Iteration)
        public void removeInsertedRows() {
            schema.removeInsertedRows();
        }

        @TearDown(Level.Trial)
        public void remove() {
            if (db != null) {
                if (!db.sqlite()) {
                    schema.drop();
                }
                db.remove();
            }
        }
    }

    /** The baseline: a HikariCP pool configured as Athanor's engine configures its own. */
    @State(Scope.Benchmark)
    public static class JdbcPool {

        HikariDataSource pool;
        boolean sqlite;

        @Setup(Level.Trial)
        public void start(Target target) {
            sqlite = target.db.sqlite();
            pool = target.db.newBaselinePool("jdbc-baseline");
        }

        @TearDown(Level.Trial)
        public void stop() {
            if (pool != null) {
                pool.close();
            }
        }
    }

    /** The contender: Athanor's EntityManagerFactory with the default IDENTITY inserts ({@code auto}). */
    @State(Scope.Benchmark)
    public static class Athanor {

        EntityManagerFactory emf;

        @Setup(Level.Trial)
        public void start(Target target) {
            emf = started(unit(target.db, false));
        }

        @TearDown(Level.Trial)
        public void stop() {
            if (emf != null) {
                emf.close();
            }
        }
    }

    /** Athanor with {@code athanor.identity_inserts=batched}: IDENTITY rows inserted at flush, RETURNING their ids. */
    @State(Scope.Benchmark)
    public static class AthanorBatchedIdentity {

        EntityManagerFactory emf;

        @Setup(Level.Trial)
        public void start(Target target) {
            emf = started(unit(target.db, true));
        }

        @TearDown(Level.Trial)
        public void stop() {
            if (emf != null) {
                emf.close();
            }
        }
    }

    /** A factory whose engine has connected, so that no measured call pays the first connect. */
    private static EntityManagerFactory started(PersistenceConfiguration unit) {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(unit);
        try (EntityManager em = emf.createEntityManager()) {
            found(em.find(AssignedIdItem.class, 1L));
        }
        return emf;
    }

    /** The ids and values each call works on, chosen the same way for both contenders. */
    @State(Scope.Thread)
    public static class Workload {

        /** Coprime with the seeded row count, so that the finds visit every row before repeating. */
        private static final int STRIDE = 7_919;
        private static final int DISTINCT_NAMES = 1_024;

        private final String[] names = new String[DISTINCT_NAMES];
        private long nextNewId = PersistenceSchema.SEEDED_ROWS + 1;
        private long seededId;
        private long seededBlock;

        @Setup(Level.Trial)
        public void build() {
            for (int i = 0; i < DISTINCT_NAMES; i++) {
                names[i] = "new-" + i;
            }
        }

        /** One new entity with an id no row has (rows above the seeded ones are deleted between iterations). */
        AssignedIdItem newItem() {
            long id = nextNewId++;
            int i = (int) (id & (DISTINCT_NAMES - 1));
            return new AssignedIdItem(id, names[i], i, i * 0.5);
        }

        List<AssignedIdItem> newItems() {
            List<AssignedIdItem> items = new ArrayList<>(N);
            for (int i = 0; i < N; i++) {
                items.add(newItem());
            }
            return items;
        }

        List<IdentityItem> newIdentityItems() {
            List<IdentityItem> items = new ArrayList<>(N);
            for (int i = 0; i < N; i++) {
                items.add(new IdentityItem(names[i], i, i * 0.5));
            }
            return items;
        }

        /** A seeded id, spread over the table. */
        long nextSeededId() {
            seededId = (seededId + STRIDE) % PersistenceSchema.SEEDED_ROWS;
            return seededId + 1;
        }

        /** The first of {@value PersistenceBenchmark#N} consecutive seeded ids, moving on each call. */
        long nextSeededBlock() {
            long first = seededBlock + 1;
            seededBlock = (seededBlock + N) % PersistenceSchema.SEEDED_ROWS;
            return first;
        }
    }

    /**
     * {@value PersistenceBenchmark#N} rows for one remove call, inserted before the call (untimed)
     * over a pool of their own, above the seeded ids.
     */
    @State(Scope.Thread)
    public static class RemovableRows {

        private HikariDataSource pool;
        private long next = PersistenceSchema.SEEDED_ROWS + 1;
        long first;

        @Setup(Level.Trial)
        public void start(Target target) {
            pool = target.db.newBaselinePool("removable-rows");
        }

        @Setup(Level.Invocation)
        public void insert() throws SQLException {
            first = next;
            next += N;
            try (Connection connection = pool.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement statement = connection.prepareStatement(INSERT_ITEM)) {
                    for (long id = first; id < first + N; id++) {
                        statement.setLong(1, id);
                        statement.setString(2, "removable");
                        statement.setInt(3, 1);
                        statement.setDouble(4, 1.5);
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
                connection.commit();
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            if (pool != null) {
                pool.close();
            }
        }
    }
}
