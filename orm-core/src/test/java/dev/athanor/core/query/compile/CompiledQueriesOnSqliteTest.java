package dev.athanor.core.query.compile;

import static dev.athanor.core.query.compile.CompilerFixture.compile;
import static dev.athanor.core.query.compile.CompilerFixture.sqlite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.schema.SchemaManager;
import dev.athanor.core.sql.render.RenderedSql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiled statements run on a real SQLite file made by the schema generator, rows inserted and read
 * back with plain JDBC, slot values bound by hand: the SQL is valid and its results are right.
 */
class CompiledQueriesOnSqliteTest {

    @TempDir
    Path dir;
    private Connection jdbc;

    @BeforeEach
    void createShop() throws SQLException {
        String file = dir.resolve("shop.db").toString();
        try (Engine engine = Engine.builder("sqlite:///" + file).build()) {
            new SchemaManager(engine, CompilerFixture.METADATA).create();
        }
        jdbc = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = jdbc.createStatement()) {
            s.execute("INSERT INTO Customer (id, fullname, city, street, active, notes) VALUES"
                    + " (1, 'Ann', 'Oslo', 'Main 1', 1, 'vip'), (2, 'Bob', 'Rome', NULL, 0, NULL),"
                    + " (3, 'Cy', NULL, NULL, 1, NULL)");
            s.execute("INSERT INTO orders (id, customer_id, status, placed, total, items, version) VALUES"
                    + " (10, 1, 'PAID', '2024-03-15', 30.5, 3, 0), (11, 1, 'OPEN', '2023-12-01', 12, 1, 0),"
                    + " (12, 2, 'PAID', '2024-01-20', 100, 7, 0)");
            s.execute("INSERT INTO Product (id, name, sku, weight, rank) VALUES (1, 'bolt', 'SKU-42', 0.5, 2),"
                    + " (2, 'nut', 'SKU-7', 0.25, 1), (3, 'gear', NULL, 2.0, 3)");
            s.execute("INSERT INTO OrderLine (id, order_id, product_id, quantity, price) VALUES (100, 10, 1, 2, 10),"
                    + " (101, 10, 2, 5, 2.1), (102, 11, 1, 1, 12), (103, 12, 3, 7, 14.28)");
            s.execute("INSERT INTO Tag (id, label) VALUES (1, 'gift'), (2, 'rush')");
            s.execute("INSERT INTO order_tags (orders_id, tags_id) VALUES (10, 1), (10, 2), (12, 2)");
            s.execute("INSERT INTO favourites (Customer_id, favourites_id) VALUES (1, 1), (1, 3), (2, 2)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        jdbc.close();
    }

    private List<String> rows(String jpql, Object... slotValues) throws SQLException {
        return rows(sqlite(compile(jpql)), slotValues);
    }

    private List<String> rows(RenderedSql sql, Object... slotValues) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement ps = jdbc.prepareStatement(sql.sql())) {
            Object[] values = sql.bind(slotValues);
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(n == 1 ? String.valueOf(row[0]) : Arrays.toString(row));
                }
            }
        }
        return rows;
    }

    private int update(String jpql, Object... slotValues) throws SQLException {
        RenderedSql sql = sqlite(compile(jpql));
        try (PreparedStatement ps = jdbc.prepareStatement(sql.sql())) {
            Object[] values = sql.bind(slotValues);
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate();
        }
    }

    @Test
    void implicitJoinsEnumsAndConvertedParameters() throws SQLException {
        assertThat(rows("SELECT o.id FROM Order o WHERE o.customer.fullname = 'Ann' AND o.status = :s ORDER BY o.id",
                "PAID")).containsExactly("10");
        assertThat(rows("SELECT o.id FROM Order o WHERE o.status = dev.athanor.core.query.compile.Shop.Status.PAID"
                + " AND o.customer.id = 2")).containsExactly("12");
        assertThat(rows("SELECT p.name FROM Product p WHERE p.sku = ?1", "SKU-42")).containsExactly("bolt");
    }

    @Test
    void joinsOfEveryKindAndLiteralsInConditions() throws SQLException {
        assertThat(rows("SELECT c.fullname, o.id FROM Customer c LEFT JOIN c.orders o ON o.status = :s"
                + " WHERE c.active = TRUE ORDER BY c.id", "OPEN")).containsExactly("[Ann, 11]", "[Cy, null]");
        assertThat(rows("SELECT o.id FROM Tag t JOIN t.orders o WHERE t.label = 'rush' ORDER BY o.id"))
                .containsExactly("10", "12");
        assertThat(rows("SELECT c.fullname, p.name FROM Customer c JOIN c.favourites p ORDER BY c.id, p.id"))
                .containsExactly("[Ann, bolt]", "[Ann, gear]", "[Bob, nut]");
        assertThat(rows("SELECT p.name FROM OrderLine l JOIN Product p ON p.id = l.product.id WHERE l.quantity"
                + " BETWEEN 2 AND 5 AND p.name NOT LIKE 'x!%' ESCAPE '!' AND l.id IN (100, 101, 103) ORDER BY p.name"))
                .containsExactly("bolt", "nut");
        assertThat(rows("FROM Product WHERE weight > 0.3 ORDER BY id")).containsExactly("[1, bolt, 2, SKU-42, 0.5]",
                "[3, gear, 3, null, 2.0]");
    }

    @Test
    void groupByHavingAndAggregates() throws SQLException {
        assertThat(rows("SELECT c.fullname, COUNT(o), SUM(o.items) FROM Customer c LEFT JOIN c.orders o"
                + " GROUP BY c.fullname HAVING COUNT(o) >= 1 ORDER BY c.fullname"))
                .containsExactly("[Ann, 2, 4]", "[Bob, 1, 7]");
        assertThat(rows("SELECT c.id, COUNT(o) FROM Customer c LEFT JOIN c.orders o GROUP BY c ORDER BY 2 DESC, c.id"
                .replace("ORDER BY 2 DESC, c.id", "ORDER BY c.id"))).containsExactly("[1, 2]", "[2, 1]", "[3, 0]");
    }

    @Test
    void collectionConditions() throws SQLException {
        assertThat(rows("SELECT c.fullname FROM Customer c WHERE c.orders IS EMPTY")).containsExactly("Cy");
        assertThat(rows("SELECT c.fullname FROM Customer c WHERE SIZE(c.favourites) = 2")).containsExactly("Ann");
        assertThat(rows("SELECT o.id FROM Order o WHERE :t MEMBER OF o.tags ORDER BY o.id", 2L))
                .containsExactly("10", "12");
        assertThat(rows("SELECT o.id FROM Order o, Tag t WHERE t.label = 'gift' AND t NOT MEMBER OF o.tags"
                + " ORDER BY o.id")).containsExactly("11", "12");
        assertThat(rows("SELECT t.label FROM Order o JOIN o.tags t WHERE o.id = 10 ORDER BY t.label"))
                .containsExactly("gift", "rush");
    }

    @Test
    void subqueriesCorrelatedQuantifiedAndScalar() throws SQLException {
        assertThat(rows("SELECT o.id FROM Order o WHERE EXISTS (SELECT l FROM o.lines l WHERE l.quantity > 4)"
                + " ORDER BY o.id")).containsExactly("10", "12");
        assertThat(rows("SELECT o.id FROM Order o WHERE o.total >= ALL (SELECT o2.total FROM Order o2)"))
                .containsExactly("12");
        assertThat(rows("SELECT o.id FROM Order o WHERE o.items = ANY (SELECT l.quantity FROM OrderLine l)"
                + " ORDER BY o.id")).containsExactly("11", "12");
        assertThat(rows("SELECT c.fullname, (SELECT COUNT(o) FROM Order o WHERE o.customer = c) FROM Customer c"
                + " ORDER BY c.id")).containsExactly("[Ann, 2]", "[Bob, 1]", "[Cy, 0]");
    }

    @Test
    void fetchJoinAndItsRootPaging() throws SQLException {
        QueryPlan plan = compile("SELECT o FROM Order o LEFT JOIN FETCH o.lines l LEFT JOIN FETCH l.product"
                + " WHERE o.total > 20 ORDER BY o.placed DESC");
        assertThat(rows(sqlite(plan))).hasSize(3);
        assertThat(rows(new dev.athanor.core.dialect.sqlite.SqliteDialect().renderer()
                .render(plan.pagedRoots().rootIds()))).containsExactly("[10, 2024-03-15]", "[12, 2024-01-20]");
    }

    @Test
    void functionsAndArithmetic() throws SQLException {
        assertThat(rows("SELECT UPPER(c.fullname), LENGTH(c.fullname), SUBSTRING(c.fullname, 2, 1),"
                + " LOCATE('n', c.fullname), CONCAT(c.fullname, '!'), c.fullname || '?' FROM Customer c WHERE c.id = 1"))
                .containsExactly("[ANN, 3, n, 2, Ann!, Ann?]");
        assertThat(rows("SELECT o.items / 2, MOD(o.items, 4), ABS(-o.items), COALESCE(c.address.city, 'none'),"
                + " CASE WHEN o.items > 2 THEN 'big' ELSE 'small' END FROM Order o JOIN o.customer c ORDER BY o.id"))
                .containsExactly("[1, 3, 3, Oslo, big]", "[0, 1, 1, Oslo, small]", "[3, 3, 7, Rome, big]");
        assertThat(rows("SELECT EXTRACT(YEAR FROM o.placed) FROM Order o ORDER BY o.id"))
                .containsExactly("2024", "2023", "2024");
    }

    @Test
    void unionAndNullsOrdering() throws SQLException {
        assertThat(rows("SELECT c.fullname AS n FROM Customer c UNION SELECT p.name FROM Product p ORDER BY n"))
                .containsExactly("Ann", "Bob", "Cy", "bolt", "gear", "nut");
        assertThat(rows("SELECT c.fullname FROM Customer c ORDER BY c.address.city DESC NULLS FIRST"))
                .containsExactly("Cy", "Bob", "Ann");
        assertThat(rows("SELECT p.name FROM Product p ORDER BY p.sku NULLS LAST"))
                .containsExactly("bolt", "nut", "gear");
    }

    @Test
    void bulkUpdateAndDelete() throws SQLException {
        assertThat(update("UPDATE Product p SET p.rank = p.rank * 10 WHERE p.weight < 1")).isEqualTo(2);
        assertThat(rows("SELECT p.rank FROM Product p ORDER BY p.id")).containsExactly("20", "10", "3");
        assertThat(update("UPDATE Order o SET o.status = :s WHERE o.customer = :c", "SHIPPED", 1L)).isEqualTo(2);
        assertThat(rows("SELECT o.status FROM Order o ORDER BY o.id")).containsExactly("SHIPPED", "SHIPPED", "PAID");
        assertThat(update("DELETE FROM Customer c WHERE NOT EXISTS (SELECT o FROM Order o WHERE o.customer = c)"))
                .isEqualTo(1);
        assertThat(rows("SELECT c.id FROM Customer c ORDER BY c.id")).containsExactly("1", "2");
    }
}
