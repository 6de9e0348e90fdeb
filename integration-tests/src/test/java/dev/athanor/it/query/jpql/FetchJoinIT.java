package dev.athanor.it.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.ShopData.C;
import dev.athanor.it.query.ShopData.O;
import dev.athanor.it.query.model.Customer;
import dev.athanor.it.query.model.OrderLine;
import dev.athanor.it.query.model.PurchaseOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** JOIN FETCH of to-one and to-many associations: one statement, associations loaded, no later SELECT. */
class FetchJoinIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void fetchingAToOneLoadsItInTheSameStatement(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<PurchaseOrder> orders = em.createQuery("SELECT o FROM PurchaseOrder o JOIN FETCH o.customer"
                    + " ORDER BY o.id", PurchaseOrder.class).getResultList();
            PersistenceUnitUtil util = unit.emf().getPersistenceUnitUtil();
            assertThat(orders).allSatisfy(o -> assertThat(util.isLoaded(o, "customer")).isTrue());
            assertThat(orders).extracting(o -> o.getCustomer().getName()).isEqualTo(ShopData.ORDERS.stream()
                    .map(o -> ShopData.customer(o.customerId()).name()).toList());
            assertThat(unit.sql()).hasSize(1);
            assertThat(unit.sql().get(0)).contains("itq_customer").contains("JOIN");
            // the fetched customers are the context's instances
            assertThat(orders.get(0).getCustomer()).isSameAs(em.find(Customer.class, ShopData.ORDERS.get(0).customerId()));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void fetchingAToManyFillsEveryCollectionInOneStatement(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Customer> customers = em.createQuery("SELECT DISTINCT c FROM Customer c LEFT JOIN FETCH c.orders"
                    + " ORDER BY c.id", Customer.class).getResultList();
            assertThat(customers).extracting(Customer::getId).isEqualTo(ShopData.CUSTOMERS.stream().map(C::id).toList());
            PersistenceUnitUtil util = unit.emf().getPersistenceUnitUtil();
            for (Customer customer : customers) {
                assertThat(util.isLoaded(customer, "orders")).isTrue();
                assertThat(customer.getOrders()).extracting(PurchaseOrder::getId)
                        .isEqualTo(ShopData.ordersOf(customer.getId()).stream().map(O::id).toList());
            }
            assertThat(unit.sql()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void withoutDistinctAFetchedCollectionRepeatsItsOwnerOncePerElement(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Customer> customers = em.createQuery("SELECT c FROM Customer c LEFT JOIN FETCH c.orders ORDER BY c.id",
                    Customer.class).getResultList();
            // as the specification says (4.4.5.3): one result per row, the same instance each time
            List<Long> expected = new ArrayList<>();
            for (C customer : ShopData.CUSTOMERS) {
                for (int i = 0; i < Math.max(1, ShopData.ordersOf(customer.id()).size()); i++) {
                    expected.add(customer.id());
                }
            }
            assertThat(customers).extracting(Customer::getId).isEqualTo(expected);
            for (int i = 1; i < customers.size(); i++) {
                if (customers.get(i).getId().equals(customers.get(i - 1).getId())) {
                    assertThat(customers.get(i)).isSameAs(customers.get(i - 1));
                }
            }
            for (Customer customer : customers) {
                assertThat(customer.getOrders()).extracting(PurchaseOrder::getId)
                        .isEqualTo(ShopData.ordersOf(customer.getId()).stream().map(O::id).toList());
            }
            assertThat(unit.sql()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aFetchedToOneKeepsTheRowsOfAnotherJoin(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<PurchaseOrder> orders = em.createQuery("SELECT o FROM PurchaseOrder o JOIN FETCH o.customer"
                    + " JOIN o.lines l ORDER BY o.id", PurchaseOrder.class).getResultList();
            List<Long> expected = new ArrayList<>();
            for (O order : ShopData.ORDERS) {
                ShopData.linesOf(order.id()).forEach(line -> expected.add(order.id()));
            }
            expected.sort(null);
            assertThat(orders).extracting(PurchaseOrder::getId).isEqualTo(expected);
            assertThat(orders).allSatisfy(o -> assertThat(o.getCustomer().getName())
                    .isEqualTo(ShopData.customer(ShopData.order(o.getId()).customerId()).name()));
            assertThat(unit.sql()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anInnerFetchJoinDropsParentsWithoutChildren(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<PurchaseOrder> orders = em.createQuery("SELECT DISTINCT o FROM PurchaseOrder o JOIN FETCH o.lines"
                    + " WHERE o.customer.id = 3 ORDER BY o.id", PurchaseOrder.class).getResultList();
            assertThat(orders).extracting(PurchaseOrder::getId).isEqualTo(ShopData.orderIds(o -> o.customerId() == 3
                    && !ShopData.linesOf(o.id()).isEmpty()));
            for (PurchaseOrder order : orders) {
                assertThat(order.getLines()).extracting(OrderLine::getQuantity).isEqualTo(ShopData.linesOf(order.getId())
                        .stream().map(ShopData.L::quantity).toList());
            }
            assertThat(unit.sql()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aToOneAndAToManyFetchedTogether(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<PurchaseOrder> orders = em.createQuery("SELECT DISTINCT o FROM PurchaseOrder o JOIN FETCH o.customer"
                    + " LEFT JOIN FETCH o.lines ORDER BY o.id", PurchaseOrder.class).getResultList();
            assertThat(orders).extracting(PurchaseOrder::getId).isEqualTo(ShopData.orderIds(o -> true));
            for (PurchaseOrder order : orders) {
                assertThat(order.getCustomer().getName())
                        .isEqualTo(ShopData.customer(ShopData.order(order.getId()).customerId()).name());
                assertThat(order.getLines()).hasSize(ShopData.linesOf(order.getId()).size());
            }
            assertThat(unit.sql()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void withoutFetchTheCollectionLoadsOnFirstUse(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            Customer cid = em.createQuery("SELECT c FROM Customer c WHERE c.id = 3", Customer.class).getSingleResult();
            assertThat(unit.emf().getPersistenceUnitUtil().isLoaded(cid, "orders")).isFalse();
            assertThat(cid.getOrders()).hasSize(ShopData.ordersOf(3).size());
            assertThat(unit.sql()).hasSize(2);
        }
    }
}
