package dev.athanor.core.meta.build;

import dev.athanor.core.meta.AttributeAccess;
import dev.athanor.runtime.ManagedEntity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Access to an attribute of an enhanced class through the accessors the agent generated: no
 * reflection, no tracking and no lazy loading, so the session's own reads and writes (hydration,
 * flush) never look like the application's.
 */
final class SlotAccess implements AttributeAccess {

    private final String where;
    private final int slot;
    private final boolean primitive;

    private SlotAccess(String where, int slot, boolean primitive) {
        this.where = where;
        this.slot = slot;
        this.primitive = primitive;
    }

    /**
     * The slot access of attribute {@code name} declared by {@code declaringClass}, when that class
     * was enhanced and tracks a field of that name; empty otherwise.
     */
    static Optional<AttributeAccess> of(Class<?> declaringClass, String name, Class<?> type) {
        int slot = slotOf(declaringClass, name);
        return slot < 0 ? Optional.empty()
                : Optional.of(new SlotAccess(declaringClass.getName() + "." + name, slot, type.isPrimitive()));
    }

    /** The slot of field {@code name} in an enhanced class; -1 when the class was not enhanced or does not track it. */
    static int slotOf(Class<?> type, String name) {
        String[] fields = fields(type);
        return fields == null ? -1 : Arrays.asList(fields).indexOf(name);
    }

    /** The tracked fields of an enhanced class, by slot; null when it was not enhanced. */
    static String[] fields(Class<?> type) {
        if (!ManagedEntity.class.isAssignableFrom(type)) {
            return null;
        }
        try {
            Field field = type.getDeclaredField(ManagedEntity.FIELDS);
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String[].class) {
                return null;
            }
            field.setAccessible(true);
            return (String[]) field.get(null);
        } catch (NoSuchFieldException | IllegalAccessException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public Object get(Object instance) {
        return ((ManagedEntity) instance).$athanor$get(slot);
    }

    @Override
    public void set(Object instance, Object value) {
        if (value == null && primitive) {
            throw new IllegalArgumentException(where + " is primitive and cannot be set to null");
        }
        ((ManagedEntity) instance).$athanor$set(slot, value);
    }

    @Override
    public boolean holds(Object instance, Object value) {
        return Objects.equals(get(instance), value);
    }

    @Override
    public int slot() {
        return slot;
    }

    @Override
    public String toString() {
        return where + " (slot " + slot + ")";
    }
}
