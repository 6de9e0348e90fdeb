package dev.athanor.benchmarks;

import dev.athanor.core.engine.Engine;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of {@link QueryBenchmark}, written by hand so that both contenders read the same DDL:
 * {@value #CUSTOMER_TABLE} ({@value #CUSTOMERS} rows, {@value #CITIES} cities of
 * {@value #PER_CITY} customers each, {@code city} indexed) and {@value #ORDER_TABLE}
 * ({@value #ORDERS_PER_CUSTOMER} orders per customer, {@code customer_id} indexed).
 */
final class QuerySchema {

    static final String CUSTOMER_TABLE = "query_customer";
    static final String ORDER_TABLE = "query_order";
    static final int CITIES = 200;
    static final int PER_CITY = 50;
    static final int CUSTOMERS = CITIES * PER_CITY;
    static final int ORDERS_PER_CUSTOMER = 4;

    private final BenchmarkDatabase db;

    QuerySchema(BenchmarkDatabase db) {
        this.db = db;
    }

    /** The city of customer {@code id}: customers of one city are spread over the table, as in life. */
    static String cityOf(long id) {
        return city((int) (id % CITIES));
    }

    static String city(int index) {
        return "city-" + index;
    }

    /** Drops, creates and seeds both tables. */
    void create() {
        List<Object[]> customers = new ArrayList<>(CUSTOMERS);
        List<Object[]> orders = new ArrayList<>(CUSTOMERS * ORDERS_PER_CUSTOMER);
        long orderId = 1;
        for (long id = 1; id <= CUSTOMERS; id++) {
            customers.add(new Object[] {id, "customer-" + id, cityOf(id)});
            for (int i = 0; i < ORDERS_PER_CUSTOMER; i++, orderId++) {
                orders.add(new Object[] {orderId, id, (int) (orderId % 997), i % 2 == 0 ? "new" : "paid"});
            }
        }
        try (Engine engine = db.newEngine()) {
            drop(engine);
            engine.execute("CREATE TABLE " + CUSTOMER_TABLE + " (id BIGINT PRIMARY KEY, name VARCHAR(64) NOT NULL,"
                    + " city VARCHAR(64) NOT NULL)");
            engine.execute("CREATE INDEX query_customer_city ON " + CUSTOMER_TABLE + " (city)");
            engine.execute("CREATE TABLE " + ORDER_TABLE + " (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL"
                    + " REFERENCES " + CUSTOMER_TABLE + " (id), total INTEGER NOT NULL, status VARCHAR(32) NOT NULL)");
            engine.execute("CREATE INDEX query_order_customer ON " + ORDER_TABLE + " (customer_id)");
            engine.inTransaction(connection -> connection.executeBatch(
                    "INSERT INTO " + CUSTOMER_TABLE + " (id, name, city) VALUES (?, ?, ?)", customers));
            engine.inTransaction(connection -> connection.executeBatch(
                    "INSERT INTO " + ORDER_TABLE + " (id, customer_id, total, status) VALUES (?, ?, ?, ?)", orders));
        }
    }

    void drop() {
        try (Engine engine = db.newEngine()) {
            drop(engine);
        }
    }

    private static void drop(Engine engine) {
        engine.execute("DROP TABLE IF EXISTS " + ORDER_TABLE);
        engine.execute("DROP TABLE IF EXISTS " + CUSTOMER_TABLE);
    }
}
