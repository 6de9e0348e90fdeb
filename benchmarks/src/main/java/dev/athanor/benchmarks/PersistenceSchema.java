package dev.athanor.benchmarks;

import dev.athanor.core.engine.Engine;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of the benchmarks through the JPA API, written by hand so that both contenders work on
 * the same DDL. For {@link PersistenceBenchmark}: {@value #ITEM_TABLE} ({@link AssignedIdItem})
 * seeded with ids 1 to {@value #SEEDED_ROWS} for the finds and updates, with the inserted and removed
 * rows above them, and {@value #IDENTITY_TABLE} ({@link IdentityItem}). For {@link EnhancedBenchmark}
 * and {@link HeapPerEntity}: {@value #CUSTOMER_TABLE} ({@link Customer}, ids 1 to
 * {@value #SHOP_CUSTOMERS}) and {@value #ORDER_TABLE} ({@link CustomerOrder}, ids 1 to
 * {@value #SHOP_ORDERS}), {@value #ORDERS_PER_CUSTOMER} consecutive orders per customer.
 */
final class PersistenceSchema {

    static final String ITEM_TABLE = "jpa_item";
    static final String IDENTITY_TABLE = "jpa_identity_item";
    static final int SEEDED_ROWS = 10_000;
    static final String CUSTOMER_TABLE = "bench_customer";
    static final String ORDER_TABLE = "bench_order";
    static final int SHOP_ORDERS = 100_000;
    /** So that any 1,000 consecutive orders starting after a multiple of 4 belong to 250 customers. */
    static final int ORDERS_PER_CUSTOMER = 4;
    static final int SHOP_CUSTOMERS = SHOP_ORDERS / ORDERS_PER_CUSTOMER;

    private final BenchmarkDatabase db;

    PersistenceSchema(BenchmarkDatabase db) {
        this.db = db;
    }

    /** Drops and creates both tables and seeds {@value #ITEM_TABLE}. */
    void create() {
        List<Object[]> seed = new ArrayList<>(SEEDED_ROWS);
        for (int id = 1; id <= SEEDED_ROWS; id++) {
            seed.add(new Object[] {id, "item-" + id, id % 100, id * 0.25});
        }
        try (Engine engine = db.newEngine()) {
            drop(engine);
            engine.execute("CREATE TABLE " + ITEM_TABLE + " (id BIGINT PRIMARY KEY, name VARCHAR(64) NOT NULL,"
                    + " qty INTEGER NOT NULL, price DOUBLE NOT NULL)");
            // on SQLite only INTEGER PRIMARY KEY is the rowid, which the database assigns
            engine.execute("CREATE TABLE " + IDENTITY_TABLE + " (id " + (db.sqlite() ? "INTEGER PRIMARY KEY"
                    : "BIGINT AUTO_INCREMENT PRIMARY KEY") + ", name VARCHAR(64) NOT NULL, qty INTEGER NOT NULL,"
                    + " price DOUBLE NOT NULL)");
            engine.inTransaction(connection -> connection.executeBatch(
                    "INSERT INTO " + ITEM_TABLE + " (id, name, qty, price) VALUES (?, ?, ?, ?)", seed));
        }
    }

    /** Deletes every row an iteration inserted, so that each iteration starts from the seeded tables. */
    void removeInsertedRows() {
        try (Engine engine = db.newEngine()) {
            engine.execute("DELETE FROM " + ITEM_TABLE + " WHERE id > ?", SEEDED_ROWS);
            engine.execute(db.sqlite() ? "DELETE FROM " + IDENTITY_TABLE : "TRUNCATE TABLE " + IDENTITY_TABLE);
        }
    }

    /** The customer of order {@code orderId}. */
    static long customerOf(long orderId) {
        return (orderId - 1) / ORDERS_PER_CUSTOMER + 1;
    }

    /** Drops and creates {@value #CUSTOMER_TABLE} and {@value #ORDER_TABLE}, and seeds both. */
    void createShop() {
        List<Object[]> customers = new ArrayList<>(SHOP_CUSTOMERS);
        for (long id = 1; id <= SHOP_CUSTOMERS; id++) {
            customers.add(new Object[] {id, "customer-" + id, "notes on customer " + id});
        }
        List<Object[]> orders = new ArrayList<>(SHOP_ORDERS);
        for (long id = 1; id <= SHOP_ORDERS; id++) {
            orders.add(new Object[] {id, customerOf(id), (int) (id % 1_000), "new"});
        }
        try (Engine engine = db.newEngine()) {
            dropShop(engine);
            engine.execute("CREATE TABLE " + CUSTOMER_TABLE + " (id BIGINT PRIMARY KEY, name VARCHAR(64) NOT NULL,"
                    + " notes VARCHAR(2000))");
            engine.execute("CREATE TABLE " + ORDER_TABLE + " (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL"
                    + " REFERENCES " + CUSTOMER_TABLE + " (id), total INTEGER NOT NULL, status VARCHAR(32) NOT NULL)");
            engine.inTransaction(connection -> connection.executeBatch(
                    "INSERT INTO " + CUSTOMER_TABLE + " (id, name, notes) VALUES (?, ?, ?)", customers));
            engine.inTransaction(connection -> connection.executeBatch(
                    "INSERT INTO " + ORDER_TABLE + " (id, customer_id, total, status) VALUES (?, ?, ?, ?)", orders));
        }
    }

    /** Drops {@value #CUSTOMER_TABLE} and {@value #ORDER_TABLE}. */
    void dropShop() {
        try (Engine engine = db.newEngine()) {
            dropShop(engine);
        }
    }

    private static void dropShop(Engine engine) {
        engine.execute("DROP TABLE IF EXISTS " + ORDER_TABLE);
        engine.execute("DROP TABLE IF EXISTS " + CUSTOMER_TABLE);
    }

    /** Drops the tables (the SQLite file goes with {@link BenchmarkDatabase#remove()}). */
    void drop() {
        try (Engine engine = db.newEngine()) {
            drop(engine);
        }
    }

    private static void drop(Engine engine) {
        engine.execute("DROP TABLE IF EXISTS " + ITEM_TABLE);
        engine.execute("DROP TABLE IF EXISTS " + IDENTITY_TABLE);
    }
}
