package dev.athanor.it.persistence.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.collections.Sales.Line;
import dev.athanor.it.persistence.collections.Sales.Order;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitUtil;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What an unloaded collection does on first use in each situation: it loads while its
 * EntityManager is open, fails under {@code athanor.lazy=raise} and after close, or loads through a
 * short-lived connection with {@code athanor.lazy.after_close=load}.
 */
class CollectionLazyIT {

    @TempDir
    Path dir;

    private static JpaUnit open(Target target, Path dir, Map<String, Object> properties) {
        JpaUnit unit = JpaUnit.open(target, dir, properties, Order.class, Line.class);
        Seed.orders(unit, 2, 3);
        return unit;
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theGetterHandsOutTheUnloadedListAndItsFirstUseLoadsTheBatch(Target target) {
        try (JpaUnit unit = open(target, dir, Map.of())) {
            EntityManager em = unit.em();
            Order order = em.find(Order.class, 1L);
            Order other = em.find(Order.class, 2L);
            unit.forget();
            List<Line> lines = order.getLines();
            assertThat(lines.toString()).isEqualTo("[unloaded]"); // a log line never loads
            assertThat(other.getLines().toString()).isEqualTo("[unloaded]");
            assertThat(unit.sql()).isEmpty();
            assertThat(lines.isEmpty()).isFalse();
            assertThat(unit.sql()).hasSize(1);
            // the other order of the context came in the same query
            assertThat(other.getLines().toString()).isNotEqualTo("[unloaded]");
            assertThat(other.getLines()).extracting(Line::getProduct).containsExactly("o2-l1", "o2-l2", "o2-l3");
            assertThat(unit.sql()).hasSize(1);
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void isLoadedIsFalseUntilTheLinesAreUsed(Target target) {
        try (JpaUnit unit = open(target, dir, Map.of())) {
            EntityManager em = unit.em();
            PersistenceUnitUtil util = unit.emf().getPersistenceUnitUtil();
            Order order = em.find(Order.class, 1L);
            assertThat(util.isLoaded(order, "status")).isTrue();
            assertThat(order.getLines().toString()).isEqualTo("[unloaded]");
            assertThat(util.isLoaded(order, "lines")).isFalse();
            assertThat(order.getLines()).hasSize(3);
            assertThat(util.isLoaded(order, "lines")).isTrue();
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void persistenceUnitUtilLoadLoadsTheLines(Target target) {
        try (JpaUnit unit = open(target, dir, Map.of())) {
            EntityManager em = unit.em();
            Order order = em.find(Order.class, 1L);
            unit.forget();
            unit.emf().getPersistenceUnitUtil().load(order, "lines");
            assertThat(unit.sql()).hasSize(1).allMatch(sql -> sql.contains("FROM it_coll_line e"));
            assertThat(order.getLines().toString()).isNotEqualTo("[unloaded]");
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void raiseModeRefusesTheFirstUseOfAnUnloadedCollection(Target target) {
        try (JpaUnit unit = open(target, dir, Map.of("athanor.lazy", "raise"))) {
            EntityManager em = unit.em();
            Order order = em.find(Order.class, 1L);
            List<Line> lines = order.getLines();
            assertThatThrownBy(() -> lines.size()).isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("ATH-8017").hasMessageContaining("Order.lines")
                    .hasMessageContaining("CollectionLazyIT");
            assertThat(unit.sql()).hasSize(1).noneMatch(sql -> sql.contains("it_coll_line"));
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void usingAnUnloadedCollectionAfterCloseFailsWithWhatToDo(Target target) {
        try (JpaUnit unit = open(target, dir, Map.of())) {
            EntityManager em = unit.em();
            Order order = em.find(Order.class, 1L);
            em.close();
            List<Line> lines = order.getLines();
            assertThatThrownBy(lines::size).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ATH-8016").hasMessageContaining("Order.lines")
                    .hasMessageContaining("athanor.lazy.after_close=load");
            assertThat(unit.sql()).hasSize(1);

            EntityManager before = unit.em();
            Order loaded = before.find(Order.class, 2L);
            assertThat(loaded.getLines()).hasSize(3);
            before.close();
            assertThat(loaded.getLines()).extracting(Line::getProduct).containsExactly("o2-l1", "o2-l2", "o2-l3");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void afterCloseLoadReadsTheCollectionThroughAShortLivedConnection(Target target) {
        try (JpaUnit unit = open(target, dir, Map.of("athanor.lazy.after_close", "load"))) {
            EntityManager em = unit.em();
            Order order = em.find(Order.class, 1L);
            em.close();
            assertThat(order.getLines()).extracting(Line::getProduct).containsExactly("o1-l1", "o1-l2", "o1-l3");
            assertThat(unit.emf().getPersistenceUnitUtil().isLoaded(order, "lines")).isTrue();
        }
    }
}
