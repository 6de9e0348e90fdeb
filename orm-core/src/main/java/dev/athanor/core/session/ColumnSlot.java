package dev.athanor.core.session;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.ColumnModel;
import dev.athanor.core.meta.EntityModel;
import java.util.List;

/**
 * One column of an entity's table and the way to its value from an entity instance: through the
 * top-level attribute, then down embedded values to the basic (or to-one) attribute that owns it.
 *
 * @param position the column's position among the entity's columns, from 0
 * @param column the column
 * @param path the attributes from the entity's own (first) to the one the column stores (last)
 * @param target for a foreign key, the referenced entity; null otherwise
 * @param direct whether the value is the entity's own attribute as it is, needing neither a walk nor a conversion
 */
record ColumnSlot(int position, ColumnModel column, List<AttributeModel> path, EntityModel target, boolean direct) {

    ColumnSlot {
        path = List.copyOf(path);
    }

    ColumnSlot(int position, ColumnModel column, List<AttributeModel> path, EntityModel target) {
        this(position, column, path, target, path.size() == 1 && target == null
                && ColumnValues.plain(path.get(0)));
    }

    /** The entity's own attribute this column belongs to. */
    AttributeModel top() {
        return path.get(0);
    }

    /** The attribute whose value the column stores. */
    AttributeModel leaf() {
        return path.get(path.size() - 1);
    }

    /** The value to bind for this column, read from {@code entity}. */
    Object read(Object entity) {
        if (direct) {
            return path.get(0).get(entity);
        }
        Object value = entity;
        for (AttributeModel attribute : path) {
            value = attribute.get(value);
            if (value == null) {
                return null;
            }
        }
        if (target != null) {
            return target.id().get(value);
        }
        return ColumnValues.toColumn(leaf(), value);
    }

    /** Whether {@code entity} still holds {@code snapshotValue} in this column; a plain attribute answers without boxing. */
    boolean unchanged(Object entity, Object snapshotValue) {
        if (direct) {
            return path.get(0).accessor().holds(entity, snapshotValue);
        }
        return !EntityColumns.changed(snapshotValue, read(entity));
    }

    /** The dotted attribute path, as messages and orm.xml name it. */
    String attributePath() {
        StringBuilder out = new StringBuilder();
        for (AttributeModel attribute : path) {
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(attribute.name());
        }
        return out.toString();
    }
}
