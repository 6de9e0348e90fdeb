package dev.athanor.it.query;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.model.Customer;
import dev.athanor.it.query.model.OrderLine;
import dev.athanor.it.query.model.Product;
import dev.athanor.it.query.model.PurchaseOrder;
import dev.athanor.it.query.model.Tag;
import dev.athanor.it.query.model.YesNoConverter;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The rows every query test starts from, written with plain JDBC so that what a query should return
 * is known apart from the ORM. Tests compute their expectations from these lists, never from a run.
 *
 * <p>Customer 5 (Eve) has no orders, order 17 has no lines, product 105 (Fig) is on no order line,
 * tag 4 (exotic_fruit) is on no product; ratings, emails, ship dates, discounts and stocks have nulls.
 */
public final class ShopData {

    /** A customer row. */
    public record C(long id, String name, String email, Integer rating, String street, String city, String zip,
                    String notes) {
    }

    /** An order row ({@code status} by name, {@code gift} as the converter stores it). */
    public record O(long id, long customerId, String reference, String status, boolean gift, OffsetDateTime placedAt,
                    LocalDate shipDate, Integer discount) {
    }

    /** An order line row. */
    public record L(long id, long orderId, long productId, int quantity, double unitPrice) {
    }

    /** A product row. */
    public record P(long id, String name, String code, double price, Integer stock) {
    }

    /** A tag row. */
    public record T(long id, String label) {
    }

    /** A row of the product-tag join table. */
    public record PT(long productId, long tagId) {
    }

    public static final List<C> CUSTOMERS = List.of(
            new C(1, "Ann", "ann@example.com", 5, "1 Elm St", "Paris", "75001", "likes tea"),
            new C(2, "Bob", null, null, "2 Oak Ave", "London", "E1", null),
            new C(3, "Cid", "cid@example.com", 3, "3 Pine Rd", "Paris", "75002", "vip"),
            new C(4, "Dee", "dee@example.org", null, "4 Ash Ln", "Berlin", "10115", null),
            new C(5, "Eve", "eve@example.com", 1, "5 Fir Ct", "Rome", "00100", "new"));

    public static final List<O> ORDERS = List.of(
            new O(10, 1, "A-10", "NEW", false, at(2024, 1, 5, 10), null, null),
            new O(11, 1, "A-11", "SHIPPED", true, at(2024, 2, 10, 12), LocalDate.of(2024, 2, 12), 5),
            new O(12, 2, "B-12", "PAID", false, at(2024, 3, 15, 9), null, 0),
            new O(13, 3, "C-13", "SHIPPED", false, at(2024, 3, 20, 16), LocalDate.of(2024, 3, 25), 10),
            new O(14, 3, "C-14", "CANCELLED", true, at(2024, 4, 1, 8), null, null),
            new O(15, 4, "D-15", "NEW", false, at(2024, 5, 2, 11), null, 0),
            new O(16, 3, "C-16", "PAID", false, at(2024, 6, 30, 23), LocalDate.of(2024, 7, 1), null),
            new O(17, 4, "D-17", "NEW", false, at(2024, 7, 4, 7), null, 3));

    public static final List<P> PRODUCTS = List.of(
            new P(100, "Apple", "AP-1", 1.5, 50),
            new P(101, "Banana", "BA-2", 0.25, null),
            new P(102, "Cherry", "CH-3", 4.0, 0),
            new P(103, "Date", "DA-4", 9.75, 12),
            new P(104, "Elderberry", "EL-5", 16.0, 7),
            new P(105, "Fig", "FI-6", 2.0, 3));

    public static final List<L> LINES = List.of(
            new L(1000, 10, 100, 3, 1.5),
            new L(1001, 10, 101, 12, 0.25),
            new L(1002, 11, 102, 2, 4.0),
            new L(1003, 11, 103, 1, 9.75),
            new L(1004, 12, 100, 10, 1.5),
            new L(1005, 13, 104, 4, 16.0),
            new L(1006, 13, 100, 1, 1.5),
            new L(1007, 13, 102, 7, 4.0),
            new L(1008, 14, 101, 6, 0.25),
            new L(1009, 15, 103, 2, 9.75),
            new L(1010, 16, 104, 1, 16.0),
            new L(1011, 16, 101, 5, 0.25));

    public static final List<T> TAGS = List.of(new T(1, "fruit"), new T(2, "red"), new T(3, "dried"),
            new T(4, "exotic_fruit"));

    public static final List<PT> PRODUCT_TAGS = List.of(new PT(100, 1), new PT(100, 2), new PT(101, 1),
            new PT(102, 1), new PT(102, 2), new PT(103, 1), new PT(103, 3), new PT(104, 1), new PT(105, 3));

    /** Every class of the query model, for the persistence unit. */
    public static final Class<?>[] CLASSES = {Customer.class, PurchaseOrder.class, OrderLine.class, Product.class,
        Tag.class, YesNoConverter.class};

    private ShopData() {
    }

