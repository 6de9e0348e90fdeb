package dev.athanor.core.query.compile;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.query.QueryPlan.EntityNode;
import dev.athanor.core.query.QueryPlan.ResultItem;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Join;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Logical;
import dev.athanor.core.sql.ast.SelectItem;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The select list of a statement as the session reads it: the SQL columns in order, the entity nodes
 * (each entity's columns as {@link dev.athanor.core.query.EntitySelection} lists them), and one result
 * item per JPQL select item, {@code NEW} ones bound to the constructor their arguments fit.
 */
final class ResultShape {

    private final Compilation c;
    final List<SelectItem> columns = new ArrayList<>();
    final List<EntityNode> entities = new ArrayList<>();
    final Map<Variable, Integer> nodes = new IdentityHashMap<>();

    ResultShape(Compilation c) {
        this.c = c;
    }

    /** Adds the columns of an entity read through {@code v} and returns its node index. */
    int entity(Variable v) {
        return entity(v, Map.of());
    }

    /**
     * As above, leaving out the placeholders of lazy columns ({@link Literal#NULL}, which the node reads
     * as NULL), and reading each column {@code sameAs} maps to a column selected already from that one:
     * the join condition makes the two equal on every row that has the entity.
     */
    int entity(Variable v, Map<Expression, Expression> sameAs) {
        Integer node = nodes.get(v);
        if (node != null) {
            return node;
        }
        List<Expression> list = c.selection.columns(v.entity, v.alias);
        int first = columns.size();
        int[] at = new int[list.size()];
        boolean consecutive = true;
        for (int slot = 0; slot < list.size(); slot++) {
            Expression e = list.get(slot);
            if (e == Literal.NULL) {
                at[slot] = -1;
            } else {
                int column = sameAs.containsKey(e) ? columns.indexOf(SelectItem.of(sameAs.get(e))) : -1;
                if (column < 0) {
                    columns.add(SelectItem.of(e));
                    column = columns.size() - 1;
                }
                at[slot] = column;
            }
            consecutive &= at[slot] == first + slot;
        }
        entities.add(new EntityNode(v.entity, v.alias, first, consecutive ? null : at));
        nodes.put(v, entities.size() - 1);
        return entities.size() - 1;
    }

    /**
     * The columns of fetched variable {@code j}'s entity that its join condition makes equal to a column
     * of its owner, on every row that has the entity: the target's id and the owner's foreign key of a
     * to-one joined INNER (a LEFT join leaves the id NULL where the key may not be), an element's foreign
     * key and its owner's id (the element's id, read first, tells whether the row has one). Only integral
     * ids: a key of text may match under the column's collation and still read differently.
     */
    static Map<Expression, Expression> sameAsOwner(Scope.Joined j) {
        Variable v = j.variable();
        Map<Expression, Expression> same = new LinkedHashMap<>();
        if (v.owner == null || j.join().on() == null) {
            return same;
        }
        List<Expression> conjuncts = j.join().on() instanceof Logical and && and.operator() == Logical.Operator.AND
                ? and.operands() : List.of(j.join().on());
        for (Expression conjunct : conjuncts) {
            if (conjunct instanceof Comparison eq && eq.operator() == Comparison.Operator.EQ
                    && eq.left() instanceof ColumnRef left && eq.right() instanceof ColumnRef right) {
                sameAs(v, left, right, j.join().type(), same);
                sameAs(v, right, left, j.join().type(), same);
            }
        }
        return same;
    }

    private static void sameAs(Variable v, ColumnRef own, ColumnRef owners, Join.Type type,
            Map<Expression, Expression> same) {
        if (v.alias.equals(own.tableAlias()) && v.owner.alias.equals(owners.tableAlias())
                && (integralId(v.entity, own.column()) ? type == Join.Type.INNER
                        : integralId(v.owner.entity, owners.column()))) {
            same.put(own, owners);
        }
    }

    /** Whether {@code column} is {@code entity}'s single id column, of an integral type. */
    private static boolean integralId(EntityModel entity, String column) {
        List<AttributeModel> ids = entity.idAttributes();
        if (ids.size() != 1 || ids.get(0).columns().size() != 1 || !ids.get(0).columns().get(0).name().equals(column)) {
            return false;
        }
        Class<?> type = Types.box(ids.get(0).javaType());
        return type == Long.class || type == Integer.class || type == Short.class || type == Byte.class;
    }

    ResultItem entityItem(Variable v) {
        return new ResultItem.Entity(entity(v), v.entity.javaType());
    }

    ResultItem value(Typed t) {
        columns.add(SelectItem.of(t.sql()));
        return new ResultItem.Value(columns.size() - 1, t.type(), t.attribute());
    }

    ResultItem embedded(Typed t) {
        int first = columns.size();
        t.columns().forEach(e -> columns.add(SelectItem.of(e)));
        return new ResultItem.Embedded(first, t.attribute(), t.attribute().javaType());
    }

    /** {@code NEW Dto(args)}: the public constructor the argument types fit (boxing and widening allowed). */
    ResultItem constructed(Expr.Constructor k, List<ResultItem> args) {
        Class<?> type = c.findClass(k.className());
        if (type == null) {
            throw c.error(ErrorCode.QUERY_RESULT_TYPE, k.pos(), "NEW " + k.className() + "(...): no such class.",
                    "Write the class's fully qualified name; it must be visible to the entity classes' loader or the"
                            + " thread's context loader.");
        }
        Constructor<?> best = null;
        int bestScore = -1;
        for (Constructor<?> candidate : type.getConstructors()) {
            int score = score(candidate.getParameterTypes(), args);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == null || !Modifier.isPublic(type.getModifiers()) && type.getEnclosingClass() == null) {
            String given = args.stream().map(a -> a.javaType().getSimpleName()).collect(Collectors.joining(", "));
            String constructors = Arrays.stream(type.getConstructors()).map(ResultShape::signature)
                    .collect(Collectors.joining("; "));
            throw c.error(ErrorCode.QUERY_RESULT_TYPE, k.pos(), "NEW " + type.getName() + "(" + given + "): no public"
                    + " constructor takes these argument types.", constructors.isEmpty()
                    ? "The class has no public constructor." : "Its public constructors: " + constructors + ".");
        }
        Class<?>[] parameters = best.getParameterTypes();
        List<ResultItem> adapted = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            ResultItem a = args.get(i);
            Class<?> wanted = Types.box(parameters[i]);
            // read a widened number as the parameter's type, so that the constructor gets what it declares
            if (a instanceof ResultItem.Value v && v.attribute() == null && wanted != v.javaType()
                    && Number.class.isAssignableFrom(wanted) && Number.class.isAssignableFrom(v.javaType())) {
                a = new ResultItem.Value(v.column(), wanted, null);
            }
            adapted.add(a);
        }
        return new ResultItem.Constructed(best, adapted);
    }

    private static String signature(Constructor<?> k) {
        return k.getDeclaringClass().getSimpleName() + "(" + Arrays.stream(k.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
    }

    /** How well the arguments fit: -1 when they do not, else one point per exact type. */
    private static int score(Class<?>[] parameters, List<ResultItem> args) {
        if (parameters.length != args.size()) {
            return -1;
        }
        int score = 0;
        for (int i = 0; i < parameters.length; i++) {
            Class<?> p = Types.box(parameters[i]);
            Class<?> a = Types.box(args.get(i).javaType());
            if (p == a) {
                score++;
            } else if (a == Object.class && !parameters[i].isPrimitive() || p.isAssignableFrom(a)
                    && !parameters[i].isPrimitive() || widens(a, p)) {
                continue;
            } else {
                return -1;
            }
        }
        return score;
    }

    private static final List<Class<?>> WIDENING = List.of(Byte.class, Short.class, Integer.class, Long.class,
            Float.class, Double.class);

    private static boolean widens(Class<?> from, Class<?> to) {
        int i = WIDENING.indexOf(from);
        int j = WIDENING.indexOf(to);
        if (i >= 0 && j > i) {
            return true;
        }
        return i >= 0 && (to == BigDecimal.class || to == BigInteger.class && i <= 3)
                || from == BigInteger.class && to == BigDecimal.class;
    }
}
