package dev.athanor.it.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.model.Customer;
import dev.athanor.it.query.model.OrderStatus;
import dev.athanor.it.query.model.PurchaseOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.TypedQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Named and positional parameters, collections, entities, Parameter objects and type checks. */
class ParameterIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void namedParametersAndOneUsedTwice(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Long> ids = em.createQuery("SELECT p.id FROM Product p WHERE p.price > :v OR p.stock > :v ORDER BY p.id",
                    Long.class).setParameter("v", 5.0).getResultList();
            assertThat(ids).isEqualTo(ShopData.productIds(p -> p.price() > 5.0 || (p.stock() != null && p.stock() > 5)));
            // every value is bound, none written into the SQL
            assertThat(unit.sql().get(0)).doesNotContain("5").contains("?");
            assertThat(unit.events().get(0).parameterSets().get(0)).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void positionalParameters(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Long> ids = em.createQuery("SELECT c.id FROM Customer c WHERE c.address.city = ?2 AND c.rating >= ?1"
                    + " ORDER BY c.id", Long.class).setParameter(1, 4).setParameter(2, "Paris").getResultList();
            assertThat(ids).isEqualTo(ShopData.customerIds(c -> c.city().equals("Paris") && c.rating() != null
                    && c.rating() >= 4));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aCollectionValuedParameterExpandsAndMayBeEmpty(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            TypedQuery<Long> query = em.createQuery("SELECT c.id FROM Customer c WHERE c.id IN :ids ORDER BY c.id",
                    Long.class);
            assertThat(query.setParameter("ids", List.of(1L, 3L, 99L)).getResultList())
                    .isEqualTo(ShopData.customerIds(c -> Set.of(1L, 3L, 99L).contains(c.id())));
            assertThat(query.setParameter("ids", List.of(4L)).getResultList()).containsExactly(4L);
            assertThat(query.setParameter("ids", List.of()).getResultList()).isEmpty();
            List<Long> notIn = em.createQuery("SELECT c.id FROM Customer c WHERE c.id NOT IN :ids ORDER BY c.id",
                    Long.class).setParameter("ids", List.of()).getResultList();
            assertThat(notIn).isEqualTo(ShopData.customerIds(c -> true));
            List<Long> names = em.createQuery("SELECT c.id FROM Customer c WHERE c.name IN (:names) ORDER BY c.id",
                    Long.class).setParameter("names", Set.of("Eve", "Ann")).getResultList();
            assertThat(names).isEqualTo(ShopData.customerIds(c -> Set.of("Eve", "Ann").contains(c.name())));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anEntityValuedParameter(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            Customer cid = em.find(Customer.class, 3L);
            List<PurchaseOrder> orders = em.createQuery("SELECT o FROM PurchaseOrder o WHERE o.customer = :c ORDER BY o.id",
                    PurchaseOrder.class).setParameter("c", cid).getResultList();
            assertThat(orders).extracting(PurchaseOrder::getId).isEqualTo(ShopData.orderIds(o -> o.customerId() == 3));
            assertThat(orders).allSatisfy(o -> assertThat(o.getCustomer()).isSameAs(cid));
            List<Long> customers = em.createQuery("SELECT c.id FROM Customer c WHERE c IN :cs ORDER BY c.id", Long.class)
                    .setParameter("cs", List.of(cid, em.find(Customer.class, 1L))).getResultList();
            assertThat(customers).containsExactly(1L, 3L);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void parameterObjectsDescribeTheQuery(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            TypedQuery<Long> query = em.createQuery("SELECT o.id FROM PurchaseOrder o WHERE o.status = :status"
                    + " AND o.discount > :min ORDER BY o.id", Long.class);
            assertThat(query.getParameters()).extracting(Parameter::getName).containsExactlyInAnyOrder("status", "min");
            Parameter<?> status = query.getParameter("status");
            assertThat(status.getParameterType()).isEqualTo(OrderStatus.class);
            Parameter<Integer> min = query.getParameter("min", Integer.class);
            assertThat(query.isBound(min)).isFalse();
            query.setParameter(min, 0).setParameter("status", OrderStatus.SHIPPED);
            assertThat(query.isBound(min)).isTrue();
            assertThat(query.getParameterValue(min)).isEqualTo(0);
            assertThat(query.getParameterValue("status")).isEqualTo(OrderStatus.SHIPPED);
            assertThat(query.getResultList()).isEqualTo(ShopData.orderIds(o -> o.status().equals("SHIPPED")
                    && o.discount() != null && o.discount() > 0));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void setParameterChecksNamesPositionsAndTypes(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            TypedQuery<Long> named = em.createQuery("SELECT c.id FROM Customer c WHERE c.name = :name", Long.class);
            assertThatThrownBy(() -> named.setParameter("name", 42)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("name");
            assertThatThrownBy(() -> named.setParameter("nmae", "Ann")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("nmae");
            assertThatThrownBy(() -> named.setParameter(1, "Ann")).isInstanceOf(IllegalArgumentException.class);
            TypedQuery<Long> positional = em.createQuery("SELECT c.id FROM Customer c WHERE c.rating = ?1", Long.class);
            assertThatThrownBy(() -> positional.setParameter(2, 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> positional.setParameter(1, "five")).isInstanceOf(IllegalArgumentException.class);
            TypedQuery<Long> byStatus = em.createQuery("SELECT o.id FROM PurchaseOrder o WHERE o.status = :s", Long.class);
            assertThatThrownBy(() -> byStatus.setParameter("s", "SHIPPED")).isInstanceOf(IllegalArgumentException.class);
            TypedQuery<Long> byCustomer = em.createQuery("SELECT o.id FROM PurchaseOrder o WHERE o.customer = :c",
                    Long.class);
            assertThatThrownBy(() -> byCustomer.setParameter("c", em.find(PurchaseOrder.class, 10L)))
                    .isInstanceOf(IllegalArgumentException.class);
            // a right value after a refused one still works
            assertThat(named.setParameter("name", "Ann").getResultList()).containsExactly(1L);
        }
    }
}
