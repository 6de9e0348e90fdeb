package dev.athanor.core.session;

import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.InheritanceModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.sql.ast.Assignment;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Delete;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.InList;
import dev.athanor.core.sql.ast.Insert;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Lock;
import dev.athanor.core.sql.ast.Logical;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.SelectItem;
import dev.athanor.core.sql.ast.TableRef;
import dev.athanor.core.sql.ast.Update;
import dev.athanor.core.sql.render.RenderedSql;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The SQL of one entity: INSERT, SELECT by id, UPDATE of a set of columns, DELETE, each rendered
 * once for the dialect and then bound many times through slots. Shared by every session of a
 * factory; the caches beside the frozen model, never inside it.
 */
final class EntityPersister {

    private final EntityModel entity;
    private final EntityColumns columns;
    private final Supplier<Dialect> dialect;
    private final int idSlot;
    private final int versionSlot;
    private final boolean databaseAssignsId;
    private final Class<?> idType;
    private final dev.athanor.core.session.id.IdGenerator generator;
    private final int[] insertSlots;
    private final boolean selfReferencing;
    private final List<AttributeModel> toOnes;
    private final List<AttributeModel> toManys;
    private final boolean cascadesPersist;
    private final Map<BitSet, Statement> updates = new ConcurrentHashMap<>();
    private final Map<Integer, RenderedSql> multiRowInserts = new ConcurrentHashMap<>();
    private volatile RenderedSql insert;
    private volatile RenderedSql select;
    private volatile RenderedSql selectForUpdate;
    private volatile RenderedSql lockRow;
    private volatile RenderedSql delete;
    private volatile RenderedSql versionOnly;
    private final Map<AttributeModel.Cascade, List<AttributeModel>> cascading = new EnumMap<>(
            AttributeModel.Cascade.class);
    private final Map<AttributeModel.Cascade, List<AttributeModel>> cascadingCollections = new EnumMap<>(
            AttributeModel.Cascade.class);
    private final TrackerSlots tracking;
    private int insertRank;
    private int ordinal;
    private int identityOrdinal;
    private EntityPersister root = this;
    /** Its place in a SINGLE_TABLE hierarchy, linked once every persister exists (see {@link #linkHierarchy}). */
    private final InheritanceModel inheritance;
    private HierarchyColumns hierarchy;
    private final List<AttributeModel> embedded;
    private final Map<Integer, RenderedSql> selectsByIds = new ConcurrentHashMap<>();
    /** Per lazy attribute and batch size ({@code name/count}), the SELECT that loads its column for that many ids. */
    private final Map<String, RenderedSql> lazyColumnSelects = new ConcurrentHashMap<>();
    /** How many entities the last native query of this entity read: a racy hint, as {@code QueryPlan.lastRows}. */
    private int lastNativeRows;
    /** Per attribute index, for each {@code Map} to-many: the key of an element (its {@code @MapKey} attribute). */
    private final Map<Integer, Function<Object, Object>> mapKeys = new HashMap<>();

    /** A rendered statement and which column values fill its slots, in slot order. */
    static final class Statement {
        private final RenderedSql sql;
        private final int[] slots;

        Statement(RenderedSql sql, int[] slots) {
            this.sql = sql;
            this.slots = slots;
        }

        RenderedSql sql() {
            return sql;
        }

        int[] slots() {
            return slots;
        }

        // identity equality and hashing: one instance per column set, and a flush groups by it per row
    }

