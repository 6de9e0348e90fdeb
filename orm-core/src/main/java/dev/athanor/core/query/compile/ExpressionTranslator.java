package dev.athanor.core.query.compile;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.ValueMapping;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.sql.ast.Arithmetic;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.Case;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Negate;
import dev.athanor.core.sql.ast.StandardFunction;
import dev.athanor.core.sql.ast.Subquery;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates JPQL value expressions into typed SQL expressions: paths, literals, parameters,
 * arithmetic, CASE and scalar subqueries; functions go to {@link Functions}, conditions to
 * {@link Conditions}. A parameter or constant takes its type and conversion from the operand it is
 * compared with, passed as {@code hint}.
 */
final class ExpressionTranslator {

    final Compilation c;
    final PathResolver paths;
    final CollectionPaths collections;
    final Functions functions;
    final Conditions conditions;
    final EntityTypes types;
    final SelectTranslator selects;

    ExpressionTranslator(Compilation c, SelectTranslator selects) {
        this.c = c;
        this.selects = selects;
        this.paths = new PathResolver(c);
        this.collections = new CollectionPaths(c);
        this.functions = new Functions(this);
        this.conditions = new Conditions(this);
        this.types = new EntityTypes(this);
    }

    /** Whether {@code e} takes its type from the other operand: a parameter, a literal or an enum constant. */
    boolean needsHint(Expr e, Scope scope) {
        return e instanceof Expr.Param || e instanceof Expr.Literal
                || e instanceof Expr.Path p && paths.isConstant(p, scope);
    }

    /** Translates the pair so that whichever needs a hint gets the other's: left first unless left needs one. */
    Typed[] pair(Expr left, Expr right, Scope scope) {
        if (needsHint(left, scope) && !needsHint(right, scope)) {
            Typed r = value(right, scope, null);
            return new Typed[] {value(left, scope, r), r};
        }
        Typed l = value(left, scope, null);
        return new Typed[] {l, value(right, scope, l)};
    }

    Typed value(Expr e, Scope scope, Typed hint) {
        if (e instanceof Expr.Path p) {
            return path(p, scope, hint);
        }
        if (e instanceof Expr.Literal l) {
            return literal(l.value(), hint, l.pos());
        }
        if (e instanceof Expr.Param p) {
            return c.parameters.use(p, hint, false);
        }
        if (e instanceof Expr.Negate n) {
            Typed operand = numeric(value(n.operand(), scope, hint == null ? null : hint.typeOnly()), n.operand());
            return Typed.value(new Negate(operand.sql()), Types.widenSmall(operand.type()));
        }
        if (e instanceof Expr.Arithmetic a) {
            return arithmetic(a, scope, hint);
        }
        if (e instanceof Expr.Case k) {
            return caseExpression(k, scope, hint);
        }
        if (e instanceof Expr.SubqueryExpr s) {
            SelectTranslator.Sub sub = selects.subquery(s.query(), scope);
            return new Typed(new Subquery(sub.select()), sub.item().type(), sub.item().attribute(), sub.item().entity(),
                    List.of());
        }
        if (e instanceof Expr.Constructor k) {
            throw c.error(ErrorCode.QUERY_SYNTAX, k.pos(), "NEW " + k.className() + "(...) is allowed only as a"
                    + " SELECT item.", null);
        }
        if (e instanceof Expr.Quantified q) {
            throw c.error(ErrorCode.QUERY_SYNTAX, q.pos(), q.quantifier() + " (subquery) is allowed only on the right"
                    + " of a comparison.", null);
        }
        if (e instanceof Expr.Treat t) {
            throw c.error(ErrorCode.QUERY_SYNTAX, t.pos(), "TREAT(... AS " + t.entityName() + ") needs a path after"
                    + " it or a join variable.", null);
        }
        Typed function = functions.translate(e, scope, hint);
        if (function != null) {
            return function;
        }
        throw c.error(ErrorCode.QUERY_TYPE, e.pos(), "A condition is used where a value is expected.",
                "Use CASE WHEN condition THEN value ELSE value END to turn a condition into a value.");
    }

