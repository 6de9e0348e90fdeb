package dev.athanor.core.meta;

import java.lang.invoke.MethodHandle;

/**
 * Reads and writes one attribute of an instance: through its field, or through its getter and
 * setter under property access. Built once at boot; no reflection happens per call.
 */
public interface AttributeAccess {

    /** The attribute's value in {@code instance}. */
    Object get(Object instance);

    /** Sets the attribute of {@code instance}; null is refused for a primitive attribute. */
    void set(Object instance, Object value);

    /**
     * Whether the attribute of {@code instance} equals {@code value} (by {@code equals}). A dirty
     * check asks this of every column of every loaded entity, so an implementation should answer
     * without boxing a primitive.
     */
    default boolean holds(Object instance, Object value) {
        return java.util.Objects.equals(get(instance), value);
    }

    /**
     * The slot of the attribute in an enhanced class (see {@code dev.athanor.runtime}): its dirty
     * and loaded bits are addressed by it. -1 when the class was not enhanced.
     */
    default int slot() {
        return -1;
    }

    /**
     * Access through method handles: {@code getter} takes the instance and returns the value,
     * {@code setter} takes the instance and the value. {@code where} names the attribute in errors.
     */
    static AttributeAccess ofHandles(String where, Class<?> type, MethodHandle getter, MethodHandle setter) {
        return new MethodHandleAccess(where, type, getter, setter);
    }

    /** Access through a field made accessible; {@code where} names the attribute in errors. */
    static AttributeAccess ofField(String where, java.lang.reflect.Field field) {
        return new FieldAccess(where, field);
    }

    /**
     * Access to a record component: {@code getter} reads its field; {@link #set} throws, since a
     * record is immutable and built whole by {@link EmbeddableModel#instantiate}.
     */
    static AttributeAccess ofRecordComponent(String where, MethodHandle getter) {
        return new RecordComponentAccess(where, getter);
    }
}
