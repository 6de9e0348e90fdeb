package dev.athanor.core.meta.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.error.MappingException;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.NamedEntityGraphModel;
import dev.athanor.core.meta.NamedEntityGraphModel.Node;
import dev.athanor.core.meta.build.fixtures.Graphs;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamedEntityGraphReaderTest {

    private static final List<Class<?>> SHOP = List.of(Graphs.Address.class, Graphs.Customer.class,
            Graphs.Product.class, Graphs.PurchaseOrder.class, Graphs.Line.class);

    @Test
    void graphsKeepTheirNodesAndNamedSubgraphs() {
        Metadata metadata = new MetadataBuilder().add(SHOP).build();

        assertThat(metadata.namedEntityGraphs()).extracting(NamedEntityGraphModel::name)
                .containsExactly("Order.full", "PurchaseOrder");
        NamedEntityGraphModel full = metadata.namedEntityGraphs().get(0);
        assertThat(full.entityClass()).isEqualTo(Graphs.PurchaseOrder.class);
        assertThat(full.attributeNodes()).containsExactly(new Node("customer", "customer"), new Node("lines", "lines"));
        assertThat(full.subgraph("lines").orElseThrow().attributeNodes())
                .containsExactly(new Node("product", ""), new Node("order", "order"));
        assertThat(full.subgraph("address").orElseThrow().type()).isEqualTo(void.class);
        assertThat(full.includeAllAttributes()).isFalse();
        assertThat(metadata.namedEntityGraphs().get(1).attributeNodes()).containsExactly(new Node("customer", ""));
    }

    @Test
    void unknownAttributesAndSubgraphsAndDuplicateNamesAreReportedAtOnce() {
        List<Class<?>> classes = new java.util.ArrayList<>(SHOP);
        classes.add(Graphs.Invoice.class);

        MappingException e = catchThrowableOfType(() -> new MetadataBuilder().add(classes).build(),
                MappingException.class);

        assertThat(e.getMessage())
                .contains("entity graph 'Bad' names attribute 'custmer', which Invoice does not have. Did you mean"
                        + " 'customer'?")
                .contains("entity graph 'Bad' gives attribute Invoice.customer subgraph 'nowhere', which is not declared")
                .contains("gives attribute Invoice.note subgraph 'note', but a BASIC attribute has no attributes")
                .contains("the entity graph name 'Order.full' is also declared on " + Graphs.PurchaseOrder.class.getName());
    }
}
