package dev.athanor.jpa.metamodel;

import dev.athanor.core.error.Suggestions;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.CollectionAttribute;
import jakarta.persistence.metamodel.ListAttribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.PluralAttribute.CollectionType;
import jakarta.persistence.metamodel.SetAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What entities, mapped superclasses and embeddables share: attributes by name, singular and
 * plural, declared here or inherited from the supertype chain, with lookups that fail with a
 * did-you-mean or, for an attribute of another kind, the getter that returns it.
 *
 * <p>Built in two steps because attributes and types refer to each other (an entity's to-one
 * points at another entity type, possibly itself): the type exists first, then
 * {@link #declare(List)} gives it its attributes once. Nothing changes after that.
 * Attributes are kept in the model's index order, inherited ones first.
 *
 * <p>The plural lookups are strict, as the interfaces are distinct: {@code getList} finds an
 * attribute declared as a {@code List} only, {@code getCollection} one declared as a
 * {@code Collection} only. There are no map attributes: the mapping model has none.
 */
abstract class AbstractManagedType<X> implements ManagedType<X> {

    private final Class<X> javaType;
    private Map<String, Attribute<X, ?>> declared;
    private Map<String, Attribute<? super X, ?>> all;

    AbstractManagedType(Class<X> javaType) {
        this.javaType = javaType;
    }

    /** The managed supertype whose attributes this type inherits, or null. */
    abstract AbstractManagedType<? super X> parent();

    /** "entity", "embeddable" or "mapped superclass", for messages. */
    abstract String kind();

    /** Gives the type its own attributes; called once, while the metamodel is assembled. */
    final void declare(List<? extends Attribute<X, ?>> attributes) {
        if (declared != null) {
            throw new IllegalStateException(this + " already has its attributes");
        }
        Map<String, Attribute<X, ?>> byName = new LinkedHashMap<>();
        attributes.forEach(a -> byName.put(a.getName(), a));
        declared = Collections.unmodifiableMap(byName);
    }

    /** Every attribute by name, inherited ones first; computed once, after all types are declared. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    final Map<String, Attribute<? super X, ?>> all() {
        if (all == null) {
            Map<String, Attribute<? super X, ?>> byName = new LinkedHashMap<>();
            if (parent() != null) {
                byName.putAll((Map) parent().all());
            }
            byName.putAll(declared());
            all = Collections.unmodifiableMap(byName);
        }
        return all;
    }

    final Map<String, Attribute<X, ?>> declared() {
        if (declared == null) {
            throw new IllegalStateException(this + " is still being assembled");
        }
        return declared;
    }

    /** The singular attributes, inherited ones first: where ids and versions are looked for. */
    final List<AthanorSingularAttribute<? super X, ?>> singularAttributes() {
        return List.copyOf(AbstractManagedType.<AthanorSingularAttribute<? super X, ?>>only(
                AthanorSingularAttribute.class, all().values()));
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
        return only(SingularAttribute.class, all().values());
    }

    @Override
    public Set<SingularAttribute<X, ?>> getDeclaredSingularAttributes() {
        return only(SingularAttribute.class, declared().values());
    }

    @Override
    public Set<PluralAttribute<? super X, ?, ?>> getPluralAttributes() {
        return only(PluralAttribute.class, all().values());
    }

    @Override
    public Set<PluralAttribute<X, ?, ?>> getDeclaredPluralAttributes() {
        return only(PluralAttribute.class, declared().values());
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
        return singular(find(name));
    }

    @Override
    public SingularAttribute<X, ?> getDeclaredSingularAttribute(String name) {
        return singular(findDeclared(name));
    }

    @Override
    public <Y> SingularAttribute<? super X, Y> getSingularAttribute(String name, Class<Y> type) {
        return typed(singular(find(name)), type);
    }

    @Override
    public <Y> SingularAttribute<X, Y> getDeclaredSingularAttribute(String name, Class<Y> type) {
        return typed(singular(findDeclared(name)), type);
    }

    @Override
    public <E> CollectionAttribute<? super X, E> getCollection(String name, Class<E> elementType) {
        return plural(find(name), CollectionType.COLLECTION, elementType);
    }

    @Override
    public <E> CollectionAttribute<X, E> getDeclaredCollection(String name, Class<E> elementType) {
        return plural(findDeclared(name), CollectionType.COLLECTION, elementType);
    }

    @Override
    public CollectionAttribute<? super X, ?> getCollection(String name) {
        return plural(find(name), CollectionType.COLLECTION, null);
    }

    @Override
    public CollectionAttribute<X, ?> getDeclaredCollection(String name) {
        return plural(findDeclared(name), CollectionType.COLLECTION, null);
    }

    @Override
    public <E> SetAttribute<? super X, E> getSet(String name, Class<E> elementType) {
        return plural(find(name), CollectionType.SET, elementType);
    }

    @Override
    public <E> SetAttribute<X, E> getDeclaredSet(String name, Class<E> elementType) {
        return plural(findDeclared(name), CollectionType.SET, elementType);
    }

    @Override
    public SetAttribute<? super X, ?> getSet(String name) {
        return plural(find(name), CollectionType.SET, null);
    }

    @Override
    public SetAttribute<X, ?> getDeclaredSet(String name) {
        return plural(findDeclared(name), CollectionType.SET, null);
    }

    @Override
    public <E> ListAttribute<? super X, E> getList(String name, Class<E> elementType) {
        return plural(find(name), CollectionType.LIST, elementType);
    }

    @Override
    public <E> ListAttribute<X, E> getDeclaredList(String name, Class<E> elementType) {
        return plural(findDeclared(name), CollectionType.LIST, elementType);
    }

    @Override
    public ListAttribute<? super X, ?> getList(String name) {
        return plural(find(name), CollectionType.LIST, null);
    }

    @Override
    public ListAttribute<X, ?> getDeclaredList(String name) {
        return plural(findDeclared(name), CollectionType.LIST, null);
    }

    @Override
    public <K, V> MapAttribute<? super X, K, V> getMap(String name, Class<K> keyType, Class<V> valueType) {
        return keyed(plural(find(name), CollectionType.MAP, valueType), keyType);
    }

    @Override
    public <K, V> MapAttribute<X, K, V> getDeclaredMap(String name, Class<K> keyType, Class<V> valueType) {
        return keyed(plural(findDeclared(name), CollectionType.MAP, valueType), keyType);
    }

    @Override
    public MapAttribute<? super X, ?, ?> getMap(String name) {
        return plural(find(name), CollectionType.MAP, null);
    }

    @Override
    public MapAttribute<X, ?, ?> getDeclaredMap(String name) {
        return plural(findDeclared(name), CollectionType.MAP, null);
    }

    /** {@code map}, when its keys are instances of {@code keyType} (a supertype matches, as for values). */
    @SuppressWarnings("unchecked")
    private static <R> R keyed(MapAttribute<?, ?, ?> map, Class<?> keyType) {
        if (keyType != null && !wrap(keyType).isAssignableFrom(wrap(map.getKeyJavaType()))) {
            throw new IllegalArgumentException(map + " is a Map keyed by " + map.getKeyJavaType().getName()
                    + ", not by " + keyType.getName());
        }
        return (R) map;
    }

    /** "entity Order (com.shop.Order)", for messages. */
    final String describe() {
        return kind() + " " + javaType.getSimpleName() + " (" + javaType.getName() + ")";
    }

    private Attribute<? super X, ?> find(String name) {
        Attribute<? super X, ?> attribute = all().get(name);
        if (attribute == null) {
            throw new IllegalArgumentException("The " + describe() + " has no attribute '" + name + "'."
                    + Suggestions.didYouMean(String.valueOf(name), all().keySet()) + " Its attributes: "
                    + all().keySet());
        }
        return attribute;
    }

    private Attribute<X, ?> findDeclared(String name) {
        Attribute<X, ?> attribute = declared().get(name);
        if (attribute == null) {
            Attribute<? super X, ?> inherited = find(name);
            throw new IllegalArgumentException("The " + describe() + " inherits '" + name + "' from the "
                    + ((AbstractManagedType<?>) inherited.getDeclaringType()).describe()
                    + " rather than declaring it; use getAttribute(\"" + name + "\") to include inherited"
                    + " attributes. Declared here: " + declared().keySet());
        }
        return attribute;
    }

    /** {@code attribute}, when it is single-valued. */
    @SuppressWarnings("unchecked")
    private static <R extends SingularAttribute<?, ?>> R singular(Attribute<?, ?> attribute) {
        if (!(attribute instanceof SingularAttribute<?, ?>)) {
            throw new IllegalArgumentException(attribute + " is " + kindOf(attribute)
                    + " attribute, not a single-valued one; use " + getterFor(attribute) + ".");
        }
        return (R) attribute;
    }

    /**
     * {@code attribute}, when it is plural and declared as {@code collectionType}, and, unless
     * {@code elementType} is null, its elements are instances of {@code elementType} (a supertype
     * matches, as for singular attributes).
     */
    @SuppressWarnings("unchecked")
    private static <R> R plural(Attribute<?, ?> attribute, CollectionType collectionType, Class<?> elementType) {
        String wanted = AthanorPluralAttribute.interfaceName(collectionType);
        if (!(attribute instanceof PluralAttribute<?, ?, ?> plural) || plural.getCollectionType() != collectionType) {
            throw new IllegalArgumentException(attribute + " is " + kindOf(attribute) + " attribute, not a " + wanted
                    + " attribute; use " + getterFor(attribute) + ".");
        }
        Class<?> element = plural.getBindableJavaType();
        if (elementType != null && !elementType.isAssignableFrom(element)) {
            throw new IllegalArgumentException(attribute + " is a " + wanted + " of " + element.getName()
                    + ", not of " + elementType.getName());
        }
        return (R) attribute;
    }

    /** "a single-valued", "a List", ..., for messages. */
    private static String kindOf(Attribute<?, ?> attribute) {
        return attribute instanceof PluralAttribute<?, ?, ?> plural
                ? "a " + AthanorPluralAttribute.interfaceName(plural.getCollectionType())
                : "a single-valued";
    }

    /** The getter that returns {@code attribute}: {@code getSet("tags")}. */
    private static String getterFor(Attribute<?, ?> attribute) {
        String getter = attribute instanceof PluralAttribute<?, ?, ?> plural
                ? "get" + AthanorPluralAttribute.interfaceName(plural.getCollectionType())
                : "getSingularAttribute";
        return getter + "(\"" + attribute.getName() + "\")";
    }

    @SuppressWarnings("unchecked")
    private static <A> Set<A> only(Class<?> kind, Collection<?> attributes) {
        Set<A> matching = new LinkedHashSet<>();
        for (Object attribute : attributes) {
            if (kind.isInstance(attribute)) {
                matching.add((A) attribute);
            }
        }
        return Collections.unmodifiableSet(matching);
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

    @Override
    public String toString() {
        return getPersistenceType() + "[" + javaType.getSimpleName() + "]";
    }
}
