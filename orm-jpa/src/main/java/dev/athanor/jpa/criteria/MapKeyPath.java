package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.metamodel.Bindable;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.MapAttribute;
import java.util.List;

/**
 * {@code KEY(m)} of a map join {@code m}: the key of each value, an attribute of it ({@code @MapKey});
 * navigable when that attribute is a to-one.
 *
 * @param <K> the key type
 */
final class MapKeyPath<K> extends AbstractPath<K> {

    private final PluralJoins.OfMap<?, K, ?> join;
    private final MapAttribute<?, K, ?> map;

    MapKeyPath(PluralJoins.OfMap<?, K, ?> join, MapAttribute<?, K, ?> map) {
        super(map.getKeyJavaType());
        this.join = join;
        this.map = map;
    }

    @Override
    Expr.Path pathTree() {
        return new Expr.Path(Expr.NO_POSITION, new Expr.Call(Expr.NO_POSITION, "KEY", List.of(join.pathTree())),
                List.of());
    }

    @Override
    ManagedType<?> navigable() {
        return map.getKeyType() instanceof ManagedType<?> managed ? managed : null;
    }

    @Override
    String cannotNavigate(String name) {
        return "Cannot reach '" + name + "' through the key of " + join.alias() + ": it is a basic value of type "
                + map.getKeyJavaType().getSimpleName() + ", which has no attributes";
    }

    @SuppressWarnings("unchecked")
    @Override
    public Bindable<K> getModel() {
        return map.getKeyType() instanceof Bindable<?> bindable ? (Bindable<K>) bindable : null;
    }

    @Override
    public Path<?> getParentPath() {
        return join;
    }
}
