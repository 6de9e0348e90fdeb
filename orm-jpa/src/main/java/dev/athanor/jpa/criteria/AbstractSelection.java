package dev.athanor.jpa.criteria;

import jakarta.persistence.criteria.Selection;

/**
 * What every selection, single or compound, shares: the Java type given at creation and the alias
 * {@code alias(...)} sets.
 *
 * @param <X> the selection's Java type
 */
abstract class AbstractSelection<X> implements Selection<X> {

    private final Class<? extends X> javaType;
    private String alias;

    AbstractSelection(Class<? extends X> javaType) {
        this.javaType = javaType;
    }

    /** The type given at creation, even where a subclass works its Java type out later (null then). */
    final Class<? extends X> declaredType() {
        return javaType;
    }

    @Override
    public Class<? extends X> getJavaType() {
        return javaType;
    }

    @Override
    public Selection<X> alias(String name) {
        this.alias = name;
        return this;
    }

    @Override
    public String getAlias() {
        return alias;
    }
}
