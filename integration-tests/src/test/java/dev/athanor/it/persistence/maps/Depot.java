package dev.athanor.it.persistence.maps;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;

/**
 * The warehouses' persistence unit, the rows put in with plain JDBC before a test, and rows read
 * back with integral numbers as {@code Long} (SQLite's driver and MariaDB's differ there).
 */
public final class Depot {

    public static final Class<?>[] CLASSES = {Warehouse.class, Product.class, Bin.class, Crate.class,
        Supplier.class};

    private Depot() {
    }

    public static JpaUnit open(Target target, Path dir) {
        return JpaUnit.open(target, dir, CLASSES);
    }

    /**
     * Warehouses 1 (W1, Lyon), 2 (W2, Porto) and 3 (W3, Oslo); products 11 A-1 and 12 B-2 in W1, 21 C-3
     * in W2, 31 D-4 in W3; bins 100 and 101 in W1, 102 in none; crate 200 (red) in W1, 201 (blue) in
     * none; suppliers 300 (Acme) of W1 and W2, 301 (Bolt) of W1.
     */
    public static void seed(JpaUnit unit) {
        unit.jdbc(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO it_map_warehouse (id, code, city) VALUES (1, 'W1', 'Lyon'),"
                        + " (2, 'W2', 'Porto'), (3, 'W3', 'Oslo')");
                statement.executeUpdate("INSERT INTO it_map_product (id, sku, name, stock, warehouse_id) VALUES"
                        + " (11, 'A-1', 'apple', 5, 1), (12, 'B-2', 'bolt', 0, 1), (21, 'C-3', 'cog', 7, 2),"
                        + " (31, 'D-4', 'drill', 2, 3)");
                statement.executeUpdate("INSERT INTO it_map_bin (id, label, warehouse_id) VALUES (100, 'left', 1),"
                        + " (101, 'right', 1), (102, 'spare', NULL)");
                statement.executeUpdate("INSERT INTO it_map_crate (id, label) VALUES (200, 'red'), (201, 'blue')");
                statement.executeUpdate("INSERT INTO it_map_warehouse_crate (Warehouse_id, crates_id) VALUES (1, 200)");
                statement.executeUpdate("INSERT INTO it_map_supplier (id, name) VALUES (300, 'Acme'), (301, 'Bolt')");
                statement.executeUpdate("INSERT INTO it_map_supply (warehouse_id, supplier_id) VALUES (1, 300),"
                        + " (2, 300), (1, 301)");
            }
            return null;
        });
        unit.forget();
    }

    /** The rows of {@code sql}, integral numbers as {@code Long}. */
    public static List<List<Object>> rows(JpaUnit unit, String sql, Object... parameters) {
        return unit.rows(sql, parameters).stream()
                .map(row -> row.stream().map(Depot::normal).toList())
                .toList();
    }

    private static Object normal(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                ? (Object) ((Number) value).longValue() : value;
    }
}
