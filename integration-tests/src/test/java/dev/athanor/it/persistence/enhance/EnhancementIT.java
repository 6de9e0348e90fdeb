package dev.athanor.it.persistence.enhance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.session.Session;
import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.enhance.Shop.Customer;
import dev.athanor.it.persistence.enhance.Shop.PurchaseOrder;
import dev.athanor.runtime.ManagedEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitUtil;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The session on entities the agent enhanced: what a flush writes and looks at, what loads lazily,
 * when, and in which batches. Data goes in with plain JDBC; the SQL that ran is asserted.
 */
class EnhancementIT {

    @TempDir
    Path dir;

    private static JpaUnit open(Target target, Path dir, Map<String, Object> properties, int customers,
            int ordersPerCustomer) {
        JpaUnit unit = JpaUnit.open(target, dir, properties, Customer.class, PurchaseOrder.class);
        unit.jdbc(connection -> {
            try (Statement statement = connection.createStatement()) {
                long order = 1;
                for (int c = 1; c <= customers; c++) {
                    statement.executeUpdate("INSERT INTO it_enh_customer (id, name, notes, photo) VALUES (" + c
                            + ", 'customer " + c + "', 'notes of " + c + "', NULL)");
                    for (int o = 0; o < ordersPerCustomer; o++, order++) {
                        statement.executeUpdate("INSERT INTO it_enh_order (id, total, status, customer_id, street,"
                                + " city) VALUES (" + order + ", " + (order * 10) + ", 'new', " + c
                                + ", '1 Main St', 'Springfield')");
                    }
                }
            }
            return null;
        });
        unit.forget();
        return unit;
    }

