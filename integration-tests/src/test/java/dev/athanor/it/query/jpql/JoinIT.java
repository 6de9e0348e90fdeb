package dev.athanor.it.query.jpql;

import static dev.athanor.it.query.Results.row;
import static dev.athanor.it.query.Results.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.ShopData.C;
import dev.athanor.it.query.ShopData.O;
import dev.athanor.it.query.model.OrderStatus;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Inner and left joins on paths, JOIN ... ON, joins to unrelated entities, IN (collection), many-to-many. */
class JoinIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void anInnerJoinKeepsOnlyParentsWithMatchingChildren(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Long> ids = em.createQuery("SELECT DISTINCT c.id FROM Customer c JOIN c.orders o WHERE o.status = :s"
                    + " ORDER BY c.id", Long.class).setParameter("s", OrderStatus.PAID).getResultList();
            assertThat(ids).isEqualTo(ShopData.ORDERS.stream().filter(o -> o.status().equals("PAID"))
                    .map(O::customerId).distinct().sorted().toList());
            assertThat(unit.sql().get(0)).contains("JOIN");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aLeftJoinKeepsParentsWithoutChildren(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Object[]> result = em.createQuery("SELECT c.name, o.id FROM Customer c LEFT JOIN c.orders o"
                    + " ORDER BY c.id, o.id", Object[].class).getResultList();
            List<List<Object>> expected = new ArrayList<>();
            for (C c : ShopData.CUSTOMERS) {
                List<O> orders = ShopData.ordersOf(c.id());
                if (orders.isEmpty()) {
                    expected.add(row(c.name(), null));
                }
                orders.forEach(o -> expected.add(row(c.name(), o.id())));
            }
            assertThat(rows(result)).isEqualTo(expected);
            List<Object[]> outer = em.createQuery("SELECT c.name, o.id FROM Customer c LEFT OUTER JOIN c.orders o"
                    + " ORDER BY c.id, o.id", Object[].class).getResultList();
            assertThat(rows(outer)).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void joinOnAddsAConditionToTheJoinItself(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Object[]> result = em.createQuery("SELECT c.name, o.reference FROM Customer c LEFT JOIN c.orders o"
                    + " ON o.gift = TRUE ORDER BY c.id, o.id", Object[].class).getResultList();
            List<List<Object>> expected = new ArrayList<>();
            for (C c : ShopData.CUSTOMERS) {
                List<O> gifts = ShopData.ordersOf(c.id()).stream().filter(O::gift).toList();
                if (gifts.isEmpty()) {
                    expected.add(row(c.name(), null));
                }
                gifts.forEach(o -> expected.add(row(c.name(), o.reference())));
            }
            assertThat(rows(result)).isEqualTo(expected);
            assertThat(unit.sql().get(0)).contains(" ON ");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aJoinToAnUnrelatedEntityWithOn(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            // customers whose rating equals some product's stock: no association links the two
            List<Object[]> result = em.createQuery("SELECT c.name, p.name FROM Customer c JOIN Product p"
                    + " ON p.stock = c.rating ORDER BY c.id, p.id", Object[].class).getResultList();
            List<List<Object>> expected = new ArrayList<>();
            for (C c : ShopData.CUSTOMERS) {
                for (ShopData.P p : ShopData.PRODUCTS) {
                    if (c.rating() != null && Objects.equals(p.stock(), c.rating())) {
                        expected.add(row(c.name(), p.name()));
                    }
                }
            }
            assertThat(expected).isNotEmpty();
            assertThat(rows(result)).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void twoRootsJoinedInTheWhereClause(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Object[]> result = em.createQuery("SELECT o.reference, c.name FROM PurchaseOrder o, Customer c"
                    + " WHERE o.customer = c AND c.address.city = 'Paris' ORDER BY o.id", Object[].class).getResultList();
            assertThat(rows(result)).isEqualTo(ShopData.ORDERS.stream()
                    .filter(o -> ShopData.customer(o.customerId()).city().equals("Paris"))
                    .map(o -> row(o.reference(), ShopData.customer(o.customerId()).name())).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void inCollectionDeclaresAJoin(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<String> names = em.createQuery("SELECT DISTINCT c.name FROM Customer c, IN(c.orders) o"
                    + " WHERE o.status = :s ORDER BY c.name", String.class)
                    .setParameter("s", OrderStatus.SHIPPED).getResultList();
            assertThat(names).isEqualTo(ShopData.ORDERS.stream().filter(o -> o.status().equals("SHIPPED"))
                    .map(o -> ShopData.customer(o.customerId()).name()).distinct().sorted().toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aChainOfJoinsAcrossFourEntities(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<String> products = em.createQuery("SELECT DISTINCT p.name FROM Customer c JOIN c.orders o"
                    + " JOIN o.lines l JOIN l.product p WHERE c.name = 'Cid' ORDER BY p.name", String.class)
                    .getResultList();
            assertThat(products).isEqualTo(ShopData.LINES.stream()
                    .filter(l -> ShopData.order(l.orderId()).customerId() == 3)
                    .map(l -> ShopData.product(l.productId()).name()).distinct().sorted().toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aManyToManyJoinInBothDirections(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Object[]> counts = em.createQuery("SELECT t.label, COUNT(p) FROM Tag t LEFT JOIN t.products p"
                    + " GROUP BY t.label ORDER BY t.label", Object[].class).getResultList();
            assertThat(rows(counts)).isEqualTo(ShopData.TAGS.stream()
                    .sorted(java.util.Comparator.comparing(ShopData.T::label))
                    .map(t -> row(t.label(), ShopData.PRODUCT_TAGS.stream().filter(pt -> pt.tagId() == t.id()).count()))
                    .toList());
            List<String> labels = em.createQuery("SELECT t.label FROM Product p JOIN p.tags t WHERE p.id = 103"
                    + " ORDER BY t.label", String.class).getResultList();
            assertThat(labels).isEqualTo(ShopData.tagIdsOf(103).stream()
                    .map(id -> ShopData.TAGS.stream().filter(t -> t.id() == id).findFirst().orElseThrow().label())
                    .sorted().toList());
        }
    }
}