    EntityPersister(EntityModel entity, Metadata metadata, Supplier<Dialect> dialect, boolean databaseAssignsId,
            dev.athanor.core.session.id.IdGenerator generator) {
        this.generator = generator;
        this.entity = entity;
        this.columns = new EntityColumns(entity, metadata);
        this.dialect = dialect;
        this.databaseAssignsId = databaseAssignsId;
        this.idType = ColumnValues.boxed(entity.id().javaType());
        this.idSlot = columns.firstSlot(entity.id().index());
        this.versionSlot = entity.version().map(v -> columns.firstSlot(v.index())).orElse(-1);
        List<Integer> insertable = new ArrayList<>();
        for (ColumnSlot slot : columns.slots()) {
            boolean id = slot.position() == idSlot;
            if (id ? !databaseAssignsId : slot.column().insertable()) {
                insertable.add(slot.position());
            }
        }
        this.insertSlots = insertable.stream().mapToInt(Integer::intValue).toArray();
        this.toOnes = entity.attributes().stream().filter(a -> a.kind().toOne()).toList();
        this.selfReferencing = entity.attributes().stream()
                .anyMatch(a -> a.kind().toOne() && a.joinColumn().targetEntity() == entity.javaType());
        this.toManys = entity.attributes().stream().filter(a -> a.kind().toMany()).toList();
        for (AttributeModel.Cascade operation : AttributeModel.Cascade.values()) {
            cascading.put(operation, entity.attributes().stream()
                    .filter(a -> a.kind().toOne() && a.cascade().contains(operation)).toList());
            cascadingCollections.put(operation, toManys.stream().filter(a -> a.cascade().contains(operation)).toList());
        }
        this.cascadesPersist = !cascading.get(AttributeModel.Cascade.PERSIST).isEmpty()
                || !cascadingCollections.get(AttributeModel.Cascade.PERSIST).isEmpty();
        this.tracking = new TrackerSlots(entity, metadata);
        for (AttributeModel attribute : toManys) {
            if (attribute.collection().isMap()) {
                AttributeModel key = metadata.entity(attribute.collection().elementEntity())
                        .attribute(attribute.collection().mapKey());
                mapKeys.put(attribute.index(), key::get);
            }
        }
        this.embedded = entity.attributes().stream().filter(a -> a.kind() == AttributeModel.Kind.EMBEDDED).toList();
        this.inheritance = entity.inheritance().orElse(null);
    }

    /**
     * Links a persister of a SINGLE_TABLE hierarchy to those of its subclasses (see {@link
     * HierarchyColumns}) and to its root's identity map; a persister of no hierarchy is its own root.
     */
    void linkHierarchy(Metadata metadata, Function<Class<?>, EntityPersister> persisters) {
        root = persisters.apply(metadata.root(entity).javaType());
        identityOrdinal = root.ordinal();
        if (inheritance != null) {
            hierarchy = new HierarchyColumns(this, metadata.subtypes(entity).stream()
                    .map(sub -> persisters.apply(sub.javaType())).toList());
        }
    }

    /** Where a context keeps its instances by id: the ordinal of its hierarchy's root, whose identity map it shares. */
    int identityOrdinal() {
        return identityOrdinal;
    }

    /** The persister of its hierarchy's root entity; itself outside any hierarchy. */
    EntityPersister root() {
        return root;
    }

    /** Whether it belongs to a SINGLE_TABLE hierarchy, where an instance of its root's id table may be of another class. */
    boolean inHierarchy() {
        return inheritance != null;
    }

    /** Whether its rows may be of several classes: an entity with entity subclasses, read with their columns too. */
    boolean polymorphic() {
        return hierarchy != null && hierarchy.polymorphic();
    }

    /** Its hierarchy's columns, or null outside any hierarchy. */
    HierarchyColumns hierarchy() {
        return hierarchy;
    }

    /** How many columns a SELECT of its rows reads: its own, and for a polymorphic one its subclasses' and the discriminator. */
    int rowWidth() {
        return hierarchy == null ? columns.size() : hierarchy.width();
    }

    /** The persister of the class a row of {@link #allColumns} read from {@code row} is: itself, or a subclass's. */
    EntityPersister concreteOf(EntityColumns.ColumnSource row) {
        return polymorphic() ? hierarchy.concreteOf(row) : this;
    }

    /** {@code row}, read as this persister's, seen as a row of {@code concrete}, a subclass's (or its own). */
    EntityColumns.ColumnSource rowOf(EntityPersister concrete, EntityColumns.ColumnSource row) {
        return concrete == this ? row : hierarchy.rowOf(concrete, row);
    }

    /** {@code d IN (values of it and its subclasses)} on {@code alias} (none when null), or null for a root or no hierarchy. */
    Expression discriminatorRestriction(String alias) {
        if (inheritance == null || inheritance.isRoot()) {
            return null;
        }
        List<Expression> values = inheritance.values().stream().map(v -> (Expression) Literal.of(v)).toList();
        return new InList(ColumnRef.of(alias, inheritance.discriminator().column()), values, false);
    }

    private Select restricted(Select select) {
        Expression restriction = discriminatorRestriction(null);
        return restriction == null ? select
                : select.withWhere(select.where() == null ? restriction : Logical.and(select.where(), restriction));
    }

