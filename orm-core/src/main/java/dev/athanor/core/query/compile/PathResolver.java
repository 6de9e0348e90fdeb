package dev.athanor.core.query.compile;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.sql.ast.Case;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Join;
import java.util.List;

/**
 * Resolves dotted paths against the variables in scope and the mapping: through embedded attributes
 * down to a column, over to-one associations (joining the target once per path, or reading the foreign
 * key alone for {@code o.customer.id}), and up to a collection, which only some constructs accept.
 * A path may also be an enum constant or an entity type literal.
 */
final class PathResolver {

    /** What a path denotes. */
    sealed interface Resolved {
    }

    /**
     * An identification variable, or an association already joined; {@code treated} is the subclass
     * a TREAT names (its attributes are reachable), or null.
     */
    record EntityVar(Variable variable, EntityModel treated) implements Resolved {
        EntityVar(Variable variable) {
            this(variable, null);
        }

        /** The entity whose attributes the path may name: the TREAT's, else the variable's. */
        EntityModel entity() {
            return treated != null ? treated : variable.entity;
        }
    }

    /** A to-one association not joined (yet): its foreign key is in {@code owner}'s table. */
    record ToOne(Variable owner, AttributeModel attribute, String key) implements Resolved {
    }

    /** A basic attribute's column. */
    record Basic(Expression column, AttributeModel attribute) implements Resolved {
    }

    /** An embedded value, its attributes' columns in {@code owner}'s table. */
    record Embedded(Variable owner, AttributeModel attribute, String key) implements Resolved {
    }

    /** A collection-valued path. */
    record Collection(Variable owner, AttributeModel attribute) implements Resolved {
    }

    /** An enum constant written fully qualified. */
    record Constant(Enum<?> value) implements Resolved {
    }

    /** An entity name used as a type literal ({@code TYPE(e) = Customer}). */
    record EntityType(EntityModel entity) implements Resolved {
    }

    private final Compilation c;

    PathResolver(Compilation c) {
        this.c = c;
    }

    /** Resolves a path with no qualifier, or whose qualifier is a variable or a TREAT of one. */
    Resolved resolve(Expr.Path path, Scope scope) {
        List<String> names = path.names();
        Resolved current;
        int next;
        if (path.qualifier() != null) {
            current = qualifier(path.qualifier(), scope);
            next = 0;
        } else {
            Variable v = scope.find(names.get(0));
            if (v != null) {
                current = new EntityVar(v);
                next = 1;
            } else if (omittedRoot(scope, names.get(0)) != null) {
                current = new EntityVar(omittedRoot(scope, names.get(0)));
                next = 0;
            } else {
                return constantOrFail(path, scope);
            }
        }
        for (int i = next; i < names.size(); i++) {
            current = step(current, names.get(i), path.pos(), scope);
        }
        if (current instanceof EntityVar ev && c.markReferences) {
            ev.variable().referenced = true;
        }
        return current;
    }

    /** Whether {@code path} is an enum constant or entity name rather than a navigation (decided before resolving). */
    boolean isConstant(Expr.Path path, Scope scope) {
        if (path.qualifier() != null || scope.find(path.names().get(0)) != null) {
            return false;
        }
        return omittedRoot(scope, path.names().get(0)) == null;
    }

