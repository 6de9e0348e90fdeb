package dev.athanor.jpa.criteria;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.tree.Expr;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.List;
import java.util.Map;

/**
 * What paths share: navigation by attribute name or metamodel attribute (checked against the
 * metamodel, with a did-you-mean), {@code type()}, and the dotted {@link Expr.Path} they stand for.
 *
 * @param <X> the type the path leads to
 */
abstract class AbstractPath<X> extends AbstractExpression<X> implements Path<X> {

    AbstractPath(Class<? extends X> javaType) {
        super(javaType);
    }

    /** The dotted path from an identification variable. */
    abstract Expr.Path pathTree();

    /** The type whose attributes {@code get} reaches, or null where the path leads to a basic value. */
    abstract ManagedType<?> navigable();

    /** Why {@code get(name)} cannot go on from here (only asked when {@link #navigable()} is null). */
    abstract String cannotNavigate(String name);

    @Override
    final Expr tree(TreeContext context) {
        return pathTree();
    }

    @Override
    public <Y> Path<Y> get(String attributeName) {
        ManagedType<?> type = navigable();
        if (type == null) {
            throw new IllegalArgumentException(cannotNavigate(attributeName));
        }
        return new AttributePath<>(this, attribute(type, attributeName));
    }

    @Override
    public <Y> Path<Y> get(SingularAttribute<? super X, Y> attribute) {
        return new AttributePath<>(this, checked(attribute));
    }

    @Override
    public <E, C extends java.util.Collection<E>> Expression<C> get(PluralAttribute<? super X, C, E> attribute) {
        return new AttributePath<>(this, checked(attribute));
    }

    @Override
    public <K, V, M extends Map<K, V>> Expression<M> get(MapAttribute<? super X, K, V> map) {
        return new AttributePath<>(this, checked(map));
    }

    @Override
    public Expression<Class<? extends X>> type() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Class<? extends X>> type = (Class) Class.class;
        return new DerivedExpression<>(type, List.of(this), a -> new Expr.Call(Expr.NO_POSITION, "TYPE", a));
    }

    /** {@code attribute}, when the type this path leads to has it. */
    final Attribute<?, ?> checked(Attribute<?, ?> attribute) {
        if (attribute == null) {
            throw new IllegalArgumentException("The attribute is null: is the static metamodel populated? It is once"
                    + " the EntityManagerFactory has been created");
        }
        ManagedType<?> type = navigable();
        if (type == null) {
            throw new IllegalArgumentException(cannotNavigate(attribute.getName()));
        }
        if (!attribute.getDeclaringType().getJavaType().isAssignableFrom(type.getJavaType())) {
            throw QueryException.at(ErrorCode.QUERY_UNKNOWN_ATTRIBUTE, null, Expr.NO_POSITION, "The attribute "
                    + attribute.getDeclaringType().getJavaType().getSimpleName() + "." + attribute.getName()
                    + " does not belong to " + typeName(type) + ", which " + this + " leads to", null);
        }
        return attribute;
    }

    /** The attribute {@code name} of {@code type}, or an error naming the closest one and all of them. */
    static Attribute<?, ?> attribute(ManagedType<?> type, String name) {
        try {
            return type.getAttribute(name); // a map lookup: a path is made on every query built
        } catch (IllegalArgumentException unknown) {
            // told below, with the query's own code and a did-you-mean
        }
        List<String> names = type.getAttributes().stream().map(Attribute::getName).toList();
        throw QueryException.at(ErrorCode.QUERY_UNKNOWN_ATTRIBUTE, null, Expr.NO_POSITION, typeName(type)
                + " has no attribute '" + name + "'." + Suggestions.didYouMean(String.valueOf(name), names)
                + " Attributes: " + names, null);
    }

    /** The entity name of an entity, the simple class name of an embeddable. */
    static String typeName(ManagedType<?> type) {
        return type instanceof EntityType<?> entity ? entity.getName() : type.getJavaType().getSimpleName();
    }
}
