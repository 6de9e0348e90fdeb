package dev.athanor.it.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.ShopData.L;
import dev.athanor.it.query.ShopData.O;
import dev.athanor.it.query.ShopData.P;
import dev.athanor.it.query.model.OrderStatus;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Subqueries in WHERE and HAVING: IN, scalar comparisons, correlated ones, nested ones; the SQL keeps them. */
class SubqueryIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void inASubquery(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Long> ids = em.createQuery("SELECT c.id FROM Customer c WHERE c.id IN (SELECT o.customer.id FROM"
                    + " PurchaseOrder o WHERE o.status = :s) ORDER BY c.id", Long.class)
                    .setParameter("s", OrderStatus.PAID).getResultList();
            assertThat(ids).isEqualTo(ShopData.customerIds(c -> ShopData.ordersOf(c.id()).stream()
                    .anyMatch(o -> o.status().equals("PAID"))));
            assertThat(unit.sql().get(0)).contains("IN (SELECT");
            List<Long> not = em.createQuery("SELECT p.id FROM Product p WHERE p NOT IN (SELECT l.product FROM OrderLine l)"
                    + " ORDER BY p.id", Long.class).getResultList();
            Set<Long> ordered = ShopData.LINES.stream().map(L::productId).collect(Collectors.toSet());
            assertThat(not).isEqualTo(ShopData.productIds(p -> !ordered.contains(p.id())));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aScalarSubqueryComparedWithAValue(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            double average = ShopData.PRODUCTS.stream().mapToDouble(P::price).average().orElseThrow();
            List<Long> dear = em.createQuery("SELECT p.id FROM Product p WHERE p.price > (SELECT AVG(p2.price)"
                    + " FROM Product p2) ORDER BY p.id", Long.class).getResultList();
            assertThat(dear).isEqualTo(ShopData.productIds(p -> p.price() > average));
            assertThat(unit.sql().get(0)).contains("(SELECT AVG(");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aCorrelatedScalarSubquery(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            // the lines above their own order's average quantity
            List<Long> lines = em.createQuery("SELECT l.id FROM OrderLine l WHERE l.quantity > (SELECT AVG(l2.quantity)"
                    + " FROM OrderLine l2 WHERE l2.order = l.order) ORDER BY l.id", Long.class).getResultList();
            Map<Long, Double> averages = ShopData.LINES.stream().collect(Collectors.groupingBy(L::orderId,
                    Collectors.averagingInt(L::quantity)));
            assertThat(lines).isEqualTo(ShopData.LINES.stream().filter(l -> l.quantity() > averages.get(l.orderId()))
                    .map(L::id).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aSubqueryInHavingWithAll(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Long> busiest = em.createQuery("SELECT o.customer.id FROM PurchaseOrder o GROUP BY o.customer.id"
                    + " HAVING COUNT(o) >= ALL (SELECT COUNT(o2) FROM PurchaseOrder o2 GROUP BY o2.customer.id)",
                    Long.class).getResultList();
            Map<Long, Long> counts = ShopData.ORDERS.stream().collect(Collectors.groupingBy(O::customerId,
                    Collectors.counting()));
            long max = counts.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            assertThat(busiest).containsExactlyInAnyOrderElementsOf(counts.entrySet().stream()
                    .filter(e -> e.getValue() == max).map(Map.Entry::getKey).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void nestedSubqueries(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            // customers who ordered a product tagged "red"
            List<Long> ids = em.createQuery("SELECT c.id FROM Customer c WHERE EXISTS (SELECT l FROM OrderLine l"
                    + " WHERE l.order.customer = c AND l.product.id IN (SELECT p.id FROM Product p JOIN p.tags t"
                    + " WHERE t.label = 'red')) ORDER BY c.id", Long.class).getResultList();
            Set<Long> red = ShopData.PRODUCT_TAGS.stream().filter(pt -> pt.tagId() == 2).map(ShopData.PT::productId)
                    .collect(Collectors.toSet());
            assertThat(ids).isEqualTo(ShopData.customerIds(c -> ShopData.LINES.stream()
                    .anyMatch(l -> ShopData.order(l.orderId()).customerId() == c.id() && red.contains(l.productId()))));
            String sql = unit.sql().get(0);
            assertThat(sql.indexOf("(SELECT")).isNotEqualTo(sql.lastIndexOf("(SELECT"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aSubqueryWithItsOwnParameter(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Long> ids = em.createQuery("SELECT p.id FROM Product p WHERE p.price < :max AND p.id IN"
                    + " (SELECT l.product.id FROM OrderLine l WHERE l.quantity >= :q) ORDER BY p.id", Long.class)
                    .setParameter("max", 5.0).setParameter("q", 5).getResultList();
            Set<Long> bulk = ShopData.LINES.stream().filter(l -> l.quantity() >= 5).map(L::productId)
                    .collect(Collectors.toSet());
            assertThat(ids).isEqualTo(ShopData.productIds(p -> p.price() < 5.0 && bulk.contains(p.id())));
        }
    }
}
