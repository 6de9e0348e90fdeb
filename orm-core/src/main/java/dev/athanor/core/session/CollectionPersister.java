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
 * last in each row. Writing (owning sides only): join-table rows, or the element table's foreign key.
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
     * {@code SELECT e.<element columns>, <owner id> FROM element e [JOIN join_table j ON j.element = e.id]
     * WHERE <owner id> IN (?, ...) [ORDER BY ...]} for {@code count} owners; the owner's id is the
     * column after the element's.
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
            select = Select.of(items, TableRef.of(element.entity().tableName(), ELEMENT))
                    .withJoin(Join.inner(TableRef.of(table.name(), LINK), Comparison.eq(
                            ColumnRef.of(LINK, table.elementColumn().name()),
                            ColumnRef.of(ELEMENT, table.elementReferencedColumn()))));
        } else {
            ownerId = ColumnRef.of(ELEMENT, collection.foreignKey().name());
            items.add(SelectItem.of(ownerId));
            select = Select.of(items, TableRef.of(element.entity().tableName(), ELEMENT));
        }
        List<Expression> markers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            markers.add(BindParam.slot(i));
        }
        select = select.withWhere(new InList(ownerId, markers, false));
        if (!collection.orderBy().isEmpty()) {
            select = select.withOrderBy(collection.orderBy().stream().map(order -> {
                ColumnRef column = ColumnRef.of(ELEMENT, order.column());
                return order.descending() ? OrderItem.desc(column) : OrderItem.asc(column);
            }).toArray(OrderItem[]::new));
        }
        return select;
    }

    /** The column types to fetch a {@link #selectByOwners} row with: the element's, then the driver's choice. */
    Class<?>[] fetchTypes() {
        return java.util.Arrays.copyOf(element.columns().fetchTypes(), element.columns().size() + 1);
    }

    // ---- join table ---------------------------------------------------------------------------------

    /** {@code INSERT INTO join_table (owner, element) VALUES (?, ?)}. */
    RenderedSql insertRow() {
        JoinTableModel table = collection.joinTable();
        return write("insertRow", () -> Insert.of(table.name(), List.of(table.ownerColumn().name(),
                table.elementColumn().name()), List.of(BindParam.slot(0), BindParam.slot(1))));
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

    /** {@code UPDATE element SET fk = NULL WHERE id = ? AND fk = ?}: unless another owner took it meanwhile. */
    RenderedSql clearForeignKey() {
        return write("clearForeignKey", () -> new Update(element.entity().tableName(),
                List.of(Assignment.of(collection.foreignKey().name(), Literal.NULL)), Logical.and(elementId(0),
                        Comparison.eq(ColumnRef.of(collection.foreignKey().name()), BindParam.slot(1)))));
    }

    /** {@code UPDATE element SET fk = NULL WHERE fk = ?}: every element of one owner. */
    RenderedSql clearForeignKeysOfOwner() {
        return write("clearForeignKeysOfOwner", () -> new Update(element.entity().tableName(),
                List.of(Assignment.of(collection.foreignKey().name(), Literal.NULL)),
                Comparison.eq(ColumnRef.of(collection.foreignKey().name()), BindParam.slot(0))));
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
