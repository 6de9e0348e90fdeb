package dev.athanor.core.meta;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity graph declared with {@code @NamedEntityGraph}, checked at boot: every attribute named
 * exists, every subgraph named is declared. Subgraphs stay named (not nested) because they may
 * refer to each other in a cycle ({@code employee -> manager -> employee}).
 *
 * @param name the graph's name, by default the entity's name; unique in the persistence unit
 * @param entityClass the root entity
 * @param includeAllAttributes whether every attribute of the root is in the graph
 * @param attributeNodes the root's attribute nodes, in declaration order
 * @param subgraphs the subgraphs the nodes refer to by name
 * @param declaredOn the class that declares it
 */
public record NamedEntityGraphModel(String name, Class<?> entityClass, boolean includeAllAttributes,
        List<Node> attributeNodes, List<Subgraph> subgraphs, Class<?> declaredOn) {

    public NamedEntityGraphModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entityClass, "entityClass");
        attributeNodes = List.copyOf(attributeNodes);
        subgraphs = List.copyOf(subgraphs);
        Objects.requireNonNull(declaredOn, "declaredOn");
    }

    /** The subgraph named {@code name}, if declared. */
    public Optional<Subgraph> subgraph(String subgraphName) {
        return subgraphs.stream().filter(s -> s.name().equals(subgraphName)).findFirst();
    }

    /**
     * One attribute in a graph ({@code @NamedAttributeNode}).
     *
     * @param attribute the attribute's name
     * @param subgraph the subgraph that says what of its value is fetched; {@code ""} when none
     */
    public record Node(String attribute, String subgraph) {
        public Node {
            Objects.requireNonNull(attribute, "attribute");
            subgraph = subgraph == null ? "" : subgraph;
        }
    }

    /**
     * A named part of the graph for an association's target entity or an embedded value ({@code @NamedSubgraph}).
     *
     * @param name the name nodes refer to it by
     * @param type the managed class it applies to, {@code void.class} when not given (the attribute's type)
     * @param attributeNodes its attribute nodes
     */
    public record Subgraph(String name, Class<?> type, List<Node> attributeNodes) {
        public Subgraph {
            Objects.requireNonNull(name, "name");
            type = type == null ? void.class : type;
            attributeNodes = List.copyOf(attributeNodes);
        }
    }
}