    /** A path as a value: a column, an entity (by its id column), an embedded value or a constant. */
    Typed path(Expr.Path p, Scope scope, Typed hint) {
        PathResolver.Resolved r = paths.resolve(p, scope);
        return resolved(r, p.pos(), scope, hint);
    }

    Typed resolved(PathResolver.Resolved r, int pos, Scope scope, Typed hint) {
        if (r instanceof PathResolver.Basic b) {
            return Typed.attribute(b.column(), b.attribute());
        }
        if (r instanceof PathResolver.EntityVar v) {
            return Typed.entity(v.variable().column(collections.idColumn(v.variable().entity, pos), scope),
                    v.variable().entity);
        }
        if (r instanceof PathResolver.ToOne t) {
            EntityModel target = c.entity(t.attribute().joinColumn().targetEntity());
            if (t.attribute().joinColumn().referencedColumnName().equals(collections.idColumn(target, pos))) {
                return Typed.entity(t.owner().column(t.attribute().joinColumn().name(), scope), target);
            }
            Variable joined = paths.join(t, scope, pos);
            return Typed.entity(joined.column(collections.idColumn(target, pos), scope), target);
        }
        if (r instanceof PathResolver.Embedded em) {
            List<Expression> columns = new ArrayList<>();
            for (AttributeModel a : em.attribute().embeddedAttributes()) {
                a.columns().forEach(col -> columns.add(em.owner().column(col.name(), scope)));
            }
            return Typed.embedded(columns, em.attribute());
        }
        if (r instanceof PathResolver.Constant k) {
            return literal(k.value(), hint, pos);
        }
        if (r instanceof PathResolver.Collection col) {
            throw c.error(ErrorCode.QUERY_SYNTAX, pos, "The collection " + col.owner().entity.name() + "."
                    + col.attribute().name() + " cannot be used as a value here.",
                    "Join it (JOIN x." + col.attribute().name() + " e) and use the join variable, or use it with IS EMPTY,"
                            + " MEMBER OF or SIZE.");
        }
        EntityModel entity = ((PathResolver.EntityType) r).entity();
        throw c.error(ErrorCode.QUERY_SYNTAX, pos, "The entity name " + entity.name() + " is used as a value; an"
                + " entity type literal belongs in a TYPE(x) comparison.", null);
    }

    /**
     * A constant: text literals (strings, numbers, booleans) go into the SQL as literals; other values
     * a tree carries (enum constants, dates, entities; Criteria keeps such values literal only in its
     * SELECT list, GROUP BY and ORDER BY) are bound, converted as the attribute they meet.
     */
    Typed literal(Object value, Typed hint, int pos) {
        if (value == null) {
            return new Typed(Literal.NULL, hint == null ? Object.class : hint.type(), null, hint == null ? null
                    : hint.entity(), List.of());
        }
        EntityModel entity = c.metadata.findEntity(value.getClass()).orElse(null);
        if (entity != null) {
            return entityLiteral(value, entity);
        }
        AttributeModel attribute = hint == null ? null : hint.attribute();
        Enum<?> constant = enumConstant(value, attribute, pos);
        if (constant != null) {
            value = constant;
        }
        if (value instanceof Enum<?> e) {
            Object column = enumColumn(e, attribute);
            Expression sql = column instanceof String || column instanceof Integer ? Literal.of(column)
                    : BindParam.of(column);
            return new Typed(sql, e.getDeclaringClass(), null, null, List.of());
        }
        if (attribute != null && attribute.converter().isPresent()
                && attribute.converter().get().attributeType().isInstance(value)) {
            return new Typed(BindParam.of(attribute.converter().get().toDatabase(value)), value.getClass(), null, null,
                    List.of());
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Float && Float.isFinite((Float) value)
                || value instanceof Double && Double.isFinite((Double) value)
                || value instanceof BigInteger || value instanceof BigDecimal || value instanceof Short
                || value instanceof Byte) {
            return Typed.value(Literal.of(value), value.getClass());
        }
        return Typed.value(BindParam.of(value), value.getClass());
    }