    private static JpaUnit open(Target target, Path dir, int customers, int ordersPerCustomer) {
        return open(target, dir, Map.of(), customers, ordersPerCustomer);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theAgentEnhancedTheEntitiesAndTheEmbeddable(Target target) {
        assertThat(ManagedEntity.class).isAssignableFrom(Customer.class).isAssignableFrom(PurchaseOrder.class)
                .isAssignableFrom(Shop.Address.class);
        try (JpaUnit unit = open(target, dir, 1, 1)) {
            int total = unit.tx(em -> em.find(PurchaseOrder.class, 1L).getTotal());
            assertThat(total).isEqualTo(10);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void onlyARealChangeIsWrittenAndAValueSetBackWritesNothing(Target target) {
        try (JpaUnit unit = open(target, dir, 1, 3)) {
            unit.tx(em -> {
                PurchaseOrder first = em.find(PurchaseOrder.class, 1L);
                PurchaseOrder second = em.find(PurchaseOrder.class, 2L);
                PurchaseOrder third = em.find(PurchaseOrder.class, 3L);
                first.setTotal(11);
                second.setStatus("paid");
                second.setStatus("new"); // back to what was loaded
                third.setTotal(30); // the value it has
                assertThat(((ManagedEntity) third).$athanor$tracker().isDirty()).isFalse();
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("UPDATE it_enh_order SET total = ? WHERE id = ?");
            assertThat(unit.writes().get(0).parameterSets()).containsExactly(List.of(11, 1L));
            assertThat(unit.rows("SELECT total, status FROM it_enh_order ORDER BY id")).containsExactly(
                    List.of(11, "new"), List.of(20, "new"), List.of(30, "new"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aFlushLooksOnlyAtTheEntitiesThatChanged(Target target) {
        try (JpaUnit unit = open(target, dir, 10, 20)) {
            EntityManager em = unit.em();
            em.getTransaction().begin();
            List<PurchaseOrder> orders = new ArrayList<>();
            for (long id = 1; id <= 200; id++) {
                orders.add(em.find(PurchaseOrder.class, id));
            }
            orders.get(150).setStatus("shipped");
            unit.forget();
            em.flush();
            Session session = em.unwrap(Session.class);
            assertThat(session.lastFlushVisited()).isEqualTo(1);
            assertThat(unit.writeSql()).containsExactly("UPDATE it_enh_order SET status = ? WHERE id = ?");
            em.flush();
            assertThat(session.lastFlushVisited()).isZero();
            em.getTransaction().commit();
            em.close();
            assertThat(unit.rows("SELECT status FROM it_enh_order WHERE id = 151")).containsExactly(List.of("shipped"));
            assertThat(unit.count("SELECT count(*) FROM it_enh_order WHERE status = 'new'")).isEqualTo(199);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aChangeInsideAnEmbeddedValueUpdatesItsOwner(Target target) {
        try (JpaUnit unit = open(target, dir, 1, 1)) {
            unit.tx(em -> {
                em.find(PurchaseOrder.class, 1L).getShipTo().setCity("Shelbyville");
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("UPDATE it_enh_order SET city = ? WHERE id = ?");
            assertThat(unit.rows("SELECT street, city FROM it_enh_order")).containsExactly(
                    List.of("1 Main St", "Shelbyville"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void lazyBasicAttributesAreLeftOutAndLoadOneAttributeAtATime(Target target) {
        try (JpaUnit unit = open(target, dir, 2, 0)) {
            EntityManager em = unit.em();
            Customer customer = em.find(Customer.class, 1L);
            assertThat(unit.sql()).hasSize(1);
            assertThat(unit.sql().get(0)).doesNotContain("photo").doesNotContain("notes");
            PersistenceUnitUtil util = unit.emf().getPersistenceUnitUtil();
            assertThat(util.isLoaded(customer, "notes")).isFalse();
            assertThat(util.isLoaded(customer, "name")).isTrue();
            unit.forget();
            assertThat(customer.getNotes()).isEqualTo("notes of 1");
            assertThat(unit.sql()).hasSize(1);
            assertThat(unit.sql().get(0)).contains("notes").doesNotContain("photo");
            assertThat(util.isLoaded(customer, "notes")).isTrue();
            assertThat(util.isLoaded(customer, "photo")).isFalse();
            assertThat(customer.getPhoto()).isNull();
            assertThat(unit.sql()).hasSize(2);
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void walkingLazyToOnesLoadsTheTargetsInBatchesNotOneByOne(Target target) {
        try (JpaUnit unit = open(target, dir, 40, 1)) {
            EntityManager em = unit.em();
            List<PurchaseOrder> orders = new ArrayList<>();
            for (long id = 1; id <= 40; id++) {
                orders.add(em.find(PurchaseOrder.class, id));
            }
            assertThat(unit.sql()).hasSize(40).noneMatch(s -> s.contains("it_enh_customer"));
            unit.forget();
            Customer first = orders.get(0).getCustomer();
            assertThat(first.getClass()).isEqualTo(Customer.class);
            assertThat(unit.sql()).isEmpty(); // the reference itself costs nothing
            List<String> names = new ArrayList<>();
            for (PurchaseOrder order : orders) {
                names.add(order.getCustomer().getName());
            }
            assertThat(names).hasSize(40).startsWith("customer 1", "customer 2").endsWith("customer 40");
            // athanor.lazy.batch_size defaults to 16: 40 customers take 3 queries, not 40
            assertThat(unit.sql()).hasSize(3).allMatch(s -> s.contains("it_enh_customer") && s.contains(" IN ("));
            assertThat(em.unwrap(Session.class).lazyLoads()).isEqualTo(3);
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void getReferenceReadsNothingUntilItsStateIsRead(Target target) {
        try (JpaUnit unit = open(target, dir, 1, 0)) {
            EntityManager em = unit.em();
            Customer reference = em.getReference(Customer.class, 1L);
            PersistenceUnitUtil util = unit.emf().getPersistenceUnitUtil();
            assertThat(reference.getClass()).isEqualTo(Customer.class);
            assertThat(util.getClass(reference)).isEqualTo(Customer.class);
            assertThat(util.isInstance(reference, Customer.class)).isTrue();
            assertThat(util.isLoaded(reference)).isFalse();
            assertThat(reference.getId()).isEqualTo(1L);
            assertThat(unit.sql()).isEmpty();
            util.load(reference);
            assertThat(util.isLoaded(reference)).isTrue();
            assertThat(unit.sql()).hasSize(1);
            assertThat(reference.getName()).isEqualTo("customer 1");
            assertThat(em.find(Customer.class, 1L)).isSameAs(reference);
            Customer missing = em.getReference(Customer.class, 99L);
            assertThatThrownBy(missing::getName).isInstanceOf(jakarta.persistence.EntityNotFoundException.class)
                    .hasMessageContaining("Customer").hasMessageContaining("99");
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void readingTheIdOfAPendingIdentityInsertInsertsThePendingRowsInOneStatement(Target target) {
        try (JpaUnit unit = open(target, dir, 0, 0)) {
            List<Long> ids = unit.tx(em -> {
                Customer ann = new Customer("Ann");
                Customer bob = new Customer("Bob");
                em.persist(ann);
                em.persist(bob);
                assertThat(unit.writes()).isEmpty(); // deferred, to be batched
                List<Long> assigned = List.of(ann.getId(), bob.getId());
                assertThat(unit.writes()).hasSize(1);
                return assigned;
            });
            assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
            assertThat(unit.rows("SELECT name FROM it_enh_customer ORDER BY id")).containsExactly(
                    List.of("Ann"), List.of("Bob"));
            assertThat(unit.number("SELECT id FROM it_enh_customer WHERE name = 'Ann'")).isEqualTo(ids.get(0));
            assertThat(unit.number("SELECT id FROM it_enh_customer WHERE name = 'Bob'")).isEqualTo(ids.get(1));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void raiseModeRefusesALazyLoadNamingEntityAttributeAndCallSite(Target target) {
        try (JpaUnit unit = open(target, dir, Map.of("athanor.lazy", "raise"), 1, 1)) {
            EntityManager em = unit.em();
            PurchaseOrder order = em.find(PurchaseOrder.class, 1L);
            assertThatThrownBy(() -> order.getCustomer().getName()).isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("ATH-8017").hasMessageContaining("Customer.name")
                    .hasMessageContaining("EnhancementIT");
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void readingAnUnloadedAttributeAfterCloseFailsWithWhatToDo(Target target) {
        try (JpaUnit unit = open(target, dir, 1, 1)) {
            EntityManager em = unit.em();
            PurchaseOrder order = em.find(PurchaseOrder.class, 1L);
            em.close();
            Customer customer = order.getCustomer();
            assertThatThrownBy(customer::getName).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ATH-8016").hasMessageContaining("Customer.name")
                    .hasMessageContaining("JOIN FETCH").hasMessageContaining("athanor.lazy.after_close=load");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void afterCloseLoadReadsThroughAShortLivedConnection(Target target) {
        try (JpaUnit unit = open(target, dir, Map.of("athanor.lazy.after_close", "load"), 1, 1)) {
            EntityManager em = unit.em();
            PurchaseOrder order = em.find(PurchaseOrder.class, 1L);
            em.close();
            assertThat(order.getCustomer().getName()).isEqualTo("customer 1");
            assertThat(order.getCustomer().getNotes()).isEqualTo("notes of 1");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aDetachedInstanceMergesWithoutItsUnloadedLazyAttributes(Target target) {
        try (JpaUnit unit = open(target, dir, 1, 0)) {
            EntityManager em = unit.em();
            Customer detached = em.find(Customer.class, 1L);
            em.close();
            detached.setName("renamed");
            unit.forget();
            unit.tx(other -> other.merge(detached));
            assertThat(unit.writeSql()).containsExactly("UPDATE it_enh_customer SET name = ? WHERE id = ?");
            assertThat(unit.rows("SELECT name, notes FROM it_enh_customer")).containsExactly(
                    List.of("renamed", "notes of 1"));
        }
    }
}
