package dev.athanor.core.query.compile;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.InheritanceModel;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.sql.ast.Case;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.InList;
import dev.athanor.core.sql.ast.Literal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code TYPE(x)}: in a comparison ({@code TYPE(a) = Dog}, {@code <> :type}, {@code IN (Dog, Cat)}) the
 * discriminator column of {@code x}'s table compared with the classes' discriminator values; as a value
 * (in SELECT) the entity name of the row's class, which the session turns into the {@code Class}. An entity
 * outside any hierarchy is its own only type: its name stands for its discriminator.
 */
final class EntityTypes {

    /** What TYPE(x) applies to: the entity of the path, and the SQL of its discriminator. */
    record Operand(EntityModel entity, Expression discriminator) {
    }

    private static final Expression ALWAYS = Comparison.eq(Literal.of(1), Literal.of(1));
    private static final Expression NEVER = Comparison.eq(Literal.of(1), Literal.of(0));

    private final ExpressionTranslator x;
    private final Compilation c;

    EntityTypes(ExpressionTranslator x) {
        this.x = x;
        this.c = x.c;
    }

    /** {@code TYPE(x) op other}, op = or <>. */
    Expression comparison(Expr.Call type, Expr other, boolean equal, Scope scope) {
        Operand left = operand(type, scope);
        Expression right = other instanceof Expr.Call call && call.name().equalsIgnoreCase("TYPE")
                ? operand(call, scope).discriminator() : value(other, left, scope);
        if (left.discriminator() instanceof Literal l && right instanceof Literal r) {
            // an entity outside any hierarchy is its own only type: known when compiling
            return l.equals(r) == equal ? ALWAYS : NEVER;
        }
        return new Comparison(left.discriminator(), equal ? Comparison.Operator.EQ : Comparison.Operator.NE, right);
    }

    /** {@code TYPE(x) [NOT] IN (Dog, Cat, :type)}. */
    Expression in(Expr.Call type, List<Expr> items, boolean not, Scope scope) {
        Operand left = operand(type, scope);
        if (items.size() == 1 && items.get(0) instanceof Expr.Param p) {
            return new InList(left.discriminator(), List.of(c.parameters.useEntityType(p, left.entity(), true)), not);
        }
        List<Expression> values = new ArrayList<>();
        for (Expr item : items) {
            values.add(value(item, left, scope));
        }
        return new InList(left.discriminator(), values, not);
    }

    /** {@code TYPE(x)} as a value: the entity name of the row's class (the session makes it a Class). */
    Typed selected(Expr.Call type, Scope scope) {
        Operand operand = operand(type, scope);
        List<EntityModel> classes = c.metadata.subtypes(operand.entity());
        if (!operand.entity().inHierarchy()) {
            return Typed.value(Literal.of(operand.entity().name()), Class.class);
        }
        List<Case.When> whens = new ArrayList<>();
        for (EntityModel entity : classes) {
            Object value = entity.inheritance().map(InheritanceModel::value).orElse(null);
            if (value != null) {
                whens.add(new Case.When(Literal.of(value), Literal.of(entity.name())));
            }
        }
        return Typed.value(new Case(operand.discriminator(), whens, null), Class.class);
    }

    /** The entity TYPE(...) applies to and its discriminator column (a constant for an entity outside any hierarchy). */
    Operand operand(Expr.Call call, Scope scope) {
        if (call.args().size() == 1 && call.args().get(0) instanceof Expr.Path path) {
            PathResolver.Resolved r = x.paths.resolve(path, scope);
            if (r instanceof PathResolver.ToOne t) {
                EntityModel target = c.entity(t.attribute().joinColumn().targetEntity());
                if (!target.inHierarchy()) {
                    return new Operand(target, Literal.of(target.name())); // no join: its type is known
                }
            }
            Variable v = r instanceof PathResolver.EntityVar ev ? ev.variable()
                    : r instanceof PathResolver.ToOne t ? x.paths.join(t, scope, call.pos()) : null;
            if (v != null) {
                v.referenced |= c.markReferences;
                String column = Discriminators.column(v.entity);
                return new Operand(v.entity, column == null ? Literal.of(v.entity.name()) : v.column(column, scope));
            }
        }
        throw c.error(ErrorCode.QUERY_TYPE, call.pos(), "TYPE(...) takes an identification variable or an"
                + " entity-valued path.", null);
    }

    /** A class TYPE(...) is compared with: an entity name of the operand's hierarchy, or a parameter taking a Class. */
    private Expression value(Expr e, Operand operand, Scope scope) {
        if (e instanceof Expr.Param p) {
            return c.parameters.useEntityType(p, operand.entity(), false);
        }
        if (e instanceof Expr.Path p && x.paths.resolve(p, scope) instanceof PathResolver.EntityType type) {
            EntityModel entity = type.entity();
            if (!operand.entity().javaType().isAssignableFrom(entity.javaType())) {
                // the row's exact class is the operand's entity or one of its subclasses, never another
                List<String> names = c.metadata.subtypes(operand.entity()).stream().map(EntityModel::name).toList();
                throw c.error(ErrorCode.QUERY_TYPE, p.pos(), "TYPE(...) of a " + operand.entity().name()
                        + " is never " + entity.name() + ", which is not " + operand.entity().name() + " or a"
                        + " subclass of it.", "Compare it with one of: " + String.join(", ", names) + ".");
            }
            return Literal.of(entity.typeValue());
        }
        throw c.error(ErrorCode.QUERY_TYPE, e.pos(), "TYPE(...) is compared with an entity name (TYPE(e) ="
                + " Customer), a parameter whose value is an entity class, or another TYPE(...), not with this"
                + " value.", null);
    }
}
