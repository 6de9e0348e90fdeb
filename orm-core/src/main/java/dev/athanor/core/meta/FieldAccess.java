package dev.athanor.core.meta;

import java.lang.reflect.Field;

/**
 * {@link AttributeAccess} through an accessible {@link Field}. A field held in an instance field
 * is read through the JDK's reflection accessors, which the JIT compiles down to a plain load; a
 * method handle held the same way is not a constant to the JIT and costs an indirect call each time,
 * which a flush pays for every column of every entity.
 */
final class FieldAccess implements AttributeAccess {

    private final String where;
    private final Field field;

    FieldAccess(String where, Field field) {
        this.where = where;
        this.field = field;
    }

    @Override
    public Object get(Object instance) {
        try {
            return field.get(instance);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("reading " + where + " was refused: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read " + where + " from "
                    + (instance == null ? "null" : instance.getClass().getName()), e);
        }
    }

    @Override
    public boolean holds(Object instance, Object value) {
        Class<?> type = field.getType();
        if (!type.isPrimitive()) {
            return java.util.Objects.equals(get(instance), value);
        }
        try {
            if (type == int.class) {
                return value instanceof Integer i && field.getInt(instance) == i;
            }
            if (type == long.class) {
                return value instanceof Long l && field.getLong(instance) == l;
            }
            if (type == double.class) {
                // as Double.equals does: NaN equals NaN, 0.0 differs from -0.0
                return value instanceof Double d
                        && Double.doubleToLongBits(field.getDouble(instance)) == Double.doubleToLongBits(d);
            }
            if (type == boolean.class) {
                return value instanceof Boolean b && field.getBoolean(instance) == b;
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("reading " + where + " was refused: " + e.getMessage(), e);
        }
        return java.util.Objects.equals(get(instance), value);
    }

    @Override
    public void set(Object instance, Object value) {
        if (value == null && field.getType().isPrimitive()) {
            throw new IllegalArgumentException("cannot set " + where + " of primitive type "
                    + field.getType().getName() + " to null");
        }
        try {
            field.set(instance, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("writing " + where + " was refused: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot set " + where + " of type " + field.getType().getName()
                    + " on " + (instance == null ? "null" : instance.getClass().getName()) + " to a value of "
                    + (value == null ? "null" : value.getClass().getName()), e);
        }
    }

    @Override
    public String toString() {
        return "FieldAccess[" + where + "]";
    }
}
