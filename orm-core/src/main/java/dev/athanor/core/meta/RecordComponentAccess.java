package dev.athanor.core.meta;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.UndeclaredThrowableException;

/**
 * {@link AttributeAccess} of a record component: read through its field, never written, because
 * a record is immutable. A record embeddable is built whole by {@link EmbeddableModel#instantiate}.
 */
final class RecordComponentAccess implements AttributeAccess {

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    private final String where;
    private final MethodHandle getter;

    RecordComponentAccess(String where, MethodHandle getter) {
        this.where = where;
        this.getter = getter.asType(GETTER);
    }

    @Override
    public Object get(Object instance) {
        try {
            return (Object) getter.invokeExact(instance);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("cannot read " + where + " from "
                    + (instance == null ? "null" : instance.getClass().getName()), e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new UndeclaredThrowableException(e, "reading " + where + " threw " + e);
        }
    }

    @Override
    public void set(Object instance, Object value) {
        throw new UnsupportedOperationException(where + " is a component of a record, which cannot be changed;"
                + " build a new value with EmbeddableModel.instantiate(values)");
    }

    @Override
    public String toString() {
        return "RecordComponentAccess[" + where + "]";
    }
}