    /**
     * The constant a literal written in the form an enum attribute's column holds stands for: a name for
     * {@code @Enumerated(STRING)}, an ordinal for ORDINAL ({@code o.status = 'OPEN'}, as Hibernate accepts
     * too). Null when the literal is not of that form, so that other mixes stay type errors; a name or
     * ordinal the enum does not have is an error here, not a comparison that silently matches nothing.
     */
    private Enum<?> enumConstant(Object value, AttributeModel attribute, int pos) {
        if (attribute == null || attribute.enumStorage() == null || attribute.converter().isPresent()) {
            return null;
        }
        Enum<?>[] constants = (Enum<?>[]) Types.box(attribute.javaType()).getEnumConstants();
        List<String> names = java.util.Arrays.stream(constants).map(Enum::name).toList();
        String enumName = attribute.javaType().getSimpleName();
        if (value instanceof String name && attribute.enumStorage() == ValueMapping.EnumStorage.STRING) {
            int i = names.indexOf(name);
            if (i < 0) {
                throw c.error(ErrorCode.QUERY_TYPE, pos, enumName + " has no constant '" + name + "' for "
                        + attribute.name() + " to equal." + dev.athanor.core.error.Suggestions.didYouMean(name, names),
                        "Its constants are: " + String.join(", ", names) + ".");
            }
            return constants[i];
        }
        if ((value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte)
                && attribute.enumStorage() == ValueMapping.EnumStorage.ORDINAL) {
            long ordinal = ((Number) value).longValue();
            if (ordinal < 0 || ordinal >= constants.length) {
                throw c.error(ErrorCode.QUERY_TYPE, pos, enumName + " has no constant of ordinal " + ordinal + " for "
                        + attribute.name() + " to equal.", "Its ordinals are 0 to " + (constants.length - 1) + ".");
            }
            return constants[(int) ordinal];
        }
        return null;
    }

    /**
     * An entity instance carried in the tree as a literal: it stands for its row, so its id is bound. Criteria
     * binds entity values as parameters (the session then binds their ids), so this serves only trees that
     * carry the instance itself, which are compiled with it and so can read its id now.
     */
    private Typed entityLiteral(Object value, EntityModel entity) {
        if (entity.idAttributes().size() != 1) {
            throw c.error(ErrorCode.QUERY_UNSUPPORTED, -1, "A " + entity.name() + " instance is used as a value, but "
                    + entity.name() + " has a composite id.", "Compare its id attributes one by one instead.");
        }
        AttributeModel id = entity.id();
        Object idValue = id.get(value);
        if (idValue == null) {
            throw c.error(ErrorCode.QUERY_PARAMETER, -1, "A new " + entity.name() + " whose id is not assigned yet is"
                    + " used as a value, so no row can match it.", "persist() and flush() it first, or use a managed"
                    + " or detached instance.");
        }
        Object column = id.converter().isPresent() ? id.converter().get().toDatabase(idValue) : idValue;
        return Typed.entity(BindParam.of(column), entity);
    }

    /** An enum constant as its column holds it: by name or ordinal as the attribute says, ordinal by default. */
    private static Object enumColumn(Enum<?> e, AttributeModel attribute) {
        if (attribute != null && attribute.converter().isPresent()
                && attribute.converter().get().attributeType().isInstance(e)) {
            return attribute.converter().get().toDatabase(e);
        }
        return attribute != null && attribute.enumStorage() == ValueMapping.EnumStorage.STRING ? e.name() : e.ordinal();
    }

    private Typed arithmetic(Expr.Arithmetic a, Scope scope, Typed hint) {
        Typed left;
        Typed right;
        if (needsHint(a.left(), scope) && !needsHint(a.right(), scope)) {
            right = numeric(value(a.right(), scope, hint == null ? null : hint.typeOnly()), a.right());
            left = numeric(value(a.left(), scope, right.typeOnly()), a.left());
        } else {
            left = numeric(value(a.left(), scope, hint == null ? null : hint.typeOnly()), a.left());
            right = numeric(value(a.right(), scope, left.typeOnly()), a.right());
        }
        Class<?> type = Types.promote(left.type(), right.type());
        if (a.op() == Expr.ArithmeticOp.DIVIDE && Types.isIntegral(left.type()) && Types.isIntegral(right.type())) {
            return Typed.value(StandardFunction.of(StandardFunction.Function.INTEGER_DIVIDE, left.sql(), right.sql()),
                    type);
        }
        Arithmetic.Operator op = switch (a.op()) {
            case PLUS -> Arithmetic.Operator.ADD;
            case MINUS -> Arithmetic.Operator.SUBTRACT;
            case TIMES -> Arithmetic.Operator.MULTIPLY;
            case DIVIDE -> Arithmetic.Operator.DIVIDE;
        };
        return Typed.value(new Arithmetic(left.sql(), op, right.sql()), type);
    }

