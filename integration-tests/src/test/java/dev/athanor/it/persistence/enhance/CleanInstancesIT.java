package dev.athanor.it.persistence.enhance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.enhance.Shop.Customer;
import dev.athanor.it.persistence.enhance.Shop.Delivery;
import dev.athanor.it.persistence.enhance.Shop.PurchaseOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceUnitUtil;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Instances loaded and not changed since (or references not read yet), which share one tracker per
 * type and hold no entry of their own until something needs one: each operation on them, and each
 * way they leave the context, does what it does to any managed instance.
 */
class CleanInstancesIT {

    private static final String ORDERS = "SELECT o FROM PurchaseOrder o ORDER BY o.id";

    @TempDir
    Path dir;

    /** Customers 1 (Ann) and 2 (Bob); orders 1 to 4 of Ann, Bob, Ann, Bob; delivery 100 of orders 1 and 2. */
    private static JpaUnit open(Target target, Path dir, Map<String, Object> properties) {
        JpaUnit unit = JpaUnit.open(target, dir, properties, Customer.class, PurchaseOrder.class, Delivery.class);
        unit.jdbc(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO it_enh_customer (id, name, notes) VALUES (1, 'Ann', 'a'),"
                        + " (2, 'Bob', 'b')");
                for (int id = 1; id <= 4; id++) {
                    statement.executeUpdate("INSERT INTO it_enh_order (id, total, status, customer_id, street, city)"
                            + " VALUES (" + id + ", " + (id * 10) + ", 'new', " + (2 - id % 2)
                            + ", '1 Main St', 'Springfield')");
                }
                statement.executeUpdate("INSERT INTO it_enh_delivery (id, driver, version) VALUES (100, 'Dan', 0)");
                statement.executeUpdate("INSERT INTO it_enh_delivery_order (delivery_id, order_id) VALUES (100, 1),"
                        + " (100, 2)");
            }
            return null;
        });
        unit.forget();
        return unit;
    }

    private static JpaUnit open(Target target, Path dir) {
        return open(target, dir, Map.of());
    }

    /** The join table's rows of delivery 100, read with plain JDBC. */
    private static List<Long> ordersOfDelivery(JpaUnit unit) {
        return unit.rows("SELECT order_id FROM it_enh_delivery_order WHERE delivery_id = 100 ORDER BY order_id")
                .stream().map(row -> ((Number) row.get(0)).longValue()).toList();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void oneChangeAmongManyLoadedInstancesIsTheOnlyUpdate(Target target) {
        try (JpaUnit unit = open(target, dir); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            List<PurchaseOrder> orders = em.createQuery(ORDERS, PurchaseOrder.class).getResultList();
            orders.get(2).setTotal(31);
            orders.get(1).setStatus("paid");
            orders.get(1).setStatus("new"); // back to what was loaded, after it got an entry of its own
            unit.forget();
            em.flush();
            assertThat(unit.writeSql()).containsExactly("UPDATE it_enh_order SET total = ? WHERE id = ?");
            assertThat(unit.writes().get(0).parameterSets()).containsExactly(List.of(31, 3L));
            unit.forget();
            em.getTransaction().commit();
            assertThat(unit.writeSql()).isEmpty();
            assertThat(unit.rows("SELECT total, status FROM it_enh_order ORDER BY id")).containsExactly(
                    List.of(10, "new"), List.of(20, "new"), List.of(31, "new"), List.of(40, "new"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aCleanInstanceIsContainedUntilDetachedAndItsLaterChangesAreNeverWritten(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            EntityManager em = unit.em();
            PurchaseOrder secondAgain;
            try (em) {
                em.getTransaction().begin();
                Customer ann = em.find(Customer.class, 1L);
                Customer bob = em.getReference(Customer.class, 2L);
                PurchaseOrder first = em.find(PurchaseOrder.class, 1L);
                PurchaseOrder second = em.find(PurchaseOrder.class, 2L);
                assertThat(em.contains(ann)).isTrue();
                assertThat(em.contains(bob)).isTrue();
                em.detach(first);
                assertThat(em.contains(first)).isFalse();
                first.setTotal(1);
                PurchaseOrder firstAgain = em.find(PurchaseOrder.class, 1L);
                assertThat(firstAgain).isNotSameAs(first);
                assertThat(firstAgain.getTotal()).isEqualTo(10);
                em.clear();
                assertThat(List.of(ann, bob, second, firstAgain)).noneMatch(em::contains);
                ann.setName("lost");
                second.setStatus("lost");
                second.getShipTo().setCity("lost");
                firstAgain.setTotal(2);
                secondAgain = em.find(PurchaseOrder.class, 2L);
                assertThat(secondAgain).isNotSameAs(second);
                assertThat(secondAgain.getStatus()).isEqualTo("new");
                unit.forget();
                em.flush();
                em.getTransaction().commit();
                assertThat(unit.writeSql()).isEmpty();
            }
            PurchaseOrder fromClosed = secondAgain;
            assertThatThrownBy(() -> em.contains(fromClosed)).isInstanceOf(IllegalStateException.class);
            try (EntityManager other = unit.em()) {
                assertThat(other.contains(fromClosed)).isFalse();
                assertThat(other.find(PurchaseOrder.class, 2L)).isNotSameAs(fromClosed);
            }
            assertThat(unit.rows("SELECT total, status, city FROM it_enh_order WHERE id <= 2 ORDER BY id"))
                    .containsExactly(List.of(10, "new", "Springfield"), List.of(20, "new", "Springfield"));
            assertThat(unit.rows("SELECT name FROM it_enh_customer ORDER BY id")).containsExactly(List.of("Ann"),
                    List.of("Bob"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aRollbackDetachesCleanInstancesAndReferences(Target target) {
        try (JpaUnit unit = open(target, dir); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            PurchaseOrder order = em.find(PurchaseOrder.class, 1L);
            Customer reference = order.getCustomer();
            em.getTransaction().rollback();
            assertThat(em.contains(order)).isFalse();
            assertThat(em.contains(reference)).isFalse();
            assertThatThrownBy(reference::getName).hasMessageContaining("ATH-8016");
            em.getTransaction().begin();
            order.setTotal(1);
            PurchaseOrder again = em.find(PurchaseOrder.class, 1L);
            assertThat(again).isNotSameAs(order);
            unit.forget();
            em.getTransaction().commit();
            assertThat(unit.writeSql()).isEmpty();
            assertThat(unit.number("SELECT total FROM it_enh_order WHERE id = 1")).isEqualTo(10);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void identityHoldsWhileCleanInstancesWhoseIdsCollideAreDetachedAndChanged(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            // ids 128 apart share home slots in pairs: detaching one shifts its neighbours back
            unit.jdbc(connection -> {
                try (Statement statement = connection.createStatement()) {
                    for (int i = 1; i <= 60; i++) {
                        statement.executeUpdate("INSERT INTO it_enh_order (id, total, status, customer_id) VALUES ("
                                + (128 * i) + ", " + i + ", 'new', 1)");
                    }
                }
                return null;
            });
            EntityManager em = unit.em();
            try (em) {
                em.getTransaction().begin();
                List<PurchaseOrder> orders = em.createQuery("SELECT o FROM PurchaseOrder o WHERE o.id >= 128 ORDER BY"
                        + " o.id", PurchaseOrder.class).getResultList();
                assertThat(orders).hasSize(60);
                for (int i = 1; i <= 60; i++) {
                    PurchaseOrder order = orders.get(i - 1);
                    if (i % 3 == 0) {
                        em.detach(order);
                    } else if (i % 4 == 0) {
                        order.setStatus("changed");
                    }
                }
                unit.forget();
                for (int i = 1; i <= 60; i++) {
                    if (i % 3 != 0) {
                        assertThat(em.find(PurchaseOrder.class, 128L * i)).as("order %d", 128 * i)
                                .isSameAs(orders.get(i - 1));
                    }
                }
                assertThat(unit.sql()).isEmpty();
                em.getTransaction().commit();
            }
            assertThat(unit.writes()).hasSize(1);
            assertThat(JpaUnit.rowsOf(unit.writes().get(0))).isEqualTo(10); // 4, 8, 16, 20, 28, ... 56: not 12, 24, ...
            assertThat(unit.rows("SELECT id FROM it_enh_order WHERE status = 'changed' ORDER BY id").stream()
                    .map(row -> ((Number) row.get(0)).longValue() / 128).toList())
                    .containsExactly(4L, 8L, 16L, 20L, 28L, 32L, 40L, 44L, 52L, 56L);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void whatACleanInstanceDidNotLoadCannotBeReadOnceClearedOrClosed(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            EntityManager em = unit.em();
            Customer ann;
            try (em) {
                Customer reference = em.find(PurchaseOrder.class, 1L).getCustomer();
                Customer bob = em.find(Customer.class, 2L);
                em.clear();
                unit.forget();
                assertThatThrownBy(reference::getName).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("ATH-8016").hasMessageContaining("Customer.name")
                        .hasMessageContaining("detached");
                assertThatThrownBy(bob::getNotes).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("ATH-8016").hasMessageContaining("Customer.notes");
                assertThat(unit.sql()).isEmpty();
                ann = em.find(Customer.class, 1L);
            }
            assertThatThrownBy(ann::getNotes).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ATH-8016").hasMessageContaining("closed");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void afterCloseLoadReadsWhatACleanInstanceDidNotLoadOnceClearedAndItStaysDetached(Target target) {
        try (JpaUnit unit = open(target, dir, Map.of("athanor.lazy.after_close", "load"));
                EntityManager em = unit.em()) {
            Customer reference = em.find(PurchaseOrder.class, 1L).getCustomer();
            Customer bob = em.find(Customer.class, 2L);
            em.clear();
            unit.forget();
            assertThat(reference.getName()).isEqualTo("Ann");
            assertThat(bob.getNotes()).isEqualTo("b");
            assertThat(unit.sql()).isNotEmpty().allMatch(s -> s.startsWith("SELECT"));
            assertThat(em.contains(reference)).isFalse();
            em.getTransaction().begin();
            reference.setName("lost");
            bob.setNotes("lost");
            unit.forget();
            em.getTransaction().commit();
            assertThat(unit.writeSql()).isEmpty();
            assertThat(unit.rows("SELECT name, notes FROM it_enh_customer ORDER BY id")).containsExactly(
                    List.of("Ann", "a"), List.of("Bob", "b"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void removeAndRefreshOfCleanInstances(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            unit.tx(em -> {
                PurchaseOrder fourth = em.find(PurchaseOrder.class, 4L);
                em.remove(fourth);
                assertThat(em.contains(fourth)).isFalse();
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("DELETE FROM it_enh_delivery_order WHERE order_id = ?",
                    "DELETE FROM it_enh_order WHERE id = ?");
            assertThat(unit.rows("SELECT id FROM it_enh_order ORDER BY id")).hasSize(3);
            assertThat(unit.count("SELECT count(*) FROM it_enh_order WHERE id = 4")).isZero();

            EntityManager em = unit.em();
            try (em) {
                Customer ann = em.find(Customer.class, 1L);
                Customer bob = em.getReference(Customer.class, 2L);
                unit.jdbc(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate("UPDATE it_enh_customer SET name = 'Ann!', notes = 'changed'"
                                + " WHERE id = 1");
                        statement.executeUpdate("UPDATE it_enh_customer SET name = 'Bob!' WHERE id = 2");
                    }
                    return null;
                });
                em.refresh(ann);
                em.refresh(bob);
                assertThat(ann.getName()).isEqualTo("Ann!");
                assertThat(ann.getNotes()).isEqualTo("changed");
                assertThat(bob.getName()).isEqualTo("Bob!");
                assertThat(unit.emf().getPersistenceUnitUtil().isLoaded(bob)).isTrue();
                unit.forget();
                em.getTransaction().begin();
                em.getTransaction().commit();
            }
            assertThat(unit.writeSql()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void lockAndMergeOfCleanVersionedInstances(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            Delivery locked = unit.tx(em -> {
                Delivery delivery = em.find(Delivery.class, 100L);
                em.lock(delivery, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                return delivery;
            });
            assertThat(locked.getVersion()).isEqualTo(1);
            assertThat(unit.writeSql()).containsExactly(
                    "UPDATE it_enh_delivery SET version = ? WHERE id = ? AND version = ?");
            assertThat(unit.writes().get(0).parameterSets()).containsExactly(List.of(1, 100L, 0));

            EntityManager em = unit.em();
            try (em) {
                Delivery delivery = em.find(Delivery.class, 100L);
                Customer bob = em.find(Customer.class, 2L);
                em.clear();
                delivery.setDriver("Eve");
                bob.setName("Bobby");
                unit.forget();
                em.getTransaction().begin();
                Delivery mergedDelivery = em.merge(delivery);
                Customer mergedBob = em.merge(bob);
                assertThat(mergedDelivery).isNotSameAs(delivery);
                assertThat(mergedBob).isNotSameAs(bob).extracting(Customer::getName).isEqualTo("Bobby");
                assertThat(em.contains(mergedDelivery)).isTrue();
                assertThat(em.contains(delivery)).isFalse();
                em.getTransaction().commit();
                assertThat(mergedDelivery.getVersion()).isEqualTo(2);
            }
            assertThat(unit.writeSql()).containsExactlyInAnyOrder(
                    "UPDATE it_enh_delivery SET driver = ?, version = ? WHERE id = ? AND version = ?",
                    "UPDATE it_enh_customer SET name = ? WHERE id = ?");
            assertThat(unit.rows("SELECT driver, version FROM it_enh_delivery")).containsExactly(List.of("Eve", 2));
            assertThat(unit.rows("SELECT name, notes FROM it_enh_customer WHERE id = 2")).containsExactly(
                    List.of("Bobby", "b"));
            assertThat(unit.count("SELECT count(*) FROM it_enh_delivery_order")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aCleanOwnersLazyCollectionChangeWritesTheJoinTableRows(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            unit.tx(em -> {
                Delivery delivery = em.find(Delivery.class, 100L);
                PurchaseOrder first = em.find(PurchaseOrder.class, 1L);
                assertThat(delivery.getOrders().remove(first)).isTrue(); // the element is the managed instance
                delivery.getOrders().add(em.getReference(PurchaseOrder.class, 3L));
                return null;
            });
            assertThat(unit.writeSql()).contains("DELETE FROM it_enh_delivery_order WHERE delivery_id = ? AND"
                    + " order_id = ?", "INSERT INTO it_enh_delivery_order (delivery_id, order_id) VALUES (?, ?)");
            assertThat(ordersOfDelivery(unit)).containsExactly(2L, 3L);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aCollectionJoinFetchedIntoACleanOwnerIsItsOwnAndItsChangesAreWritten(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            PersistenceUnitUtil util = unit.emf().getPersistenceUnitUtil();
            unit.tx(em -> {
                Delivery delivery = em.find(Delivery.class, 100L);
                assertThat(util.isLoaded(delivery, "orders")).isFalse();
                Delivery fetched = em.createQuery("SELECT DISTINCT d FROM Delivery d JOIN FETCH d.orders WHERE d.id = 100",
                        Delivery.class).getSingleResult();
                assertThat(fetched).isSameAs(delivery);
                assertThat(util.isLoaded(delivery, "orders")).isTrue();
                unit.forget();
                assertThat(delivery.getOrders()).extracting(PurchaseOrder::getId).containsExactlyInAnyOrder(1L, 2L);
                assertThat(unit.sql()).isEmpty();
                delivery.getOrders().removeIf(order -> order.getId() == 2L);
                delivery.getOrders().add(em.find(PurchaseOrder.class, 4L));
                return null;
            });
            assertThat(ordersOfDelivery(unit)).containsExactly(1L, 4L);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void embeddedChangesOfCleanInstancesAndOfAReferenceUpdateTheirColumns(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            unit.tx(em -> {
                PurchaseOrder reference = em.getReference(PurchaseOrder.class, 4L);
                List<PurchaseOrder> orders = em.createQuery("SELECT o FROM PurchaseOrder o WHERE o.id < 4"
                        + " ORDER BY o.id", PurchaseOrder.class).getResultList();
                orders.get(0).setTotal(11); // it has an entry of its own before its embedded value changes
                orders.get(0).getShipTo().setCity("Shelbyville");
                orders.get(1).getShipTo().setCity("Ogdenville");
                reference.getShipTo().setCity("Capital City");
                return null;
            });
            assertThat(unit.writeSql()).containsExactlyInAnyOrder(
                    "UPDATE it_enh_order SET city = ?, total = ? WHERE id = ?",
                    "UPDATE it_enh_order SET city = ? WHERE id = ?");
            assertThat(unit.rows("SELECT total, street, city FROM it_enh_order ORDER BY id")).containsExactly(
                    List.of(11, "1 Main St", "Shelbyville"), List.of(20, "1 Main St", "Ogdenville"),
                    List.of(30, "1 Main St", "Springfield"), List.of(40, "1 Main St", "Capital City"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void everyWayToAnIdGivesTheSameInstanceBeforeAndAfterItChanges(Target target) {
        try (JpaUnit unit = open(target, dir); EntityManager em = unit.em()) {
            List<PurchaseOrder> orders = em.createQuery(ORDERS, PurchaseOrder.class).getResultList();
            Customer ann = em.createQuery("SELECT c FROM Customer c WHERE c.id = 1", Customer.class)
                    .getSingleResult();
            Customer bob = orders.get(1).getCustomer(); // a reference: Bob was not read
            assertThat(orders.get(0).getCustomer()).isSameAs(ann);
            assertThat(orders.get(3).getCustomer()).isSameAs(bob);
            assertThat(em.createQuery("SELECT c FROM Customer c WHERE c.id = 2", Customer.class).getSingleResult())
                    .isSameAs(bob);
            assertThat(em.find(Customer.class, 1L)).isSameAs(ann);
            assertThat(em.find(Customer.class, 2L)).isSameAs(bob);
            assertThat(em.getReference(Customer.class, 1L)).isSameAs(ann);

            em.getTransaction().begin();
            ann.setName("Ann B.");
            bob.setName("Bob B.");
            assertThat(em.find(Customer.class, 1L)).isSameAs(ann);
            assertThat(em.getReference(Customer.class, 2L)).isSameAs(bob);
            assertThat(em.createQuery("SELECT c FROM Customer c ORDER BY c.id", Customer.class).getResultList())
                    .containsExactly(ann, bob);
            assertThat(em.createQuery("SELECT o FROM PurchaseOrder o JOIN FETCH o.customer WHERE o.id = 4",
                    PurchaseOrder.class).getSingleResult().getCustomer()).isSameAs(bob);
            assertThat(ann.getName()).isEqualTo("Ann B.");
            em.getTransaction().commit();
            assertThat(unit.rows("SELECT name FROM it_enh_customer ORDER BY id")).containsExactly(
                    List.of("Ann B."), List.of("Bob B."));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void persistenceUnitUtilTellsWhatCleanInstancesAndReferencesLoaded(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            PersistenceUnitUtil util = unit.emf().getPersistenceUnitUtil();
            EntityManager em = unit.em();
            try (em) {
                PurchaseOrder order = em.find(PurchaseOrder.class, 2L);
                Customer bob = order.getCustomer();
                Customer ann = em.find(Customer.class, 1L);
                PurchaseOrder third = em.getReference(PurchaseOrder.class, 3L);
                assertThat(util.isLoaded(ann)).isTrue();
                assertThat(util.isLoaded(ann, "name")).isTrue();
                assertThat(util.isLoaded(ann, "notes")).isFalse();
                assertThat(util.isLoaded(bob)).isFalse();
                assertThat(util.isLoaded(bob, "id")).isTrue();
                assertThat(util.isLoaded(bob, "name")).isFalse();
                assertThat(util.isLoaded(order, "customer")).isFalse();
                assertThat(util.isLoaded(order, "shipTo")).isTrue();

                unit.forget();
                util.load(ann, "notes");
                util.load(order, "customer");
                assertThat(unit.sql()).hasSize(2);
                assertThat(util.isLoaded(ann, "notes")).isTrue();
                assertThat(util.isLoaded(bob)).isTrue();
                assertThat(util.isLoaded(order, "customer")).isTrue();
                assertThat(util.isLoaded(bob, "notes")).isFalse();

                em.getTransaction().begin();
                bob.setName("Bob B."); // its entry keeps what it has not loaded
                assertThat(util.isLoaded(bob, "notes")).isFalse();
                assertThat(em.contains(third)).isTrue(); // a reference with an entry of its own, still not loaded
                assertThat(util.isLoaded(third)).isFalse();
                assertThat(util.isLoaded(third, "total")).isFalse();
                unit.forget();
                util.load(bob, "notes");
                assertThat(util.isLoaded(bob, "notes")).isTrue();
                assertThat(bob.getNotes()).isEqualTo("b");
                em.getTransaction().commit();

                PurchaseOrder fourth = em.getReference(PurchaseOrder.class, 4L);
                em.clear();
                assertThat(util.isLoaded(ann, "notes")).isTrue();
                assertThat(util.isLoaded(fourth)).isFalse();
                assertThat(util.isLoaded(fourth, "total")).isFalse();
                assertThatThrownBy(() -> util.load(fourth)).isInstanceOf(jakarta.persistence.PersistenceException.class)
                        .hasMessageContaining("ATH-8016");
            }
            assertThat(unit.rows("SELECT name FROM it_enh_customer WHERE id = 2")).containsExactly(List.of("Bob B."));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void changesToReadOnlyQueryResultsAreNotWritten(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            unit.tx(em -> {
                PurchaseOrder managedBefore = em.find(PurchaseOrder.class, 1L);
                PurchaseOrder referenceBefore = em.getReference(PurchaseOrder.class, 4L);
                List<PurchaseOrder> read = em.createQuery(ORDERS, PurchaseOrder.class)
                        .setHint("org.hibernate.readOnly", true).getResultList();
                assertThat(read).startsWith(managedBefore).endsWith(referenceBefore);
                read.get(1).setTotal(21);
                read.get(2).getShipTo().setCity("Shelbyville");
                referenceBefore.setStatus("paid");
                managedBefore.setTotal(11); // managed before the query: the query leaves its state as it was
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("UPDATE it_enh_order SET total = ? WHERE id = ?");
            assertThat(unit.writes().get(0).parameterSets()).containsExactly(List.of(11, 1L));
            assertThat(unit.rows("SELECT total, status, city FROM it_enh_order ORDER BY id")).containsExactly(
                    List.of(11, "new", "Springfield"), List.of(20, "new", "Springfield"),
                    List.of(30, "new", "Springfield"), List.of(40, "new", "Springfield"));
        }
    }
}
