package dev.athanor.it.persistence.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.collections.Sales.Line;
import dev.athanor.it.persistence.collections.Sales.Order;
import dev.athanor.runtime.TrackedList;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A bidirectional one-to-many (an order's lines, {@code mappedBy} the line's {@code @ManyToOne}):
 * persisting through the cascade, loading on first use in {@code @OrderBy} order, orphan removal
 * and a list replaced whole. The rows are read back with plain JDBC.
 */
class CollectionOneToManyIT {

    @TempDir
    Path dir;

    private static JpaUnit open(Target target, Path dir) {
        return JpaUnit.open(target, dir, Order.class, Line.class);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void persistingAnOrderCascadesToItsLinesInOneTransaction(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            Order order = unit.tx(em -> {
                Order created = new Order("Ann");
                created.addLine(new Line(1, "apple", 3));
                created.addLine(new Line(2, "pear", 1));
                created.addLine(new Line(3, "plum", 2));
                em.persist(created);
                return created;
            });
            // the lines' identity INSERTs wait for the order's id, then go as one statement
            assertThat(unit.writeSql()).containsExactly("INSERT INTO it_coll_order (customer, status) VALUES (?, ?)",
                    "INSERT INTO it_coll_line (line_no, order_id, product, quantity) VALUES (?, ?, ?, ?),"
                            + " (?, ?, ?, ?), (?, ?, ?, ?) RETURNING id");
            assertThat(order.getId()).isNotNull();
            assertThat(order.getLines()).extracting(Line::getId).doesNotContainNull().doesNotHaveDuplicates();
            assertThat(order.getLines()).allSatisfy(line -> assertThat(line.getOrder()).isSameAs(order));
            assertThat(Rows.read(unit, "SELECT customer, status FROM it_coll_order"))
                    .containsExactly(List.of("Ann", "new"));
            assertThat(Rows.read(unit, "SELECT line_no, product, quantity, order_id FROM it_coll_line"
                    + " ORDER BY line_no")).containsExactly(List.of(1L, "apple", 3L, order.getId()),
                            List.of(2L, "pear", 1L, order.getId()), List.of(3L, "plum", 2L, order.getId()));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theLinesAreReadOnFirstUseInOneSelectInOrderByOrder(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            Seed.orders(unit, 1, 3);
            EntityManager em = unit.em();
            Order order = em.find(Order.class, 1L);
            assertThat(unit.sql()).hasSize(1).noneMatch(sql -> sql.contains("it_coll_line"));
            List<Line> lines = order.getLines();
            assertThat(lines).isInstanceOf(TrackedList.class);
            assertThat(unit.sql()).hasSize(1); // the getter hands out the unloaded list
            unit.forget();
            assertThat(lines).extracting(Line::getLineNo).containsExactly(1, 2, 3);
            assertThat(unit.sql()).hasSize(1);
            assertThat(unit.sql().get(0)).startsWith("SELECT e.id, e.line_no, e.order_id, e.product, e.quantity")
                    .contains(" FROM it_coll_line e WHERE e.order_id IN (?, ").endsWith(") ORDER BY e.line_no");
            assertThat(lines).extracting(Line::getProduct).containsExactly("o1-l1", "o1-l2", "o1-l3");
            assertThat(lines).allSatisfy(line -> assertThat(line.getOrder()).isSameAs(order));
            assertThat(order.getLines().size()).isEqualTo(3);
            assertThat(unit.sql()).hasSize(1); // loaded once
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aLineTakenOutOfTheListIsDeletedAndALineAddedIsInserted(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            Seed.orders(unit, 1, 3);
            unit.tx(em -> {
                Order order = em.find(Order.class, 1L);
                order.removeLine(order.getLines().get(1));
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("DELETE FROM it_coll_line WHERE id = ?");
            assertThat(Rows.read(unit, "SELECT line_no, product FROM it_coll_line ORDER BY line_no")).containsExactly(
                    List.of(1L, "o1-l1"), List.of(3L, "o1-l3"));

            unit.forget();
            Long added = unit.tx(em -> {
                Order order = em.find(Order.class, 1L);
                Line line = order.addLine(new Line(4, "fig", 7));
                em.flush();
                return line.getId();
            });
            assertThat(added).isNotNull();
            assertThat(unit.writeSql()).containsExactly(
                    "INSERT INTO it_coll_line (line_no, order_id, product, quantity) VALUES (?, ?, ?, ?)");
            assertThat(Rows.read(unit, "SELECT id, line_no, product, quantity, order_id FROM it_coll_line"
                    + " ORDER BY line_no")).containsExactly(List.of(3L, 1L, "o1-l1", 1L, 1L),
                            List.of(1L, 3L, "o1-l3", 3L, 1L), List.of(added, 4L, "fig", 7L, 1L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aListReplacedWholeWritesOnlyTheDifference(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            Seed.orders(unit, 1, 3);
            unit.tx(em -> {
                Order order = em.find(Order.class, 1L);
                List<Line> lines = order.getLines();
                Line added = new Line(4, "fig", 7);
                added.setOrder(order);
                lines.get(1).setOrder(null);
                order.setLines(new ArrayList<>(List.of(lines.get(0), lines.get(2), added)));
                return null;
            });
            // orphan removal compares the new list with the one loaded: fig comes, o1-l2 goes
            assertThat(unit.writeSql()).containsExactly(
                    "INSERT INTO it_coll_line (line_no, order_id, product, quantity) VALUES (?, ?, ?, ?)",
                    "DELETE FROM it_coll_line WHERE id = ?");
            assertThat(unit.writes().get(1).parameterSets()).containsExactly(List.of(2L));
            assertThat(Rows.read(unit, "SELECT line_no, product, order_id FROM it_coll_line ORDER BY line_no"))
                    .containsExactly(List.of(1L, "o1-l1", 1L), List.of(3L, "o1-l3", 1L), List.of(4L, "fig", 1L));
            List<String> products = unit.tx(em -> em.find(Order.class, 1L).getLines().stream()
                    .map(Line::getProduct).toList());
            assertThat(products).containsExactly("o1-l1", "o1-l3", "fig");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anUnloadedListReplacedWholeRemovesTheLinesItNoLongerHolds(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            Seed.orders(unit, 1, 3);
            unit.tx(em -> {
                Order order = em.find(Order.class, 1L);
                Line fig = new Line(4, "fig", 7);
                fig.setOrder(order);
                order.setLines(new ArrayList<>(List.of(fig)));
                return null;
            });
            // orphanRemoval: the three lines the order held are gone with the list that held them
            assertThat(Rows.read(unit, "SELECT line_no, product, order_id FROM it_coll_line ORDER BY line_no"))
                    .containsExactly(List.of(4L, "fig", 1L));
            List<String> products = unit.tx(em -> em.find(Order.class, 1L).getLines().stream()
                    .map(Line::getProduct).toList());
            assertThat(products).containsExactly("fig");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void removingAnOrderRemovesItsLinesFirst(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            Seed.orders(unit, 2, 3);
            unit.tx(em -> {
                em.remove(em.find(Order.class, 1L));
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("DELETE FROM it_coll_line WHERE id = ?",
                    "DELETE FROM it_coll_order WHERE id = ?");
            assertThat(JpaUnit.rowsOf(unit.writes().get(0))).isEqualTo(3);
            assertThat(Rows.read(unit, "SELECT id FROM it_coll_order")).containsExactly(List.of(2L));
            assertThat(Rows.read(unit, "SELECT DISTINCT order_id FROM it_coll_line")).containsExactly(List.of(2L));
        }
    }
}
