package dev.athanor.jpa;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.Metadata;
import jakarta.persistence.AttributeNode;
import jakarta.persistence.Graph;
import jakarta.persistence.Subgraph;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.PluralAttribute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What entity graphs and subgraphs share: attribute nodes of one managed type (an entity, or the
 * embeddable of an embedded attribute), checked against its attributes as they are added. A graph
 * is mutable when created by the application and immutable when it is a named graph handed out by
 * {@code getEntityGraph}; changing an immutable one is an IllegalStateException.
 */
abstract sealed class AthanorGraph<T> implements Graph<T> permits AthanorEntityGraph, AthanorSubgraph {

    final Metadata metadata;
    private final Class<T> type;
    private final List<AttributeModel> attributes;
    private final Map<String, AthanorAttributeNode<?>> nodes = new LinkedHashMap<>();
    private boolean mutable = true;

    AthanorGraph(Metadata metadata, Class<T> type, List<AttributeModel> attributes) {
        this.metadata = metadata;
        this.type = type;
        this.attributes = attributes;
    }

    Class<T> type() {
        return type;
    }

    List<AttributeModel> attributes() {
        return attributes;
    }

    /** The nodes, in the order they were added. */
    List<AthanorAttributeNode<?>> nodes() {
        return List.copyOf(nodes.values());
    }

    /** Makes this graph and its subgraphs immutable. */
    void freeze() {
        mutable = false;
        nodes.values().stream().filter(n -> n.subgraph() != null).forEach(n -> n.subgraph().freeze());
    }

    /** Copies the nodes and subgraphs of {@code source} (of the same type) into this graph. */
    void copyFrom(AthanorGraph<?> source) {
        for (AthanorAttributeNode<?> node : source.nodes.values()) {
            AthanorAttributeNode<?> copy = node(node.attribute().name());
            if (node.subgraph() != null) {
                AthanorSubgraph<?> sub = subgraphOf(copy);
                sub.copyFrom(node.subgraph());
            }
        }
    }

    private void checkMutable(String operation) {
        if (!mutable) {
            throw new IllegalStateException(operation + ": this entity graph is a named graph, which is immutable;"
                    + " take a mutable copy with EntityManager.createEntityGraph(name)");
        }
    }

