package dev.athanor.jpa.metamodel;

import dev.athanor.core.error.Suggestions;
import dev.athanor.core.meta.Metadata;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link Metamodel} of a persistence unit, built once from its frozen {@link Metadata}.
 *
 * <p>The managed types are the entities, the embeddables and the {@code @MappedSuperclass}
 * classes entities extend. Each has one type object and each attribute one attribute object,
 * created in the constructor and never changed, so they may be shared across threads and
 * compared by identity. An entity's {@code getSupertype()} is its nearest mapped superclass's
 * type; the attributes a mapped superclass declares are declared by that type, and inherited
 * (the same objects) by the entities below it.
 *
 * <p>Asking for a class that is not managed fails with an {@link IllegalArgumentException} naming
 * the class, the likely intended type and every managed type. The static metamodel classes
 * ({@code Order_}) are filled by {@link #populateStaticMetamodel()}, which the constructor does
 * not call, so that building a metamodel has no global effect: the EntityManagerFactory calls it
 * once the unit has booted.
 *
 * <pre>{@code
 * Metamodel metamodel = new AthanorMetamodel(metadata);
 * EntityType<Order> order = metamodel.entity(Order.class);
 * SingularAttribute<? super Order, Long> id = order.getId(Long.class);
 * }</pre>
 */
public final class AthanorMetamodel implements Metamodel {

    private final Map<Class<?>, AthanorEntityType<?>> entities;
    private final Map<String, AthanorEntityType<?>> entitiesByName;
    private final Map<Class<?>, AthanorEmbeddableType<?>> embeddables;
    private final Map<Class<?>, AbstractManagedType<?>> managedTypes;

    /** Builds every type and attribute of {@code metadata}; the result never changes. */
    public AthanorMetamodel(Metadata metadata) {
        MetamodelAssembler assembled = new MetamodelAssembler(Objects.requireNonNull(metadata, "metadata"));
        this.entities = frozen(assembled.entities);
        Map<String, AthanorEntityType<?>> byName = new LinkedHashMap<>();
        entities.values().forEach(e -> byName.put(e.getName(), e));
        this.entitiesByName = frozen(byName);
        this.embeddables = frozen(assembled.embeddables);
        Map<Class<?>, AbstractManagedType<?>> all = new LinkedHashMap<>(assembled.entities);
        all.putAll(assembled.embeddables);
        all.putAll(assembled.mappedSuperclasses);
        this.managedTypes = frozen(all);
    }

    @SuppressWarnings("unchecked")
    @Override
    public <X> EntityType<X> entity(Class<X> cls) {
        AthanorEntityType<?> entity = entities.get(cls);
        if (entity == null) {
            throw notA("an entity", cls);
        }
        return (EntityType<X>) entity;
    }

    /** The entity with this entity name ({@code @Entity(name)}, by default the unqualified class name). */
    @Override
    public EntityType<?> entity(String entityName) {
        AthanorEntityType<?> entity = entitiesByName.get(entityName);
        if (entity != null) {
            return entity;
        }
        String hint = entities.values().stream().filter(e -> e.getJavaType().getName().equals(entityName))
                .findFirst().map(e -> " That is the class of the entity named '" + e.getName()
                        + "'; pass the entity name, or use entity(Class).")
                .orElse(Suggestions.didYouMean(String.valueOf(entityName), entitiesByName.keySet()));
        throw new IllegalArgumentException("No entity is named '" + entityName + "'." + hint
                + " The entity names are: " + entitiesByName.keySet());
    }

    @SuppressWarnings("unchecked")
    @Override
    public <X> ManagedType<X> managedType(Class<X> cls) {
        AbstractManagedType<?> type = managedTypes.get(cls);
        if (type == null) {
            throw notA("a managed type", cls);
        }
        return (ManagedType<X>) type;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <X> EmbeddableType<X> embeddable(Class<X> cls) {
        AthanorEmbeddableType<?> embeddable = embeddables.get(cls);
        if (embeddable == null) {
            throw notA("an embeddable", cls);
        }
        return (EmbeddableType<X>) embeddable;
    }

    /** Entities, then embeddables, then mapped superclasses. */
    @Override
    public Set<ManagedType<?>> getManagedTypes() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(managedTypes.values()));
    }

    @Override
    public Set<EntityType<?>> getEntities() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(entities.values()));
    }

    @Override
    public Set<EmbeddableType<?>> getEmbeddables() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(embeddables.values()));
    }

    /**
     * Sets the fields of the static metamodel classes ({@code Order_} for {@code Order}, annotated
     * {@code @StaticMetamodel(Order.class)} and loaded by Order's class loader) to this metamodel's
     * types and attributes, as specification §6.2 asks of the provider. Final fields (the
     * {@code String} name constants) are left alone; a field naming no mapped attribute stays null
     * and is reported as a warning on logger {@code dev.athanor.METAMODEL}.
     *
     * <p>Idempotent: calling it again sets the same values. Static fields are global to a class
     * loader, so when two persistence units manage the same class, the last one populated wins.
     *
     * @return the static metamodel classes found and populated
     */
    public List<Class<?>> populateStaticMetamodel() {
        return List.copyOf(StaticMetamodelPopulator.populate(managedTypes.values()));
    }

    @Override
    public String toString() {
        return "AthanorMetamodel" + managedTypes.values();
    }

    private IllegalArgumentException notA(String what, Class<?> cls) {
        if (cls == null) {
            return new IllegalArgumentException("The class is null; pass one of the managed types: " + listing());
        }
        AbstractManagedType<?> other = managedTypes.get(cls);
        if (other != null) {
            return new IllegalArgumentException(cls.getName() + " is not " + what + " but the " + other.describe()
                    + "; use managedType(" + cls.getSimpleName() + ".class).");
        }
        String message = cls.getName() + " is not " + what + " of this persistence unit.";
        AbstractManagedType<?> sameName = managedTypes.values().stream()
                .filter(t -> t.getJavaType().getName().equals(cls.getName())).findFirst().orElse(null);
        if (sameName != null) {
            // typical of restarting class loaders (dev tools, hot reload) holding on to an old metamodel
            message += " A class of that name is managed, but it was loaded by "
                    + sameName.getJavaType().getClassLoader() + " and this one by " + cls.getClassLoader()
                    + "; the persistence unit must be built with the application's current class loader.";
        } else {
            Map<String, String> bySimpleName = new LinkedHashMap<>();
            managedTypes.keySet().forEach(c -> bySimpleName.putIfAbsent(c.getSimpleName(), c.getName()));
            message += Suggestions.closest(cls.getSimpleName(), bySimpleName.keySet())
                    .map(s -> " Did you mean " + bySimpleName.get(s) + "?").orElse("")
                    + " Is it listed in persistence.xml, or annotated @Entity, @Embeddable or @MappedSuperclass?";
        }
        return new IllegalArgumentException(message + " The managed types are: " + listing());
    }

    private String listing() {
        return managedTypes.values().stream().map(AthanorMetamodel::listed).toList().toString();
    }

    /** "Book (entity 'Volume')" when the entity name is not the class's, "Address (embeddable)" otherwise. */
    private static String listed(AbstractManagedType<?> type) {
        String simpleName = type.getJavaType().getSimpleName();
        if (type instanceof AthanorEntityType<?> entity && !entity.getName().equals(simpleName)) {
            return simpleName + " (entity '" + entity.getName() + "')";
        }
        return simpleName + " (" + type.kind() + ")";
    }

    private static <K, V> Map<K, V> frozen(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
