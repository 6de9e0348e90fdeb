package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import jakarta.persistence.criteria.ParameterExpression;

/**
 * A parameter of a Criteria query, made by {@code CriteriaBuilder.parameter}. Its name in the tree
 * ({@link #treeName()}) is the user's name, or for an unnamed parameter {@code paramN}, given when a
 * statement using it builds its tree.
 *
 * @param <T> the type of the value bound to it
 */
public final class AthanorParameterExpression<T> extends AbstractExpression<T> implements ParameterExpression<T> {

    private final String name;
    private String treeName;

    AthanorParameterExpression(Class<T> type, String name) {
        super(type);
        if (type == null) {
            throw new IllegalArgumentException("A Criteria parameter needs its type: parameter(String.class)");
        }
        this.name = name;
        this.treeName = name;
    }

    /**
     * The name its {@code Expr.Param} nodes carry: the user's name, or the generated name the last tree
     * built with this parameter gave it (null before any).
     */
    public String treeName() {
        return treeName;
    }

    void treeName(String treeName) {
        this.treeName = treeName;
    }

    /** The user's name, or null for an unnamed parameter. */
    @Override
    public String getName() {
        return name;
    }

    /** Always null: Criteria parameters are named, never positional. */
    @Override
    public Integer getPosition() {
        return null;
    }

    @SuppressWarnings("unchecked")
    @Override
    public Class<T> getParameterType() {
        return (Class<T>) getJavaType();
    }

    @Override
    Expr tree(TreeContext context) {
        return context.parameter(this);
    }

    @Override
    public String toString() {
        return "Parameter[" + (name != null ? ":" + name : "unnamed") + ", " + getJavaType().getSimpleName() + "]";
    }
}