    private AttributeModel attribute(String name) {
        for (AttributeModel attribute : attributes) {
            if (attribute.name().equals(name)) {
                return attribute;
            }
        }
        List<String> names = attributes.stream().map(AttributeModel::name).toList();
        throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_UNKNOWN_ATTRIBUTE, type.getSimpleName()
                + " has no attribute '" + name + "' for the entity graph." + Suggestions.didYouMean(name, names))
                .detail("attributes", names).render());
    }

    /** The node of attribute {@code name}, added when missing. */
    private AthanorAttributeNode<?> node(String name) {
        AthanorAttributeNode<?> node = nodes.get(name);
        if (node == null) {
            AttributeModel attribute = attribute(name);
            checkMutable("adding attribute node " + name);
            node = new AthanorAttributeNode<>(attribute);
            nodes.put(name, node);
        }
        return node;
    }

    /** The subgraph of a node's value, made when missing: the target entity's attributes, or the embeddable's. */
    private AthanorSubgraph<?> subgraphOf(AthanorAttributeNode<?> node) {
        if (node.subgraph() != null) {
            return node.subgraph();
        }
        AttributeModel attribute = node.attribute();
        AthanorSubgraph<?> subgraph;
        if (attribute.kind() == AttributeModel.Kind.EMBEDDED) {
            subgraph = new AthanorSubgraph<>(metadata, attribute.javaType(), attribute.embeddedAttributes());
        } else if (attribute.kind().toOne() || attribute.kind().toMany()) {
            EntityModel target = metadata.entity(attribute.kind().toMany()
                    ? attribute.collection().elementEntity() : attribute.javaType());
            subgraph = new AthanorSubgraph<>(metadata, target.javaType(), target.attributes());
        } else {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_TYPE, type.getSimpleName() + "."
                    + attribute.name() + " is a " + attribute.kind() + " attribute, which has no subgraph")
                    .hint("Add it with addAttributeNode; subgraphs are for associations and embedded attributes.")
                    .render());
        }
        checkMutable("adding a subgraph to " + attribute.name());
        node.subgraph(subgraph);
        return subgraph;
    }

    @SuppressWarnings("unchecked")
    private <X> Subgraph<X> subgraph(String name, Class<?> treatedAs, boolean elements) {
        AthanorAttributeNode<?> node = node(name);
        if (elements && !node.attribute().kind().toMany()) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_TYPE, type.getSimpleName() + "."
                    + name + " is not a collection, so it has no element subgraph").hint("Use addSubgraph.").render());
        }
        AthanorSubgraph<?> subgraph = subgraphOf(node);
        if (treatedAs != null && treatedAs != subgraph.getClassType()) {
            throw unsupported("a subgraph of " + name + " treated as " + treatedAs.getName(),
                    "Treated subgraphs are not supported yet; give the attribute's own type "
                            + subgraph.getClassType().getName());
        }
        return (Subgraph<X>) subgraph;
    }

    static IllegalArgumentException unsupported(String what, String hint) {
        return new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_UNSUPPORTED, "entity graphs: " + what
                + " is not supported").hint(hint).render());
    }

    private static IllegalArgumentException noMaps() {
        return unsupported("a map key subgraph", "A Map association's key is an attribute of its values, loaded"
                + " with them: add the map itself (addAttributeNodes, or addSubgraph for its values).");
    }

    // ---- Graph --------------------------------------------------------------------------------

    @Override
    @SuppressWarnings("unchecked")
    public <Y> AttributeNode<Y> addAttributeNode(String attributeName) {
        return (AttributeNode<Y>) node(attributeName);
    }

    @Override
    public <Y> AttributeNode<Y> addAttributeNode(Attribute<? super T, Y> attribute) {
        return addAttributeNode(attribute.getName());
    }

    @Override
    public boolean hasAttributeNode(String attributeName) {
        return nodes.containsKey(attributeName);
    }

    @Override
    public boolean hasAttributeNode(Attribute<? super T, ?> attribute) {
        return hasAttributeNode(attribute.getName());
    }

    @Override
    public <Y> AttributeNode<Y> getAttributeNode(String attributeName) {
        return addAttributeNode(attributeName);
    }

    @Override
    public <Y> AttributeNode<Y> getAttributeNode(Attribute<? super T, Y> attribute) {
        return addAttributeNode(attribute.getName());
    }

    @Override
    public void removeAttributeNode(String attributeName) {
        checkMutable("removeAttributeNode");
        nodes.remove(attributeName);
    }

    @Override
    public void removeAttributeNode(Attribute<? super T, ?> attribute) {
        removeAttributeNode(attribute.getName());
    }

    @Override
    public void removeAttributeNodes(Attribute.PersistentAttributeType nodeType) {
        checkMutable("removeAttributeNodes");
        nodes.values().removeIf(node -> nodeType.name().equals(node.attribute().kind().name()));
    }

    @Override
    public void addAttributeNodes(String... attributeNames) {
        for (String name : attributeNames) {
            node(name);
        }
    }

    @Override
    @SafeVarargs
    public final void addAttributeNodes(Attribute<? super T, ?>... attributes) {
        for (Attribute<? super T, ?> attribute : attributes) {
            node(attribute.getName());
        }
    }

    @Override
    public <X> Subgraph<X> addSubgraph(Attribute<? super T, X> attribute) {
        return subgraph(attribute.getName(), null, false);
    }

    @Override
    public <Y> Subgraph<Y> addTreatedSubgraph(Attribute<? super T, ? super Y> attribute, Class<Y> treatedType) {
        return subgraph(attribute.getName(), treatedType, false);
    }

    @Override
    public <X> Subgraph<? extends X> addSubgraph(Attribute<? super T, X> attribute, Class<? extends X> treatedType) {
        return subgraph(attribute.getName(), treatedType, false);
    }

    @Override
    public <X> Subgraph<X> addSubgraph(String attributeName) {
        return subgraph(attributeName, null, false);
    }

    @Override
    public <X> Subgraph<X> addSubgraph(String attributeName, Class<X> type) {
        return subgraph(attributeName, type, false);
    }

    @Override
    public <E> Subgraph<E> addElementSubgraph(PluralAttribute<? super T, ?, E> attribute) {
        return subgraph(attribute.getName(), null, true);
    }

    @Override
    public <E> Subgraph<E> addTreatedElementSubgraph(PluralAttribute<? super T, ?, ? super E> attribute,
            Class<E> type) {
        return subgraph(attribute.getName(), type, true);
    }

    @Override
    public <X> Subgraph<X> addElementSubgraph(String attributeName) {
        return subgraph(attributeName, null, true);
    }

    @Override
    public <X> Subgraph<X> addElementSubgraph(String attributeName, Class<X> type) {
        return subgraph(attributeName, type, true);
    }

    @Override
    public <K> Subgraph<K> addMapKeySubgraph(MapAttribute<? super T, K, ?> attribute) {
        throw noMaps();
    }

    @Override
    public <K> Subgraph<K> addTreatedMapKeySubgraph(MapAttribute<? super T, ? super K, ?> attribute, Class<K> type) {
        throw noMaps();
    }

    @Override
    public <X> Subgraph<X> addKeySubgraph(Attribute<? super T, X> attribute) {
        throw noMaps();
    }

    @Override
    public <X> Subgraph<? extends X> addKeySubgraph(Attribute<? super T, X> attribute, Class<? extends X> type) {
        throw noMaps();
    }

    @Override
    public <X> Subgraph<X> addKeySubgraph(String attributeName) {
        throw noMaps();
    }

    @Override
    public <X> Subgraph<X> addKeySubgraph(String attributeName, Class<X> type) {
        throw noMaps();
    }

    @Override
    public List<AttributeNode<?>> getAttributeNodes() {
        return new ArrayList<>(nodes.values());
    }

    @Override
    public String toString() {
        return nodes.values().toString().replace('[', '(').replace(']', ')');
    }
}
