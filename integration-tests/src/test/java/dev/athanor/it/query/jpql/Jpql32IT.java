package dev.athanor.it.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.ShopData.C;
import dev.athanor.it.query.model.Customer;
import dev.athanor.it.query.model.Product;
import dev.athanor.it.query.model.PurchaseOrder;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What Jakarta Persistence 3.2 added to JPQL: id(), version(), an omitted identification variable and SELECT. */
class Jpql32IT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void idAndVersionFunctions(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<Object[]> rows = em.createQuery("SELECT id(o), version(o) FROM PurchaseOrder o WHERE o.customer.id = 3"
                    + " ORDER BY id(o)", Object[].class).getResultList();
            assertThat(rows).extracting(r -> r[0]).isEqualTo(List.copyOf(ShopData.orderIds(o -> o.customerId() == 3)));
            assertThat(rows).extracting(r -> r[1]).containsOnly(1);
            List<Long> viaToOne = em.createQuery("SELECT id(o.customer) FROM PurchaseOrder o WHERE o.id = 15", Long.class)
                    .getResultList();
            assertThat(viaToOne).containsExactly(ShopData.order(15).customerId());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anOmittedSelectClauseSelectsTheRoot(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<Customer> rated = em.createQuery("FROM Customer c WHERE c.rating > 2 ORDER BY c.id", Customer.class)
                    .getResultList();
            assertThat(rated).extracting(Customer::getId).isEqualTo(ShopData.customerIds(c -> c.rating() != null
                    && c.rating() > 2));
            List<Product> all = em.createQuery("FROM Product", Product.class).getResultList();
            assertThat(all).hasSize(ShopData.PRODUCTS.size());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anOmittedIdentificationVariableIsThis(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            assertThat(em.createQuery("SELECT name FROM Customer WHERE id = 1", String.class).getSingleResult())
                    .isEqualTo(ShopData.customer(1).name());
            List<Long> nulls = em.createQuery("SELECT id FROM Customer WHERE rating IS NULL ORDER BY id", Long.class)
                    .getResultList();
            assertThat(nulls).isEqualTo(ShopData.customerIds(c -> c.rating() == null));
            List<String> viaThis = em.createQuery("SELECT this.name FROM Customer WHERE this.address.city = 'Paris'"
                    + " ORDER BY this.id", String.class).getResultList();
            assertThat(viaThis).isEqualTo(ShopData.CUSTOMERS.stream().filter(c -> c.city().equals("Paris"))
                    .map(C::name).toList());
            List<PurchaseOrder> gifts = em.createQuery("FROM PurchaseOrder WHERE gift = TRUE ORDER BY id",
                    PurchaseOrder.class).getResultList();
            assertThat(gifts).extracting(PurchaseOrder::getId).isEqualTo(ShopData.orderIds(ShopData.O::gift));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void concatenationLeftRightAndReplaceTogether(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<String> codes = em.createQuery("SELECT LEFT(p.name, 2) || '-' || RIGHT(REPLACE(p.code, '-', ''), 1)"
                    + " FROM Product p ORDER BY p.id", String.class).getResultList();
            assertThat(codes).isEqualTo(ShopData.PRODUCTS.stream().map(p -> p.name().substring(0, 2) + "-"
                    + p.code().replace("-", "").substring(p.code().replace("-", "").length() - 1)).toList());
        }
    }
}