    /**
     * The variable a leading attribute name belongs to when the identification variable was omitted: of
     * this level, else of an enclosing one (a subquery, or the scope a bulk statement's joining paths use).
     */
    private static Variable omittedRoot(Scope scope, String attribute) {
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.implicitRoot != null && s.implicitRoot.entity.findAttribute(attribute).isPresent()) {
                return s.implicitRoot;
            }
        }
        return null;
    }

    private Resolved qualifier(Expr qualifier, Scope scope) {
        if (qualifier instanceof Expr.Treat treat) {
            Resolved inner = treat.path() instanceof Expr.Path p ? resolve(p, scope) : null;
            EntityModel target = c.entity(treat.entityName(), treat.pos());
            EntityModel entity = entityOf(inner);
            if (entity == null) {
                throw c.error(ErrorCode.QUERY_TYPE, treat.pos(), "TREAT applies to an entity-valued path.", null);
            }
            checkTreat(entity, target, treat.pos());
            if (target.javaType().isAssignableFrom(entity.javaType())) {
                return inner; // a TREAT to the path's own class or a superclass of it changes nothing
            }
            Variable v = inner instanceof EntityVar ev ? ev.variable() : join((ToOne) inner, scope, treat.pos());
            return new EntityVar(v, target);
        }
        if (qualifier instanceof Expr.Call call && call.name().equals("VALUE") && call.args().size() == 1
                && call.args().get(0) instanceof Expr.Path p) {
            return resolve(p, scope);
        }
        if (qualifier instanceof Expr.Call call && call.name().equals("KEY")) {
            Variable map = mapVariable(call, scope);
            map.referenced |= c.markReferences;
            AttributeModel key = map.entity.attribute(map.attribute.collection().mapKey());
            return attribute(map, key, key.name(), scope);
        }
        if (qualifier instanceof Expr.Call call && call.name().equals("ENTRY")) {
            throw c.error(ErrorCode.QUERY_SYNTAX, call.pos(), "ENTRY(...) is a map entry, which has no attributes"
                    + " to navigate to.", "Navigate KEY(...) or VALUE(...) instead, or select ENTRY(...) alone.");
        }
        throw c.error(ErrorCode.QUERY_SYNTAX, qualifier.pos(), "This qualifier cannot start a path.", null);
    }

    /**
     * The variable {@code KEY(x)}, {@code VALUE(x)} or {@code ENTRY(x)} names: an identification variable
     * joined over a {@code Map} association ({@code JOIN o.itemsByCode x}); anything else is an error.
     */
    Variable mapVariable(Expr.Call call, Scope scope) {
        String function = call.name();
        if (call.args().size() != 1 || !(call.args().get(0) instanceof Expr.Path p) || p.qualifier() != null
                || p.names().size() != 1) {
            throw c.error(ErrorCode.QUERY_SYNTAX, call.pos(), function + "(...) takes one identification variable,"
                    + " joined over a Map association.", "Join the map (JOIN o.itemsByCode i) and write "
                    + function + "(i).");
        }
        Variable v = scope.find(p.names().get(0));
        if (v == null) {
            resolve(p, scope); // names what is unknown, with a did-you-mean
            throw c.error(ErrorCode.QUERY_SYNTAX, p.pos(), "'" + p.names().get(0) + "' is not an identification"
                    + " variable.", null);
        }
        if (v.attribute == null || v.attribute.collection() == null || !v.attribute.collection().isMap()) {
            String what = v.attribute == null ? "a range variable over " + v.entity.name()
                    : v.attribute.collection() == null ? "joined over the single-valued " + v.owner.entity.name()
                            + "." + v.attribute.name()
                            : "joined over " + v.owner.entity.name() + "." + v.attribute.name() + ", a "
                                    + v.attribute.collection().container().name().toLowerCase(java.util.Locale.ROOT)
                                    + ", not a Map";
            throw c.error(ErrorCode.QUERY_TYPE, p.pos(), function + "(" + v.name + "): " + v.name + " is " + what
                    + "; " + function + " applies to a variable joined over a Map association.",
                    function.equals("KEY") ? "Use " + v.name + " itself, or join a Map attribute." : "Use " + v.name
                            + " itself: for a collection it stands for the element.");
        }
        return v;
    }

    private EntityModel entityOf(Resolved r) {
        if (r instanceof EntityVar ev) {
            return ev.variable().entity;
        }
        if (r instanceof ToOne t) {
            return c.entity(t.attribute().joinColumn().targetEntity());
        }
        return null;
    }

    private Resolved step(Resolved current, String name, int pos, Scope scope) {
        if (current instanceof Embedded e) {
            AttributeModel a = e.attribute().embeddedAttribute(name).orElseThrow(() -> unknown(name, pos,
                    e.attribute().embeddable().javaType().getSimpleName(), e.attribute().embeddedAttributes()));
            return attribute(e.owner(), a, e.key() + "." + name, scope);
        }
        if (current instanceof ToOne t) {
            EntityModel target = entityOf(t);
            AttributeModel a = target.findAttribute(name).orElseThrow(() -> unknown(name, pos, target,
                    t.owner().name + "." + t.key()));
            if (a.id() && target.idAttributes().size() == 1 && a.kind() == AttributeModel.Kind.BASIC
                    && a.column().name().equals(t.attribute().joinColumn().referencedColumnName())) {
                // o.customer.id is the foreign key itself: no join needed
                return new Basic(t.owner().column(t.attribute().joinColumn().name(), scope), a);
            }
            return step(new EntityVar(join(t, scope, pos)), name, pos, scope);
        }
        if (current instanceof EntityVar ev) {
            Variable v = ev.variable();
            v.referenced |= c.markReferences;
            EntityModel entity = ev.entity();
            AttributeModel a = entity.findAttribute(name).orElseThrow(() -> unknown(name, pos, entity,
                    v.name));
            Resolved r = attribute(v, a, a.name(), scope);
            if (ev.treated() != null && r instanceof Basic b && !a.declaringClass().isAssignableFrom(v.entity.javaType())) {
                // a row of another class has no value here, whatever a column of the same name holds
                return new Basic(new Case(null, List.of(new Case.When(Discriminators.restriction(v, entity, scope),
                        b.column())), null), a);
            }
            return r;
        }
        String what = current instanceof Collection col ? "the collection " + col.attribute().name()
                : current instanceof Basic b ? "the basic attribute " + b.attribute().name() : "this value";
        throw c.error(ErrorCode.QUERY_SYNTAX, pos, "Cannot navigate to '" + name + "' through " + what + ".",
                current instanceof Collection ? "Join the collection (JOIN o.items i) and navigate from its variable."
                        : null);
    }

    private Resolved attribute(Variable owner, AttributeModel a, String key, Scope scope) {
        return switch (a.kind()) {
            case BASIC -> new Basic(owner.column(a.column().name(), scope), a);
            case EMBEDDED -> new Embedded(owner, a, key);
            case MANY_TO_ONE, ONE_TO_ONE -> new ToOne(owner, a, key);
            case ONE_TO_MANY, MANY_TO_MANY -> new Collection(owner, a);
        };
    }

    /**
     * The variable for a to-one path: the INNER join made for the same path earlier in this query level,
     * or a new one. The join goes into the level where the path is written, never into the level of its
     * owner: a subquery navigating an outer variable joins in its own FROM (correlated through the outer
     * alias), because an inner join added to the outer query would drop outer rows that have no target,
     * changing what NOT EXISTS or OR around the subquery decide.
     */
    Variable join(ToOne t, Scope scope, int pos) {
        String key = t.owner().name + "." + t.key();
        Variable joined = scope.implicitJoin(key);
        if (joined == null) {
            if (scope.bulk) {
                // WHERE and SET values that join are translated in a subquery's scope; only a SET target gets here
                throw c.error(ErrorCode.QUERY_SYNTAX, pos, "SET assigns an attribute of the updated entity or of its"
                        + " embedded values; " + t.owner().name + "." + t.key() + " leads to another entity, "
                        + entityOf(t).name() + ".", "Change " + entityOf(t).name() + " with an UPDATE of its own.");
            }
            if (scope.translatingOnOf == t.owner()) {
                throw c.error(ErrorCode.QUERY_UNSUPPORTED, pos, "The ON condition of " + t.owner().name + " navigates"
                        + " from " + t.owner().name + " itself over " + t.key() + ", which would need a join after it.",
                        "Join " + t.key() + " explicitly and put the condition in WHERE, or compare its foreign key (.id).");
            }
            EntityModel target = entityOf(t);
            String fk = t.attribute().joinColumn().name();
            String referenced = t.attribute().joinColumn().referencedColumnName();
            joined = scope.join(null, target, pos, t.owner(), t.attribute(), false, Join.Type.INNER,
                    alias -> Comparison.eq(dev.athanor.core.sql.ast.ColumnRef.of(alias, referenced),
                            t.owner().column(fk, scope)));
            scope.rememberImplicitJoin(key, joined);
        }
        return joined;
    }

    private Resolved constantOrFail(Expr.Path path, Scope scope) {
        List<String> names = path.names();
        if (names.size() == 1) {
            var entity = c.metadata.findEntity(names.get(0));
            if (entity.isPresent()) {
                return new EntityType(entity.get());
            }
        } else {
            String className = String.join(".", names.subList(0, names.size() - 1));
            Class<?> type = c.findClass(className);
            if (type != null && type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(names.get(names.size() - 1))) {
                        return new Constant((Enum<?>) constant);
                    }
                }
                throw c.error(ErrorCode.QUERY_SYNTAX, path.pos(), "The enum " + type.getName() + " has no constant '"
                        + names.get(names.size() - 1) + "'.", null);
            }
        }
        String first = names.get(0);
        List<String> candidates = scope.visibleNames();
        throw c.error(ErrorCode.QUERY_SYNTAX, path.pos(), "'" + first + "' is not an identification variable"
                + (names.size() > 1 ? " (nor " + String.join(".", names) + " an enum constant)" : "") + "."
                + Suggestions.didYouMean(first, candidates),
                candidates.isEmpty() ? null : "The variables in scope are: " + String.join(", ", candidates) + ".");
    }

    /**
     * An unknown attribute of an entity's path: when a subclass has it, the hint says to TREAT the
     * path as that subclass.
     */
    private QueryException unknown(String name, int pos, EntityModel entity, String path) {
        for (EntityModel sub : c.metadata.subtypes(entity)) {
            if (sub != entity && sub.findAttribute(name).isPresent()) {
                return c.error(ErrorCode.QUERY_UNKNOWN_ATTRIBUTE, pos, entity.name() + " has no attribute '" + name
                        + "'; its subclass " + sub.name() + " has.", "Write TREAT(" + path + " AS " + sub.name()
                        + ")." + name + " to read it (the path is then null for rows of other classes), or query "
                        + sub.name() + ".");
            }
        }
        return unknown(name, pos, entity.name(), entity.attributes());
    }

    /** A TREAT must name a class of the path's hierarchy: a subclass of its entity, or the entity or a superclass. */
    void checkTreat(EntityModel entity, EntityModel target, int pos) {
        boolean related = target.javaType().isAssignableFrom(entity.javaType())
                || entity.javaType().isAssignableFrom(target.javaType());
        if (!related) {
            List<String> subclasses = c.metadata.subtypes(entity).stream().skip(1).map(EntityModel::name).toList();
            throw c.error(ErrorCode.QUERY_TYPE, pos, "TREAT(... AS " + target.name() + ") of a path to " + entity.name()
                    + ": " + target.name() + " is not a subclass of " + entity.name() + ".", subclasses.isEmpty()
                    ? entity.name() + " has no entity subclasses: remove the TREAT."
                    : "TREAT it as one of " + entity.name() + "'s subclasses: " + String.join(", ", subclasses) + ".");
        }
    }

    private QueryException unknown(String name, int pos, String owner, List<AttributeModel> attributes) {
        List<String> names = attributes.stream().map(AttributeModel::name).toList();
        return c.error(ErrorCode.QUERY_UNKNOWN_ATTRIBUTE, pos, owner + " has no attribute '" + name + "'."
                + Suggestions.didYouMean(name, names), "The attributes of " + owner + " are: "
                + String.join(", ", names) + ".");
    }
}
