package dev.athanor.core.session;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.CollectionModel;
import dev.athanor.core.meta.JoinTableModel;
import dev.athanor.core.sql.ast.Assignment;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Delete;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.InList;
import dev.athanor.core.sql.ast.Insert;
import dev.athanor.core.sql.ast.Join;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Logical;
import dev.athanor.core.sql.ast.OrderItem;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.SelectItem;
import dev.athanor.core.sql.ast.TableRef;
import dev.athanor.core.sql.ast.Update;
import dev.athanor.core.sql.render.RenderedSql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL of one to-many attribute, rendered once per dialect and shared by every session, like
 * {@link EntityPersister}'s. Reading: the elements of a batch of owners in one SELECT, the owner's id
 * last in each row (and a list's position after it). Writing (owning sides only): join-table rows, or
 * the element table's foreign key; with an order column, each row's position too, which the
 * {@code mappedBy} side of a one-to-many writes as well.
 */
final class CollectionPersister {

    private static final String ELEMENT = "e";
    private static final String LINK = "j";

    private final EntityPersister owner;
    private final AttributeModel attribute;
    private final CollectionModel collection;
    private final EntityPersister element;
    private final Map<Integer, RenderedSql> selects = new ConcurrentHashMap<>();
    private final Map<String, RenderedSql> writes = new ConcurrentHashMap<>();

    CollectionPersister(EntityPersister owner, AttributeModel attribute, EntityPersister element) {
        this.owner = owner;
        this.attribute = attribute;
        this.collection = attribute.collection();
        this.element = element;
    }

    EntityPersister owner() {
        return owner;
    }

    AttributeModel attribute() {
        return attribute;
    }

    CollectionModel collection() {
        return collection;
    }

    EntityPersister element() {
        return element;
    }

    /** The attribute, as messages name it. */
    String describe() {
        return owner.entity().name() + "." + attribute.name();
    }

    /**
     * {@code SELECT e.<element columns>, <owner id> [, <order column>] FROM element e [JOIN join_table j
     * ON j.element = e.id] WHERE <owner id> IN (?, ...) [ORDER BY ...]} for {@code count} owners; the
     * owner's id is the column after the element's, and a list's position (when it has an order
     * column, by which the rows are then ordered, NULLs last) the one after that.
     */
    RenderedSql selectByOwners(int count) {
        return selects.computeIfAbsent(count, n -> owner.dialect().renderer().render(selectOf(n)));
    }

    private Select selectOf(int count) {
        List<SelectItem> items = new ArrayList<>(element.allColumns(ELEMENT));
        ColumnRef ownerId;
        Select select;
        if (collection.joinTable() != null) {
            JoinTableModel table = collection.joinTable();
            ownerId = ColumnRef.of(LINK, table.ownerColumn().name());
            items.add(SelectItem.of(ownerId));
            addPosition(items);
            select = Select.of(items, TableRef.of(element.entity().tableName(), ELEMENT))
                    .withJoin(Join.inner(TableRef.of(table.name(), LINK), Comparison.eq(
                            ColumnRef.of(LINK, table.elementColumn().name()),
                            ColumnRef.of(ELEMENT, table.elementReferencedColumn()))));
        } else {
            ownerId = ColumnRef.of(ELEMENT, collection.foreignKey().name());
            items.add(SelectItem.of(ownerId));
            addPosition(items);
            select = Select.of(items, TableRef.of(element.entity().tableName(), ELEMENT));
        }
        List<Expression> markers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            markers.add(BindParam.slot(i));
        }
        select = select.withWhere(new InList(ownerId, markers, false));
        if (collection.ordered()) {
            // NULLs last and ties by id, so that irregular positions are read in the same order each time
            select = select.withOrderBy(OrderItem.asc(position()).withNulls(OrderItem.Nulls.LAST),
                    OrderItem.asc(ColumnRef.of(ELEMENT, element.entity().id().column().name())));
        } else if (!collection.orderBy().isEmpty()) {
            select = select.withOrderBy(collection.orderBy().stream().map(order -> {
                ColumnRef column = ColumnRef.of(ELEMENT, order.column());
                return order.descending() ? OrderItem.desc(column) : OrderItem.asc(column);
            }).toArray(OrderItem[]::new));
        }
        return select;
    }

    private void addPosition(List<SelectItem> items) {
        if (collection.ordered()) {
            items.add(SelectItem.of(position()));
        }
    }

    private ColumnRef position() {
        return ColumnRef.of(collection.joinTable() != null ? LINK : ELEMENT, collection.orderColumn().name());
    }

    /**
     * The column types to fetch a {@link #selectByOwners} row with: the element's, then the driver's
     * choice for the owner's id, then {@code Integer} for a list's position.
     */
    Class<?>[] fetchTypes() {
        int size = element.rowWidth();
        Class<?>[] types = java.util.Arrays.copyOf(element.fetchTypes(),
                size + (collection.ordered() ? 2 : 1));
        if (collection.ordered()) {
            types[size + 1] = Integer.class;
        }
        return types;
    }

    // ---- join table ---------------------------------------------------------------------------------

    /** {@code INSERT INTO join_table (owner, element) VALUES (?, ?)}. */
    RenderedSql insertRow() {
        JoinTableModel table = collection.joinTable();
        return write("insertRow", () -> Insert.of(table.name(), List.of(table.ownerColumn().name(),
                table.elementColumn().name()), List.of(BindParam.slot(0), BindParam.slot(1))));
    }

    /** Whether this side writes the list's positions: those of its order column that its statements write. */
    boolean writesPositions() {
        if (!collection.ordered()) {
            return false;
        }
        // join-table rows are only ever inserted; an element's position is written by an UPDATE
        return collection.joinTable() != null ? collection.orderColumn().insertable()
                : collection.orderColumn().updatable();
    }

    /** {@code INSERT INTO join_table (owner, element, position) VALUES (?, ?, ?)}. */
    RenderedSql insertRowAt() {
        JoinTableModel table = collection.joinTable();
        return write("insertRowAt", () -> Insert.of(table.name(), List.of(table.ownerColumn().name(),
                table.elementColumn().name(), collection.orderColumn().name()),
                List.of(BindParam.slot(0), BindParam.slot(1), BindParam.slot(2))));
    }

    /** {@code DELETE FROM join_table WHERE owner = ? AND position = ?}: the row of one position of a list. */
    RenderedSql deleteRowAt() {
        JoinTableModel table = collection.joinTable();
        return write("deleteRowAt", () -> new Delete(table.name(), Logical.and(
                Comparison.eq(ColumnRef.of(table.ownerColumn().name()), BindParam.slot(0)),
                Comparison.eq(ColumnRef.of(collection.orderColumn().name()), BindParam.slot(1)))));
    }

    /** {@code DELETE FROM join_table WHERE owner = ? AND element = ?}. */
    RenderedSql deleteRow() {
        JoinTableModel table = collection.joinTable();
        return write("deleteRow", () -> new Delete(table.name(), Logical.and(
                Comparison.eq(ColumnRef.of(table.ownerColumn().name()), BindParam.slot(0)),
                Comparison.eq(ColumnRef.of(table.elementColumn().name()), BindParam.slot(1)))));
    }

    /** {@code DELETE FROM join_table WHERE owner = ?}: every row of one owner. */
    RenderedSql deleteRowsOfOwner() {
        JoinTableModel table = collection.joinTable();
        return write("deleteRowsOfOwner", () -> new Delete(table.name(),
                Comparison.eq(ColumnRef.of(table.ownerColumn().name()), BindParam.slot(0))));
    }

    /** {@code DELETE FROM join_table WHERE element = ?}: every row that refers to one element. */
    RenderedSql deleteRowsOfElement() {
        JoinTableModel table = collection.joinTable();
        return write("deleteRowsOfElement", () -> new Delete(table.name(),
                Comparison.eq(ColumnRef.of(table.elementColumn().name()), BindParam.slot(0))));
    }

    // ---- foreign key in the element's table ----------------------------------------------------------

    /** {@code UPDATE element SET fk = ? WHERE id = ?}. */
    RenderedSql setForeignKey() {
        return write("setForeignKey", () -> new Update(element.entity().tableName(),
                List.of(Assignment.of(collection.foreignKey().name(), BindParam.slot(0))), elementId(1)));
    }

    /** {@code UPDATE element SET fk = ?, position = ? WHERE id = ?}: an element of a list, at its place. */
    RenderedSql setForeignKeyAt() {
        return write("setForeignKeyAt", () -> new Update(element.entity().tableName(),
                List.of(Assignment.of(collection.foreignKey().name(), BindParam.slot(0)),
                        Assignment.of(collection.orderColumn().name(), BindParam.slot(1))), elementId(2)));
    }

    /**
     * {@code UPDATE element SET position = ? WHERE id = ? AND fk = ?}: the place of an element of a
     * list mapped by the element's to-one, which writes the key itself; an element that the flush gave
     * another owner is left to that owner's list.
     */
    RenderedSql setPosition() {
        return write("setPosition", () -> new Update(element.entity().tableName(),
                List.of(Assignment.of(collection.orderColumn().name(), BindParam.slot(0))), Logical.and(elementId(1),
                        Comparison.eq(ColumnRef.of(collection.foreignKey().name()), BindParam.slot(2)))));
    }

    /** {@code UPDATE element SET position = NULL WHERE fk = ?}: the positions of every element of such a list. */
    RenderedSql clearPositionsOfOwner() {
        return write("clearPositionsOfOwner", () -> new Update(element.entity().tableName(),
                List.of(Assignment.of(collection.orderColumn().name(), Literal.NULL)),
                Comparison.eq(ColumnRef.of(collection.foreignKey().name()), BindParam.slot(0))));
    }

    /**
     * {@code UPDATE element SET position = NULL WHERE id = ?}: an element that left such a list. It runs
     * before any position is set, so an element that joined another owner's list gets its place there.
     */
    RenderedSql clearPosition() {
        return write("clearPosition", () -> new Update(element.entity().tableName(),
                List.of(Assignment.of(collection.orderColumn().name(), Literal.NULL)), elementId(0)));
    }

    /**
     * {@code UPDATE element SET fk = NULL [, position = NULL] WHERE id = ? AND fk = ?}: unless another
     * owner took it meanwhile.
     */
    RenderedSql clearForeignKey() {
        return write("clearForeignKey", () -> new Update(element.entity().tableName(), clearing(),
                Logical.and(elementId(0), Comparison.eq(ColumnRef.of(collection.foreignKey().name()),
                        BindParam.slot(1)))));
    }

    /** {@code UPDATE element SET fk = NULL [, position = NULL] WHERE fk = ?}: every element of one owner. */
    RenderedSql clearForeignKeysOfOwner() {
        return write("clearForeignKeysOfOwner", () -> new Update(element.entity().tableName(), clearing(),
                Comparison.eq(ColumnRef.of(collection.foreignKey().name()), BindParam.slot(0))));
    }

    /** The foreign key set to NULL, and the position too when this side writes one. */
    private List<Assignment> clearing() {
        List<Assignment> assignments = new ArrayList<>();
        assignments.add(Assignment.of(collection.foreignKey().name(), Literal.NULL));
        if (writesPositions()) {
            assignments.add(Assignment.of(collection.orderColumn().name(), Literal.NULL));
        }
        return assignments;
    }

    private Expression elementId(int slot) {
        return Comparison.eq(ColumnRef.of(element.entity().id().column().name()), BindParam.slot(slot));
    }

    private RenderedSql write(String key, java.util.function.Supplier<dev.athanor.core.sql.ast.Statement> statement) {
        return writes.computeIfAbsent(key, k -> owner.dialect().renderer().render(statement.get()));
    }

    @Override
    public String toString() {
        return "CollectionPersister[" + describe() + "]";
    }
}
