package dev.athanor.jpa.criteria;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CompoundSelection;
import jakarta.persistence.criteria.Selection;
import java.util.List;

/**
 * A selection of several items: {@code construct} (a {@code NEW} expression), {@code tuple} or
 * {@code array}. A tuple or array is the SELECT list itself, so it cannot be nested in another
 * compound selection; a construct can be an item of a tuple or array.
 *
 * @param <X> the type each result row becomes
 */
final class AthanorCompoundSelection<X> extends AbstractSelection<X> implements CompoundSelection<X> {

    enum Kind { CONSTRUCT, TUPLE, ARRAY }

    private final Kind kind;
    private final List<Selection<?>> items;

    AthanorCompoundSelection(Kind kind, Class<X> javaType, List<? extends Selection<?>> items) {
        super(javaType);
        this.kind = kind;
        this.items = List.copyOf(items);
        for (Selection<?> item : this.items) {
            if (item instanceof AthanorCompoundSelection<?> nested && (nested.kind != Kind.CONSTRUCT
                    || kind == Kind.CONSTRUCT)) {
                throw new IllegalArgumentException("A " + describe(kind) + " cannot contain a " + describe(nested.kind)
                        + ": only construct(...) may be an item of tuple(...), array(...) or multiselect(...)");
            }
            if (!(item instanceof AthanorCompoundSelection<?>)) {
                AbstractExpression.node((jakarta.persistence.criteria.Expression<?>) item);
            }
        }
        if (kind == Kind.TUPLE && javaType != Tuple.class) {
            throw new IllegalArgumentException("a tuple selection produces Tuple");
        }
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case CONSTRUCT -> "construct(...)";
            case TUPLE -> "tuple(...)";
            case ARRAY -> "array(...)";
        };
    }

    Kind kind() {
        return kind;
    }

    @Override
    public boolean isCompoundSelection() {
        return true;
    }

    @Override
    public List<Selection<?>> getCompoundSelectionItems() {
        return items;
    }

    @Override
    public String toString() {
        return describe(kind) + items;
    }
}
