package dev.athanor.core.sql.ast;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code NAME(arg, ...)}, or {@code NAME(DISTINCT arg)} for aggregates. The name is written as
 * given, so it must be a plain SQL word (letters, digits, underscores).
 */
public record FunctionCall(String name, List<Expression> arguments, boolean distinct) implements Expression {

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public FunctionCall {
        Requires.name(name, "a function call");
        if (!WORD.matcher(name).matches()) {
            throw new IllegalArgumentException("a function name is letters, digits and underscores, got '" + name + "'");
        }
        arguments = Requires.list(arguments, "the arguments of " + name);
        if (distinct && arguments.isEmpty()) {
            throw new IllegalArgumentException(name + "(DISTINCT ...) needs an argument");
        }
    }

    public static FunctionCall of(String name, Expression... arguments) {
        return new FunctionCall(name, List.of(arguments), false);
    }

    /** {@code COUNT(*)}. */
    public static FunctionCall countAll() {
        return of("COUNT", Star.ALL);
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
