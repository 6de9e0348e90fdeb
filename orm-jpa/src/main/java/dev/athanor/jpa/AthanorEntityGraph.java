package dev.athanor.jpa;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.NamedEntityGraphModel;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.Subgraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An entity graph: which attributes of a root entity, and of the entities and embedded values it
 * reaches, a query or {@code find} loads. A query applies it as LEFT JOIN FETCHes of its
 * associations ({@link #fetchJoins(String)}); basic attributes need no join.
 *
 * <pre>{@code
 * EntityGraph<Order> graph = em.createEntityGraph(Order.class);
 * graph.addSubgraph("lines").addAttributeNodes("product");
 * em.createQuery("select o from Order o", Order.class).setHint("jakarta.persistence.fetchgraph", graph);
 * }</pre>
 */
public final class AthanorEntityGraph<T> extends AthanorGraph<T> implements EntityGraph<T> {

    private final String name;

    @SuppressWarnings("unchecked")
    AthanorEntityGraph(Metadata metadata, EntityModel root, String name) {
        super(metadata, (Class<T>) root.javaType(), root.attributes());
        this.name = name;
    }

    /**
     * The graph a {@code @NamedEntityGraph} declares, as a tree: a subgraph that refers back to one
     * being built (a cycle) ends there, since fetching round a cycle loads nothing new.
     */
    static AthanorEntityGraph<?> of(Metadata metadata, NamedEntityGraphModel model) {
        AthanorEntityGraph<?> graph = new AthanorEntityGraph<>(metadata, metadata.entity(model.entityClass()),
                model.name());
        if (model.includeAllAttributes()) {
            graph.attributes().forEach(attribute -> graph.addAttributeNode(attribute.name()));
        }
        addNodes(graph, model, model.attributeNodes(), new HashSet<>());
        return graph;
    }

    private static void addNodes(AthanorGraph<?> graph, NamedEntityGraphModel model,
            List<NamedEntityGraphModel.Node> nodes, Set<String> building) {
        for (NamedEntityGraphModel.Node node : nodes) {
            graph.addAttributeNode(node.attribute());
            NamedEntityGraphModel.Subgraph subgraph = model.subgraph(node.subgraph()).orElse(null);
            if (subgraph != null && building.add(subgraph.name())) {
                addNodes((AthanorGraph<?>) graph.addSubgraph(node.attribute()), model, subgraph.attributeNodes(),
                        building);
                building.remove(subgraph.name());
            }
        }
    }

    /** A deep copy under {@code newName} (null for an unnamed graph), mutable. */
    AthanorEntityGraph<T> copy(String newName) {
        AthanorEntityGraph<T> copy = new AthanorEntityGraph<>(metadata, metadata.entity(type()), newName);
        copy.copyFrom(this);
        return copy;
    }

    /**
     * The LEFT JOIN FETCH of every association node, nested through subgraphs: a join of
     * {@code rootAlias.attribute} under a generated alias ({@code graph_<rootAlias>_1}, ...) that
     * its own subgraph's joins start from. Basic and embedded nodes need no join: their columns are
     * in their owner's row, and embeddables hold no associations in Athanor's mapping. Positions
     * are -1, as for Criteria-built nodes.
     *
     * @param rootAlias the identification variable of the query's root entity; never null
     */
    public List<QueryTree.Join> fetchJoins(String rootAlias) {
        List<QueryTree.Join> joins = new ArrayList<>();
        addJoins(this, rootAlias, joins, rootAlias);
        return joins;
    }

    private static void addJoins(AthanorGraph<?> graph, String alias, List<QueryTree.Join> joins, String rootAlias) {
        for (AthanorAttributeNode<?> node : graph.nodes()) {
            AttributeModel attribute = node.attribute();
            if (attribute.kind().toOne() || attribute.kind().toMany()) {
                String joinAlias = "graph_" + rootAlias + "_" + (joins.size() + 1);
                joins.add(new QueryTree.Join(-1, QueryTree.JoinType.LEFT, true,
                        Expr.Path.of(-1, alias, attribute.name()), null, joinAlias, null));
                if (node.subgraph() != null) {
                    addJoins(node.subgraph(), joinAlias, joins, rootAlias);
                }
            }
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public <S extends T> Subgraph<S> addTreatedSubgraph(Class<S> type) {
        throw unsupported("a treated subgraph of " + type.getName(), "Subclass subgraphs are not supported yet: a subclass's associations load on first read.");
    }

    @Override
    public <T1> Subgraph<? extends T1> addSubclassSubgraph(Class<? extends T1> type) {
        throw unsupported("a subclass subgraph of " + type.getName(), "Subclass subgraphs are not supported yet: a subclass's associations load on first read.");
    }

    @Override
    public String toString() {
        return "EntityGraph[" + (name == null ? type().getSimpleName() : name) + "]" + super.toString();
    }
}
