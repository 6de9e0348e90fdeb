package dev.athanor.core.query.compile;

import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.InheritanceModel;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.InList;
import dev.athanor.core.sql.ast.Literal;
import java.util.List;

/**
 * The discriminator conditions of a SINGLE_TABLE hierarchy: a variable ranging over an entity
 * below the root reads only the rows of that class and of its subclasses.
 */
final class Discriminators {

    private Discriminators() {
    }

    /** {@code v.d IN (values of v's entity and its subclasses)}, or null when every row of its table is one. */
    static Expression restriction(Variable v, Scope scope) {
        InheritanceModel inheritance = v.entity.inheritance().orElse(null);
        if (inheritance == null || inheritance.isRoot()) {
            return null;
        }
        return in(v.column(inheritance.discriminator().column(), scope), inheritance.values());
    }

    /** {@code v.d IN (values of entity and its subclasses)}: {@code v}'s rows that are {@code entity}s; null when all are. */
    static Expression restriction(Variable v, EntityModel entity, Scope scope) {
        InheritanceModel inheritance = entity.inheritance().orElse(null);
        if (inheritance == null || inheritance.isRoot()) {
            return null;
        }
        return in(v.column(inheritance.discriminator().column(), scope), inheritance.values());
    }

    /** {@code column IN (values)}, the values written as literals: they are the mapping's, never the user's. */
    static Expression in(Expression column, List<Object> values) {
        return new InList(column, values.stream().map(value -> (Expression) Literal.of(value)).toList(), false);
    }

    /** The discriminator column of {@code entity}'s hierarchy, or null when it is in none. */
    static String column(EntityModel entity) {
        return entity.inheritance().map(i -> i.discriminator().column()).orElse(null);
    }
}
