package dev.athanor.jpa.metamodel;

import jakarta.persistence.metamodel.MappedSuperclassType;

/**
 * A {@code @MappedSuperclass} above at least one entity: the attributes it declares are shared,
 * as the same attribute objects, by every entity extending it.
 */
final class AthanorMappedSuperclassType<X> extends AbstractIdentifiableType<X> implements MappedSuperclassType<X> {

    AthanorMappedSuperclassType(Class<X> javaType, AbstractIdentifiableType<? super X> supertype) {
        super(javaType, supertype);
    }

    @Override
    public PersistenceType getPersistenceType() {
        return PersistenceType.MAPPED_SUPERCLASS;
    }

    @Override
    String kind() {
        return "mapped superclass";
    }
}
