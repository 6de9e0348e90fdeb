package dev.athanor.core.session;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.InheritanceModel;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.SelectItem;
import jakarta.persistence.PersistenceException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The row a persister of a SINGLE_TABLE hierarchy reads when its entity has subclasses: its own
 * columns first (so that a row of its own class is read as any row is), then each subclass's columns
 * it lacks, then the discriminator; and how that row is seen as a row of the class the discriminator
 * names, whose columns are at other positions. Built once per persister; shared by every session.
 */
final class HierarchyColumns {

    private final EntityPersister owner;
    private final InheritanceModel.DiscriminatorModel discriminator;
    /** The columns after the owner's own, by name, each read as a column of the subclass that has it. */
    private final List<String> extraColumns;
    private final List<Boolean> extraLazy;
    private final int width;
    private final Map<Object, EntityPersister> byValue = new HashMap<>();
    /** Per subclass persister: the position in this row of each of its columns. */
    private final Map<EntityPersister, int[]> positions = new HashMap<>();

    HierarchyColumns(EntityPersister owner, List<EntityPersister> subtypes) {
        this.owner = owner;
        InheritanceModel inheritance = owner.entity().inheritance().orElseThrow();
        this.discriminator = inheritance.discriminator();
        Map<String, Integer> byName = new LinkedHashMap<>();
        List<ColumnSlot> own = owner.columns().slots();
        for (ColumnSlot slot : own) {
            byName.putIfAbsent(slot.column().name(), slot.position());
        }
        List<String> extra = new java.util.ArrayList<>();
        List<Boolean> lazy = new java.util.ArrayList<>();
        for (EntityPersister sub : subtypes) {
            if (sub == owner) {
                continue;
            }
            for (ColumnSlot slot : sub.columns().slots()) {
                if (!byName.containsKey(slot.column().name())) {
                    byName.put(slot.column().name(), own.size() + extra.size());
                    extra.add(slot.column().name());
                    lazy.add(sub.lazyColumn(slot.position()));
                }
            }
        }
        this.extraColumns = List.copyOf(extra);
        this.extraLazy = List.copyOf(lazy);
        this.width = own.size() + extra.size() + (subtypes.size() > 1 ? 1 : 0);
        for (EntityPersister sub : subtypes) {
            sub.entity().inheritance().map(InheritanceModel::value).ifPresent(value -> byValue.put(value, sub));
            int[] at = new int[sub.columns().size()];
            for (ColumnSlot slot : sub.columns().slots()) {
                // a subclass's first columns are its superclass's (attributes are ordered topmost class first)
                at[slot.position()] = slot.position() < own.size() ? slot.position() : byName.get(slot.column().name());
            }
            positions.put(sub, at);
        }
    }

    /** Whether the owner has entity subclasses, whose rows its queries read too. */
    boolean polymorphic() {
        return positions.size() > 1;
    }

    int width() {
        return width;
    }

    /** The names of the columns after the owner's own: its subclasses', then the discriminator. */
    List<String> tailColumns() {
        List<String> tail = new java.util.ArrayList<>(extraColumns);
        tail.add(discriminator.column());
        return tail;
    }

    /** Appends the subclasses' columns and the discriminator to the owner's select items. */
    void addColumns(String alias, List<SelectItem> items) {
        for (int i = 0; i < extraColumns.size(); i++) {
            items.add(SelectItem.of(extraLazy.get(i) ? Literal.NULL : ColumnRef.of(alias, extraColumns.get(i))));
        }
        items.add(SelectItem.of(ColumnRef.of(alias, discriminator.column())));
    }

    /** The persister of the class whose discriminator value the row holds. */
    EntityPersister concreteOf(EntityColumns.ColumnSource row) {
        Object value = row.get(width - 1, discriminator.javaType());
        if (value instanceof Number number) {
            value = number.intValue();
        } else if (value != null && discriminator.type() == InheritanceModel.DiscriminatorModel.Type.INTEGER) {
            value = Integer.valueOf(value.toString().trim());
        }
        EntityPersister concrete = byValue.get(value);
        if (concrete == null) {
            throw new PersistenceException(ErrorMessage.of(ErrorCode.INVALID_INHERITANCE, "a row of table "
                    + owner.entity().tableName() + " has the discriminator value " + (value == null ? "NULL"
                    : "'" + value + "'") + " in column " + discriminator.column() + ", which names no class of "
                    + owner.entity().name() + "'s hierarchy")
                    .detail("entity", owner.entity().name())
                    .detail("known values", byValue.keySet().toString())
                    .hint("Correct the row, or map the class it belongs to with that @DiscriminatorValue.").render());
        }
        return concrete;
    }

    /** {@code row}, read as the owner's, seen as a row of {@code concrete}. */
    EntityColumns.ColumnSource rowOf(EntityPersister concrete, EntityColumns.ColumnSource row) {
        int[] at = positions.get(concrete);
        if (at == null) {
            throw new IllegalArgumentException(concrete.entity().name() + " is not a subclass of "
                    + owner.entity().name());
        }
        return (slot, type) -> row.get(at[slot], type);
    }
}
