package dev.athanor.jpa;

import jakarta.persistence.TupleElement;

/**
 * One element of the rows of a JPQL query read as {@link jakarta.persistence.Tuple}: the Java type
 * of the select item and its result alias ({@code AS name}), or null when it has none.
 */
public record TupleItem<X>(Class<? extends X> javaType, String alias) implements TupleElement<X> {

    @Override
    public Class<? extends X> getJavaType() {
        return javaType;
    }

    @Override
    public String getAlias() {
        return alias;
    }
}