    /** Requires a numeric operand (or one of unknown type). */
    Typed numeric(Typed t, Expr e) {
        if (t.isEntity() || t.isEmbedded() || !Types.isNumeric(t.type())) {
            throw c.error(ErrorCode.QUERY_TYPE, e.pos(), "A number is expected here, but the operand is of type "
                    + t.describe() + ".", null);
        }
        return t;
    }

    /** Requires a string operand (or one of unknown type). */
    Typed string(Typed t, Expr e) {
        Types.Category category = Types.category(t.type());
        if (t.isEntity() || t.isEmbedded()
                || category != Types.Category.STRING && category != Types.Category.UNKNOWN) {
            throw c.error(ErrorCode.QUERY_TYPE, e.pos(), "A string is expected here, but the operand is of type "
                    + t.describe() + ".", null);
        }
        return t;
    }

    /** A single-column value (not an embedded one). */
    Typed scalar(Typed t, Expr e) {
        if (t.isEmbedded()) {
            throw c.error(ErrorCode.QUERY_TYPE, e.pos(), "The embedded value " + t.attribute().name()
                    + " has several columns; name one of its attributes.", null);
        }
        return t;
    }

    private Typed caseExpression(Expr.Case k, Scope scope, Typed hint) {
        Typed operand = k.operand() == null ? null : scalar(value(k.operand(), scope, null), k.operand());
        List<Case.When> whens = new ArrayList<>();
        Typed result = null;
        Class<?> type = Object.class;
        List<Expr> results = new ArrayList<>();
        k.whens().forEach(w -> results.add(w.then()));
        if (k.otherwise() != null) {
            results.add(k.otherwise());
        }
        // a branch that is a column gives the constants and parameters of the others their type
        Typed anchor = hint;
        for (Expr r : results) {
            if (!needsHint(r, scope)) {
                anchor = null;
                break;
            }
        }
        List<Typed> translated = new ArrayList<>();
        for (Expr r : results) {
            if (!needsHint(r, scope)) {
                Typed t = scalar(value(r, scope, hint), r);
                translated.add(t);
                anchor = anchor == null ? t : anchor;
            } else {
                translated.add(null);
            }
        }
        for (int i = 0; i < results.size(); i++) {
            if (translated.get(i) == null) {
                translated.set(i, scalar(value(results.get(i), scope, anchor), results.get(i)));
            }
            Class<?> common = Types.common(type, translated.get(i).type());
            if (common == null) {
                throw c.error(ErrorCode.QUERY_TYPE, results.get(i).pos(), "CASE results of incompatible types "
                        + type.getSimpleName() + " and " + translated.get(i).describe() + ".", null);
            }
            type = common;
            result = result == null ? translated.get(i) : result;
        }
        for (int i = 0; i < k.whens().size(); i++) {
            Expr.When w = k.whens().get(i);
            Expression condition;
            if (operand == null) {
                condition = conditions.condition(w.when(), scope);
            } else {
                Typed when = value(w.when(), scope, operand);
                conditions.checkComparable(operand, when, w.when().pos());
                condition = when.sql();
            }
            whens.add(new Case.When(condition, translated.get(i).sql()));
        }
        Expression otherwise = k.otherwise() == null ? null : translated.get(translated.size() - 1).sql();
        AttributeModel attribute = result != null && result.attribute() != null
                && Types.box(result.attribute().javaType()) == type ? result.attribute() : null;
        return new Typed(new Case(operand == null ? null : operand.sql(), whens, otherwise), type, attribute, null,
                List.of());
    }
}
