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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * What the agent's enhancement buys, through the JPA API, against hand-written JDBC doing the same
 * work on the same tables ({@link Customer}, {@link CustomerOrder}; 100,000 orders, 4 per customer):
 * <ul>
 *   <li>{@code UpdateInLargeContext}: load 1,000 orders into one EntityManager with a native query,
 *       change the total of every tenth, commit. Baseline: the same SELECT mapped by hand into the same
 *       classes, the 100 changed rows as one UPDATE batch, in one transaction.</li>
 *   <li>{@code GraphWalkLazyToOne}: load 1,000 orders (of 250 customers) and read
 *       {@code getCustomer().getName()} of each; Athanor loads the LAZY references for batches of up to
 *       {@code athanor.lazy.batch_size} (16) customers per {@code WHERE id IN (...)}. Baseline: what a naive
 *       application does, the orders' SELECT, then one SELECT of the customer by id per order (1,000 of
 *       them, no cache). The ratio therefore measures batching against N+1 as much as code speed.</li>
 *   <li>{@code Load100k} (average time): all 100,000 orders into one context, customers untouched.
 *       Baseline: the same SELECT mapped into 100,000 plain {@code CustomerOrder}s, each foreign key
 *       a {@code Customer} holding only its id, one per customer (as Athanor's references are).</li>
 *   <li>{@code AutoFlushOneDirty} (average time) with {@code contextSize} 1,000 and 100,000: one
 *       transaction per trial holds {@code contextSize} loaded orders; each call changes the status of
 *       one and flushes. Baseline: the same single UPDATE on a connection holding a transaction, next
 *       to as many plain objects. The point is the pair of Athanor's times: a flush looks at the changed
 *       entities only, so 100,000 should cost what 1,000 costs ({@link Ratios} prints that ratio).</li>
 *   <li>{@code GraphWalkJoinFetch}: the walk of {@code GraphWalkLazyToOne}, the customers fetched
 *       with their orders in one statement ({@code JOIN FETCH o.customer}). Baseline: the join's
 *       SELECT mapped by hand, one {@code Customer} per id.</li>
 * </ul>
 *
 * <p>Fairness as in {@link PersistenceBenchmark}: the same pool settings and driver properties, the
 * same hand-written tables, the same objects delivered, statements prepared on every call by the
 * baseline. Every contender runs under the agent ({@code run-benchmarks.sh} adds it); setup refuses
 * entity classes that were not enhanced.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class EnhancedBenchmark {

    /** Orders per call of the update and the graph walk. */
    static final int BLOCK = 1_000;
    /** The update changes every tenth order of its block: 100 of 1,000. */
    static final int CHANGE_EVERY = 10;
    /**
     * Warm-up iterations (of 1 s) of the update and the walks: at about 1,000 calls a second, a method
     * called once per call reaches C2's threshold (5,000 calls, raised while the compiler has a queue)
     * after 5 s at best, and pinned to one CPU with the benchmark (as run-benchmarks.sh runs it) the
     * contender's per-call methods were still being compiled 12 to 14 s in; the contender has many such
     * methods, the baseline few. Both sides get the same warm-up.
     */
    static final int WALK_WARM_UPS = 20;

    static final String ORDER_COLUMNS = "SELECT id, customer_id, total, status FROM " + PersistenceSchema.ORDER_TABLE;
    static final String SELECT_BLOCK = ORDER_COLUMNS + " WHERE id BETWEEN ? AND ? ORDER BY id";
    static final String SELECT_BLOCK_WITH_CUSTOMER = "SELECT o.id, o.customer_id, o.total, o.status, c.name FROM "
            + PersistenceSchema.ORDER_TABLE + " o JOIN " + PersistenceSchema.CUSTOMER_TABLE
            + " c ON c.id = o.customer_id WHERE o.id BETWEEN ? AND ? ORDER BY o.id";
    static final String SELECT_FIRST = ORDER_COLUMNS + " WHERE id <= ? ORDER BY id";
    static final String SELECT_ALL = ORDER_COLUMNS;
    /** The columns Athanor's batch reads too: {@code notes} is LAZY. */
    static final String SELECT_CUSTOMER = "SELECT id, name FROM " + PersistenceSchema.CUSTOMER_TABLE + " WHERE id = ?";
    static final String UPDATE_TOTAL = "UPDATE " + PersistenceSchema.ORDER_TABLE + " SET total = ? WHERE id = ?";
    static final String UPDATE_STATUS = "UPDATE " + PersistenceSchema.ORDER_TABLE + " SET status = ? WHERE id = ?";

    // ---- 1. load 1,000 orders into one context, change 100, commit -----------------------------------

    @Benchmark
    @Warmup(iterations = WALK_WARM_UPS, time = 1)
    public List<CustomerOrder> a_jdbcBaselineUpdateInLargeContext(JdbcPool jdbc, Blocks blocks) throws SQLException {
        long first = blocks.next();
        try (Connection connection = jdbc.pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<CustomerOrder> orders = selectOrders(connection, SELECT_BLOCK, first, first + BLOCK - 1);
                try (PreparedStatement statement = connection.prepareStatement(UPDATE_TOTAL)) {
                    for (int i = 0; i < orders.size(); i += CHANGE_EVERY) {
                        CustomerOrder order = orders.get(i);
                        order.setTotal(order.getTotal() + 1);
                        statement.setInt(1, order.getTotal());
                        statement.setLong(2, order.getId());
                        statement.addBatch();
                    }
                    PersistenceBenchmark.checkCounts(statement.executeBatch(), "UPDATE");
                }
                connection.commit();
                return orders;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    @Benchmark
    @Warmup(iterations = WALK_WARM_UPS, time = 1)
    public List<CustomerOrder> b_athanorUpdateInLargeContext(Athanor athanor, Blocks blocks) {
        long first = blocks.next();
        try (EntityManager em = athanor.emf.createEntityManager()) {
            em.getTransaction().begin();
            List<CustomerOrder> orders = orders(em, SELECT_BLOCK, first, first + BLOCK - 1);
            for (int i = 0; i < orders.size(); i += CHANGE_EVERY) {
                CustomerOrder order = orders.get(i);
                order.setTotal(order.getTotal() + 1);
            }
            em.getTransaction().commit();
            return orders;
        }
    }

    // ---- 2. load 1,000 orders and read each one's customer -------------------------------------------

    /** The naive walk: one SELECT of the customer per order, no cache. */
    @Benchmark
    @Warmup(iterations = WALK_WARM_UPS, time = 1)
    public List<CustomerOrder> a_jdbcBaselineGraphWalkLazyToOne(JdbcPool jdbc, Blocks blocks, Blackhole bh)
            throws SQLException {
        long first = blocks.next();
        List<CustomerOrder> orders = new ArrayList<>(BLOCK);
        long[] customerIds = new long[BLOCK];
        try (Connection connection = jdbc.pool.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(SELECT_BLOCK)) {
                statement.setLong(1, first);
                statement.setLong(2, first + BLOCK - 1);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        customerIds[orders.size()] = rs.getLong(2);
                        orders.add(new CustomerOrder(rs.getLong(1), null, rs.getInt(3), rs.getString(4)));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(SELECT_CUSTOMER)) {
                for (int i = 0; i < orders.size(); i++) {
                    CustomerOrder order = orders.get(i);
                    order.setCustomer(selectCustomer(statement, customerIds[i]));
                    bh.consume(order.getCustomer().getName());
                }
            }
        }
        return orders;
    }

    @Benchmark
    @Warmup(iterations = WALK_WARM_UPS, time = 1)
    public List<CustomerOrder> b_athanorGraphWalkLazyToOne(Athanor athanor, Blocks blocks, Blackhole bh) {
        long first = blocks.next();
        try (EntityManager em = athanor.emf.createEntityManager()) {
            List<CustomerOrder> orders = orders(em, SELECT_BLOCK, first, first + BLOCK - 1);
            for (CustomerOrder order : orders) {
                bh.consume(order.getCustomer().getName());
            }
            return orders;
        }
    }

    // ---- 2b. the same walk with the customers fetched by a join -------------------------------------------

    /** One SELECT joining each order to its customer; one Customer object per customer, as a context keeps. */
    @Benchmark
    @Warmup(iterations = WALK_WARM_UPS, time = 1)
    public List<CustomerOrder> a_jdbcBaselineGraphWalkJoinFetch(JdbcPool jdbc, Blocks blocks, Blackhole bh)
            throws SQLException {
        long first = blocks.next();
        List<CustomerOrder> orders = new ArrayList<>(BLOCK);
        Map<Long, Customer> customers = new HashMap<>();
        try (Connection connection = jdbc.pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(SELECT_BLOCK_WITH_CUSTOMER)) {
            statement.setLong(1, first);
            statement.setLong(2, first + BLOCK - 1);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long customerId = rs.getLong(2);
                    Customer customer = customers.get(customerId);
                    if (customer == null) {
                        customer = new Customer(customerId, rs.getString(5));
                        customers.put(customerId, customer);
                    }
                    orders.add(new CustomerOrder(rs.getLong(1), customer, rs.getInt(3), rs.getString(4)));
                }
            }
        }
        for (CustomerOrder order : orders) {
            bh.consume(order.getCustomer().getName());
        }
        return orders;
    }

    @Benchmark
    @Warmup(iterations = WALK_WARM_UPS, time = 1)
    public List<CustomerOrder> b_athanorGraphWalkJoinFetch(Athanor athanor, Blocks blocks, Blackhole bh) {
        long first = blocks.next();
        try (EntityManager em = athanor.emf.createEntityManager()) {
            List<CustomerOrder> orders = em.createQuery("SELECT o FROM CustomerOrder o JOIN FETCH o.customer"
                    + " WHERE o.id BETWEEN :first AND :last ORDER BY o.id", CustomerOrder.class)
                    .setParameter("first", first).setParameter("last", first + BLOCK - 1).getResultList();
            for (CustomerOrder order : orders) {
                bh.consume(order.getCustomer().getName());
            }
            return orders;
        }
    }

    // ---- 3. load 100,000 orders into one context -------------------------------------------------------

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public List<CustomerOrder> a_jdbcBaselineLoad100k(JdbcPool jdbc) throws SQLException {
        try (Connection connection = jdbc.pool.getConnection()) {
            return selectOrders(connection, SELECT_ALL);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public List<CustomerOrder> b_athanorLoad100k(Athanor athanor) {
        try (EntityManager em = athanor.emf.createEntityManager()) {
            return orders(em, SELECT_ALL);
        }
    }

    // ---- 4. change one of contextSize loaded orders and flush -------------------------------------------

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public CustomerOrder a_jdbcBaselineAutoFlushOneDirty(JdbcContext context) throws SQLException {
        CustomerOrder order = context.changes.next();
        try (PreparedStatement statement = context.connection.prepareStatement(UPDATE_STATUS)) {
            statement.setString(1, order.getStatus());
            statement.setLong(2, order.getId());
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("UPDATE matched no row");
            }
        }
        return order;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public CustomerOrder b_athanorAutoFlushOneDirty(AthanorContext context) {
        CustomerOrder order = context.changes.next();
        context.em.flush();
        return order;
    }

    // ---- shared ------------------------------------------------------------------------------------------

    /** Athanor's load: the native query with the entity class, its results managed. */
    @SuppressWarnings("unchecked")
    static List<CustomerOrder> orders(EntityManager em, String sql, Object... parameters) {
        var query = em.createNativeQuery(sql, CustomerOrder.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    /**
     * The baseline's load: rows mapped by hand into the same class, each foreign key a {@link Customer}
     * holding only its id, one instance per customer, as the references Athanor makes.
     */
    static List<CustomerOrder> selectOrders(Connection connection, String sql, long... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setLong(i + 1, parameters[i]);
            }
            List<CustomerOrder> orders = new ArrayList<>();
            Map<Long, Customer> customers = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Customer customer = customers.computeIfAbsent(rs.getLong(2), Customer::new);
                    orders.add(new CustomerOrder(rs.getLong(1), customer, rs.getInt(3), rs.getString(4)));
                }
            }
            return orders;
        }
    }

    private static Customer selectCustomer(PreparedStatement statement, long id) throws SQLException {
        statement.setLong(1, id);
        try (ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no customer with id " + id);
            }
            return new Customer(rs.getLong(1), rs.getString(2));
        }
    }

    /** The persistence unit of the two entities, with the pool settings both contenders share. */
    static PersistenceConfiguration unit(BenchmarkDatabase db) {
        return new PersistenceConfiguration("bench-enhanced")
                .managedClass(Customer.class)
                .managedClass(CustomerOrder.class)
                .property(PersistenceConfiguration.JDBC_URL, db.url())
                .property("athanor.pool_size", BenchmarkDatabase.POOL_SIZE)
                .property("athanor.pool_recycle", BenchmarkDatabase.POOL_RECYCLE);
    }

    // ---- state ---------------------------------------------------------------------------------------------

    /** The database under test; each trial starts from freshly created and seeded tables. */
    @State(Scope.Benchmark)
    public static class Target {

        @Param({"sqlite", "mariadb"})
        public String database;

        BenchmarkDatabase db;
        PersistenceSchema schema;

        @Setup(Level.Trial)
        public void create() {
            EnhancementCheck.requireEnhanced(Customer.class, CustomerOrder.class);
            db = BenchmarkDatabase.create(database);
            schema = new PersistenceSchema(db);
            schema.createShop();
        }

        @TearDown(Level.Trial)
        public void remove() {
            if (db != null) {
                if (!db.sqlite()) {
                    schema.dropShop();
                }
                db.remove();
            }
        }
    }

    /** The baseline: a HikariCP pool configured as Athanor's engine configures its own. */
    @State(Scope.Benchmark)
    public static class JdbcPool {

        HikariDataSource pool;

        @Setup(Level.Trial)
        public void start(Target target) {
            pool = target.db.newBaselinePool("jdbc-baseline");
        }

        @TearDown(Level.Trial)
        public void stop() {
            if (pool != null) {
                pool.close();
            }
        }
    }

    /** The contender: Athanor's EntityManagerFactory, connected before the first measured call. */
    @State(Scope.Benchmark)
    public static class Athanor {

        EntityManagerFactory emf;

        @Setup(Level.Trial)
        public void start(Target target) {
            emf = Persistence.createEntityManagerFactory(unit(target.db));
            try (EntityManager em = emf.createEntityManager()) {
                if (em.find(Customer.class, 1L) == null) {
                    throw new IllegalStateException("find() returned null for a seeded customer");
                }
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            if (emf != null) {
                emf.close();
            }
        }
    }

    /** The first id of {@value EnhancedBenchmark#BLOCK} consecutive orders (250 customers), moving on each call. */
    @State(Scope.Thread)
    public static class Blocks {

        private long block;

        long next() {
            long first = block * BLOCK + 1;
            block = (block + 1) % (PersistenceSchema.SHOP_ORDERS / BLOCK);
            return first;
        }
    }

    /**
     * Which loaded order the next flush call changes, and to what: the orders in turn, each set to a
     * status other than the one it has, so that every call has exactly one real change to write.
     */
    static final class Changes {

        private final List<CustomerOrder> orders;
        private long calls;

        Changes(List<CustomerOrder> orders) {
            this.orders = orders;
        }

        CustomerOrder next() {
            CustomerOrder order = orders.get((int) (calls % orders.size()));
            // "new" when loaded, then "paid" and "shipped" by turns: never the value it has
            order.setStatus((calls / orders.size()) % 2 == 0 ? "paid" : "shipped");
            calls++;
            return order;
        }
    }

    /** An EntityManager in a transaction holding {@code contextSize} loaded orders for the whole trial. */
    @State(Scope.Thread)
    public static class AthanorContext {

        @Param({"1000", "100000"})
        public int contextSize;

        EntityManager em;
        Changes changes;

        @Setup(Level.Trial)
        public void load(Athanor athanor) {
            em = athanor.emf.createEntityManager();
            em.getTransaction().begin();
            changes = new Changes(orders(em, SELECT_FIRST, contextSize));
        }

        @TearDown(Level.Trial)
        public void rollBack() {
            if (em != null) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
    }

    /** The baseline's counterpart: a connection in a transaction, next to {@code contextSize} plain orders. */
    @State(Scope.Thread)
    public static class JdbcContext {

        @Param({"1000", "100000"})
        public int contextSize;

        Connection connection;
        Changes changes;

        @Setup(Level.Trial)
        public void load(JdbcPool jdbc) throws SQLException {
            connection = jdbc.pool.getConnection();
            connection.setAutoCommit(false);
            changes = new Changes(selectOrders(connection, SELECT_FIRST, contextSize));
        }

        @TearDown(Level.Trial)
        public void rollBack() throws SQLException {
            if (connection != null) {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.close();
            }
        }
    }
}
