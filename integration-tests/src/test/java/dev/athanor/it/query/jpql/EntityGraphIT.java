package dev.athanor.it.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.ShopData.C;
import dev.athanor.it.query.ShopData.O;
import dev.athanor.it.query.model.Customer;
import dev.athanor.it.query.model.OrderLine;
import dev.athanor.it.query.model.PurchaseOrder;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.Subgraph;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Entity graphs: the fetchgraph and loadgraph hints, {@code find(EntityGraph, id)} and named graphs
 * load what the graph names in the query's one statement.
 */
class EntityGraphIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void aFetchGraphHintFetchesTheCollectionInTheSameStatement(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            EntityGraph<Customer> graph = em.createEntityGraph(Customer.class);
            graph.addAttributeNodes("orders");
            List<Customer> customers = em.createQuery("SELECT c FROM Customer c ORDER BY c.id", Customer.class)
                    .setHint("jakarta.persistence.fetchgraph", graph).getResultList();
            assertThat(customers).extracting(Customer::getId).isEqualTo(ShopData.CUSTOMERS.stream().map(C::id).toList());
            PersistenceUnitUtil util = unit.emf().getPersistenceUnitUtil();
            for (Customer customer : customers) {
                assertThat(util.isLoaded(customer, "orders")).isTrue();
                assertThat(customer.getOrders()).extracting(PurchaseOrder::getId)
                        .isEqualTo(ShopData.ordersOf(customer.getId()).stream().map(O::id).toList());
            }
            assertThat(unit.sql()).hasSize(1);
            assertThat(unit.sql().get(0)).contains("LEFT JOIN").contains("itq_order");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aNamedGraphGivenByNameAsALoadGraph(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Customer> customers = em.createQuery("SELECT c FROM Customer c WHERE c.id = 3", Customer.class)
                    .setHint("jakarta.persistence.loadgraph", "Customer.orders").getResultList();
            assertThat(customers).hasSize(1);
            assertThat(unit.emf().getPersistenceUnitUtil().isLoaded(customers.get(0), "orders")).isTrue();
            assertThat(customers.get(0).getOrders()).hasSize(ShopData.ordersOf(3).size());
            assertThat(unit.sql()).hasSize(1);
            assertThat(em.getEntityGraphs(Customer.class)).extracting(EntityGraph::getName).contains("Customer.orders");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void findWithAGraphLoadsNestedAssociationsInOneStatement(Target target) {
        O first = ShopData.ORDERS.stream().filter(o -> !ShopData.linesOf(o.id()).isEmpty()).findFirst().orElseThrow();
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            EntityGraph<PurchaseOrder> graph = em.createEntityGraph(PurchaseOrder.class);
            graph.addAttributeNodes("customer");
            Subgraph<OrderLine> lines = graph.addSubgraph("lines");
            lines.addAttributeNodes("product");
            PurchaseOrder order = em.find(graph, first.id());
            PersistenceUnitUtil util = unit.emf().getPersistenceUnitUtil();
            assertThat(util.isLoaded(order, "customer")).isTrue();
            assertThat(util.isLoaded(order, "lines")).isTrue();
            assertThat(order.getCustomer().getName()).isEqualTo(ShopData.customer(first.customerId()).name());
            assertThat(order.getLines()).hasSize(ShopData.linesOf(first.id()).size());
            assertThat(order.getLines()).allSatisfy(line -> assertThat(util.isLoaded(line, "product")).isTrue());
            assertThat(unit.sql()).hasSize(1);
            assertThat(em.find(graph, -1L)).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = "SQLITE_FILE")
    void graphsAddedToTheFactoryAndUnknownNames(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            EntityGraph<PurchaseOrder> graph = em.createEntityGraph(PurchaseOrder.class);
            graph.addAttributeNodes("lines");
            unit.emf().addNamedEntityGraph("Order.lines", graph);
            assertThat(unit.emf().getNamedEntityGraphs(PurchaseOrder.class)).containsKey("Order.lines");
            assertThat(em.getEntityGraph("Order.lines").getAttributeNodes()).extracting(n -> n.getAttributeName())
                    .containsExactly("lines");
            assertThatThrownBy(() -> em.getEntityGraph("Customer.order"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Customer.orders");
        }
    }
}
