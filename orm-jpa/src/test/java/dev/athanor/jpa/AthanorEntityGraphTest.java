package dev.athanor.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.jpa.fixtures.Orders;
import jakarta.persistence.AttributeNode;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.Subgraph;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import java.util.List;
import org.junit.jupiter.api.Test;

class AthanorEntityGraphTest {

    private final Metadata metadata = new MetadataBuilder().add(Orders.Address.class, Orders.Customer.class,
            Orders.Product.class, Orders.PurchaseOrder.class, Orders.Line.class).build();
    private final EntityGraphs graphs = new EntityGraphs(metadata);

    private static QueryTree.Join fetch(String alias, String... path) {
        return new QueryTree.Join(-1, QueryTree.JoinType.LEFT, true, Expr.Path.of(-1, path), null, alias, null);
    }

    @Test
    void associationNodesBecomeNestedLeftJoinFetches() {
        AthanorEntityGraph<Orders.PurchaseOrder> graph = graphs.createEntityGraph(Orders.PurchaseOrder.class);
        graph.addAttributeNodes("note", "customer");
        Subgraph<Orders.Line> lines = graph.addSubgraph("lines");
        lines.addAttributeNodes("product", "quantity");

        assertThat(graph.fetchJoins("o")).containsExactly(
                fetch("graph_o_1", "o", "customer"),
                fetch("graph_o_2", "o", "lines"),
                fetch("graph_o_3", "graph_o_2", "product"));
        assertThat(graph.getName()).isNull();
        assertThat(lines.getClassType()).isEqualTo(Orders.Line.class);
        assertThat(graph.getAttributeNodes()).extracting(AttributeNode::getAttributeName)
                .containsExactly("note", "customer", "lines");
        assertThat(graph.getAttributeNode("lines").getSubgraphs()).containsOnlyKeys(Orders.Line.class);
    }

    @Test
    void anEmbeddedSubgraphTakesTheEmbeddablesAttributesAndNeedsNoJoin() {
        AthanorEntityGraph<Orders.Customer> graph = graphs.createEntityGraph(Orders.Customer.class);
        Subgraph<Orders.Address> address = graph.addSubgraph("address");
        address.addAttributeNode("city");

        assertThat(address.getClassType()).isEqualTo(Orders.Address.class);
        assertThat(graph.fetchJoins("c")).isEmpty();
        assertThatThrownBy(() -> address.addAttributeNode("zip")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ATH-9003").hasMessageContaining("Address has no attribute 'zip'");
    }

    @Test
    void aNamedGraphIsATreeWhoseCycleEndsWhereItCloses() {
        EntityGraph<?> full = graphs.getEntityGraph("Order.full");

        assertThat(((AthanorEntityGraph<?>) full).fetchJoins("o")).containsExactly(
                fetch("graph_o_1", "o", "customer"),
                fetch("graph_o_2", "o", "lines"),
                fetch("graph_o_3", "graph_o_2", "product"),
                fetch("graph_o_4", "graph_o_2", "order"),
                fetch("graph_o_5", "graph_o_4", "lines"));
        assertThat(full.getName()).isEqualTo("Order.full");
    }

    @Test
    void includeAllAttributesPutsEveryAttributeInTheGraph() {
        AthanorEntityGraph<?> all = graphs.getEntityGraph("Order.all");

        assertThat(all.getAttributeNodes()).extracting(AttributeNode::getAttributeName)
                .containsExactlyInAnyOrder("id", "note", "customer", "lines");
        assertThat(all.fetchJoins("x")).hasSize(2);
    }

    @Test
    void namedGraphsAreImmutableAndCreateEntityGraphCopiesThem() {
        EntityGraph<?> named = graphs.getEntityGraph("Order.full");
        assertThatThrownBy(() -> named.addAttributeNode("note")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("immutable");

        AthanorEntityGraph<?> copy = graphs.createEntityGraph("Order.full");
        copy.addAttributeNode("note");
        copy.removeAttributeNodes(PersistentAttributeType.ONE_TO_MANY);

        assertThat(copy.getAttributeNodes()).extracting(AttributeNode::getAttributeName)
                .containsExactly("customer", "note");
        assertThat(named.hasAttributeNode("note")).isFalse();
        assertThat(graphs.createEntityGraph("nope")).isNull();
    }

    @Test
    void addedGraphsAreCopiesFoundByNameAndByClass() {
        AthanorEntityGraph<Orders.PurchaseOrder> graph = graphs.createEntityGraph(Orders.PurchaseOrder.class);
        graph.addAttributeNode("customer");
        graphs.add("Order.customer", graph);
        graph.addAttributeNode("lines");

        EntityGraph<?> added = graphs.getEntityGraph("Order.customer");
        assertThat(added.getAttributeNodes()).extracting(AttributeNode::getAttributeName).containsExactly("customer");
        assertThat(graphs.getEntityGraphs(Orders.PurchaseOrder.class)).extracting(EntityGraph::getName)
                .containsExactly("Order.full", "Order.all", "Order.customer");
        assertThat(graphs.namedEntityGraphs(Object.class)).containsOnlyKeys("Order.full", "Order.all",
                "Order.customer");
        assertThat(graphs.getEntityGraphs(Orders.Line.class)).isEmpty();
    }

    @Test
    void aHintGivesAGraphOrTheNameOfOne() {
        AthanorEntityGraph<Orders.PurchaseOrder> graph = graphs.createEntityGraph(Orders.PurchaseOrder.class);

        assertThat(graphs.fromHint("jakarta.persistence.fetchgraph", graph)).isSameAs(graph);
        assertThat(graphs.fromHint("jakarta.persistence.loadgraph", "Order.full").getName()).isEqualTo("Order.full");
        assertThatThrownBy(() -> graphs.fromHint("jakarta.persistence.fetchgraph", 42))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Integer");
    }

    @Test
    void mistakesNameTheGraphTheAttributeAndWhatToDo() {
        AthanorEntityGraph<Orders.PurchaseOrder> graph = graphs.createEntityGraph(Orders.PurchaseOrder.class);

        assertThatThrownBy(() -> graph.addAttributeNode("custmer")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Did you mean 'customer'?");
        assertThatThrownBy(() -> graph.addSubgraph("note")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PurchaseOrder.note is a BASIC attribute, which has no subgraph");
        assertThatThrownBy(() -> graph.addElementSubgraph("customer")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a collection");
        assertThatThrownBy(() -> graph.addKeySubgraph("lines")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ATH-9007").hasMessageContaining("key is an attribute of its values");
        assertThatThrownBy(() -> graph.addSubgraph("customer", Orders.Product.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ATH-9007");
        assertThatThrownBy(() -> graphs.getEntityGraph("Order.ful")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Did you mean 'Order.full'?");
        assertThat(graph.addElementSubgraph("lines").getClassType()).isEqualTo(Orders.Line.class);
        assertThat(List.of(graph.getAttributeNode("lines").getKeySubgraphs())).containsExactly(java.util.Map.of());
    }
}
