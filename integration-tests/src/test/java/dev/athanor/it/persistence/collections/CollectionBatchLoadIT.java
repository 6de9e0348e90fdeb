package dev.athanor.it.persistence.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.session.Session;
import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.collections.Sales.Line;
import dev.athanor.it.persistence.collections.Sales.Order;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The first use of an unloaded collection loads the same collection of the other owners in the
 * persistence context too, {@code athanor.lazy.batch_size} (16) owners per query: walking the lines
 * of 20 orders costs 2 queries, not 20.
 */
class CollectionBatchLoadIT {

    private static final int ORDERS = 20;
    private static final int LINES = 2;

    @TempDir
    Path dir;

    private static JpaUnit open(Target target, Path dir) {
        JpaUnit unit = JpaUnit.open(target, dir, Order.class, Line.class);
        Seed.orders(unit, ORDERS, LINES);
        return unit;
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theLinesOfTwentyOrdersFoundOneByOneLoadInTwoQueries(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            EntityManager em = unit.em();
            List<Order> orders = new ArrayList<>();
            for (long id = 1; id <= ORDERS; id++) {
                orders.add(em.find(Order.class, id));
            }
            assertThat(unit.sql()).hasSize(ORDERS).noneMatch(sql -> sql.contains("it_coll_line"));
            unit.forget();
            List<List<String>> products = walk(orders);
            assertBatches(unit, em);
            assertThat(products).hasSize(ORDERS).allSatisfy(lines -> assertThat(lines).hasSize(LINES));
            assertThat(products.get(0)).containsExactly("o1-l1", "o1-l2");
            assertThat(products.get(19)).containsExactly("o20-l1", "o20-l2");
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theLinesOfOrdersReadByANativeQueryLoadInBatchesToo(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            EntityManager em = unit.em();
            @SuppressWarnings("unchecked")
            List<Order> orders = em.createNativeQuery("SELECT * FROM it_coll_order ORDER BY id", Order.class)
                    .getResultList();
            assertThat(orders).extracting(Order::getId).containsExactlyElementsOf(
                    LongStream.rangeClosed(1, ORDERS).boxed().toList());
            assertThat(unit.sql()).hasSize(1);
            unit.forget();
            List<List<String>> products = walk(orders);
            assertBatches(unit, em);
            assertThat(products.get(7)).containsExactly("o8-l1", "o8-l2");
            em.close();
        }
    }

    private static List<List<String>> walk(List<Order> orders) {
        List<List<String>> products = new ArrayList<>();
        for (Order order : orders) {
            products.add(order.getLines().stream().map(Line::getProduct).toList());
        }
        return products;
    }

    /** 16 owners, then the last 4 padded to 16 with the last id, so that both run one SQL text. */
    private static void assertBatches(JpaUnit unit, EntityManager em) {
        assertThat(unit.sql()).hasSize(2).allMatch(sql -> sql.contains("FROM it_coll_line e WHERE e.order_id IN ("));
        assertThat(unit.sql().get(0)).isEqualTo(unit.sql().get(1));
        List<Object> first = unit.events().get(0).parameterSets().get(0);
        List<Object> second = unit.events().get(1).parameterSets().get(0);
        assertThat(first).containsExactlyElementsOf(LongStream.rangeClosed(1, 16).boxed().toList());
        assertThat(second).containsExactly(17L, 18L, 19L, 20L, 20L, 20L, 20L, 20L, 20L, 20L, 20L, 20L, 20L, 20L,
                20L, 20L);
        assertThat(em.unwrap(Session.class).lazyLoads()).isEqualTo(2);
    }
}
