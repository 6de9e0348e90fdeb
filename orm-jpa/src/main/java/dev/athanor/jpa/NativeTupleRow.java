package dev.athanor.jpa;

import dev.athanor.core.engine.Row;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.error.Suggestions;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.util.Arrays;
import java.util.List;

/**
 * One row of a native query read as a {@link Tuple}: its elements are the result's columns, by
 * label (matched as written first, then ignoring case, as databases differ in the case they report)
 * and by position. A value asked for as a type is converted as the engine converts column values
 * (a count read as {@code Integer} by the driver comes back as the {@code Long} asked for).
 */
final class NativeTupleRow implements Tuple {

    private final Labels labels;
    private final Row row;

    private NativeTupleRow(Labels labels, Row row) {
        this.labels = labels;
        this.row = row;
    }

    /** The elements of one result, shared by its rows. */
    static final class Labels {
        private final List<String> names;
        private final List<TupleElement<?>> elements;

        Labels(List<String> names) {
            this.names = List.copyOf(names);
            this.elements = this.names.stream().<TupleElement<?>>map(Element::new).toList();
        }

        NativeTupleRow row(Row row) {
            return new NativeTupleRow(this, row);
        }

        int indexOf(String alias) {
            int found = names.indexOf(alias);
            for (int i = 0; found < 0 && i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(alias)) {
                    found = i;
                }
            }
            if (found < 0) {
                throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_RESULT_TYPE, "the native query's"
                        + " result has no column labelled '" + alias + "'." + Suggestions.didYouMean(alias, names))
                        .detail("columns", names).hint("Use one of the labels listed, or alias the column in the SQL.")
                        .render());
            }
            return found;
        }
    }

    /** A column as a tuple element: its label is the alias; its values are of whatever type the driver gives. */
    private record Element(String alias) implements TupleElement<Object> {
        @Override
        public Class<?> getJavaType() {
            return Object.class;
        }

        @Override
        public String getAlias() {
            return alias;
        }
    }

    @Override
    public <X> X get(TupleElement<X> element) {
        int index = labels.elements.indexOf(element);
        if (index < 0) {
            throw new IllegalArgumentException("the tuple element " + element.getAlias() + " is not an element of"
                    + " this native query's result; its elements are " + labels.names);
        }
        @SuppressWarnings("unchecked")
        X value = (X) row.get(index);
        return value;
    }

    @Override
    public <X> X get(String alias, Class<X> type) {
        return convert(labels.indexOf(alias), type);
    }

    @Override
    public Object get(String alias) {
        return row.get(labels.indexOf(alias));
    }

    @Override
    public <X> X get(int i, Class<X> type) {
        return convert(checked(i), type);
    }

    @Override
    public Object get(int i) {
        return row.get(checked(i));
    }

    private int checked(int i) {
        if (i < 0 || i >= labels.names.size()) {
            throw new IllegalArgumentException("tuple index " + i + " is out of range: the native query's result has "
                    + labels.names.size() + " columns " + labels.names + ", from 0");
        }
        return i;
    }

    private <X> X convert(int index, Class<X> type) {
        try {
            return row.get(index, type);
        } catch (PersistenceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public Object[] toArray() {
        return row.toArray();
    }

    @Override
    public List<TupleElement<?>> getElements() {
        return labels.elements;
    }

    @Override
    public String toString() {
        return "Tuple" + Arrays.toString(row.toArray());
    }
}
