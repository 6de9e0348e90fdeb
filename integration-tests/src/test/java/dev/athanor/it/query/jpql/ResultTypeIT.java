package dev.athanor.it.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.ShopData.L;
import dev.athanor.it.query.model.Address;
import dev.athanor.it.query.model.Customer;
import dev.athanor.it.query.model.OrderStatus;
import dev.athanor.it.query.model.Product;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Java types of results: arithmetic as the specification types it, attributes as mapped, typed queries checked. */
class ResultTypeIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void arithmeticHasTheSpecificationsResultTypes(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            L line = ShopData.LINES.get(1);
            Object[] r = em.createQuery("SELECT l.quantity / 5, l.quantity * l.unitPrice, l.quantity + 1, l.quantity + 1L,"
                    + " -l.quantity, l.unitPrice / 2 FROM OrderLine l WHERE l.id = :id", Object[].class)
                    .setParameter("id", line.id()).getSingleResult();
            // integer division stays integral (truncated), also on MariaDB whose '/' is decimal division
            assertThat(r[0]).isInstanceOf(Integer.class).isEqualTo(line.quantity() / 5);
            assertThat(r[1]).isInstanceOf(Double.class).isEqualTo(line.quantity() * line.unitPrice());
            assertThat(r[2]).isInstanceOf(Integer.class).isEqualTo(line.quantity() + 1);
            assertThat(r[3]).isInstanceOf(Long.class).isEqualTo(line.quantity() + 1L);
            assertThat(r[4]).isInstanceOf(Integer.class).isEqualTo(-line.quantity());
            assertThat(r[5]).isInstanceOf(Double.class).isEqualTo(line.unitPrice() / 2);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aggregateResultTypes(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            assertThat(em.createQuery("SELECT SUM(l.quantity) FROM OrderLine l").getSingleResult())
                    .isInstanceOf(Long.class).isEqualTo(ShopData.LINES.stream().mapToLong(L::quantity).sum());
            assertThat(em.createQuery("SELECT COUNT(l) FROM OrderLine l").getSingleResult())
                    .isInstanceOf(Long.class).isEqualTo((long) ShopData.LINES.size());
            assertThat(em.createQuery("SELECT AVG(l.quantity) FROM OrderLine l").getSingleResult())
                    .isInstanceOf(Double.class);
            assertThat(em.createQuery("SELECT SUM(l.unitPrice) FROM OrderLine l").getSingleResult())
                    .isInstanceOf(Double.class);
            assertThat(em.createQuery("SELECT MAX(c.id) FROM Customer c").getSingleResult())
                    .isInstanceOf(Long.class).isEqualTo(ShopData.CUSTOMERS.stream().mapToLong(ShopData.C::id).max()
                            .orElseThrow());
            Long count = em.createQuery("SELECT COUNT(c) FROM Customer c", Long.class).getSingleResult();
            assertThat(count).isEqualTo(ShopData.CUSTOMERS.size());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void attributesComeAsTheirMappedTypes(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            Object[] r = em.createQuery("SELECT o.status, o.gift, o.shipDate, o.placedAt, o.version, c.address"
                    + " FROM PurchaseOrder o JOIN o.customer c WHERE o.id = 11", Object[].class).getSingleResult();
            ShopData.O expected = ShopData.order(11);
            assertThat(r[0]).isEqualTo(OrderStatus.valueOf(expected.status()));
            assertThat(r[1]).isEqualTo(expected.gift());
            assertThat(r[2]).isInstanceOf(LocalDate.class).isEqualTo(expected.shipDate());
            assertThat(((java.time.OffsetDateTime) r[3]).toInstant()).isEqualTo(expected.placedAt().toInstant());
            assertThat(r[4]).isEqualTo(1);
            assertThat(((Address) r[5]).getCity()).isEqualTo(ShopData.customer(expected.customerId()).city());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aTypedQueryWhoseResultDoesNotFitIsRefusedAtCreateQuery(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            assertThatThrownBy(() -> em.createQuery("SELECT c.name FROM Customer c", Long.class))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ATH-9006");
            assertThatThrownBy(() -> em.createQuery("SELECT c FROM Customer c", Product.class))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Product");
            assertThatThrownBy(() -> em.createQuery("SELECT c.id, c.name FROM Customer c", String.class))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(unit.sql()).isEmpty();
            // wider types fit
            assertThat(em.createQuery("SELECT c.name FROM Customer c WHERE c.id = 1", Object.class).getSingleResult())
                    .isEqualTo("Ann");
            assertThat(em.createQuery("SELECT c.id FROM Customer c WHERE c.id = 1", Number.class).getSingleResult())
                    .isEqualTo(1L);
            assertThat(em.createQuery("SELECT c.rating FROM Customer c WHERE c.id = 1", Integer.class).getSingleResult())
                    .isEqualTo(ShopData.customer(1).rating());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aToOnePathSelectsTheManagedEntity(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            Customer viaOrder = em.createQuery("SELECT o.customer FROM PurchaseOrder o WHERE o.id = 13", Customer.class)
                    .getSingleResult();
            assertThat(viaOrder.getName()).isEqualTo(ShopData.customer(ShopData.order(13).customerId()).name());
            assertThat(em.find(Customer.class, viaOrder.getId())).isSameAs(viaOrder);
            List<Customer> distinct = em.createQuery("SELECT DISTINCT o.customer FROM PurchaseOrder o", Customer.class)
                    .getResultList();
            assertThat(distinct).extracting(Customer::getId)
                    .containsExactlyInAnyOrderElementsOf(ShopData.customersWithOrders());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aManagedEntityChangedAfterTheQueryIsWrittenAtCommit(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            Product fig = em.createQuery("SELECT p FROM Product p WHERE p.code = 'FI-6'", Product.class).getSingleResult();
            fig.setName("Figue");
            em.getTransaction().commit();
            assertThat(unit.rows("SELECT name FROM itq_product WHERE code = 'FI-6'")).containsExactly(List.of("Figue"));
        }
    }
}
