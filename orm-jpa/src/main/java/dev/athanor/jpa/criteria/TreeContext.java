package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The state of one tree build: names the parameters a statement uses. Named parameters keep their
 * names; unnamed ones, and the plain values a Criteria query was given, are {@code param0, param1, ...}
 * in order of first appearance, so that the names depend on the statement alone and equal Criteria
 * give equal trees whatever their values.
 *
 * <p>Values are bound as parameters, as the plan cache keys Criteria queries by their tree and a value
 * written into it would make a plan per value (and keep entity instances alive in the cache). In the
 * SELECT list, GROUP BY and ORDER BY they stay literals: there a bound integer can reach the database as
 * a column position ({@code GROUP BY 1}) once a driver inlines it, and such values rarely vary.
 */
final class TreeContext {

    static final String GENERATED_PARAMETER_PREFIX = "param";

    private final Map<AthanorParameterExpression<?>, String> names = new IdentityHashMap<>();
    private final List<AthanorParameterExpression<?>> order = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private int generated;
    private boolean inline;

    Expr.Param parameter(AthanorParameterExpression<?> parameter) {
        String name = names.get(parameter);
        if (name == null) {
            name = parameter.getName() != null ? parameter.getName() : GENERATED_PARAMETER_PREFIX + generated++;
            names.put(parameter, name);
            order.add(parameter);
        }
        return new Expr.Param(Expr.NO_POSITION, name, 0);
    }

    /**
     * A value given to the query: a parameter of a generated name bound to it, or where the clause
     * being built keeps values literal, the literal.
     */
    Expr value(Object value) {
        if (inline) {
            return new Expr.Literal(Expr.NO_POSITION, value);
        }
        String name = GENERATED_PARAMETER_PREFIX + generated++;
        values.put(name, value);
        return new Expr.Param(Expr.NO_POSITION, name, 0);
    }

    /** Builds a clause with values kept literal ({@code inline}) or bound; the previous mode is restored after. */
    <R> R clause(boolean inline, Supplier<R> build) {
        boolean outer = this.inline;
        this.inline = inline;
        try {
            return build.get();
        } finally {
            this.inline = outer;
        }
    }

    /**
     * Gives each parameter its name for this statement and returns them in order; fails when a
     * user's name is one generated for an unnamed parameter or a value, as the two would be one parameter.
     */
    List<AthanorParameterExpression<?>> finish() {
        for (AthanorParameterExpression<?> parameter : order) {
            String name = names.get(parameter);
            if (parameter.getName() != null && parameter.getName().startsWith(GENERATED_PARAMETER_PREFIX)
                    && (values.containsKey(name)
                    || order.stream().anyMatch(p -> p.getName() == null && names.get(p).equals(name)))) {
                throw new IllegalArgumentException("The parameter name '" + name + "' is a name Athanor gives an"
                        + " unnamed parameter or a value of the same query; give the named parameter another name.");
            }
            parameter.treeName(name);
        }
        return List.copyOf(order);
    }

    /** The values bound to generated parameters, by parameter name, in order of appearance. */
    Map<String, Object> values() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
