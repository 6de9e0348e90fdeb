package dev.athanor.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Root;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/**
 * Queries through the JPA API against hand-written JDBC delivering the same objects, on the tables of
 * {@link QuerySchema} ({@value QuerySchema#CUSTOMERS} customers in {@value QuerySchema#CITIES} cities,
 * {@value QuerySchema#ORDERS_PER_CUSTOMER} orders each). Each call takes the next city, so that every
 * operation reads {@value QuerySchema#PER_CITY} customers:
 * <ul>
 *   <li>{@code ByIndexedColumn}: the customers of a city (indexed column), as entities.</li>
 *   <li>{@code JoinAggregate}: the customers of a city with their order count and total
 *       ({@code SELECT NEW CustomerStats(...) ... JOIN ... GROUP BY}).</li>
 *   <li>{@code JoinFetch}: the customers of a city with their orders ({@code JOIN FETCH}), 200 rows.</li>
 *   <li>{@code ParseTranslateCached} (average time): {@code createQuery} of a query string already
 *       cached, and {@code setParameter}, without running it, against a baseline that does nothing; the
 *       difference is what a cached plan costs per call, to be read beside the queries' own times. Its
 *       Criteria contender builds the {@code ByIndexedColumn} query on each call before the same.</li>
 * </ul>
 * JPQL contenders pass the query string to {@code createQuery} on every call (the plan cache is what
 * they measure); Criteria contenders build their query on every call, the city a
 * {@code ParameterExpression} as the JPQL's is a named parameter (a literal is part of the Criteria
 * tree, so each city would be another query to compile and cache). Every Athanor call opens a new
 * EntityManager, as a request would; the baseline borrows a connection from a pool configured as
 * Athanor's, prepares its statement and maps the rows into the same classes.
 *
 * <p>Every method warms up for 20 one-second iterations, as {@code EnhancedBenchmark}'s walks do: pinned
 * to one CPU with the server and the JIT, the contenders' forks were still climbing (1,240 to 1,940 ops/s
 * on MariaDB) through five measured iterations after ten, while the baselines' had settled by the tenth.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
public class QueryBenchmark {

    static final String SQL_BY_CITY = "SELECT id, name, city FROM " + QuerySchema.CUSTOMER_TABLE
            + " WHERE city = ? ORDER BY id";
    static final String SQL_AGGREGATE = "SELECT c.id, c.name, COUNT(o.id), SUM(o.total) FROM "
            + QuerySchema.CUSTOMER_TABLE + " c JOIN " + QuerySchema.ORDER_TABLE + " o ON o.customer_id = c.id"
            + " WHERE c.city = ? GROUP BY c.id, c.name ORDER BY c.id";
    static final String SQL_FETCH = "SELECT c.id, c.name, c.city, o.id, o.total, o.status FROM "
            + QuerySchema.CUSTOMER_TABLE + " c JOIN " + QuerySchema.ORDER_TABLE + " o ON o.customer_id = c.id"
            + " WHERE c.city = ? ORDER BY c.id";

    static final String JPQL_BY_CITY = "SELECT c FROM QueryCustomer c WHERE c.city = :city ORDER BY c.id";
    static final String JPQL_AGGREGATE = "SELECT NEW dev.athanor.benchmarks.CustomerStats(c.id, c.name, COUNT(o),"
            + " SUM(o.total)) FROM QueryCustomer c JOIN c.orders o WHERE c.city = :city GROUP BY c.id, c.name"
            + " ORDER BY c.id";
    static final String JPQL_FETCH = "SELECT DISTINCT c FROM QueryCustomer c JOIN FETCH c.orders"
            + " WHERE c.city = :city ORDER BY c.id";

    // ---- (a) 50 customers by an indexed column -------------------------------------------------------

    @Benchmark
    public List<QueryCustomer> a_jdbcBaselineByIndexedColumn(JdbcPool jdbc, Cities cities) throws SQLException {
        try (Connection connection = jdbc.pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL_BY_CITY)) {
            statement.setString(1, cities.next());
            List<QueryCustomer> customers = new ArrayList<>(QuerySchema.PER_CITY);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    customers.add(new QueryCustomer(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return check(customers);
        }
    }

    @Benchmark
    public List<QueryCustomer> b_jpqlByIndexedColumn(Athanor athanor, Cities cities) {
        try (EntityManager em = athanor.emf.createEntityManager()) {
            return check(em.createQuery(JPQL_BY_CITY, QueryCustomer.class).setParameter("city", cities.next())
                    .getResultList());
        }
    }

    @Benchmark
    public List<QueryCustomer> c_criteriaByIndexedColumn(Athanor athanor, Cities cities) {
        try (EntityManager em = athanor.emf.createEntityManager()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<QueryCustomer> q = cb.createQuery(QueryCustomer.class);
            Root<QueryCustomer> c = q.from(QueryCustomer.class);
            ParameterExpression<String> city = cb.parameter(String.class, "city");
            q.select(c).where(cb.equal(c.get("city"), city)).orderBy(cb.asc(c.get("id")));
            return check(em.createQuery(q).setParameter(city, cities.next()).getResultList());
        }
    }

    // ---- (b) a join with an aggregate ------------------------------------------------------------------

    @Benchmark
    public List<CustomerStats> a_jdbcBaselineJoinAggregate(JdbcPool jdbc, Cities cities) throws SQLException {
        try (Connection connection = jdbc.pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL_AGGREGATE)) {
            statement.setString(1, cities.next());
            List<CustomerStats> stats = new ArrayList<>(QuerySchema.PER_CITY);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    stats.add(new CustomerStats(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            return check(stats);
        }
    }

    @Benchmark
    public List<CustomerStats> b_jpqlJoinAggregate(Athanor athanor, Cities cities) {
        try (EntityManager em = athanor.emf.createEntityManager()) {
            return check(em.createQuery(JPQL_AGGREGATE, CustomerStats.class).setParameter("city", cities.next())
                    .getResultList());
        }
    }

    @Benchmark
    public List<CustomerStats> c_criteriaJoinAggregate(Athanor athanor, Cities cities) {
        try (EntityManager em = athanor.emf.createEntityManager()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<CustomerStats> q = cb.createQuery(CustomerStats.class);
            Root<QueryCustomer> c = q.from(QueryCustomer.class);
            Join<QueryCustomer, QueryOrder> o = c.join("orders");
            ParameterExpression<String> city = cb.parameter(String.class, "city");
            q.select(cb.construct(CustomerStats.class, c.get("id"), c.get("name"), cb.count(o),
                    cb.sumAsLong(o.get("total"))))
                    .where(cb.equal(c.get("city"), city))
                    .groupBy(c.get("id"), c.get("name"))
                    .orderBy(cb.asc(c.get("id")));
            return check(em.createQuery(q).setParameter(city, cities.next()).getResultList());
        }
    }

    // ---- (c) parents with their children by JOIN FETCH ----------------------------------------------------

    @Benchmark
    public List<QueryCustomer> a_jdbcBaselineJoinFetch(JdbcPool jdbc, Cities cities) throws SQLException {
        try (Connection connection = jdbc.pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL_FETCH)) {
            statement.setString(1, cities.next());
            Map<Long, QueryCustomer> customers = new LinkedHashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    QueryCustomer customer = customers.get(id);
                    if (customer == null) {
                        customer = new QueryCustomer(id, rs.getString(2), rs.getString(3));
                        customers.put(id, customer);
                    }
                    customer.getOrders().add(new QueryOrder(rs.getLong(4), customer, rs.getInt(5), rs.getString(6)));
                }
            }
            return checkFetched(new ArrayList<>(customers.values()));
        }
    }

    @Benchmark
    public List<QueryCustomer> b_jpqlJoinFetch(Athanor athanor, Cities cities) {
        try (EntityManager em = athanor.emf.createEntityManager()) {
            return checkFetched(em.createQuery(JPQL_FETCH, QueryCustomer.class).setParameter("city", cities.next())
                    .getResultList());
        }
    }

    @Benchmark
    public List<QueryCustomer> c_criteriaJoinFetch(Athanor athanor, Cities cities) {
        try (EntityManager em = athanor.emf.createEntityManager()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<QueryCustomer> q = cb.createQuery(QueryCustomer.class);
            Root<QueryCustomer> c = q.from(QueryCustomer.class);
            c.fetch("orders");
            ParameterExpression<String> city = cb.parameter(String.class, "city");
            q.select(c).distinct(true).where(cb.equal(c.get("city"), city)).orderBy(cb.asc(c.get("id")));
            return checkFetched(em.createQuery(q).setParameter(city, cities.next()).getResultList());
        }
    }

    // ---- (d) createQuery of a cached string ------------------------------------------------------------------

    /**
     * Nothing but the parameter handed back: the floor of a call, to subtract from the contender's time.
     * It takes the {@link Target} only so that its result carries the {@code database} parameter and
     * {@link Ratios} pairs it with the contender's.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Object a_jdbcBaselineParseTranslateCached(Target target, Cities cities) {
        return cities.next();
    }

    /** createQuery of a string parsed and translated before, and a parameter bound; nothing runs. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public TypedQuery<QueryCustomer> b_jpqlParseTranslateCached(OpenEntityManager open, Cities cities) {
        return open.em.createQuery(JPQL_BY_CITY, QueryCustomer.class).setParameter("city", cities.next());
    }

    /**
     * The Criteria query of {@code c_criteriaByIndexedColumn} built, made into a query (its plan found in
     * the cache) and a parameter bound; nothing runs. Beside {@code b_jpqlParseTranslateCached}, the
     * difference is what building a Criteria query costs over passing a string.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public TypedQuery<QueryCustomer> c_criteriaParseTranslateCached(OpenEntityManager open, Cities cities) {
        CriteriaBuilder cb = open.em.getCriteriaBuilder();
        CriteriaQuery<QueryCustomer> q = cb.createQuery(QueryCustomer.class);
        Root<QueryCustomer> c = q.from(QueryCustomer.class);
        ParameterExpression<String> city = cb.parameter(String.class, "city");
        q.select(c).where(cb.equal(c.get("city"), city)).orderBy(cb.asc(c.get("id")));
        return open.em.createQuery(q).setParameter(city, cities.next());
    }

    // ---- shared ----------------------------------------------------------------------------------------

    private static <T> List<T> check(List<T> rows) {
        if (rows.size() != QuerySchema.PER_CITY) {
            throw new IllegalStateException("expected " + QuerySchema.PER_CITY + " rows, got " + rows.size());
        }
        return rows;
    }

    private static List<QueryCustomer> checkFetched(List<QueryCustomer> customers) {
        check(customers);
        for (QueryCustomer customer : customers) {
            if (customer.getOrders().size() != QuerySchema.ORDERS_PER_CUSTOMER) {
                throw new IllegalStateException("customer " + customer.getId() + " came with "
                        + customer.getOrders().size() + " orders, expected " + QuerySchema.ORDERS_PER_CUSTOMER);
            }
        }
        return customers;
    }

    /** The persistence unit of the two entities, with the pool settings both contenders share. */
    static PersistenceConfiguration unit(BenchmarkDatabase db) {
        return new PersistenceConfiguration("bench-query")
                .managedClass(QueryCustomer.class)
                .managedClass(QueryOrder.class)
                .property(PersistenceConfiguration.JDBC_URL, db.url())
                .property("athanor.pool_size", BenchmarkDatabase.POOL_SIZE)
                .property("athanor.pool_recycle", BenchmarkDatabase.POOL_RECYCLE);
    }

    // ---- state -----------------------------------------------------------------------------------------------

    /** The database under test; each trial starts from freshly created and seeded tables. */
    @State(Scope.Benchmark)
    public static class Target {

        @Param({"sqlite", "mariadb"})
        public String database;

        BenchmarkDatabase db;
        QuerySchema schema;

        @Setup(Level.Trial)
        public void create() {
            EnhancementCheck.requireEnhanced(QueryCustomer.class, QueryOrder.class);
            db = BenchmarkDatabase.create(database);
            schema = new QuerySchema(db);
            schema.create();
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

    /** The contenders: Athanor's EntityManagerFactory, connected and with each query run once before timing. */
    @State(Scope.Benchmark)
    public static class Athanor {

        EntityManagerFactory emf;

        @Setup(Level.Trial)
        public void start(Target target) {
            emf = Persistence.createEntityManagerFactory(unit(target.db));
            try (EntityManager em = emf.createEntityManager()) {
                String city = QuerySchema.city(0);
                check(em.createQuery(JPQL_BY_CITY, QueryCustomer.class).setParameter("city", city).getResultList());
                check(em.createQuery(JPQL_AGGREGATE, CustomerStats.class).setParameter("city", city).getResultList());
                checkFetched(em.createQuery(JPQL_FETCH, QueryCustomer.class).setParameter("city", city).getResultList());
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            if (emf != null) {
                emf.close();
            }
        }
    }

    /** One EntityManager for a whole trial, for the cached createQuery, where opening one per call would dominate. */
    @State(Scope.Thread)
    public static class OpenEntityManager {

        EntityManager em;

        @Setup(Level.Trial)
        public void open(Athanor athanor) {
            em = athanor.emf.createEntityManager();
        }

        @TearDown(Level.Trial)
        public void close() {
            if (em != null) {
                em.close();
            }
        }
    }

    /** The city of the next call: all {@value QuerySchema#CITIES} in turn. */
    @State(Scope.Thread)
    public static class Cities {

        private int next;

        String next() {
            String city = QuerySchema.city(next);
            next = (next + 1) % QuerySchema.CITIES;
            return city;
        }
    }
}
