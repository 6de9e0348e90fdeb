package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.Bindable;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code parent.attribute}: a state field, an embedded value, a to-one, or (as an expression for
 * IS EMPTY, SIZE, MEMBER OF) a collection.
 *
 * @param <X> the attribute's type (for a collection, the collection type)
 */
final class AttributePath<X> extends AbstractPath<X> {

    private final AbstractPath<?> parent;
    private final Attribute<?, ?> attribute;

    AttributePath(AbstractPath<?> parent, Attribute<?, ?> attribute) {
        super(javaType(attribute));
        this.parent = parent;
        this.attribute = attribute;
    }

    @SuppressWarnings("unchecked")
    private static <X> Class<X> javaType(Attribute<?, ?> attribute) {
        return (Class<X>) (attribute instanceof SingularAttribute<?, ?> singular
                ? singular.getBindableJavaType()
                : attribute.getJavaType());
    }

    @Override
    Expr.Path pathTree() {
        Expr.Path from = parent.pathTree();
        List<String> parentNames = from.names();
        List<String> names;
        if (parentNames.size() == 1) { // alias.attribute, the usual path: no array to copy
            names = List.of(parentNames.get(0), attribute.getName());
        } else {
            names = new ArrayList<>(parentNames.size() + 1);
            names.addAll(parentNames);
            names.add(attribute.getName());
        }
        return new Expr.Path(Expr.NO_POSITION, from.qualifier(), names);
    }

    @Override
    ManagedType<?> navigable() {
        return attribute instanceof SingularAttribute<?, ?> singular
                && singular.getType() instanceof ManagedType<?> managed ? managed : null;
    }

    @Override
    String cannotNavigate(String name) {
        if (attribute instanceof PluralAttribute<?, ?, ?>) {
            return "Cannot reach '" + name + "' through " + this + ": it is a collection. Join it first, as in"
                    + " join(\"" + attribute.getName() + "\").get(\"" + name + "\")";
        }
        return "Cannot reach '" + name + "' through " + this + ": it is a basic value of type "
                + attribute.getJavaType().getSimpleName() + ", which has no attributes";
    }

    @SuppressWarnings("unchecked")
    @Override
    public Bindable<X> getModel() {
        return (Bindable<X>) attribute;
    }

    @Override
    public Path<?> getParentPath() {
        return parent;
    }
}
