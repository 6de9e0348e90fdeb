package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one tree build: names the parameters a statement uses. Named parameters keep their
 * names; unnamed ones are {@code param0, param1, ...} in order of first appearance, so that the names
 * depend on the statement alone and equal Criteria give equal trees.
 */
final class TreeContext {

    static final String GENERATED_PARAMETER_PREFIX = "param";

    private final Map<AthanorParameterExpression<?>, String> names = new IdentityHashMap<>();
    private final List<AthanorParameterExpression<?>> order = new ArrayList<>();
    private int unnamed;

    Expr.Param parameter(AthanorParameterExpression<?> parameter) {
        String name = names.get(parameter);
        if (name == null) {
            name = parameter.getName() != null ? parameter.getName() : GENERATED_PARAMETER_PREFIX + unnamed++;
            names.put(parameter, name);
            order.add(parameter);
        }
        return new Expr.Param(Expr.NO_POSITION, name, 0);
    }

    /**
     * Gives each parameter its name for this statement and returns them in order; fails when a
     * user's name is one generated for an unnamed parameter, as the two would be one parameter.
     */
    List<AthanorParameterExpression<?>> finish() {
        for (AthanorParameterExpression<?> parameter : order) {
            String name = names.get(parameter);
            if (parameter.getName() != null && parameter.getName().startsWith(GENERATED_PARAMETER_PREFIX)
                    && order.stream().anyMatch(p -> p.getName() == null && names.get(p).equals(name))) {
                throw new IllegalArgumentException("The parameter name '" + name + "' is the name Athanor gives an"
                        + " unnamed parameter of the same query; give the named parameter another name.");
            }
            parameter.treeName(name);
        }
        return List.copyOf(order);
    }
}
