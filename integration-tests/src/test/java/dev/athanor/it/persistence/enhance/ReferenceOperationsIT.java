package dev.athanor.it.persistence.enhance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.enhance.Shop.Customer;
import dev.athanor.it.persistence.enhance.Shop.PurchaseOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceUtil;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The entity operations on a reference (an instance whose state is not loaded yet): each loads what
 * it needs first, or says that the row is missing.
 */
class ReferenceOperationsIT {

    @TempDir
    Path dir;

    private static JpaUnit open(Target target, Path dir) {
        JpaUnit unit = JpaUnit.open(target, dir, Customer.class, PurchaseOrder.class);
        unit.jdbc(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO it_enh_customer (id, name, notes) VALUES (1, 'Ann', 'a'),"
                        + " (2, 'Bob', 'b')");
                statement.executeUpdate("INSERT INTO it_enh_order (id, total, status, customer_id, street, city)"
                        + " VALUES (10, 100, 'new', 1, '1 Main St', 'Springfield')");
            }
            return null;
        });
        unit.forget();
        return unit;
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void removingAReferenceDeletesItsRow(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            unit.tx(em -> {
                em.remove(em.getReference(Customer.class, 2L));
                return null;
            });
            assertThat(unit.rows("SELECT id FROM it_enh_customer")).hasSize(1);
            assertThat(unit.number("SELECT id FROM it_enh_customer")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aChangeToAReferenceLoadsItFirstAndWritesOnlyTheChange(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            unit.tx(em -> {
                Customer ann = em.getReference(Customer.class, 1L);
                ann.setName("Ann B.");
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("UPDATE it_enh_customer SET name = ? WHERE id = ?");
            assertThat(unit.rows("SELECT name, notes FROM it_enh_customer WHERE id = 1"))
                    .containsExactly(List.of("Ann B.", "a"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void findOfAMissingReferencesIdIsNullAndTheReferenceIsForgotten(Target target) {
        try (JpaUnit unit = open(target, dir); EntityManager em = unit.em()) {
            Customer ghost = em.getReference(Customer.class, 99L);
            assertThat(em.find(Customer.class, 99L)).isNull();
            assertThat(em.contains(ghost)).isFalse();
            assertThatThrownBy(() -> em.refresh(em.getReference(Customer.class, 98L)))
                    .isInstanceOf(EntityNotFoundException.class).hasMessageContaining("98");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aNativeQueryThatReadsAReferencesRowFillsIt(Target target) {
        try (JpaUnit unit = open(target, dir); EntityManager em = unit.em()) {
            PurchaseOrder order = em.find(PurchaseOrder.class, 10L);
            Customer reference = order.getCustomer();
            PersistenceUtil util = Persistence.getPersistenceUtil();
            assertThat(util.isLoaded(reference)).isFalse();
            assertThat(util.isLoaded(order, "customer")).isFalse();
            unit.forget();
            @SuppressWarnings("unchecked")
            List<Customer> read = em.createNativeQuery("SELECT * FROM it_enh_customer WHERE id = 1", Customer.class)
                    .getResultList();
            assertThat(read).containsExactly(reference);
            assertThat(util.isLoaded(reference)).isTrue();
            assertThat(util.isLoaded(order, "customer")).isTrue();
            assertThat(reference.getName()).isEqualTo("Ann");
            assertThat(unit.sql()).hasSize(1); // the native query; reading the name needed nothing more
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aReferenceIsLoadedBeforeAPessimisticLock(Target target) {
        org.junit.jupiter.api.Assumptions.assumeFalse(target.isSqlite(), "SQLite has no row locks");
        try (JpaUnit unit = open(target, dir)) {
            String name = unit.tx(em -> {
                Customer ann = em.getReference(Customer.class, 1L);
                em.lock(ann, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
                return ann.getName();
            });
            assertThat(name).isEqualTo("Ann");
            assertThat(unit.sql()).anyMatch(s -> s.contains("FOR UPDATE"));
        }
    }
}
