package dev.athanor.jpa.metamodel;

import dev.athanor.core.error.Suggestions;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.CollectionAttribute;
import jakarta.persistence.metamodel.ListAttribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SetAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What entities, mapped superclasses and embeddables share: attributes by name, declared here or
 * inherited from the supertype chain, with lookups that fail with a did-you-mean.
 *
 * <p>Built in two steps because attributes and types refer to each other (an entity's to-one
 * points at another entity type, possibly itself): the type exists first, then
 * {@link #declare(List)} gives it its attributes once. Nothing changes after that.
 * Attributes are kept in the model's index order, inherited ones first.
 */
abstract class AbstractManagedType<X> implements ManagedType<X> {

    private final Class<X> javaType;
    private Map<String, AthanorSingularAttribute<X, ?>> declared;
    private Map<String, AthanorSingularAttribute<? super X, ?>> all;

    AbstractManagedType(Class<X> javaType) {
        this.javaType = javaType;
    }

    /** The managed supertype whose attributes this type inherits, or null. */
    abstract AbstractManagedType<? super X> parent();

    /** "entity", "embeddable" or "mapped superclass", for messages. */
    abstract String kind();

    /** Gives the type its own attributes; called once, while the metamodel is assembled. */
    final void declare(List<AthanorSingularAttribute<X, ?>> attributes) {
        if (declared != null) {
            throw new IllegalStateException(this + " already has its attributes");
        }
        Map<String, AthanorSingularAttribute<X, ?>> byName = new LinkedHashMap<>();
        attributes.forEach(a -> byName.put(a.getName(), a));
        declared = Collections.unmodifiableMap(byName);
    }

    /** Every attribute by name, inherited ones first; computed once, after all types are declared. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    final Map<String, AthanorSingularAttribute<? super X, ?>> all() {
        if (all == null) {
            Map<String, AthanorSingularAttribute<? super X, ?>> byName = new LinkedHashMap<>();
            if (parent() != null) {
                byName.putAll((Map) parent().all());
            }
            byName.putAll(declared());
            all = Collections.unmodifiableMap(byName);
        }
        return all;
    }

    final Map<String, AthanorSingularAttribute<X, ?>> declared() {
        if (declared == null) {
            throw new IllegalStateException(this + " is still being assembled");
        }
        return declared;
    }

    @Override
    public Class<X> getJavaType() {
        return javaType;
    }

    @Override
    public Set<Attribute<? super X, ?>> getAttributes() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(all().values()));
    }

    @Override
    public Set<Attribute<X, ?>> getDeclaredAttributes() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(declared().values()));
    }

    @Override
    public Set<SingularAttribute<? super X, ?>> getSingularAttributes() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(all().values()));
    }

    @Override
    public Set<SingularAttribute<X, ?>> getDeclaredSingularAttributes() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(declared().values()));
    }

    @Override
    public Attribute<? super X, ?> getAttribute(String name) {
        return find(name);
    }

    @Override
    public Attribute<X, ?> getDeclaredAttribute(String name) {
        return findDeclared(name);
    }

    @Override
    public SingularAttribute<? super X, ?> getSingularAttribute(String name) {
        return find(name);
    }

    @Override
    public SingularAttribute<X, ?> getDeclaredSingularAttribute(String name) {
        return findDeclared(name);
    }

    @Override
    public <Y> SingularAttribute<? super X, Y> getSingularAttribute(String name, Class<Y> type) {
        return typed(find(name), type);
    }

    @Override
    public <Y> SingularAttribute<X, Y> getDeclaredSingularAttribute(String name, Class<Y> type) {
        return typed(findDeclared(name), type);
    }

    // No collection is mapped yet, so there is no plural attribute to return: empty sets, and
    // lookups by name fail saying why rather than with a bare "not found".

    @Override
    public Set<PluralAttribute<? super X, ?, ?>> getPluralAttributes() {
        return Set.of();
    }

    @Override
    public Set<PluralAttribute<X, ?, ?>> getDeclaredPluralAttributes() {
        return Set.of();
    }

    @Override
    public <E> CollectionAttribute<? super X, E> getCollection(String name, Class<E> elementType) {
        throw notPlural("Collection", name);
    }

    @Override
    public <E> CollectionAttribute<X, E> getDeclaredCollection(String name, Class<E> elementType) {
        throw notPlural("Collection", name);
    }

    @Override
    public CollectionAttribute<? super X, ?> getCollection(String name) {
        throw notPlural("Collection", name);
    }

    @Override
    public CollectionAttribute<X, ?> getDeclaredCollection(String name) {
        throw notPlural("Collection", name);
    }

    @Override
    public <E> SetAttribute<? super X, E> getSet(String name, Class<E> elementType) {
        throw notPlural("Set", name);
    }

    @Override
    public <E> SetAttribute<X, E> getDeclaredSet(String name, Class<E> elementType) {
        throw notPlural("Set", name);
    }

    @Override
    public SetAttribute<? super X, ?> getSet(String name) {
        throw notPlural("Set", name);
    }

    @Override
    public SetAttribute<X, ?> getDeclaredSet(String name) {
        throw notPlural("Set", name);
    }

    @Override
    public <E> ListAttribute<? super X, E> getList(String name, Class<E> elementType) {
        throw notPlural("List", name);
    }

    @Override
    public <E> ListAttribute<X, E> getDeclaredList(String name, Class<E> elementType) {
        throw notPlural("List", name);
    }

    @Override
    public ListAttribute<? super X, ?> getList(String name) {
        throw notPlural("List", name);
    }

    @Override
    public ListAttribute<X, ?> getDeclaredList(String name) {
        throw notPlural("List", name);
    }

    @Override
    public <K, V> MapAttribute<? super X, K, V> getMap(String name, Class<K> keyType, Class<V> valueType) {
        throw notPlural("Map", name);
    }

    @Override
    public <K, V> MapAttribute<X, K, V> getDeclaredMap(String name, Class<K> keyType, Class<V> valueType) {
        throw notPlural("Map", name);
    }

    @Override
    public MapAttribute<? super X, ?, ?> getMap(String name) {
        throw notPlural("Map", name);
    }

    @Override
    public MapAttribute<X, ?, ?> getDeclaredMap(String name) {
        throw notPlural("Map", name);
    }

    /** "entity Order (com.shop.Order)", for messages. */
    final String describe() {
        return kind() + " " + javaType.getSimpleName() + " (" + javaType.getName() + ")";
    }

    private AthanorSingularAttribute<? super X, ?> find(String name) {
        AthanorSingularAttribute<? super X, ?> attribute = all().get(name);
        if (attribute == null) {
            throw new IllegalArgumentException("The " + describe() + " has no attribute '" + name + "'."
                    + Suggestions.didYouMean(String.valueOf(name), all().keySet()) + " Its attributes: "
                    + all().keySet());
        }
        return attribute;
    }

    private AthanorSingularAttribute<X, ?> findDeclared(String name) {
        AthanorSingularAttribute<X, ?> attribute = declared().get(name);
        if (attribute == null) {
            AthanorSingularAttribute<? super X, ?> inherited = find(name);
            throw new IllegalArgumentException("The " + describe() + " inherits '" + name + "' from the "
                    + ((AbstractManagedType<?>) inherited.getDeclaringType()).describe()
                    + " rather than declaring it; use getAttribute(\"" + name + "\") to include inherited"
                    + " attributes. Declared here: " + declared().keySet());
        }
        return attribute;
    }

    /**
     * {@code attribute}, when its values are instances of {@code type}. Primitives match their
     * wrappers and a supertype matches ({@code Object.class} always does): Spring Data asks for
     * {@code getVersion(Object.class)}.
     */
    @SuppressWarnings("unchecked")
    static <A extends SingularAttribute<?, ?>, R> R typed(A attribute, Class<?> type) {
        if (!wrap(type).isAssignableFrom(wrap(attribute.getJavaType()))) {
            throw new IllegalArgumentException(attribute + " is of type " + attribute.getJavaType().getName()
                    + ", not " + type.getName());
        }
        return (R) attribute;
    }

    private static Class<?> wrap(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "char" -> Character.class;
            case "boolean" -> Boolean.class;
            case "float" -> Float.class;
            case "double" -> Double.class;
            default -> Void.class;
        };
    }

    private IllegalArgumentException notPlural(String collectionKind, String name) {
        if (all().containsKey(name)) {
            return new IllegalArgumentException(all().get(name) + " is a single-valued attribute, not a "
                    + collectionKind + " attribute; use getSingularAttribute(\"" + name + "\").");
        }
        return new IllegalArgumentException("The " + describe() + " has no " + collectionKind + " attribute '"
                + name + "': Athanor does not map collection attributes yet." + Suggestions.didYouMean(
                String.valueOf(name), all().keySet()) + " Its attributes: " + all().keySet());
    }

    @Override
    public String toString() {
        return getPersistenceType() + "[" + javaType.getSimpleName() + "]";
    }
}
