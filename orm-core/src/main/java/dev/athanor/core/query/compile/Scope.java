package dev.athanor.core.query.compile;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Join;
import dev.athanor.core.sql.ast.TableRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The identification variables of one query level (the statement, or a subquery, which also sees its
 * outer levels' variables) and the FROM clause being built for it: the first root table, then joins
 * in the order SQL needs them. Variable names are case-insensitive, as JPQL says.
 */
final class Scope {

    /** A join of the FROM clause with the variable it brings in. */
    record Joined(Join join, Variable variable) {
    }

    final Compilation compilation;
    final Scope parent;
    /** UPDATE and DELETE: one table, so paths cannot add joins. */
    final boolean bulk;
    private final Map<String, Variable> variables = new LinkedHashMap<>();
    private final Map<String, Variable> implicitJoins = new LinkedHashMap<>();
    private final List<Joined> joins = new ArrayList<>();
    /** Conditions the FROM clause itself implies (a subquery's {@code FROM o.lines l} correlates l with o). */
    final List<Expression> conditions = new ArrayList<>();
    /** Stands for the ON condition of a join to an entity until every variable is declared and it can be translated. */
    static final Expression PENDING_ON = dev.athanor.core.sql.ast.Comparison.eq(dev.athanor.core.sql.ast.Literal.of(1),
            dev.athanor.core.sql.ast.Literal.of(1));
    private TableRef from;
    private Variable firstRoot;
    /** The join whose ON condition is being translated: joins its paths need must come before it. */
    Variable translatingOnOf;
    /** The single root whose identification variable was omitted (JPQL 3.2), or null. */
    Variable implicitRoot;

    Scope(Compilation compilation, Scope parent, boolean bulk) {
        this.compilation = compilation;
        this.parent = parent;
        this.bulk = bulk;
    }

    /** The variable called {@code name} here or in an outer level, or null. */
    Variable find(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Variable v = s.variables.get(name.toLowerCase(Locale.ROOT));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Every variable name visible here, for did-you-mean. */
    List<String> visibleNames() {
        List<String> names = new ArrayList<>();
        for (Scope s = this; s != null; s = s.parent) {
            s.variables.values().forEach(v -> names.add(v.name));
        }
        return names;
    }

    /** The single root variable of this level, when there is exactly one root (for omitted variables). */
    Variable firstRoot() {
        return firstRoot;
    }

    /** Adds a FROM root: the first becomes FROM, later ones CROSS JOINs. */
    Variable root(String name, EntityModel entity, int pos) {
        String alias = bulk ? null : compilation.newAlias(entity.name());
        Variable v = declare(new Variable(name, entity, alias, pos, this, null, null, false));
        compilation.table(entity.tableName());
        if (from == null) {
            from = TableRef.of(entity.tableName(), alias);
            firstRoot = v;
        } else {
            joins.add(new Joined(new Join(Join.Type.CROSS, TableRef.of(entity.tableName(), alias), null), v));
        }
        return v;
    }

    /** Adds a joined variable (explicit, or made for a path when {@code name} is null). */
    Variable join(String name, EntityModel entity, int pos, Variable owner, AttributeModel attribute, boolean fetch,
            Join.Type type, java.util.function.Function<String, Expression> on) {
        String alias = compilation.newAlias(entity.name());
        Variable v = new Variable(name == null ? alias : name, entity, alias, pos, this, owner, attribute, fetch);
        if (name != null) {
            declare(v);
        }
        compilation.table(entity.tableName());
        Joined joined = new Joined(new Join(type, TableRef.of(entity.tableName(), alias), on.apply(alias)), v);
        int before = name == null && translatingOnOf != null ? firstJoinOf(translatingOnOf) : -1;
        if (before >= 0) {
            joins.add(before, joined);
        } else {
            joins.add(joined);
        }
        return v;
    }

    private int firstJoinOf(Variable v) {
        for (int i = 0; i < joins.size(); i++) {
            if (joins.get(i).variable() == v) {
                return i;
            }
        }
        return -1;
    }

    /** Puts a join of a table that brings in no variable (a join table) just before the join of {@code through}. */
    void insertBefore(Variable through, Join join) {
        compilation.table(join.table().table());
        for (int i = 0; i < joins.size(); i++) {
            if (joins.get(i).variable() == through) {
                joins.add(i, new Joined(join, through));
                return;
            }
        }
        throw new IllegalStateException("no join brings in " + through);
    }

    /** Adds an ON condition to the join that brought in {@code variable}. */
    void addOn(Variable variable, Expression condition) {
        for (int i = joins.size() - 1; i >= 0; i--) {
            Joined j = joins.get(i);
            if (j.variable() == variable && j.join().table().alias().equals(variable.alias)) {
                Join join = j.join();
                Join.Type type = join.type() == Join.Type.CROSS ? Join.Type.INNER : join.type();
                Expression on = join.on() == null || join.on() == PENDING_ON ? condition : Conditions.and(join.on(), condition);
                joins.set(i, new Joined(new Join(type, join.table(), on), variable));
                return;
            }
        }
        throw new IllegalStateException("no join brings in " + variable);
    }

    /** The join made earlier for the path {@code key} from {@code owner}, or null. */
    Variable implicitJoin(String key) {
        return implicitJoins.get(key);
    }

    void rememberImplicitJoin(String key, Variable v) {
        implicitJoins.put(key, v);
    }

    private Variable declare(Variable v) {
        String key = v.name.toLowerCase(Locale.ROOT);
        Variable earlier = find(v.name);
        if (earlier != null) {
            throw compilation.error(ErrorCode.QUERY_SYNTAX, v.pos, "The identification variable '" + v.name
                    + "' is declared twice (identification variables are case-insensitive).",
                    "Give each root and join its own variable.");
        }
        variables.put(key, v);
        return v;
    }

    TableRef from() {
        return from;
    }

    List<Joined> joins() {
        return joins;
    }
}
