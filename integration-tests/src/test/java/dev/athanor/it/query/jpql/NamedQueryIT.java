package dev.athanor.it.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.model.Customer;
import dev.athanor.it.query.model.OrderStatus;
import dev.athanor.it.query.model.PurchaseOrder;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQueryReference;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** @NamedQuery from annotations, queries added at run time, references (3.2), and validation at boot. */
class NamedQueryIT {

    @TempDir
    Path dir;

    /** Two broken named queries: the factory must refuse to boot, naming both. */
    @Entity
    @Table(name = "itq_broken")
    @NamedQuery(name = "Broken.unknownEntity", query = "SELECT b FROM Brokn b")
    @NamedQuery(name = "Broken.badAttribute", query = "SELECT b FROM Broken b WHERE b.titel = 'x'")
    public static class Broken {
        @Id
        public Long id;
        public String title;
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aNamedQueryRunsWithItsParameters(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            assertThat(em.createNamedQuery("Customer.byCity", Customer.class).setParameter("city", "Paris")
                    .getResultList()).extracting(Customer::getId)
                    .isEqualTo(ShopData.customerIds(c -> c.city().equals("Paris")));
            assertThat(em.createNamedQuery("Customer.names").getResultList())
                    .isEqualTo(ShopData.CUSTOMERS.stream().map(ShopData.C::name).sorted().toList());
            assertThat(em.createNamedQuery("PurchaseOrder.byStatus", PurchaseOrder.class)
                    .setParameter("status", OrderStatus.NEW).getResultList()).extracting(PurchaseOrder::getId)
                    .isEqualTo(ShopData.orderIds(o -> o.status().equals("NEW")));
            assertThat(em.createNamedQuery("Customer.withOrdersAbove", Customer.class).setParameter(1, 1)
                    .getResultList()).extracting(Customer::getId).isEqualTo(ShopData.customerIds(c ->
                    ShopData.ordersOf(c.id()).stream().anyMatch(o -> ShopData.linesOf(o.id()).size() > 1)));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anUnknownNameOrAWrongResultTypeIsRefused(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            assertThatThrownBy(() -> em.createNamedQuery("Customer.byCty")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Customer.byCty").hasMessageContaining("Customer.byCity");
            assertThatThrownBy(() -> em.createNamedQuery("Customer.names", Long.class))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void queriesAddedAtRunTimeAndReferencesOfThe32Api(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir)) {
            try (EntityManager em = unit.em()) {
                unit.emf().addNamedQuery("Customer.rated", em.createQuery("SELECT c FROM Customer c WHERE c.rating IS NOT NULL"
                        + " ORDER BY c.id", Customer.class));
            }
            try (EntityManager em = unit.em()) {
                assertThat(em.createNamedQuery("Customer.rated", Customer.class).getResultList())
                        .extracting(Customer::getId).isEqualTo(ShopData.customerIds(c -> c.rating() != null));
                Map<String, jakarta.persistence.TypedQueryReference<Customer>> references =
                        unit.emf().getNamedQueries(Customer.class);
                // by result type: Customer.names selects strings
                assertThat(references).containsKeys("Customer.byCity", "Customer.rated")
                        .doesNotContainKey("Customer.names");
                assertThat(unit.emf().getNamedQueries(String.class)).containsKey("Customer.names");
                TypedQueryReference<Customer> byCity = references.get("Customer.byCity");
                assertThat(byCity.getResultType()).isEqualTo(Customer.class);
                assertThat(em.createQuery(byCity).setParameter("city", "London").getResultList())
                        .extracting(Customer::getId).isEqualTo(ShopData.customerIds(c -> c.city().equals("London")));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = "SQLITE_FILE")
    void brokenNamedQueriesStopTheBootNamingEveryOne(Target target) {
        assertThatThrownBy(() -> JpaUnit.open(target, dir, Broken.class).close())
                .isInstanceOfAny(PersistenceException.class, IllegalArgumentException.class)
                .hasMessageContaining("ATH-9008")
                .hasMessageContaining("Broken.unknownEntity").hasMessageContaining("Brokn")
                .hasMessageContaining("Broken.badAttribute").hasMessageContaining("titel");
    }
}
