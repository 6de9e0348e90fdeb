package dev.athanor.jpa;

import dev.athanor.core.meta.AttributeModel;
import jakarta.persistence.AttributeNode;
import jakarta.persistence.Subgraph;
import java.util.Map;

/**
 * One attribute of an entity graph, with the subgraph that says what of its value to fetch, if
 * any. Athanor maps no {@code Map} collections, so there are never key subgraphs.
 */
public final class AthanorAttributeNode<T> implements AttributeNode<T> {

    private final AttributeModel attribute;
    private AthanorSubgraph<?> subgraph;

    AthanorAttributeNode(AttributeModel attribute) {
        this.attribute = attribute;
    }

    AttributeModel attribute() {
        return attribute;
    }

    /** The subgraph of the attribute's value, or null when only the attribute itself is in the graph. */
    AthanorSubgraph<?> subgraph() {
        return subgraph;
    }

    void subgraph(AthanorSubgraph<?> value) {
        this.subgraph = value;
    }

    @Override
    public String getAttributeName() {
        return attribute.name();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Map<Class, Subgraph> getSubgraphs() {
        return subgraph == null ? Map.of() : Map.of(subgraph.getClassType(), subgraph);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Map<Class, Subgraph> getKeySubgraphs() {
        return Map.of();
    }

    @Override
    public String toString() {
        return subgraph == null ? attribute.name() : attribute.name() + subgraph;
    }
}
