package dev.athanor.jpa.metamodel;

import jakarta.persistence.metamodel.EmbeddableType;

/**
 * An {@code @Embeddable} class. One type serves every embedding: column overrides belong to the
 * embedding entity's mapping, not to the metamodel.
 */
final class AthanorEmbeddableType<X> extends AbstractManagedType<X> implements EmbeddableType<X> {

    AthanorEmbeddableType(Class<X> javaType) {
        super(javaType);
    }

    @Override
    AbstractManagedType<? super X> parent() {
        return null;
    }

    @Override
    public PersistenceType getPersistenceType() {
        return PersistenceType.EMBEDDABLE;
    }

    @Override
    String kind() {
        return "embeddable";
    }
}
