package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 *
 * <p>A context serves one build and is thrown away after it (also when the build throws): a tree is
 * built on every {@code createQuery}, so the context keeps nothing it does not need.
 */
final class TreeContext {

    static final String GENERATED_PARAMETER_PREFIX = "param";

    private static final GeneratedNames GENERATED_PARAMETER_NAMES = new GeneratedNames(GENERATED_PARAMETER_PREFIX);

    /** The parameters in order of first appearance, and the name each has in this tree, at the same index. */
    private final List<AthanorParameterExpression<?>> order = new ArrayList<>(2);
    private final List<String> names = new ArrayList<>(2);
    private Map<String, Object> values;
    private int generated;
    private boolean inline;

    Expr.Param parameter(AthanorParameterExpression<?> parameter) {
        // by identity, in a list: a statement has a handful of parameters, and this runs on every build
        String name = null;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == parameter) {
                name = names.get(i);
                break;
            }
        }
        if (name == null) {
            name = parameter.getName() != null ? parameter.getName() : GENERATED_PARAMETER_NAMES.get(generated++);
            order.add(parameter);
            names.add(name);
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
        String name = GENERATED_PARAMETER_NAMES.get(generated++);
        if (values == null) {
            values = new LinkedHashMap<>();
        }
        values.put(name, value);
        return new Expr.Param(Expr.NO_POSITION, name, 0);
    }

    /**
     * Whether the clause built next keeps values literal ({@code true}) or binds them; returns the
     * previous mode, for the caller to restore once its clause is built.
     */
    boolean inline(boolean inline) {
        boolean outer = this.inline;
        this.inline = inline;
        return outer;
    }

    /**
     * Gives each parameter its name for this statement and returns them in order; fails when a
     * user's name is one generated for an unnamed parameter or a value, as the two would be one parameter.
     */
    List<AthanorParameterExpression<?>> finish() {
        for (int i = 0; i < order.size(); i++) {
            AthanorParameterExpression<?> parameter = order.get(i);
            String name = names.get(i);
            if (parameter.getName() != null && parameter.getName().startsWith(GENERATED_PARAMETER_PREFIX)
                    && (values != null && values.containsKey(name) || isGeneratedForUnnamed(name))) {
                throw new IllegalArgumentException("The parameter name '" + name + "' is a name Athanor gives an"
                        + " unnamed parameter or a value of the same query; give the named parameter another name.");
            }
            parameter.treeName(name);
        }
        return List.copyOf(order);
    }

    private boolean isGeneratedForUnnamed(String name) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).getName() == null && names.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The values bound to generated parameters, by parameter name, in order of appearance; asked once the
     * tree is built (the map is not copied, as nothing adds to it after).
     */
    Map<String, Object> values() {
        return values == null ? Map.of() : Collections.unmodifiableMap(values);
    }
}