    /** Whether instances report their own changes and loads (see {@link TrackerSlots#enhanced()}). */
    boolean enhanced() {
        return tracking.enhanced();
    }

    /** How its attributes map to tracker slots. */
    TrackerSlots tracking() {
        return tracking;
    }

    /** Where its rows go among the inserts of a flush: after those of every entity it refers to. */
    int insertRank() {
        return insertRank;
    }

    void insertRank(int rank) {
        this.insertRank = rank;
    }

    /** Its position among the factory's persisters, from 0: where a context keeps its instances. */
    int ordinal() {
        return ordinal;
    }

    void ordinal(int ordinal) {
        this.ordinal = ordinal;
    }

    /** The key of an element of {@code map}, a {@code Map} to-many of this entity: its {@code @MapKey} attribute. */
    Function<Object, Object> mapKey(AttributeModel map) {
        return mapKeys.get(map.index());
    }

    /** Its to-many attributes, in index order. */
    List<AttributeModel> toManys() {
        return toManys;
    }

    /** The to-many attributes that cascade {@code operation}. */
    List<AttributeModel> cascadingCollections(AttributeModel.Cascade operation) {
        return cascadingCollections.get(operation);
    }

    /** The embedded attributes. */
    List<AttributeModel> embedded() {
        return embedded;
    }

    /** Its to-one attributes, in index order. */
    List<AttributeModel> toOnes() {
        return toOnes;
    }

    /** Whether one of its to-one attributes points to its own entity type. */
    boolean selfReferencing() {
        return selfReferencing;
    }

    /** Whether some association cascades PERSIST (read on every persist()). */
    boolean cascadesPersist() {
        return cascadesPersist;
    }

    /** The to-one attributes that cascade {@code operation}. */
    List<AttributeModel> cascading(AttributeModel.Cascade operation) {
        return cascading.get(operation);
    }

    EntityModel entity() {
        return entity;
    }

    EntityColumns columns() {
        return columns;
    }

    /** The generator of a SEQUENCE, TABLE or UUID id; null for assigned and IDENTITY ids. */
    dev.athanor.core.session.id.IdGenerator generator() {
        return generator;
    }

    /** The id's type, boxed: what {@code find} takes and rows are read as. */
    Class<?> idType() {
        return idType;
    }

    int idSlot() {
        return idSlot;
    }

    /** The version column's position, or -1 when the entity has no @Version. */
    int versionSlot() {
        return versionSlot;
    }

    boolean databaseAssignsId() {
        return databaseAssignsId;
    }

    Dialect dialect() {
        return dialect.get();
    }

    private String column(int slot) {
        return columns.slots().get(slot).column().name();
    }

    /** The columns an INSERT writes, in the order of its slots. */
    int[] insertSlots() {
        return insertSlots;
    }

    /** {@code INSERT INTO t (insertable columns) VALUES (?...)}; slot i is insertSlots()[i]. */
    RenderedSql insert() {
        RenderedSql sql = insert;
        if (sql == null) {
            sql = dialect().renderer().render(insertOf(1, false));
            insert = sql;
        }
        return sql;
    }

    /**
     * {@code INSERT ... VALUES (...), (...) RETURNING id} for {@code rows} rows: row r's column i
     * takes slot {@code r * insertSlots().length + i}.
     */
    RenderedSql multiRowInsertReturningId(int rows) {
        return multiRowInserts.computeIfAbsent(rows, n -> dialect().renderer().render(insertOf(n, true)));
    }

