package dev.athanor.core.meta;

import dev.athanor.core.error.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mapping of a persistence unit, frozen at boot: every entity by class and by entity name,
 * every embeddable, and the auto-applied converters. Shared by all sessions; caches live beside
 * it, never inside.
 */
public final class Metadata {

    private final List<EntityModel> entities;
    private final Map<Class<?>, EntityModel> byClass = new LinkedHashMap<>();
    private final Map<String, EntityModel> byName = new LinkedHashMap<>();
    private final Map<Class<?>, EmbeddableModel> embeddables = new LinkedHashMap<>();
    private final List<ConverterModel> autoAppliedConverters;
    private final List<NamedQueryModel> namedQueries;
    private final List<NamedNativeQueryModel> namedNativeQueries;
    private final Map<String, ResultSetMappingModel> resultSetMappings = new LinkedHashMap<>();
    private final List<NamedEntityGraphModel> namedEntityGraphs;

    /** Metadata without named queries or result set mappings. */
    public Metadata(List<EntityModel> entities, List<EmbeddableModel> embeddables,
            List<ConverterModel> autoAppliedConverters) {
        this(entities, embeddables, autoAppliedConverters, List.of(), List.of(), List.of());
    }

    /** Metadata with the named queries and result set mappings the classes (or mapping files) declare. */
    public Metadata(List<EntityModel> entities, List<EmbeddableModel> embeddables,
            List<ConverterModel> autoAppliedConverters, List<NamedQueryModel> namedQueries,
            List<NamedNativeQueryModel> namedNativeQueries, List<ResultSetMappingModel> resultSetMappings) {
        this(entities, embeddables, autoAppliedConverters, namedQueries, namedNativeQueries, resultSetMappings,
                List.of());
    }

    /** Metadata with named queries, result set mappings and named entity graphs. */
    public Metadata(List<EntityModel> entities, List<EmbeddableModel> embeddables,
            List<ConverterModel> autoAppliedConverters, List<NamedQueryModel> namedQueries,
            List<NamedNativeQueryModel> namedNativeQueries, List<ResultSetMappingModel> resultSetMappings,
            List<NamedEntityGraphModel> namedEntityGraphs) {
        this.entities = List.copyOf(entities);
        for (EntityModel entity : this.entities) {
            if (byClass.put(entity.javaType(), entity) != null) {
                throw new IllegalArgumentException(entity.javaType().getName() + " is listed twice");
            }
            if (byName.put(entity.name(), entity) != null) {
                throw new IllegalArgumentException("two entities are named " + entity.name());
            }
        }
        embeddables.forEach(e -> this.embeddables.put(e.javaType(), e));
        this.autoAppliedConverters = List.copyOf(autoAppliedConverters);
        this.namedQueries = List.copyOf(namedQueries);
        this.namedNativeQueries = List.copyOf(namedNativeQueries);
        for (ResultSetMappingModel mapping : resultSetMappings) {
            if (this.resultSetMappings.put(mapping.name(), mapping) != null) {
                throw new IllegalArgumentException("two result set mappings are named " + mapping.name());
            }
        }
        this.namedEntityGraphs = List.copyOf(namedEntityGraphs);
    }

    /**
     * {@code entity} and every entity class below it in its inheritance hierarchy, {@code entity}
     * first, then the others in the order the classes were given; only {@code entity} when it is in none.
     */
    public List<EntityModel> subtypes(EntityModel entity) {
        if (!entity.inHierarchy()) {
            return List.of(entity);
        }
        List<EntityModel> found = new ArrayList<>(List.of(entity));
        for (EntityModel other : entities) {
            if (other != entity && other.inHierarchy() && entity.javaType().isAssignableFrom(other.javaType())) {
                found.add(other);
            }
        }
        return List.copyOf(found);
    }

    /** The root entity of {@code entity}'s hierarchy; {@code entity} itself when it is in none. */
    public EntityModel root(EntityModel entity) {
        return entity.inheritance().map(i -> entity(i.root())).orElse(entity);
    }

    /** The entity {@code entity} directly extends in its hierarchy, if any. */
    public Optional<EntityModel> superEntity(EntityModel entity) {
        return entity.inheritance().filter(i -> i.parent() != null).map(i -> entity(i.parent()));
    }

    /** The entities, in the order the managed classes were given. */
    public List<EntityModel> entities() {
        return entities;
    }

    public Optional<EntityModel> findEntity(Class<?> type) {
        return Optional.ofNullable(byClass.get(type));
    }

    /** The entity mapped by {@code type}; IllegalArgumentException naming the entities otherwise. */
    public EntityModel entity(Class<?> type) {
        EntityModel entity = byClass.get(type);
        if (entity == null) {
            throw new IllegalArgumentException(type.getName() + " is not a managed entity class."
                    + Suggestions.didYouMean(type.getSimpleName(), byName.keySet())
                    + " The entities are: " + byName.keySet());
        }
        return entity;
    }

    /** The entity with entity name {@code name}, as a query would name it. */
    public Optional<EntityModel> findEntity(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The entity named {@code name}; IllegalArgumentException with a did-you-mean otherwise. */
    public EntityModel entity(String name) {
        EntityModel entity = byName.get(name);
        if (entity == null) {
            throw new IllegalArgumentException("no entity is named '" + name + "'."
                    + Suggestions.didYouMean(name, byName.keySet()) + " The entities are: " + byName.keySet());
        }
        return entity;
    }

    public List<EmbeddableModel> embeddables() {
        return List.copyOf(embeddables.values());
    }

    public Optional<EmbeddableModel> findEmbeddable(Class<?> type) {
        return Optional.ofNullable(embeddables.get(type));
    }

    /** The converters declared with {@code @Converter(autoApply = true)}. */
    public List<ConverterModel> autoAppliedConverters() {
        return autoAppliedConverters;
    }

    /** The {@code @NamedQuery}s (JPQL) of every managed class, in the order the classes were given. */
    public List<NamedQueryModel> namedQueries() {
        return namedQueries;
    }

    /** The {@code @NamedNativeQuery}s of every managed class, in the order the classes were given. */
    public List<NamedNativeQueryModel> namedNativeQueries() {
        return namedNativeQueries;
    }

    /** The {@code @SqlResultSetMapping}s of every managed class, in the order the classes were given. */
    public List<ResultSetMappingModel> resultSetMappings() {
        return List.copyOf(resultSetMappings.values());
    }

    /** The result set mapping named {@code name}, if one is declared. */
    public Optional<ResultSetMappingModel> resultSetMapping(String name) {
        return Optional.ofNullable(resultSetMappings.get(name));
    }

    /** The {@code @NamedEntityGraph}s of the entities, in the order the classes were given. */
    public List<NamedEntityGraphModel> namedEntityGraphs() {
        return namedEntityGraphs;
    }

    @Override
    public String toString() {
        return "Metadata" + byName.keySet();
    }
}
