package dev.athanor.core.query;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.Statement;
import dev.athanor.core.sql.render.RenderedSql;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A checked and translated query, made once per distinct JPQL string (or Criteria tree) and factory
 * and shared by every EntityManager: the SQL tree, what each bind slot takes, and how each row becomes
 * results. The session runs it; nothing here touches a connection.
 *
 * <p>Bind slots: every parameter occurrence in {@link #statement()} is {@code BindParam.slot(i)}, and
 * {@code slots().get(i)} says which declared parameter fills slot i and how its value is converted.
 * Values the query itself holds (Criteria literals of any type) are {@code BindParam.of(value)}.
 *
 * <p>Columns: each {@link EntityNode} reads the {@code EntitySelection.columns(entity, alias)} of its
 * entity, slot by slot, from the row columns {@link EntityNode#column} gives (consecutive from {@code
 * firstColumn} unless the statement leaves some out or shares them); each {@link ResultItem.Value} one column.
 */
public final class QueryPlan {

    /** What the statement does. */
    public enum Kind {
        SELECT, UPDATE, DELETE
    }

    private final Kind kind;
    private final String text;
    private final Statement statement;
    private final List<QueryParameter> parameters;
    private final List<ParameterUse> slots;
    private final List<ResultItem> items;
    private final List<String> aliases;
    private final List<EntityNode> entities;
    private final List<Fetch> fetches;
    private final Set<String> tables;
    private final Class<?> resultType;
    private final PagedRoots pagedRoots;
    private final boolean distinctResults;
    private final ConcurrentHashMap<Object, RenderedSql> rendered = new ConcurrentHashMap<>();
    /**
     * How many rows the plan's last run read: a hint, racy by design (a stale value only sizes a table
     * less well), for the tables its next run fills.
     */
    private int lastRows;
    /** Per entity node, how many instances the last run made for it (a hint, racy as {@link #lastRows}); null before. */
    private int[] lastMade;