    private static OffsetDateTime at(int year, int month, int day, int hour) {
        return OffsetDateTime.of(year, month, day, hour, 0, 0, 0, ZoneOffset.UTC);
    }

    /** A persistence unit of the query model on {@code target}, seeded, its statement log cleared. */
    public static JpaUnit open(Target target, Path dir) {
        return open(target, dir, Map.of());
    }

    public static JpaUnit open(Target target, Path dir, Map<String, Object> properties) {
        return seeded(JpaUnit.open(target, dir, properties, CLASSES));
    }

    /**
     * As {@link #open(Target, Path)}, on a unit nobody watches ({@link JpaUnit#openUnwatched}): its
     * queries read their rows from the open result, as an application's do.
     */
    public static JpaUnit openUnwatched(Target target, Path dir) {
        return seeded(JpaUnit.openUnwatched(target, dir, CLASSES));
    }

    private static JpaUnit seeded(JpaUnit unit) {
        try {
            seed(unit);
        } catch (RuntimeException e) {
            unit.close();
            throw e;
        }
        return unit;
    }

    /** Inserts every row above with plain JDBC. */
    public static void seed(JpaUnit unit) {
        boolean sqlite = unit.target().isSqlite();
        unit.jdbc(connection -> {
            for (C c : CUSTOMERS) {
                insert(connection, "INSERT INTO itq_customer (id, name, email, rating, street, city, zip, notes)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", c.id(), c.name(), c.email(), c.rating(), c.street(),
                        c.city(), c.zip(), c.notes());
            }
            for (O o : ORDERS) {
                insert(connection, "INSERT INTO itq_order (id, version, reference, customer_id, status, gift,"
                        + " placed_at, ship_date, discount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", o.id(), 1,
                        o.reference(), o.customerId(), o.status(), o.gift() ? "Y" : "N", timestamp(o.placedAt(), sqlite),
                        o.shipDate() == null ? null : o.shipDate().toString(), o.discount());
            }
            for (P p : PRODUCTS) {
                insert(connection, "INSERT INTO itq_product (id, name, code, price, stock) VALUES (?, ?, ?, ?, ?)",
                        p.id(), p.name(), p.code(), p.price(), p.stock());
            }
            for (L l : LINES) {
                insert(connection, "INSERT INTO itq_line (id, order_id, product_id, quantity, unit_price)"
                        + " VALUES (?, ?, ?, ?, ?)", l.id(), l.orderId(), l.productId(), l.quantity(), l.unitPrice());
            }
            for (T t : TAGS) {
                insert(connection, "INSERT INTO itq_tag (id, label) VALUES (?, ?)", t.id(), t.label());
            }
            for (PT pt : PRODUCT_TAGS) {
                insert(connection, "INSERT INTO itq_product_tag (product_id, tag_id) VALUES (?, ?)", pt.productId(),
                        pt.tagId());
            }
            return null;
        });
        unit.forget();
    }

    /** SQLite keeps the offset in the text; MariaDB's DATETIME holds the UTC wall time. */
    private static String timestamp(OffsetDateTime value, boolean sqlite) {
        String wall = value.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        return sqlite ? wall + "+00:00" : wall;
    }

    private static void insert(java.sql.Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    // ---- lookups for expectations ------------------------------------------------------------------

    public static C customer(long id) {
        return CUSTOMERS.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    public static O order(long id) {
        return ORDERS.stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    public static P product(long id) {
        return PRODUCTS.stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    public static List<O> ordersOf(long customerId) {
        return ORDERS.stream().filter(o -> o.customerId() == customerId).toList();
    }

    public static List<L> linesOf(long orderId) {
        return LINES.stream().filter(l -> l.orderId() == orderId).toList();
    }

    public static List<Long> tagIdsOf(long productId) {
        return PRODUCT_TAGS.stream().filter(pt -> pt.productId() == productId).map(PT::tagId).toList();
    }

    /** Ids of the customers matching {@code test}, in id order. */
    public static List<Long> customerIds(Predicate<C> test) {
        return CUSTOMERS.stream().filter(test).map(C::id).sorted().toList();
    }

    /** Ids of the orders matching {@code test}, in id order. */
    public static List<Long> orderIds(Predicate<O> test) {
        return ORDERS.stream().filter(test).map(O::id).sorted().toList();
    }

    /** Ids of the products matching {@code test}, in id order. */
    public static List<Long> productIds(Predicate<P> test) {
        return PRODUCTS.stream().filter(test).map(P::id).sorted().toList();
    }

    /** Total quantity per customer id (customers without lines absent). */
    public static Map<Long, Long> quantityByCustomer() {
        return LINES.stream().collect(Collectors.groupingBy(l -> order(l.orderId()).customerId(),
                Collectors.summingLong(L::quantity)));
    }

    /** The customer ids that placed at least one order. */
    public static List<Long> customersWithOrders() {
        return ORDERS.stream().map(O::customerId).distinct().sorted().toList();
    }
}
