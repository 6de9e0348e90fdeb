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
    // ---- what the row holds: a key the join makes equal to an id is read once, lazy columns not at all --

    @ParameterizedTest
    @EnumSource(Target.class)
    void aFetchedToOneTakesItsIdFromTheKeyAndLeavesItsLazyColumnOut(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir)) {
            fetchedCustomersOfOrders(unit);
            String select = selectList(unit.sql().get(0));
            String c = aliasOf("itq_customer", unit.sql().get(0));
            // the INNER join makes the customer's id the order's customer_id: the row holds it once
            assertThat(select).doesNotContain(c + ".id").doesNotContain("NULL").contains(c + ".name");
            assertThat(unit.sql()).hasSize(1 + 1); // the rows, then the notes of the one customer read
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aFetchedToOneReadFromTheOpenResultTakesItsIdFromTheKey(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir)) {
            fetchedCustomersOfOrders(unit);
        }
    }

    /** The orders with their customers fetched: each the context's, of the row's key; its lazy notes unloaded. */
    private static void fetchedCustomersOfOrders(JpaUnit unit) {
        List<List<Object>> keys = unit.rows("SELECT id, customer_id FROM itq_order ORDER BY id");
        try (EntityManager em = unit.em()) {
            List<PurchaseOrder> orders = em.createQuery("SELECT o FROM PurchaseOrder o JOIN FETCH o.customer"
                    + " ORDER BY o.id", PurchaseOrder.class).getResultList();
            assertThat(orders).extracting(PurchaseOrder::getId)
                    .isEqualTo(keys.stream().map(row -> ((Number) row.get(0)).longValue()).toList());
            assertThat(orders).extracting(o -> o.getCustomer().getId())
                    .isEqualTo(keys.stream().map(row -> ((Number) row.get(1)).longValue()).toList());
            assertThat(orders).extracting(o -> o.getCustomer().getName()).isEqualTo(ShopData.ORDERS.stream()
                    .map(o -> ShopData.customer(o.customerId()).name()).toList());
            PersistenceUnitUtil util = unit.emf().getPersistenceUnitUtil();
            assertThat(orders).allSatisfy(o -> assertThat(util.isLoaded(o.getCustomer(), "notes")).isFalse());
            Customer ann = em.find(Customer.class, 1L);
            assertThat(orders.get(0).getCustomer()).isSameAs(ann);
            assertThat(ann.getNotes()).isEqualTo(unit.rows("SELECT notes FROM itq_customer WHERE id = 1").get(0).get(0))
                    .isEqualTo(ShopData.customer(1).notes());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aLeftFetchedToOneKeepsItsOwnIdForAnOrderWithoutCustomer(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir)) {
            unit.jdbc(connection -> connection.createStatement().executeUpdate("INSERT INTO itq_order (id, version,"
                    + " reference, customer_id, status, gift) VALUES (90, 1, 'X-90', NULL, 'NEW', 'N')"));
            unit.forget();
            try (EntityManager em = unit.em()) {
                List<PurchaseOrder> orders = em.createQuery("SELECT o FROM PurchaseOrder o LEFT JOIN FETCH o.customer"
                        + " ORDER BY o.id", PurchaseOrder.class).getResultList();
                assertThat(orders).extracting(PurchaseOrder::getId).endsWith(90L).hasSize(ShopData.ORDERS.size() + 1);
                assertThat(orders.get(orders.size() - 1).getCustomer()).isNull();
                assertThat(orders.subList(0, ShopData.ORDERS.size())).extracting(o -> o.getCustomer().getId())
                        .isEqualTo(ShopData.ORDERS.stream().map(O::customerId).toList());
                String c = aliasOf("itq_customer", unit.sql().get(0));
                assertThat(selectList(unit.sql().get(0))).contains(c + ".id");
            }
            assertThat(unit.rows("SELECT customer_id FROM itq_order WHERE id = 90").get(0).get(0)).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void fetchedElementsTakeTheirKeyFromTheOwnersId(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Customer> customers = em.createQuery("SELECT DISTINCT c FROM Customer c LEFT JOIN FETCH c.orders"
                    + " ORDER BY c.id", Customer.class).getResultList();
            List<List<Object>> keys = unit.rows("SELECT id, customer_id FROM itq_order ORDER BY id");
            for (Customer customer : customers) {
                assertThat(customer.getOrders()).extracting(PurchaseOrder::getId).isEqualTo(keys.stream()
                        .filter(row -> ((Number) row.get(1)).longValue() == customer.getId())
                        .map(row -> ((Number) row.get(0)).longValue()).toList());
                assertThat(customer.getOrders()).allSatisfy(o -> assertThat(o.getCustomer()).isSameAs(customer));
            }
            assertThat(customers.get(4).getName()).isEqualTo("Eve");
            assertThat(customers.get(4).getOrders()).isEmpty();
            String o = aliasOf("itq_order", unit.sql().get(0));
            assertThat(selectList(unit.sql().get(0))).doesNotContain(o + ".customer_id").contains(o + ".reference");
            assertThat(unit.sql()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aChainOfInnerFetchesReadsEachKeyOnce(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<PurchaseOrder> orders = em.createQuery("SELECT DISTINCT o FROM PurchaseOrder o JOIN FETCH o.lines l"
                    + " JOIN FETCH l.product ORDER BY o.id", PurchaseOrder.class).getResultList();
            List<List<Object>> lines = unit.rows("SELECT l.order_id, l.id, p.id, p.name FROM itq_line l"
                    + " JOIN itq_product p ON p.id = l.product_id ORDER BY l.order_id, l.id");
            assertThat(orders).extracting(PurchaseOrder::getId).isEqualTo(lines.stream()
                    .map(row -> ((Number) row.get(0)).longValue()).distinct().toList());
            List<List<Object>> read = new ArrayList<>();
            for (PurchaseOrder order : orders) {
                order.getLines().stream().sorted(java.util.Comparator.comparing(OrderLine::getId)).forEach(line -> {
                    assertThat(line.getOrder()).isSameAs(order);
                    read.add(List.of(order.getId(), line.getId(), line.getProduct().getId(), line.getProduct().getName()));
                });
            }
            assertThat(read).isEqualTo(lines.stream().map(row -> List.<Object>of(((Number) row.get(0)).longValue(),
                    ((Number) row.get(1)).longValue(), ((Number) row.get(2)).longValue(), row.get(3))).toList());
            assertThat(orders.get(0).getLines().get(0).getProduct())
                    .isSameAs(em.find(dev.athanor.it.query.model.Product.class, ShopData.linesOf(orders.get(0).getId())
                            .get(0).productId()));
        }
    }

    /** The select list of a statement the log shows (quotes removed): between SELECT and FROM. */
    private static String selectList(String sql) {
        return sql.substring(0, sql.indexOf(" FROM "));
    }

    /** The alias the statement gives {@code table}. */
    private static String aliasOf(String table, String sql) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("JOIN " + table + " (\\w+)|FROM " + table
                + " (\\w+)").matcher(sql);
        assertThat(m.find()).as("%s in %s", table, sql).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
