package dev.athanor.jpa;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.QueryPlan.ResultItem;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a query's results are made into for the result class it was created with: as the plan
 * yields them (the single item's value, or {@code Object[]} for several), wrapped in an
 * {@code Object[]} of one, or as {@link TupleRow}s. Checked once, when the query is created.
 */
final class ResultShape {

    private enum Form {
        AS_IS, ARRAY_OF_ONE, TUPLE
    }

    private static final ResultShape AS_IS = new ResultShape(Form.AS_IS, List.of());

    private final Form form;
    private final List<TupleElement<?>> elements;

    private ResultShape(Form form, List<TupleElement<?>> elements) {
        this.form = form;
        this.elements = elements;
    }

    /**
     * The shape of {@code plan}'s results as {@code requested}s; IllegalArgumentException (ATH-9006)
     * when they cannot be.
     *
     * @param requested the result class asked for, or null (untyped)
     * @param selections a Criteria query's selections, which its tuples are read by; null for JPQL
     */
    static ResultShape of(QueryPlan plan, Class<?> requested, List<? extends TupleElement<?>> selections) {
        if (requested == null || requested == Object.class) {
            return AS_IS;
        }
        if (plan.kind() != QueryPlan.Kind.SELECT) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_RESULT_TYPE, "an " + plan.kind()
                    + " statement has no results, so it cannot be a query of " + requested.getName() + " results")
                    .detail("query", plan.text()).hint("Create it without a result class (createQuery(String)) and"
                            + " run it with executeUpdate().").render());
        }
        List<ResultItem> items = plan.items();
        if (requested == Tuple.class) {
            List<TupleElement<?>> elements = new ArrayList<>();
            if (selections != null && selections.size() == items.size()) {
                elements.addAll(selections);
            } else {
                for (int i = 0; i < items.size(); i++) {
                    elements.add(new TupleItem<>(items.get(i).javaType(), plan.aliases().get(i)));
                }
            }
            return new ResultShape(Form.TUPLE, List.copyOf(elements));
        }
        if (requested == Object[].class) {
            return items.size() == 1 ? new ResultShape(Form.ARRAY_OF_ONE, List.of()) : AS_IS;
        }
        Class<?> yields = plan.resultType();
        if (items.size() > 1 || yields == null
                || !ParameterValues.boxed(requested).isAssignableFrom(ParameterValues.boxed(yields))) {
            String selected = items.size() > 1 ? items.size() + " items (each result an Object[])"
                    : yields == null ? "an untyped value" : yields.getName();
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_RESULT_TYPE, "the query selects "
                    + selected + ", which is not a " + requested.getName()).detail("query", plan.text())
                    .hint(items.size() > 1 ? "Ask for Object[].class or Tuple.class, or select a single item."
                            : "Ask for " + (yields == null ? "Object" : yields.getSimpleName()) + ".class (or a"
                            + " supertype), or change the select list.").render());
        }
        return AS_IS;
    }

    /** Whether results are returned as the plan makes them. */
    boolean asIs() {
        return form == Form.AS_IS;
    }

    /** One result as this shape makes it. */
    Object shape(Object result) {
        return switch (form) {
            case AS_IS -> result;
            case ARRAY_OF_ONE -> new Object[] {result};
            case TUPLE -> new TupleRow(elements, result instanceof Object[] row && elements.size() != 1 ? row
                    : new Object[] {result});
        };
    }
}
