package dev.athanor.jpa.metamodel;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.CollectionModel;
import jakarta.persistence.metamodel.CollectionAttribute;
import jakarta.persistence.metamodel.ListAttribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SetAttribute;
import jakarta.persistence.metamodel.Type;
import java.lang.reflect.Member;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A to-many attribute ({@code @OneToMany} or {@code @ManyToMany}) of an entity or mapped
 * superclass, over its frozen {@link AttributeModel}: a collection of entities, whose element type
 * is the element entity's type.
 *
 * <p>Its class is the one the specification names for its declared interface ({@link OfList} for
 * a {@code List}, {@link OfSet} for a {@code Set}, {@link OfCollection} for a {@code Collection},
 * {@link OfMap} for a {@code Map}, whose elements are its values),
 * so that {@code instanceof ListAttribute} and the static metamodel's field types tell them apart.
 * As for singular attributes, one declared by a mapped superclass is one object shared by every
 * entity extending it.
 *
 * @param <X> the type declaring the attribute
 * @param <C> the declared collection type
 * @param <E> the element entity
 */
abstract sealed class AthanorPluralAttribute<X, C, E> implements PluralAttribute<X, C, E> {

    private final AbstractManagedType<X> declaringType;
    private final AttributeModel model;
    private final AthanorEntityType<E> elementType;
    private final Member javaMember;

    private AthanorPluralAttribute(AbstractManagedType<X> declaringType, AttributeModel model,
            AthanorEntityType<E> elementType) {
        this.declaringType = Objects.requireNonNull(declaringType, "declaringType");
        this.model = Objects.requireNonNull(model, "model");
        this.elementType = Objects.requireNonNull(elementType, "elementType");
        this.javaMember = JavaMembers.of(model);
    }

    /** The attribute of {@code model}, a to-many, of the class matching its declared interface. */
    static <X, E> AthanorPluralAttribute<X, ?, E> of(AbstractManagedType<X> declaringType, AttributeModel model,
            AthanorEntityType<E> elementType, Type<?> keyType) {
        CollectionModel collection = model.collection();
        if (collection == null) {
            throw new IllegalArgumentException(model + " is not a to-many attribute");
        }
        return switch (collection.container()) {
            case LIST -> new OfList<>(declaringType, model, elementType);
            case SET -> new OfSet<>(declaringType, model, elementType);
            case COLLECTION -> new OfCollection<>(declaringType, model, elementType);
            case MAP -> new OfMap<>(declaringType, model, keyType, elementType);
        };
    }

    /** "List", "Set", "Collection" or "Map": the interface, as messages and getter names spell it. */
    static String interfaceName(CollectionType type) {
        return switch (type) {
            case LIST -> "List";
            case SET -> "Set";
            case COLLECTION -> "Collection";
            case MAP -> "Map";
        };
    }

    @Override
    public String getName() {
        return model.name();
    }

    @Override
    public PersistentAttributeType getPersistentAttributeType() {
        return model.kind() == AttributeModel.Kind.ONE_TO_MANY
                ? PersistentAttributeType.ONE_TO_MANY
                : PersistentAttributeType.MANY_TO_MANY;
    }

    @Override
    public ManagedType<X> getDeclaringType() {
        return declaringType;
    }

    /** The declared interface: {@code List}, {@code Set}, {@code Collection} or {@code Map}. */
    @SuppressWarnings("unchecked")
    @Override
    public Class<C> getJavaType() {
        return (Class<C>) model.javaType();
    }

    @Override
    public Member getJavaMember() {
        return javaMember;
    }

    /** Always: Athanor maps collections of entities only, not element collections. */
    @Override
    public boolean isAssociation() {
        return true;
    }

    @Override
    public boolean isCollection() {
        return true;
    }

    @Override
    public Type<E> getElementType() {
        return elementType;
    }

    @Override
    public BindableType getBindableType() {
        return BindableType.PLURAL_ATTRIBUTE;
    }

    /** The element entity: a path through a plural attribute leads to its elements. */
    @Override
    public Class<E> getBindableJavaType() {
        return elementType.getJavaType();
    }

    @Override
    public String toString() {
        return declaringType.getJavaType().getSimpleName() + "." + model.name();
    }

    /** A to-many declared as {@code java.util.List}. */
    static final class OfList<X, E> extends AthanorPluralAttribute<X, List<E>, E> implements ListAttribute<X, E> {

        OfList(AbstractManagedType<X> declaringType, AttributeModel model, AthanorEntityType<E> elementType) {
            super(declaringType, model, elementType);
        }

        @Override
        public CollectionType getCollectionType() {
            return CollectionType.LIST;
        }
    }

    /** A to-many declared as {@code java.util.Set}. */
    static final class OfSet<X, E> extends AthanorPluralAttribute<X, Set<E>, E> implements SetAttribute<X, E> {

        OfSet(AbstractManagedType<X> declaringType, AttributeModel model, AthanorEntityType<E> elementType) {
            super(declaringType, model, elementType);
        }

        @Override
        public CollectionType getCollectionType() {
            return CollectionType.SET;
        }
    }

    /**
     * A to-many declared as {@code java.util.Map}: its values are the element entities, its keys an
     * attribute of theirs ({@code @MapKey}, the id by default).
     */
    static final class OfMap<X, K, E> extends AthanorPluralAttribute<X, Map<K, E>, E>
            implements MapAttribute<X, K, E> {

        private final Type<K> keyType;

        @SuppressWarnings("unchecked")
        OfMap(AbstractManagedType<X> declaringType, AttributeModel model, Type<?> keyType,
                AthanorEntityType<E> elementType) {
            super(declaringType, model, elementType);
            this.keyType = (Type<K>) Objects.requireNonNull(keyType, "keyType");
        }

        @Override
        public CollectionType getCollectionType() {
            return CollectionType.MAP;
        }

        @Override
        public Class<K> getKeyJavaType() {
            return keyType.getJavaType();
        }

        @Override
        public Type<K> getKeyType() {
            return keyType;
        }
    }

    /** A to-many declared as {@code java.util.Collection}. */
    static final class OfCollection<X, E> extends AthanorPluralAttribute<X, Collection<E>, E>
            implements CollectionAttribute<X, E> {

        OfCollection(AbstractManagedType<X> declaringType, AttributeModel model, AthanorEntityType<E> elementType) {
            super(declaringType, model, elementType);
        }

        @Override
        public CollectionType getCollectionType() {
            return CollectionType.COLLECTION;
        }
    }
}