    private Insert insertOf(int rows, boolean returningId) {
        List<String> names = new ArrayList<>();
        for (int slot : insertSlots) {
            names.add(column(slot));
        }
        boolean discriminated = inheritance != null && names.stream()
                .noneMatch(n -> n.equals(inheritance.discriminator().column()));
        if (discriminated) {
            names.add(inheritance.discriminator().column());
        }
        List<List<Expression>> values = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Expression> row = new ArrayList<>();
            for (int i = 0; i < insertSlots.length; i++) {
                row.add(BindParam.slot(r * insertSlots.length + i));
            }
            if (discriminated) {
                row.add(Literal.of(inheritance.value())); // the same in every row of this class: part of the SQL text
            }
            values.add(row);
        }
        Insert statement = new Insert(entity.tableName(), names, values, List.of());
        return returningId ? statement.withReturning(column(idSlot)) : statement;
    }

    /** The values an INSERT binds, taken from the entity's column values (the same array when it writes every column). */
    Object[] insertValues(Object[] columnValues) {
        if (insertSlots.length == columnValues.length) {
            return columnValues;
        }
        Object[] values = new Object[insertSlots.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = columnValues[insertSlots[i]];
        }
        return values;
    }

    /** How many rows the last native query of this entity read (0 before the first). */
    int lastNativeRows() {
        return lastNativeRows;
    }

    void rememberNativeRows(int rows) {
        if (lastNativeRows != rows) {
            lastNativeRows = rows;
        }
    }

    /** For each of a native query's result columns, its fetch type when it is one of this entity's columns, else null. */
    Class<?>[] fetchTypesOf(List<String> labels) {
        Class<?>[] types = new Class<?>[labels.size()];
        for (int i = 0; i < types.length; i++) {
            for (ColumnSlot slot : columns.slots()) {
                if (slot.column().name().equalsIgnoreCase(labels.get(i))) {
                    types[i] = columns.fetchTypes()[slot.position()];
                }
            }
        }
        return types;
    }

    /** {@code SELECT every column FROM t WHERE id = ?}, with {@code FOR UPDATE} when asked and possible. */
    RenderedSql selectById(boolean forUpdate) {
        if (forUpdate && dialect().capabilities().forUpdate()) {
            RenderedSql sql = selectForUpdate;
            if (sql == null) {
                sql = dialect().renderer().render(selectOf(allColumns()).withLock(Lock.FOR_UPDATE));
                selectForUpdate = sql;
            }
            return sql;
        }
        RenderedSql sql = select;
        if (sql == null) {
            sql = dialect().renderer().render(selectOf(allColumns()));
            select = sql;
        }
        return sql;
    }

    /** {@code SELECT version-or-id FROM t WHERE id = ? [FOR UPDATE]}: to check a version or lock a row. */
    RenderedSql lockRow() {
        RenderedSql sql = lockRow;
        if (sql == null) {
            int slot = versionSlot >= 0 ? versionSlot : idSlot;
            Select statement = selectOf(List.of(SelectItem.of(ColumnRef.of(column(slot)))));
            sql = dialect().renderer().render(dialect().capabilities().forUpdate()
                    ? statement.withLock(Lock.FOR_UPDATE) : statement);
            lockRow = sql;
        }
        return sql;
    }

    /** Every column, in column order; NULL in place of a lazy basic column, which is loaded on first access. */
    private List<SelectItem> allColumns() {
        return allColumns(null);
    }

    /** As {@link #allColumns()}, each column qualified by {@code alias} (none when null). */
    List<SelectItem> allColumns(String alias) {
        List<SelectItem> items = new ArrayList<>();
        Set<Integer> lazy = new HashSet<>();
        for (AttributeModel attribute : tracking.lazyBasics()) {
            lazy.add(columns.firstSlot(attribute.index()));
        }
        for (ColumnSlot slot : columns.slots()) {
            items.add(SelectItem.of(lazy.contains(slot.position()) ? Literal.NULL
                    : ColumnRef.of(alias, slot.column().name())));
        }
        if (polymorphic()) {
            hierarchy.addColumns(alias, items);
        }
        return items;
    }

    /** Whether the column at {@code slot} of its row is left out (NULL) because it is a lazy basic one. */
    boolean lazyColumn(int slot) {
        for (AttributeModel attribute : tracking.lazyBasics()) {
            if (columns.firstSlot(attribute.index()) == slot) {
                return true;
            }
        }
        return false;
    }

    /** The type to fetch each column of an {@link #allColumns} row as, where known. */
    Class<?>[] fetchTypes() {
        return columns.fetchTypes(); // a shorter array: the subclasses' columns and the discriminator are read untyped
    }

    /**
     * {@code SELECT every column FROM t WHERE id IN (?, ...)} with {@code count} markers: loads a
     * batch of references. A shorter batch repeats its last id, so that one statement serves all.
     */
    RenderedSql selectByIds(int count) {
        return selectsByIds.computeIfAbsent(count, n -> dialect().renderer().render(
                restricted(Select.of(allColumns(), TableRef.of(entity.tableName(), null)).withWhere(idIn(n)))));
    }

    /**
     * {@code SELECT id, column FROM t WHERE id IN (?, ...)}: loads a lazy basic attribute (or a deferred
     * to-one's foreign key) for a batch.
     */
    RenderedSql selectLazyColumn(AttributeModel attribute, int count) {
        String column = attribute.kind().toOne() ? attribute.joinColumn().name() : attribute.column().name();
        return lazyColumnSelects.computeIfAbsent(attribute.name() + "/" + count, key -> dialect().renderer()
                .render(Select.of(List.of(SelectItem.of(ColumnRef.of(column(idSlot))),
                        SelectItem.of(ColumnRef.of(column))),
                        TableRef.of(entity.tableName(), null)).withWhere(idIn(count))));
    }

    private Expression idIn(int count) {
        List<Expression> markers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            markers.add(BindParam.slot(i));
        }
        return new InList(ColumnRef.of(column(idSlot)), markers, false);
    }

    private Select selectOf(List<SelectItem> items) {
        return restricted(Select.of(items, TableRef.of(entity.tableName(), null))
                .withWhere(Comparison.eq(ColumnRef.of(column(idSlot)), BindParam.slot(0))));
    }

    /**
     * {@code UPDATE t SET changed columns [, version = ?] WHERE id = ? [AND version = ?]}. The
     * statement's slots: the changed columns' new values in column order, then the new version,
     * then the id, then the old version.
     */
    Statement update(BitSet changed) {
        Statement known = updates.get(changed);
        if (known != null) {
            return known;
        }
        BitSet key = (BitSet) changed.clone(); // the caller reuses its set
        return updates.computeIfAbsent(key, this::renderUpdate);
    }

    private Statement renderUpdate(BitSet changed) {
        List<Assignment> set = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (int i = changed.nextSetBit(0); i >= 0; i = changed.nextSetBit(i + 1)) {
            if (i != versionSlot) {
                set.add(Assignment.of(column(i), BindParam.slot(slots.size())));
                slots.add(i);
            }
        }
        if (versionSlot >= 0) {
            set.add(Assignment.of(column(versionSlot), BindParam.slot(slots.size())));
            slots.add(versionSlot);
        }
        Expression where = idAndVersion(slots.size());
        RenderedSql sql = dialect().renderer().render(new Update(entity.tableName(), set, where));
        return new Statement(sql, slots.stream().mapToInt(Integer::intValue).toArray());
    }

    /** {@code UPDATE t SET version = ? WHERE id = ? AND version = ?}: a forced increment. */
    RenderedSql versionOnly() {
        RenderedSql sql = versionOnly;
        if (sql == null) {
            sql = dialect().renderer().render(new Update(entity.tableName(),
                    List.of(Assignment.of(column(versionSlot), BindParam.slot(0))), idAndVersion(1)));
            versionOnly = sql;
        }
        return sql;
    }

    /** {@code DELETE FROM t WHERE id = ? [AND version = ?]}: slot 0 the id, slot 1 the version. */
    RenderedSql delete() {
        RenderedSql sql = delete;
        if (sql == null) {
            sql = dialect().renderer().render(new Delete(entity.tableName(), idAndVersion(0)));
            delete = sql;
        }
        return sql;
    }

    private Expression idAndVersion(int firstSlot) {
        Expression id = Comparison.eq(ColumnRef.of(column(idSlot)), BindParam.slot(firstSlot));
        if (versionSlot < 0) {
            return id;
        }
        return Logical.and(id, Comparison.eq(ColumnRef.of(column(versionSlot)), BindParam.slot(firstSlot + 1)));
    }

    /** Whether the attribute's columns may be written by UPDATE. */
    boolean updatable(int slot) {
        return slot != idSlot && columns.slots().get(slot).column().updatable();
    }

    /** The version read at {@code index} of a row, as the snapshot holds it (so that the two compare). */
    Object versionColumnValue(dev.athanor.core.engine.Row row, int index) {
        AttributeModel version = versionAttribute();
        return ColumnValues.toColumn(version, ColumnValues.toAttribute(version,
                row.get(index, ColumnValues.readType(version))));
    }

    AttributeModel versionAttribute() {
        return entity.version().orElse(null);
    }

    @Override
    public String toString() {
        return "EntityPersister[" + entity.name() + "]";
    }
}