    /**
     * @param text the JPQL, or a JPQL-like rendering of a Criteria tree, for messages
     * @param statement a Select (or a set operation of selects) for SELECT, an Update or Delete otherwise
     * @param parameters the declared parameters, in order of first appearance
     * @param slots what fills each bind slot of the statement, by slot index
     * @param items the select items, in order (empty for UPDATE and DELETE)
     * @param aliases each item's result alias ({@code AS name}) or null, for {@code Tuple}
     * @param entities the entities each row holds: selected ones and fetch-joined ones
     * @param fetches the fetch joins, each filling an association of one entity node from another
     * @param tables the tables the statement reads or writes, for AUTO flush
     * @param resultType the class of one result: the single item's class, or {@code Object[].class}
     * @param pagedRoots how to page when a collection is fetch-joined, else null
     * @param distinctResults whether the session keeps each result once after reading the rows: a
     *     {@code SELECT DISTINCT} that fetch-joins a collection, whose SQL has no DISTINCT
     */
    public QueryPlan(Kind kind, String text, Statement statement, List<QueryParameter> parameters,
            List<ParameterUse> slots, List<ResultItem> items, List<String> aliases, List<EntityNode> entities,
            List<Fetch> fetches, Set<String> tables, Class<?> resultType, PagedRoots pagedRoots,
            boolean distinctResults) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.text = text;
        this.statement = Objects.requireNonNull(statement, "statement");
        this.parameters = List.copyOf(parameters);
        this.slots = List.copyOf(slots);
        this.items = List.copyOf(items);
        this.aliases = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(aliases));
        this.entities = List.copyOf(entities);
        this.fetches = List.copyOf(fetches);
        this.tables = Set.copyOf(tables);
        this.resultType = resultType;
        this.pagedRoots = pagedRoots;
        this.distinctResults = distinctResults;
    }

    /** A plan whose results are the rows' (no distinct pass in the session). */
    public QueryPlan(Kind kind, String text, Statement statement, List<QueryParameter> parameters,
            List<ParameterUse> slots, List<ResultItem> items, List<String> aliases, List<EntityNode> entities,
            List<Fetch> fetches, Set<String> tables, Class<?> resultType, PagedRoots pagedRoots) {
        this(kind, text, statement, parameters, slots, items, aliases, entities, fetches, tables, resultType, pagedRoots,
                false);
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public Statement statement() {
        return statement;
    }

    public List<QueryParameter> parameters() {
        return parameters;
    }

    public List<ParameterUse> slots() {
        return slots;
    }

    public List<ResultItem> items() {
        return items;
    }

    public List<String> aliases() {
        return aliases;
    }

    public List<EntityNode> entities() {
        return entities;
    }

    public List<Fetch> fetches() {
        return fetches;
    }

    public Set<String> tables() {
        return tables;
    }

    public Class<?> resultType() {
        return resultType;
    }

    public PagedRoots pagedRoots() {
        return pagedRoots;
    }

    /**
     * Whether the session keeps each result once, in first-seen order: a {@code SELECT DISTINCT} that
     * fetch-joins a collection. Without DISTINCT, a fetch join repeats its owner once per element, as
     * the specification says (4.4.5.3).
     */
    public boolean distinctResults() {
        return distinctResults;
    }

    /** How many rows the last run of this plan read (0 before the first): what to size a run's tables for. */
    public int lastRows() {
        return lastRows;
    }

    /**
     * How many instances the last run of this plan made for entity node {@code node} (0 before the first):
     * what to size that entity's identity map for. A fetch-joined parent of many rows makes few.
     */
    public int lastMade(int node) {
        int[] made = lastMade;
        return made != null && node < made.length ? made[node] : 0;
    }

    /** Remembers that a run read {@code rows} rows and made {@code made[n]} instances for node {@code n}. */
    public void rememberRun(int rows, int[] made) {
        if (lastRows != rows) {
            lastRows = rows;
        }
        int[] last = lastMade;
        if (last == null || !Arrays.equals(last, made)) {
            lastMade = made.clone();
        }
    }

    /**
     * The SQL of one variant of this plan (with or without LIMIT, OFFSET, a lock, IN lists of given
     * sizes), rendered once and kept with the plan. {@code key} must identify the variant.
     */
    public RenderedSql rendered(Object key, Supplier<RenderedSql> render) {
        RenderedSql sql = rendered.get(key);
        if (sql == null && rendered.size() < 64) {
            sql = rendered.computeIfAbsent(key, k -> render.get());
        }
        return sql != null ? sql : render.get();
    }

    @Override
    public String toString() {
        return kind + " plan of " + text;
    }

    /**
     * A parameter the query declares.
     *
     * @param name the name of {@code :name}, or null
     * @param position the number of {@code ?n}, or 0
     * @param type the Java type a value must have (boxed; {@code Object.class} when any will do); for
     *     an entity-valued parameter the entity class
     * @param multiValued whether a collection of values is allowed ({@code IN :p})
     */
    public record QueryParameter(String name, int position, Class<?> type, boolean multiValued) {
        /** {@code :name} or {@code ?n}. */
        public String label() {
            return name != null ? ":" + name : "?" + position;
        }
    }

    /**
     * What fills one bind slot.
     *
     * @param parameter index into {@link #parameters()}
     * @param conversion how the given value becomes the bound column value
     * @param attribute for ATTRIBUTE, the attribute whose column the value is compared with or assigned to
     *     (its enum storage, converter and temporal kind apply); for ENTITY_ID, the id attribute of the entity
     * @param expands whether a collection value becomes one {@code ?} per element (an IN list); the
     *     statement then holds one slot for it and the session renders the list at run time
     */
    public record ParameterUse(int parameter, Conversion conversion, AttributeModel attribute, boolean expands) {
    }

    /** How a parameter value becomes the bound value. */
    public enum Conversion {
        /** Bound as given. */
        NONE,
        /** As the attribute's column value: enum by ordinal or name, converter, temporal precision. */
        ATTRIBUTE,
        /** An entity: its id is bound, converted as the id attribute. */
        ENTITY_ID,
        /** An entity class compared with {@code TYPE(...)}: its discriminator value is bound. */
        ENTITY_TYPE
    }

    /**
     * An entity read from each row.
     *
     * @param entity its model
     * @param alias the SQL table alias its columns are read through
     * @param firstColumn the 0-based position of its first column in the row
     * @param columns per slot of the entity's selection, the 0-based row column it is read from, or -1
     *                when the statement leaves it out (a lazy column's placeholder: it reads as NULL); a
     *                slot may share another node's column that the join makes equal to it. Null when the
     *                slots are the consecutive columns from {@code firstColumn}. Not to be modified.
     */
    public record EntityNode(EntityModel entity, String alias, int firstColumn, int[] columns) {

        /** A node whose slots are the consecutive columns from {@code firstColumn}. */
        public EntityNode(EntityModel entity, String alias, int firstColumn) {
            this(entity, alias, firstColumn, null);
        }

        /** The row column slot {@code slot} is read from; -1 for one the statement leaves out. */
        public int column(int slot) {
            return columns == null ? firstColumn + slot : columns[slot];
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof EntityNode node && entity == node.entity && alias.equals(node.alias)
                    && firstColumn == node.firstColumn && Arrays.equals(columns, node.columns);
        }

        @Override
        public int hashCode() {
            return Objects.hash(entity, alias, firstColumn, Arrays.hashCode(columns));
        }

        @Override
        public String toString() {
            return "EntityNode[" + entity.name() + " " + alias + " from column " + firstColumn
                    + (columns == null ? "" : " at " + Arrays.toString(columns)) + "]";
        }
    }

    /**
     * A fetch join: the association {@code attribute} of entity node {@code owner} is filled from
     * entity node {@code target}: the target instance for a to-one; for a to-many the distinct targets
     * of the owner's rows, in row order (none when the LEFT JOIN found no row: an empty collection).
     * For a list with an order column, {@code position} is the 0-based column of the row holding the
     * element's position (-1 otherwise): the elements are put in position order, and positions not
     * 0, 1, 2, ... are noticed.
     */
    public record Fetch(int owner, AttributeModel attribute, int target, int position) {

        /** A fetch of an association without positions. */
        public Fetch(int owner, AttributeModel attribute, int target) {
            this(owner, attribute, target, -1);
        }
    }

    /**
     * How to page the roots of a query that fetch-joins a collection, so that pages count roots, not
     * rows: run {@code rootIds} (the root ids in result order) with LIMIT and OFFSET, then the
     * statement with {@code rootId IN (those ids)} added to its WHERE.
     */
    public record PagedRoots(Select rootIds, ColumnRef rootId) {
    }

    /** One item of the select list and how it is made from a row. */
    public sealed interface ResultItem {

        /** The Java class of the item's values. */
        Class<?> javaType();

        /** An entity: node {@code node} of {@link #entities()}; null when its id column is null. */
        record Entity(int node, Class<?> javaType) implements ResultItem {
        }

        /**
         * One column's value, read as {@code javaType}; converted as {@code attribute}'s column (enum,
         * converter, temporal) when attribute is set, else taken as read.
         */
        record Value(int column, Class<?> javaType, AttributeModel attribute) implements ResultItem {
        }

        /** An embedded value ({@code SELECT e.address}) from the attribute's columns, starting at {@code firstColumn}. */
        record Embedded(int firstColumn, AttributeModel attribute, Class<?> javaType) implements ResultItem {
        }

        /**
         * {@code ENTRY(m)}: an immutable {@code java.util.Map.Entry} of the map's key and value; null when
         * the value is (a LEFT JOIN that found no element).
         */
        record MapEntry(ResultItem key, ResultItem value) implements ResultItem {
            @Override
            public Class<?> javaType() {
                return java.util.Map.Entry.class;
            }
        }

        /** {@code NEW Dto(...)}: the constructor called with the values of {@code arguments}. */
        record Constructed(java.lang.reflect.Constructor<?> constructor, List<ResultItem> arguments)
                implements ResultItem {
            public Constructed {
                arguments = List.copyOf(arguments);
            }

            @Override
            public Class<?> javaType() {
                return constructor.getDeclaringClass();
            }
        }
    }
}
