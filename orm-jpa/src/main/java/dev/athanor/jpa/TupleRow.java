package dev.athanor.jpa;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.error.Suggestions;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.util.ArrayList;
import java.util.List;

/**
 * One result row of a query read as {@link Tuple}: its values by position, by result alias, or by
 * element (the selection of a Criteria query, or an element of {@link #getElements()}). The elements
 * are shared by all rows of a query.
 */
public final class TupleRow implements Tuple {

    private final List<TupleElement<?>> elements;
    private final Object[] values;

    TupleRow(List<TupleElement<?>> elements, Object[] values) {
        this.elements = elements;
        this.values = values;
    }

    @Override
    public <X> X get(TupleElement<X> element) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == element) {
                return cast(i, element.getJavaType());
            }
        }
        if (element != null && element.getAlias() != null) {
            return cast(indexOf(element.getAlias()), element.getJavaType());
        }
        throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_RESULT_TYPE, "the tuple has no element "
                + element).detail("elements", describe()).hint("Pass one of the selections of the query, or get"
                + " the value by alias or position.").render());
    }

    @Override
    public <X> X get(String alias, Class<X> type) {
        return cast(indexOf(alias), type);
    }

    @Override
    public Object get(String alias) {
        return values[indexOf(alias)];
    }

    @Override
    public <X> X get(int i, Class<X> type) {
        checkIndex(i);
        return cast(i, type);
    }

    @Override
    public Object get(int i) {
        checkIndex(i);
        return values[i];
    }

    @Override
    public Object[] toArray() {
        return values.clone();
    }

    @Override
    public List<TupleElement<?>> getElements() {
        return elements;
    }

    private int indexOf(String alias) {
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            String own = elements.get(i).getAlias();
            if (own != null) {
                if (own.equals(alias)) {
                    return i;
                }
                aliases.add(own);
            }
        }
        throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_RESULT_TYPE, "the tuple has no element"
                + " with alias '" + alias + "'." + (alias == null ? "" : Suggestions.didYouMean(alias, aliases)))
                .detail("aliases", aliases).hint("Name the select item with AS " + alias + " (alias(\"" + alias
                + "\") in Criteria), or get the value by position.").render());
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= values.length) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_RESULT_TYPE, "the tuple has no"
                    + " element " + i + "; it has " + values.length + " (0 to " + (values.length - 1) + ")")
                    .detail("elements", describe()).render());
        }
    }

    @SuppressWarnings("unchecked")
    private <X> X cast(int i, Class<X> type) {
        Object value = values[i];
        if (value != null && type != null && !ParameterValues.boxed(type).isInstance(value)) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_RESULT_TYPE, "element " + i
                    + (elements.get(i).getAlias() != null ? " ('" + elements.get(i).getAlias() + "')" : "")
                    + " of the tuple is a " + value.getClass().getName() + ", not a " + type.getName())
                    .hint("Ask for it as " + value.getClass().getSimpleName() + " or a supertype.").render());
        }
        return (X) value;
    }

    private List<String> describe() {
        List<String> described = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            TupleElement<?> element = elements.get(i);
            described.add(i + ": " + (element.getJavaType() == null ? "?" : element.getJavaType().getSimpleName())
                    + (element.getAlias() != null ? " " + element.getAlias() : ""));
        }
        return described;
    }

    @Override
    public String toString() {
        return "Tuple" + java.util.Arrays.toString(values);
    }
}
