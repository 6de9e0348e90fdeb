package dev.athanor.it.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.ShopData.L;
import dev.athanor.it.query.ShopData.P;
import dev.athanor.it.query.model.Product;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TransactionRequiredException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bulk UPDATE and DELETE: counts, rows read back with JDBC, the persistence context bypassed. */
class BulkUpdateIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void anUpdateReturnsItsCountAndChangesTheRows(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir)) {
            int count = unit.tx(em -> em.createQuery("UPDATE Product p SET p.price = p.price * 2"
                    + " WHERE p.stock IS NULL OR p.stock < 5").executeUpdate());
            List<Long> changed = ShopData.productIds(p -> p.stock() == null || p.stock() < 5);
            assertThat(count).isEqualTo(changed.size());
            for (P p : ShopData.PRODUCTS) {
                double price = ((Number) unit.rows("SELECT price FROM itq_product WHERE id = ?", p.id()).get(0).get(0))
                        .doubleValue();
                assertThat(price).as(p.name()).isEqualTo(changed.contains(p.id()) ? p.price() * 2 : p.price());
            }
            assertThat(unit.writeSql()).hasSize(1);
            assertThat(unit.writeSql().get(0)).startsWith("UPDATE itq_product");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anUpdateBindsEnumAndConvertedValues(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir)) {
            int count = unit.tx(em -> em.createQuery("UPDATE PurchaseOrder o SET o.status = :s, o.gift = :g"
                    + " WHERE o.customer.id = :c").setParameter("s", dev.athanor.it.query.model.OrderStatus.CANCELLED)
                    .setParameter("g", true).setParameter("c", 3L).executeUpdate());
            assertThat(count).isEqualTo(ShopData.ordersOf(3).size());
            assertThat(unit.rows("SELECT DISTINCT status, gift FROM itq_order WHERE customer_id = 3"))
                    .containsExactly(List.of("CANCELLED", "Y"));
            assertThat(unit.count("SELECT COUNT(*) FROM itq_order WHERE status = 'CANCELLED'"))
                    .isEqualTo(ShopData.ORDERS.stream().filter(o -> o.customerId() == 3 || o.status().equals("CANCELLED"))
                            .count());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aDeleteReturnsItsCountAndRemovesTheRows(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir)) {
            int count = unit.tx(em -> em.createQuery("DELETE FROM OrderLine l WHERE l.quantity < :q")
                    .setParameter("q", 3).executeUpdate());
            assertThat(count).isEqualTo((int) ShopData.LINES.stream().filter(l -> l.quantity() < 3).count());
            assertThat(unit.rows("SELECT id FROM itq_line ORDER BY id").stream().map(r -> ((Number) r.get(0)).longValue())
                    .toList()).isEqualTo(ShopData.LINES.stream().filter(l -> l.quantity() >= 3).map(L::id).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aDeleteWithACollectionCondition(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir)) {
            int count = unit.tx(em -> em.createQuery("DELETE FROM Tag t WHERE t.products IS EMPTY").executeUpdate());
            long unused = ShopData.TAGS.stream().filter(t -> ShopData.PRODUCT_TAGS.stream()
                    .noneMatch(pt -> pt.tagId() == t.id())).count();
            assertThat(count).isEqualTo((int) unused);
            assertThat(unit.count("SELECT COUNT(*) FROM itq_tag")).isEqualTo(ShopData.TAGS.size() - unused);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void outsideATransactionItIsRefused(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            var update = em.createQuery("UPDATE Product p SET p.stock = 0");
            assertThatThrownBy(update::executeUpdate).isInstanceOf(TransactionRequiredException.class);
            var delete = em.createQuery("DELETE FROM OrderLine l");
            assertThatThrownBy(delete::executeUpdate).isInstanceOf(TransactionRequiredException.class);
            assertThat(unit.count("SELECT COUNT(*) FROM itq_line")).isEqualTo(ShopData.LINES.size());
            assertThat(unit.count("SELECT COUNT(*) FROM itq_product WHERE stock = 0"))
                    .isEqualTo(ShopData.PRODUCTS.stream().filter(p -> p.stock() != null && p.stock() == 0).count());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theUpdateBypassesThePersistenceContext(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            Product apple = em.find(Product.class, 100L);
            int count = em.createQuery("UPDATE Product p SET p.name = 'Pomme' WHERE p.id = 100").executeUpdate();
            assertThat(count).isEqualTo(1);
            // the managed instance still holds what was loaded; refresh reads the row the UPDATE wrote
            assertThat(apple.getName()).isEqualTo(ShopData.product(100).name());
            em.refresh(apple);
            assertThat(apple.getName()).isEqualTo("Pomme");
            em.getTransaction().commit();
            assertThat(unit.rows("SELECT name FROM itq_product WHERE id = 100")).containsExactly(List.of("Pomme"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void pendingChangesAreFlushedBeforeTheUpdate(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            em.find(Product.class, 101L).setName("Plantain");
            int count = em.createQuery("UPDATE Product p SET p.price = 9 WHERE p.name = 'Plantain'").executeUpdate();
            em.getTransaction().commit();
            assertThat(count).isEqualTo(1);
            assertThat(unit.rows("SELECT name, price FROM itq_product WHERE id = 101").get(0).get(0)).isEqualTo("Plantain");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theNamedUpdateQueryRuns(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir)) {
            int count = unit.tx(em -> em.createNamedQuery("Customer.rename").setParameter("name", "Bobby")
                    .setParameter("id", 2L).executeUpdate());
            assertThat(count).isEqualTo(1);
            assertThat(unit.rows("SELECT name FROM itq_customer WHERE id = 2")).containsExactly(List.of("Bobby"));
        }
    }
}
