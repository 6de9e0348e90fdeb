package dev.athanor.jpa.metamodel;

import jakarta.persistence.metamodel.BasicType;

/**
 * The type of a basic attribute's value: a Java class the database stores in one column. The
 * metamodel keeps one instance per class so that types compare by identity.
 */
final class AthanorBasicType<X> implements BasicType<X> {

    private final Class<X> javaType;

    AthanorBasicType(Class<X> javaType) {
        this.javaType = javaType;
    }

    @Override
    public PersistenceType getPersistenceType() {
        return PersistenceType.BASIC;
    }

    @Override
    public Class<X> getJavaType() {
        return javaType;
    }

    @Override
    public String toString() {
        return "BasicType[" + javaType.getName() + "]";
    }
}
