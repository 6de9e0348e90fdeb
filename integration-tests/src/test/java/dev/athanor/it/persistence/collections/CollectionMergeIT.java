package dev.athanor.it.persistence.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.collections.Sales.Line;
import dev.athanor.it.persistence.collections.Sales.Order;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code merge()} of a detached order: lines it loaded and changed are merged (MERGE and orphan
 * removal cascade over them); lines it never loaded are left alone in the database.
 */
class CollectionMergeIT {

    private static final String LINES = "SELECT id, line_no, product, quantity, order_id FROM it_coll_line"
            + " ORDER BY line_no";

    @TempDir
    Path dir;

    private static JpaUnit open(Target target, Path dir) {
        JpaUnit unit = JpaUnit.open(target, dir, Order.class, Line.class);
        Seed.orders(unit, 1, 3);
        return unit;
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aDetachedOrderWhoseLinesChangedMergesThem(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            EntityManager em = unit.em();
            Order detached = em.find(Order.class, 1L);
            List<Line> lines = detached.getLines();
            assertThat(lines).hasSize(3);
            em.close();
            lines.get(0).setQuantity(9); // line id 3
            detached.removeLine(lines.get(1)); // line id 2
            detached.addLine(new Line(4, "fig", 7));
            unit.forget();
            Order merged = unit.tx(other -> other.merge(detached));
            // the detached lines are merged one by one, then the managed order's list is loaded to compare
            assertThat(unit.writeSql()).containsExactly(
                    "INSERT INTO it_coll_line (line_no, order_id, product, quantity) VALUES (?, ?, ?, ?)",
                    "UPDATE it_coll_line SET quantity = ? WHERE id = ?", "DELETE FROM it_coll_line WHERE id = ?");
            assertThat(merged).isNotSameAs(detached);
            assertThat(merged.getLines()).extracting(Line::getProduct).containsExactly("o1-l1", "o1-l3", "fig");
            assertThat(merged.getLines()).allSatisfy(line -> assertThat(line.getOrder()).isSameAs(merged));
            Long fig = merged.getLines().get(2).getId();
            assertThat(fig).isNotNull();
            assertThat(Rows.read(unit, LINES)).containsExactly(List.of(3L, 1L, "o1-l1", 9L, 1L),
                    List.of(1L, 3L, "o1-l3", 3L, 1L), List.of(fig, 4L, "fig", 7L, 1L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aDetachedOrderWhoseLinesWereNeverLoadedLeavesThemAlone(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            EntityManager em = unit.em();
            Order detached = em.find(Order.class, 1L);
            em.close();
            detached.setStatus("paid");
            unit.forget();
            Order merged = unit.tx(other -> {
                Order copy = other.merge(detached);
                other.flush();
                assertThat(copy.getLines().toString()).isEqualTo("[unloaded]");
                return copy;
            });
            assertThat(unit.writeSql()).containsExactly("UPDATE it_coll_order SET status = ? WHERE id = ?");
            assertThat(unit.sql()).noneMatch(sql -> sql.contains("it_coll_line"));
            assertThat(Rows.read(unit, "SELECT status FROM it_coll_order")).containsExactly(List.of("paid"));
            assertThat(Rows.read(unit, LINES)).containsExactly(List.of(3L, 1L, "o1-l1", 1L, 1L),
                    List.of(2L, 2L, "o1-l2", 2L, 1L), List.of(1L, 3L, "o1-l3", 3L, 1L));
            assertThat(merged.getStatus()).isEqualTo("paid");
        }
    }
}
