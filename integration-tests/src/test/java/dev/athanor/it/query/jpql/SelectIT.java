package dev.athanor.it.query.jpql;

import static dev.athanor.it.query.Results.row;
import static dev.athanor.it.query.Results.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.ShopData.C;
import dev.athanor.it.query.ShopData.O;
import dev.athanor.it.query.model.Customer;
import dev.athanor.it.query.model.CustomerTotal;
import dev.athanor.it.query.model.OrderStatus;
import dev.athanor.it.query.model.PurchaseOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The forms of the SELECT clause: entities, paths, several items as Object[] and Tuple, NEW, DISTINCT. */
class SelectIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void anEntityQueryReturnsEveryRowAsAnEntity(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Customer> customers = em.createQuery("SELECT c FROM Customer c ORDER BY c.id", Customer.class)
                    .getResultList();
            assertThat(customers).extracting(Customer::getId).containsExactlyElementsOf(
                    ShopData.CUSTOMERS.stream().map(C::id).toList());
            assertThat(customers).extracting(Customer::getName).containsExactlyElementsOf(
                    ShopData.CUSTOMERS.stream().map(C::name).toList());
            assertThat(customers).extracting(c -> c.getAddress().getCity()).containsExactlyElementsOf(
                    ShopData.CUSTOMERS.stream().map(C::city).toList());
            assertThat(customers).extracting(Customer::getRating).containsExactlyElementsOf(
                    ShopData.CUSTOMERS.stream().map(C::rating).toList());
            // the LAZY basic column still reads its value, on first use if the query left it out
            assertThat(customers).extracting(Customer::getNotes).containsExactlyElementsOf(
                    ShopData.CUSTOMERS.stream().map(C::notes).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void entityAttributesOfEveryKindAreReadBack(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<PurchaseOrder> orders = em.createQuery("SELECT o FROM PurchaseOrder o ORDER BY o.id",
                    PurchaseOrder.class).getResultList();
            assertThat(orders).hasSize(ShopData.ORDERS.size());
            for (int i = 0; i < orders.size(); i++) {
                PurchaseOrder order = orders.get(i);
                O expected = ShopData.ORDERS.get(i);
                assertThat(order.getId()).isEqualTo(expected.id());
                assertThat(order.getStatus()).isEqualTo(OrderStatus.valueOf(expected.status()));
                assertThat(order.getGift()).isEqualTo(expected.gift());
                assertThat(order.getShipDate()).isEqualTo(expected.shipDate());
                assertThat(order.getDiscount()).isEqualTo(expected.discount());
                assertThat(order.getPlacedAt().toInstant()).isEqualTo(expected.placedAt().toInstant());
                assertThat(order.getVersion()).isEqualTo(1);
                assertThat(order.getCustomer().getId()).isEqualTo(expected.customerId());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aPathThroughAnEmbeddableSelectsOneValue(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            String city = em.createQuery("SELECT c.address.city FROM Customer c WHERE c.id = 3", String.class)
                    .getSingleResult();
            assertThat(city).isEqualTo(ShopData.customer(3).city());
            List<String> names = em.createQuery("SELECT o.customer.name FROM PurchaseOrder o ORDER BY o.id",
                    String.class).getResultList();
            assertThat(names).containsExactlyElementsOf(ShopData.ORDERS.stream()
                    .map(o -> ShopData.customer(o.customerId()).name()).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void severalItemsComeAsObjectArrays(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Object[]> result = em.createQuery("SELECT c.id, c.name, c.rating FROM Customer c ORDER BY c.id",
                    Object[].class).getResultList();
            assertThat(rows(result)).containsExactlyElementsOf(ShopData.CUSTOMERS.stream()
                    .map(c -> row(c.id(), c.name(), c.rating())).toList());
            // untyped, the same rows
            List<?> untyped = em.createQuery("SELECT c.id, c.name, c.rating FROM Customer c ORDER BY c.id")
                    .getResultList();
            assertThat(rows(untyped)).isEqualTo(rows(result));
            assertThat(((Object[]) untyped.get(0))[0]).isInstanceOf(Long.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void severalItemsComeAsTuplesByAliasAndPosition(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Tuple> tuples = em.createQuery("SELECT c.id AS id, c.name AS name, c.address.city AS city"
                    + " FROM Customer c ORDER BY c.id", Tuple.class).getResultList();
            assertThat(tuples).hasSize(ShopData.CUSTOMERS.size());
            for (int i = 0; i < tuples.size(); i++) {
                Tuple tuple = tuples.get(i);
                C expected = ShopData.CUSTOMERS.get(i);
                assertThat(tuple.get("id", Long.class)).isEqualTo(expected.id());
                assertThat(tuple.get("name", String.class)).isEqualTo(expected.name());
                assertThat(tuple.get(2)).isEqualTo(expected.city());
                assertThat(tuple.get(1, String.class)).isEqualTo(expected.name());
                assertThat(tuple.toArray()).containsExactly(expected.id(), expected.name(), expected.city());
                assertThat(tuple.getElements()).extracting(e -> e.getAlias()).containsExactly("id", "name", "city");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void selectNewBuildsOneObjectPerRow(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<CustomerTotal> totals = em.createQuery("SELECT NEW dev.athanor.it.query.model.CustomerTotal("
                    + "c.name, COUNT(DISTINCT o.id), SUM(l.quantity)) FROM Customer c JOIN c.orders o JOIN o.lines l"
                    + " GROUP BY c.name ORDER BY c.name", CustomerTotal.class).getResultList();
            Map<String, List<ShopData.L>> linesByName = ShopData.LINES.stream().collect(Collectors.groupingBy(
                    l -> ShopData.customer(ShopData.order(l.orderId()).customerId()).name()));
            List<CustomerTotal> expected = linesByName.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> new CustomerTotal(e.getKey(),
                            e.getValue().stream().map(ShopData.L::orderId).distinct().count(),
                            e.getValue().stream().mapToLong(ShopData.L::quantity).sum()))
                    .toList();
            assertThat(totals).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void distinctRemovesDuplicateRows(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<String> cities = em.createQuery("SELECT DISTINCT c.address.city FROM Customer c JOIN c.orders o",
                    String.class).getResultList();
            assertThat(cities).containsExactlyInAnyOrderElementsOf(ShopData.customersWithOrders().stream()
                    .map(id -> ShopData.customer(id).city()).distinct().toList());
            List<Customer> customers = em.createQuery("SELECT DISTINCT c FROM Customer c JOIN c.orders o"
                    + " ORDER BY c.id", Customer.class).getResultList();
            assertThat(customers).extracting(Customer::getId).containsExactlyElementsOf(ShopData.customersWithOrders());
            // without DISTINCT, one row per order
            List<Customer> repeated = em.createQuery("SELECT c FROM Customer c JOIN c.orders o", Customer.class)
                    .getResultList();
            assertThat(repeated).hasSize(ShopData.ORDERS.size());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anEmbeddableAndAToOneCanBeSelected(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Object[]> result = em.createQuery("SELECT c.address, o.customer FROM PurchaseOrder o JOIN o.customer c"
                    + " WHERE o.id = 13", Object[].class).getResultList();
            assertThat(result).hasSize(1);
            C cid = ShopData.customer(ShopData.order(13).customerId());
            assertThat(((dev.athanor.it.query.model.Address) result.get(0)[0]).getStreet()).isEqualTo(cid.street());
            Customer customer = (Customer) result.get(0)[1];
            assertThat(customer).isSameAs(em.find(Customer.class, cid.id()));
            assertThat(customer.getName()).isEqualTo(cid.name());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theResultsAreManagedAndShareIdentityWithFind(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            Customer found = em.find(Customer.class, 1L);
            List<Customer> queried = em.createQuery("SELECT c FROM Customer c WHERE c.id IN (1, 2) ORDER BY c.id",
                    Customer.class).getResultList();
            assertThat(queried.get(0)).isSameAs(found);
            assertThat(em.contains(queried.get(1))).isTrue();
            assertThat(em.find(Customer.class, 2L)).isSameAs(queried.get(1));
            // a second query answers the same instances
            Customer again = em.createQuery("SELECT c FROM Customer c WHERE c.name = 'Bob'", Customer.class)
                    .getSingleResult();
            assertThat(again).isSameAs(queried.get(1));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void orderingByAnAliasAndByAnExpression(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<String> byAlias = em.createQuery("SELECT c.name AS n FROM Customer c ORDER BY n DESC", String.class)
                    .getResultList();
            assertThat(byAlias).containsExactlyElementsOf(ShopData.CUSTOMERS.stream().map(C::name)
                    .sorted(Comparator.reverseOrder()).toList());
            List<Long> byExpression = em.createQuery("SELECT l.id FROM OrderLine l"
                    + " ORDER BY l.quantity * l.unitPrice DESC, l.id", Long.class).getResultList();
            assertThat(byExpression).containsExactlyElementsOf(ShopData.LINES.stream()
                    .sorted(Comparator.comparingDouble((ShopData.L l) -> -l.quantity() * l.unitPrice())
                            .thenComparingLong(ShopData.L::id))
                    .map(ShopData.L::id).toList());
            List<String> byLength = em.createQuery("SELECT p.name FROM Product p ORDER BY LENGTH(p.name) DESC, p.name",
                    String.class).getResultList();
            assertThat(byLength).containsExactlyElementsOf(ShopData.PRODUCTS.stream().map(ShopData.P::name)
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void nullsFirstAndLastAreHonouredNativelyOnSqliteAndEmulatedOnMariaDb(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Long> first = em.createQuery("SELECT c.id FROM Customer c ORDER BY c.rating ASC NULLS FIRST, c.id",
                    Long.class).getResultList();
            assertThat(first).containsExactlyElementsOf(ShopData.CUSTOMERS.stream()
                    .sorted(Comparator.comparing(C::rating, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
                            .thenComparingLong(C::id))
                    .map(C::id).toList());
            String firstSql = unit.sql().get(unit.sql().size() - 1);
            List<Long> last = em.createQuery("SELECT c.id FROM Customer c ORDER BY c.rating DESC NULLS LAST, c.id",
                    Long.class).getResultList();
            assertThat(last).containsExactlyElementsOf(ShopData.CUSTOMERS.stream()
                    .sorted(Comparator.comparing(C::rating, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
                            .thenComparingLong(C::id))
                    .map(C::id).toList());
            String lastSql = unit.sql().get(unit.sql().size() - 1);
            if (target.isSqlite()) {
                assertThat(firstSql).contains("NULLS FIRST");
                assertThat(lastSql).contains("NULLS LAST");
            } else {
                assertThat(firstSql).doesNotContain("NULLS").contains("IS NULL");
                assertThat(lastSql).doesNotContain("NULLS").contains("IS NULL");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theSameQueryStringTwiceGivesTheSameAnswerAndTheSameSql(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            String jpql = "SELECT p.name FROM Product p WHERE p.price > :min ORDER BY p.id";
            List<String> once = em.createQuery(jpql, String.class).setParameter("min", 2.0).getResultList();
            List<String> twice = em.createQuery(jpql, String.class).setParameter("min", 2.0).getResultList();
            assertThat(twice).isEqualTo(once).containsExactlyElementsOf(ShopData.PRODUCTS.stream()
                    .filter(p -> p.price() > 2.0).map(ShopData.P::name).toList());
            List<String> sql = unit.sql();
            assertThat(sql).hasSize(2);
            assertThat(sql.get(1)).isEqualTo(sql.get(0));
            // another EntityManager of the same factory shares the plan
            try (EntityManager other = unit.em()) {
                assertThat(other.createQuery(jpql, String.class).setParameter("min", 2.0).getResultList())
                        .isEqualTo(once);
            }
            assertThat(Objects.requireNonNull(unit.sql().get(2))).isEqualTo(sql.get(0));
        }
    }
}
