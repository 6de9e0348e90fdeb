package dev.athanor.jpa;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.query.QueryPlan.QueryParameter;
import dev.athanor.jpa.criteria.AthanorParameterExpression;
import jakarta.persistence.Parameter;
import jakarta.persistence.TemporalType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of one query and the values bound to them: the {@link Parameter} object of each
 * declared parameter (for a Criteria query, its {@code ParameterExpression}), each value checked
 * against the parameter's type when it is set, and the arguments of a run, in the plan's order.
 *
 * <p>A Criteria query's plain values are parameters of the plan too, bound here from the start; they
 * are hidden: not among {@link #parameters()}, not found by name, and so never rebound by the user.
 */
final class QueryBindings {

    private final String query;
    private final List<QueryParameter> declared;
    private final List<Parameter<?>> objects;
    private final Object[] given;
    private final Object[] values;
    private final boolean[] bound;
    private final boolean[] hidden;

    /**
     * @param query the query text, for messages
     * @param declared the plan's parameters
     * @param expressions a Criteria query's parameter expressions (matched by their tree name), else empty
     * @param implicit a Criteria query's plain values by their generated parameter names, else empty
     */
    QueryBindings(String query, List<QueryParameter> declared, List<? extends AthanorParameterExpression<?>> expressions,
            Map<String, Object> implicit) {
        this.query = query;
        this.declared = declared;
        this.objects = new ArrayList<>(declared.size());
        for (QueryParameter parameter : declared) {
            Parameter<?> object = null;
            for (AthanorParameterExpression<?> expression : expressions) {
                if (parameter.name() != null && parameter.name().equals(expression.treeName())) {
                    object = expression;
                }
            }
            objects.add(object != null ? object : new AthanorParameter<>(parameter.name(),
                    parameter.position() > 0 ? parameter.position() : null, ParameterValues.boxed(parameter.type())));
        }
        this.given = new Object[declared.size()];
        this.values = new Object[declared.size()];
        this.bound = new boolean[declared.size()];
        this.hidden = new boolean[declared.size()];
        for (int i = 0; i < declared.size(); i++) {
            String name = declared.get(i).name();
            if (name != null && implicit.containsKey(name)) {
                hidden[i] = true;
                bindCriteriaValue(i, implicit.get(name));
            }
        }
    }

    /**
     * Binds a value given to a Criteria query as the literal it replaces would have been compared: an
     * enum constant given by name ({@code equal(status, "PAID")}, as JPQL accepts {@code o.status = 'PAID'})
     * is that constant; a number that the compared operand's type cannot hold exactly ({@code quantity > 2.5})
     * and a character (which the tree carries as a one-letter string) go to the database as they are.
     * Any other value is checked as a user's parameter value is.
     */
    private void bindCriteriaValue(int index, Object value) {
        Class<?> type = ParameterValues.boxed(declared.get(index).type());
        given[index] = value;
        if (type.isEnum() && value instanceof String name) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    bind(index, constant);
                    return;
                }
            }
        }
        boolean inexact = value instanceof Number number && !type.isInstance(value) && ParameterValues.isNumeric(type)
                && ParameterValues.convertNumber(number, type) == null;
        boolean character = type == Character.class && value instanceof String text && text.length() == 1;
        if (inexact || character) {
            values[index] = value;
            bound[index] = true;
            return;
        }
        bind(index, value);
    }

    // ---- finding parameters -------------------------------------------------------------------

    int indexOf(String name) {
        for (int i = 0; i < objects.size(); i++) {
            if (!hidden[i] && name != null && name.equals(objects.get(i).getName())) {
                return i;
            }
        }
        List<String> names = visible().stream().map(Parameter::getName).filter(n -> n != null).toList();
        throw unknown(":" + name, name == null ? "" : Suggestions.didYouMean(name, names));
    }

    int indexOf(int position) {
        for (int i = 0; i < objects.size(); i++) {
            if (Integer.valueOf(position).equals(objects.get(i).getPosition())) {
                return i;
            }
        }
        throw unknown("?" + position, "");
    }

    int indexOf(Parameter<?> parameter) {
        if (parameter == null) {
            throw unknown("null", "");
        }
        for (int i = 0; i < objects.size(); i++) {
            if (!hidden[i] && (objects.get(i) == parameter || objects.get(i).equals(parameter))) {
                return i;
            }
        }
        throw unknown(parameter.getName() != null ? ":" + parameter.getName() : parameter.getPosition() != null
                ? "?" + parameter.getPosition() : String.valueOf(parameter), "");
    }

    private IllegalArgumentException unknown(String label, String didYouMean) {
        return new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_PARAMETER, "the query has no parameter "
                + label + "." + didYouMean).detail("parameters", labels()).detail("query", query)
                .hint("Use one of the query's parameters listed above, spelt as in the query.").render());
    }

    private List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            if (!hidden[i]) {
                labels.add(label(i));
            }
        }
        return labels;
    }

    /** How parameter {@code index} is named in messages. */
    String label(int index) {
        Parameter<?> object = objects.get(index);
        if (hidden[index]) {
            return ":" + object.getName() + " (the value " + given[index] + " given to the Criteria query)";
        }
        if (object instanceof AthanorParameterExpression<?> expression && expression.getName() == null) {
            return "ParameterExpression<" + expression.getParameterType().getSimpleName() + ">";
        }
        return object.getName() != null ? ":" + object.getName() : "?" + object.getPosition();
    }

    Parameter<?> parameter(int index) {
        return objects.get(index);
    }

    /** The parameter at {@code index} as a {@code Parameter<T>}, if its values can be {@code type}s. */
    @SuppressWarnings("unchecked")
    <T> Parameter<T> parameter(int index, Class<T> type) {
        Class<?> own = objects.get(index).getParameterType();
        Class<?> wanted = ParameterValues.boxed(type);
        if (own != null && own != Object.class && !wanted.isAssignableFrom(ParameterValues.boxed(own))) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_PARAMETER, "parameter " + label(index)
                    + " takes " + own.getName() + " values, not " + type.getName()).detail("query", query)
                    .hint("Ask for the parameter with type " + own.getSimpleName() + " (or a supertype).").render());
        }
        return (Parameter<T>) objects.get(index);
    }

    Set<Parameter<?>> parameters() {
        return new LinkedHashSet<>(visible());
    }

    private List<Parameter<?>> visible() {
        List<Parameter<?>> visible = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            if (!hidden[i]) {
                visible.add(objects.get(i));
            }
        }
        return visible;
    }

    // ---- values -------------------------------------------------------------------------------

    void bind(int index, Object value) {
        QueryParameter parameter = declared.get(index);
        // a value of the parameter's own type, the usual case, needs no conversion and no label for a message
        values[index] = ParameterValues.accepted(parameter, value) ? value
                : ParameterValues.checked(parameter, label(index), value, query);
        given[index] = value;
        bound[index] = true;
    }

    /** Binds a {@code Date} or {@code Calendar} at the precision of {@code temporalType}. */
    void bindTemporal(int index, Object value, TemporalType temporalType) {
        Object converted = ParameterValues.temporal(value, temporalType, declared.get(index).type());
        values[index] = ParameterValues.checked(declared.get(index), label(index), converted, query);
        given[index] = value;
        bound[index] = true;
    }

    boolean isBound(int index) {
        return bound[index];
    }

    /** The value given for parameter {@code index}; IllegalStateException when none was. */
    Object value(int index) {
        if (!bound[index]) {
            throw new IllegalStateException(ErrorMessage.of(ErrorCode.QUERY_PARAMETER, "parameter " + label(index)
                    + " has no value yet").detail("query", query).hint("Call setParameter() for it first, or test"
                    + " isBound().").render());
        }
        return given[index];
    }

    /** The values of a run, in the plan's order; IllegalStateException listing every parameter without one. */
    Object[] arguments() {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < bound.length; i++) {
            if (!bound[i]) {
                missing.add(label(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(ErrorMessage.of(ErrorCode.QUERY_PARAMETER, (missing.size() == 1
                    ? "parameter " : "parameters ") + String.join(", ", missing) + (missing.size() == 1 ? " has" : " have")
                    + " no value").detail("query", query).hint("Call setParameter() for every parameter of the query"
                    + " before running it.").render());
        }
        return values.clone();
    }
}
