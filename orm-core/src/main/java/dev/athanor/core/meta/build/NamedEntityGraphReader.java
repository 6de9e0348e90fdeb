package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.NamedEntityGraphModel;
import dev.athanor.core.meta.NamedEntityGraphModel.Node;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedSubgraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code @NamedEntityGraph}s of the entities, once they are frozen (a graph's default
 * name is its entity's name, and its attributes are checked against the entity's), and reports
 * every attribute or subgraph a graph names that does not exist.
 */
final class NamedEntityGraphReader {

    private final MappingProblems problems;
    private final Map<Class<?>, EntityModel> entities = new LinkedHashMap<>();

    NamedEntityGraphReader(MappingProblems problems, List<EntityModel> models) {
        this.problems = problems;
        models.forEach(model -> entities.put(model.javaType(), model));
    }

    /** The graphs of every entity, checked; a problem for each mistake. */
    List<NamedEntityGraphModel> read() {
        Map<String, NamedEntityGraphModel> graphs = new LinkedHashMap<>();
        for (EntityModel entity : entities.values()) {
            for (NamedEntityGraph annotation : entity.javaType().getDeclaredAnnotationsByType(NamedEntityGraph.class)) {
                NamedEntityGraphModel graph = model(entity, annotation);
                NamedEntityGraphModel other = graphs.putIfAbsent(graph.name(), graph);
                if (other != null) {
                    problems.add(ErrorCode.INVALID_MAPPING, entity.javaType(), null, "the entity graph name '"
                            + graph.name() + "' is also declared on " + other.declaredOn().getName(),
                            "Rename one of the two @NamedEntityGraphs; a name is unique in the persistence unit.");
                }
                check(graph, entity);
            }
        }
        return List.copyOf(graphs.values());
    }

    private NamedEntityGraphModel model(EntityModel entity, NamedEntityGraph annotation) {
        String name = annotation.name().isEmpty() ? entity.name() : annotation.name();
        List<NamedEntityGraphModel.Subgraph> subgraphs = new ArrayList<>();
        for (NamedSubgraph subgraph : annotation.subgraphs()) {
            subgraphs.add(new NamedEntityGraphModel.Subgraph(subgraph.name(), subgraph.type(),
                    nodes(subgraph.attributeNodes(), entity, name)));
        }
        if (annotation.subclassSubgraphs().length > 0) {
            problems.add(ErrorCode.UNSUPPORTED_MAPPING, entity.javaType(), null, "entity graph '" + name
                    + "' declares subclassSubgraphs, which Athanor does not support yet",
                    "Remove subclassSubgraphs from the @NamedEntityGraph; a subclass's associations then load on"
                            + " first read.");
        }
        return new NamedEntityGraphModel(name, entity.javaType(), annotation.includeAllAttributes(),
                nodes(annotation.attributeNodes(), entity, name), subgraphs, entity.javaType());
    }

    private List<Node> nodes(NamedAttributeNode[] nodes, EntityModel entity, String graph) {
        for (NamedAttributeNode node : nodes) {
            if (!node.keySubgraph().isEmpty()) {
                problems.add(ErrorCode.UNSUPPORTED_MAPPING, entity.javaType(), node.value(), "entity graph '" + graph
                        + "' gives a keySubgraph, but Athanor maps no Map collections", "Remove the keySubgraph.");
            }
        }
        return Arrays.stream(nodes).map(n -> new Node(n.value(), n.subgraph())).toList();
    }

    private void check(NamedEntityGraphModel graph, EntityModel entity) {
        checkNodes(graph, entity.javaType(), entity.attributes(), graph.attributeNodes(), new HashSet<>());
    }

    /** Checks nodes against the attributes of the type they apply to; each subgraph once per type (they may cycle). */
    private void checkNodes(NamedEntityGraphModel graph, Class<?> type, List<AttributeModel> attributes,
            List<Node> nodes, Set<String> checked) {
        for (Node node : nodes) {
            AttributeModel attribute = attributes.stream().filter(a -> a.name().equals(node.attribute())).findFirst()
                    .orElse(null);
            if (attribute == null) {
                List<String> names = attributes.stream().map(AttributeModel::name).toList();
                problems.add(ErrorCode.INVALID_MAPPING, graph.declaredOn(), null, "entity graph '" + graph.name()
                        + "' names attribute '" + node.attribute() + "', which " + type.getSimpleName()
                        + " does not have." + Suggestions.didYouMean(node.attribute(), names),
                        "Use one of " + names + ".");
                continue;
            }
            if (node.subgraph().isEmpty()) {
                continue;
            }
            NamedEntityGraphModel.Subgraph subgraph = graph.subgraph(node.subgraph()).orElse(null);
            List<AttributeModel> inner = valueAttributes(attribute);
            if (subgraph == null || inner == null) {
                problems.add(ErrorCode.INVALID_MAPPING, graph.declaredOn(), null, "entity graph '" + graph.name()
                        + "' gives attribute " + type.getSimpleName() + "." + node.attribute() + " subgraph '"
                        + node.subgraph() + "', " + (subgraph == null ? "which is not declared"
                        : "but a " + attribute.kind() + " attribute has no attributes of its own"),
                        subgraph == null ? "Declare it in subgraphs, or use one of "
                                + graph.subgraphs().stream().map(NamedEntityGraphModel.Subgraph::name).toList() + "."
                                : "Give subgraphs only to associations and embedded attributes.");
                continue;
            }
            Class<?> valueType = valueType(attribute);
            if (checked.add(subgraph.name() + "@" + valueType.getName())) {
                checkNodes(graph, valueType, inner, subgraph.attributeNodes(), checked);
            }
        }
    }

    /** The attributes of an attribute's value: the target entity's, the embeddable's; null for a basic one. */
    private List<AttributeModel> valueAttributes(AttributeModel attribute) {
        if (attribute.kind() == AttributeModel.Kind.EMBEDDED) {
            return attribute.embeddedAttributes();
        }
        EntityModel target = entities.get(valueType(attribute));
        return target == null ? null : target.attributes();
    }

    private static Class<?> valueType(AttributeModel attribute) {
        return attribute.kind().toMany() ? attribute.collection().elementEntity() : attribute.javaType();
    }
}
