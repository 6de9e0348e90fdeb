package dev.athanor.jpa.metamodel;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EmbeddableModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.Metadata;
import jakarta.persistence.metamodel.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the frozen {@link Metadata} into metamodel types, in three passes: create every managed
 * type (entities with their mapped superclass chains, embeddables), then give each its declared
 * attributes, whose types may be any other managed type, then compute the inherited views.
 *
 * <p>The mapping model copies a mapped superclass's attributes into each entity extending it (with
 * that entity's column overrides). The metamodel wants one attribute per declaration, so the first
 * entity extending a mapped superclass supplies its attributes; the others' copies differ only in
 * columns, which the metamodel does not show.
 */
final class MetamodelAssembler {

    final Map<Class<?>, AthanorEntityType<?>> entities = new LinkedHashMap<>();
    final Map<Class<?>, AthanorMappedSuperclassType<?>> mappedSuperclasses = new LinkedHashMap<>();
    final Map<Class<?>, AthanorEmbeddableType<?>> embeddables = new LinkedHashMap<>();
    private final Map<Class<?>, AthanorBasicType<?>> basicTypes = new HashMap<>();

    MetamodelAssembler(Metadata metadata) {
        metadata.entities().forEach(entity -> entityType(metadata, entity));
        Map<Class<?>, EmbeddableModel> embeddableModels = new LinkedHashMap<>();
        metadata.embeddables().forEach(e -> collectEmbeddable(e, embeddableModels));
        metadata.entities().forEach(e -> e.attributes().forEach(a -> collectEmbedded(a, embeddableModels)));
        embeddableModels.keySet().forEach(type -> embeddables.put(type, new AthanorEmbeddableType<>(type)));

        // first entity wins; see the class comment
        Map<Class<?>, EntityModel> supplier = new HashMap<>();
        metadata.entities().forEach(e -> e.supertypes().forEach(type -> supplier.putIfAbsent(type, e)));
        Map<Class<?>, List<AttributeModel>> declaredByMappedSuperclass = new HashMap<>();
        for (EntityModel entity : metadata.entities()) {
            List<AttributeModel> own = new ArrayList<>();
            for (AttributeModel attribute : entity.attributes()) {
                Class<?> declaring = attribute.declaringClass();
                boolean inherited = mappedSuperclasses.containsKey(declaring)
                        || declaring != entity.javaType() && entities.containsKey(declaring);
                if (!inherited) {
                    own.add(attribute);
                } else if (supplier.get(declaring) == entity) {
                    declaredByMappedSuperclass.computeIfAbsent(declaring, c -> new ArrayList<>()).add(attribute);
                }
            }
            declare(entities.get(entity.javaType()), own);
        }
        mappedSuperclasses.forEach((type, managed) ->
                declare(managed, declaredByMappedSuperclass.getOrDefault(type, List.of())));
        embeddableModels.forEach((type, model) -> declare(embeddables.get(type), model.attributes()));

        entities.values().forEach(AbstractManagedType::all);
        mappedSuperclasses.values().forEach(AbstractManagedType::all);
        embeddables.values().forEach(AbstractManagedType::all);
    }

    /**
     * The type of {@code entity}, made after its entity superclass's: in a hierarchy its supertype is
     * the nearest mapped superclass below that entity, or that entity itself.
     */
    private AthanorEntityType<?> entityType(Metadata metadata, EntityModel entity) {
        AthanorEntityType<?> made = entities.get(entity.javaType());
        if (made != null) {
            return made;
        }
        AbstractIdentifiableType<?> above = metadata.superEntity(entity).map(parent -> entityType(metadata, parent))
                .orElse(null);
        AthanorEntityType<?> type = entityType(entity, mappedSuperclassChain(entity.supertypes(), above));
        entities.put(entity.javaType(), type);
        return type;
    }

    /** Builds (or reuses) the types of {@code chain}, nearest first, above {@code top}; returns the nearest, or {@code top}. */
    private AbstractIdentifiableType<?> mappedSuperclassChain(List<Class<?>> chain, AbstractIdentifiableType<?> top) {
        AbstractIdentifiableType<?> above = top;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Class<?> type = chain.get(i);
            AbstractIdentifiableType<?> supertype = above;
            above = mappedSuperclasses.computeIfAbsent(type, t -> mappedSuperclassType(t, supertype));
        }
        return above;
    }

    private static void collectEmbeddable(EmbeddableModel model, Map<Class<?>, EmbeddableModel> into) {
        if (into.putIfAbsent(model.javaType(), model) == null) {
            model.attributes().forEach(a -> collectEmbedded(a, into));
        }
    }

    /** Embeddables reached only through an attribute (nested ones, say) are managed types too. */
    private static void collectEmbedded(AttributeModel attribute, Map<Class<?>, EmbeddableModel> into) {
        if (attribute.embeddable() != null) {
            collectEmbeddable(attribute.embeddable(), into);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void declare(AbstractManagedType<?> owner, List<AttributeModel> attributes) {
        List list = new ArrayList<>();
        for (AttributeModel attribute : attributes) {
            if (attribute.kind().toMany()) {
                list.add(AthanorPluralAttribute.of(owner, attribute,
                        targetType(attribute, attribute.collection().elementEntity()), mapKeyType(attribute)));
            } else {
                list.add(new AthanorSingularAttribute(owner, attribute, typeOf(attribute)));
            }
        }
        owner.declare(list);
    }

    private Type<?> typeOf(AttributeModel attribute) {
        return switch (attribute.kind()) {
            case BASIC -> basicTypes.computeIfAbsent(attribute.javaType(), AthanorBasicType::new);
            case EMBEDDED -> embeddables.get(attribute.embeddable().javaType());
            case MANY_TO_ONE, ONE_TO_ONE -> targetType(attribute, attribute.joinColumn().targetEntity());
            case ONE_TO_MANY, MANY_TO_MANY -> throw new IllegalStateException(attribute + " is plural");
        };
    }

    /** The type of a {@code Map} to-many's keys: its elements' {@code @MapKey} attribute's; null for other containers. */
    private Type<?> mapKeyType(AttributeModel attribute) {
        if (!attribute.collection().isMap()) {
            return null;
        }
        Class<?> keyType = attribute.collection().mapKeyType();
        AthanorEntityType<?> entity = entities.get(keyType); // a to-one key: an entity
        return entity != null ? entity : basicTypes.computeIfAbsent(keyType, AthanorBasicType::new);
    }

    /** The type of the entity an association refers to (a to-one's target, a to-many's element). */
    private AthanorEntityType<?> targetType(AttributeModel association, Class<?> target) {
        AthanorEntityType<?> entity = entities.get(target);
        if (entity == null) {
            throw new IllegalStateException(association + " refers to " + target.getName()
                    + ", which is not an entity of this metadata");
        }
        return entity;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static AthanorEntityType<?> entityType(EntityModel entity, AbstractIdentifiableType<?> supertype) {
        return new AthanorEntityType(entity.javaType(), entity.name(), supertype);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static AthanorMappedSuperclassType<?> mappedSuperclassType(Class<?> type,
            AbstractIdentifiableType<?> supertype) {
        return new AthanorMappedSuperclassType(type, supertype);
    }
}
