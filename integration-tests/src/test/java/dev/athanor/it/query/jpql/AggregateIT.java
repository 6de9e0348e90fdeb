package dev.athanor.it.query.jpql;

import static dev.athanor.it.query.Results.row;
import static dev.athanor.it.query.Results.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.ShopData.C;
import dev.athanor.it.query.ShopData.L;
import dev.athanor.it.query.ShopData.O;
import dev.athanor.it.query.model.Customer;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** COUNT, SUM, AVG, MIN, MAX with the specification's result types, GROUP BY and HAVING. */
class AggregateIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void countsOfRowsValuesAndDistinctValues(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            Object[] counts = em.createQuery("SELECT COUNT(c), COUNT(c.email), COUNT(DISTINCT c.address.city)"
                    + " FROM Customer c", Object[].class).getSingleResult();
            assertThat(counts).containsExactly((long) ShopData.CUSTOMERS.size(),
                    ShopData.CUSTOMERS.stream().filter(c -> c.email() != null).count(),
                    ShopData.CUSTOMERS.stream().map(C::city).distinct().count());
            assertThat(counts[0]).isInstanceOf(Long.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void sumAvgMinAndMaxWithTheirResultTypes(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            Object[] r = em.createQuery("SELECT SUM(l.quantity), SUM(l.unitPrice), AVG(l.quantity), MIN(l.quantity),"
                    + " MAX(l.unitPrice), MIN(p.name) FROM OrderLine l JOIN l.product p", Object[].class).getSingleResult();
            assertThat(r[0]).isInstanceOf(Long.class)
                    .isEqualTo(ShopData.LINES.stream().mapToLong(L::quantity).sum());
            assertThat(r[1]).isInstanceOf(Double.class);
            assertThat((Double) r[1]).isCloseTo(ShopData.LINES.stream().mapToDouble(L::unitPrice).sum(), within(1e-9));
            assertThat(r[2]).isInstanceOf(Double.class);
            assertThat((Double) r[2]).isCloseTo(ShopData.LINES.stream().mapToInt(L::quantity).average().orElseThrow(),
                    within(1e-9));
            assertThat(r[3]).isInstanceOf(Integer.class)
                    .isEqualTo(ShopData.LINES.stream().mapToInt(L::quantity).min().orElseThrow());
            assertThat(r[4]).isInstanceOf(Double.class)
                    .isEqualTo(ShopData.LINES.stream().mapToDouble(L::unitPrice).max().orElseThrow());
            assertThat(r[5]).isEqualTo(ShopData.LINES.stream().map(l -> ShopData.product(l.productId()).name())
                    .min(Comparator.naturalOrder()).orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aggregatesOfNoRows(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            Object[] r = em.createQuery("SELECT COUNT(l), SUM(l.quantity), AVG(l.unitPrice), MAX(l.id) FROM OrderLine l"
                    + " WHERE l.quantity > 1000", Object[].class).getSingleResult();
            assertThat(r).containsExactly(0L, null, null, null);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void groupByAndHaving(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<Object[]> result = em.createQuery("SELECT o.customer.id, COUNT(o) FROM PurchaseOrder o"
                    + " GROUP BY o.customer.id HAVING COUNT(o) > 1 ORDER BY o.customer.id", Object[].class).getResultList();
            Map<Long, Long> perCustomer = new TreeMap<>(ShopData.ORDERS.stream()
                    .collect(Collectors.groupingBy(O::customerId, Collectors.counting())));
            assertThat(rows(result)).isEqualTo(perCustomer.entrySet().stream().filter(e -> e.getValue() > 1)
                    .map(e -> row(e.getKey(), e.getValue())).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void groupByAnEntityWithALeftJoin(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<Object[]> result = em.createQuery("SELECT c, COUNT(o) FROM Customer c LEFT JOIN c.orders o GROUP BY c"
                    + " ORDER BY c.id", Object[].class).getResultList();
            assertThat(result).hasSize(ShopData.CUSTOMERS.size());
            for (int i = 0; i < result.size(); i++) {
                Customer customer = (Customer) result.get(i)[0];
                C expected = ShopData.CUSTOMERS.get(i);
                assertThat(customer.getId()).isEqualTo(expected.id());
                assertThat(customer.getName()).isEqualTo(expected.name());
                assertThat(result.get(i)[1]).isEqualTo((long) ShopData.ordersOf(expected.id()).size());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void orderByAnAggregateAlias(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<Object[]> result = em.createQuery("SELECT c.name AS n, SUM(l.quantity) AS q FROM OrderLine l"
                    + " JOIN l.order o JOIN o.customer c GROUP BY c.name ORDER BY q DESC, n", Object[].class).getResultList();
            Map<Long, Long> quantities = ShopData.quantityByCustomer();
            assertThat(rows(result)).isEqualTo(quantities.entrySet().stream()
                    .map(e -> row(ShopData.customer(e.getKey()).name(), e.getValue()))
                    .sorted(Comparator.comparing((List<Object> r) -> -(Long) r.get(1))
                            .thenComparing(r -> (String) r.get(0)))
                    .toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void havingWithAnAggregateOfAnExpression(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<Long> bigOrders = em.createQuery("SELECT l.order.id FROM OrderLine l GROUP BY l.order.id"
                    + " HAVING SUM(l.quantity * l.unitPrice) >= 20 ORDER BY l.order.id", Long.class).getResultList();
            Map<Long, Double> totals = ShopData.LINES.stream().collect(Collectors.groupingBy(L::orderId,
                    TreeMap::new, Collectors.summingDouble(l -> l.quantity() * l.unitPrice())));
            assertThat(bigOrders).isEqualTo(totals.entrySet().stream().filter(e -> e.getValue() >= 20)
                    .map(Map.Entry::getKey).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void groupByTwoColumnsIncludingAnEnum(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<Object[]> result = em.createQuery("SELECT o.customer.id, o.status, COUNT(o) FROM PurchaseOrder o"
                    + " GROUP BY o.customer.id, o.status ORDER BY o.customer.id, o.status", Object[].class).getResultList();
            Map<List<Object>, Long> expected = ShopData.ORDERS.stream().collect(Collectors.groupingBy(
                    o -> List.of(o.customerId(), o.status()), Collectors.counting()));
            assertThat(result).hasSize(expected.size());
            for (Object[] r : result) {
                assertThat(r[2]).isEqualTo(expected.get(List.of(r[0], Objects.toString(r[1]))));
            }
        }
    }
}
