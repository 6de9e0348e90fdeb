package dev.athanor.jpa.metamodel;

import jakarta.persistence.metamodel.EntityType;

/**
 * An entity class in the metamodel: its entity name (as queries use it), its attributes and its
 * mapped superclass chain.
 */
final class AthanorEntityType<X> extends AbstractIdentifiableType<X> implements EntityType<X> {

    private final String name;

    AthanorEntityType(Class<X> javaType, String name, AbstractIdentifiableType<? super X> supertype) {
        super(javaType, supertype);
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public PersistenceType getPersistenceType() {
        return PersistenceType.ENTITY;
    }

    @Override
    public BindableType getBindableType() {
        return BindableType.ENTITY_TYPE;
    }

    @Override
    public Class<X> getBindableJavaType() {
        return getJavaType();
    }

    @Override
    String kind() {
        return "entity";
    }
}
