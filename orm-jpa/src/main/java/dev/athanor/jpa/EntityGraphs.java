package dev.athanor.jpa;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.NamedEntityGraphModel;
import jakarta.persistence.EntityGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named entity graphs of one EntityManagerFactory: those the entities declare with
 * {@code @NamedEntityGraph}, then those added with {@code addNamedEntityGraph}. Named graphs are
 * handed out immutable; {@link #createEntityGraph(String)} gives a mutable copy. Thread-safe.
 */
public final class EntityGraphs {

    private final Metadata metadata;
    private final Map<String, AthanorEntityGraph<?>> named = new LinkedHashMap<>();

    public EntityGraphs(Metadata metadata) {
        this.metadata = metadata;
        for (NamedEntityGraphModel model : metadata.namedEntityGraphs()) {
            AthanorEntityGraph<?> graph = AthanorEntityGraph.of(metadata, model);
            graph.freeze();
            named.put(model.name(), graph);
        }
    }

    /** {@code EntityManager.createEntityGraph(Class)}: a new, empty, mutable graph of an entity. */
    public <T> AthanorEntityGraph<T> createEntityGraph(Class<T> rootType) {
        return new AthanorEntityGraph<>(metadata, metadata.entity(rootType), null);
    }

    /** {@code EntityManager.createEntityGraph(String)}: a mutable copy of a named graph, or null when there is none. */
    public synchronized AthanorEntityGraph<?> createEntityGraph(String graphName) {
        AthanorEntityGraph<?> graph = named.get(graphName);
        return graph == null ? null : graph.copy(graphName);
    }

    /** {@code EntityManager.getEntityGraph(String)}: the named graph, immutable; IllegalArgumentException naming the graphs otherwise. */
    public synchronized AthanorEntityGraph<?> getEntityGraph(String graphName) {
        AthanorEntityGraph<?> graph = named.get(graphName);
        if (graph == null) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.NAMED_QUERY, "no entity graph is named '"
                    + graphName + "'." + Suggestions.didYouMean(graphName, named.keySet()))
                    .detail("entity graphs", List.copyOf(named.keySet()))
                    .hint("Declare it with @NamedEntityGraph on the entity, or add it with"
                            + " EntityManagerFactory.addNamedEntityGraph.").render());
        }
        return graph;
    }

    /** {@code EntityManager.getEntityGraphs(Class)}: the named graphs whose root is the class (or a supertype of it). */
    @SuppressWarnings("unchecked")
    public synchronized <T> List<EntityGraph<? super T>> getEntityGraphs(Class<T> entityClass) {
        metadata.entity(entityClass);
        List<EntityGraph<? super T>> graphs = new ArrayList<>();
        for (AthanorEntityGraph<?> graph : named.values()) {
            if (graph.type().isAssignableFrom(entityClass)) {
                graphs.add((EntityGraph<? super T>) graph);
            }
        }
        return graphs;
    }

    /** {@code EntityManagerFactory.getNamedEntityGraphs(Class)}: name to graph, for roots that are the class or a subtype. */
    @SuppressWarnings("unchecked")
    public synchronized <E> Map<String, EntityGraph<? extends E>> namedEntityGraphs(Class<E> entityType) {
        Map<String, EntityGraph<? extends E>> graphs = new LinkedHashMap<>();
        named.forEach((name, graph) -> {
            if (entityType.isAssignableFrom(graph.type())) {
                graphs.put(name, (EntityGraph<? extends E>) graph);
            }
        });
        return graphs;
    }

    /**
     * The graph a {@code jakarta.persistence.fetchgraph} or {@code loadgraph} hint gives: an
     * {@code EntityGraph} of this provider, or the name of a named graph (as {@code @QueryHint}
     * values are text).
     *
     * @param hint the hint's name, for messages
     * @throws IllegalArgumentException ATH-9008 for an unknown name, or for a value of another kind
     */
    public AthanorEntityGraph<?> fromHint(String hint, Object value) {
        if (value instanceof AthanorEntityGraph<?> graph) {
            return graph;
        }
        if (value instanceof String graphName) {
            return getEntityGraph(graphName);
        }
        throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_PARAMETER, "hint " + hint + " takes an"
                + " EntityGraph from EntityManager.createEntityGraph or getEntityGraph, or a named graph's name, not "
                + (value == null ? "null" : value.getClass().getName())).render());
    }

    /**
     * {@code EntityManagerFactory.addNamedEntityGraph}: an immutable copy of {@code graph} under
     * {@code graphName}, replacing a graph of that name; later changes to {@code graph} do not show.
     *
     * @throws IllegalArgumentException when the graph is not one this provider made
     */
    public synchronized void add(String graphName, EntityGraph<?> graph) {
        if (!(graph instanceof AthanorEntityGraph<?> ours)) {
            throw new IllegalArgumentException("addNamedEntityGraph(" + graphName + "): the graph must come from"
                    + " EntityManager.createEntityGraph of this provider, not " + graph.getClass().getName());
        }
        AthanorEntityGraph<?> copy = ours.copy(graphName);
        copy.freeze();
        named.put(graphName, copy);
    }
}
