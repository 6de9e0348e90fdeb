package dev.athanor.core.meta;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.UndeclaredThrowableException;

/**
 * {@link AttributeAccess} over two method handles, adapted once to {@code (Object)Object} and
 * {@code (Object,Object)void} so that each call is an exact invocation.
 */
final class MethodHandleAccess implements AttributeAccess {

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

    private final String where;
    private final Class<?> type;
    private final MethodHandle getter;
    private final MethodHandle setter;

    MethodHandleAccess(String where, Class<?> type, MethodHandle getter, MethodHandle setter) {
        this.where = where;
        this.type = type;
        this.getter = getter.asType(GETTER);
        this.setter = setter.asType(SETTER);
    }

    @Override
    public Object get(Object instance) {
        try {
            return (Object) getter.invokeExact(instance);
        } catch (ClassCastException e) {
            throw wrongInstance(instance, e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new UndeclaredThrowableException(e, "reading " + where + " threw " + e);
        }
    }

    @Override
    public void set(Object instance, Object value) {
        if (value == null && type.isPrimitive()) {
            throw new IllegalArgumentException("cannot set " + where + " of primitive type " + type.getName()
                    + " to null");
        }
        try {
            setter.invokeExact(instance, value);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("cannot set " + where + " of type " + type.getName() + " on "
                    + describe(instance) + " to a value of " + describe(value), e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new UndeclaredThrowableException(e, "writing " + where + " threw " + e);
        }
    }

    private IllegalArgumentException wrongInstance(Object instance, ClassCastException e) {
        return new IllegalArgumentException("cannot read " + where + " from " + describe(instance), e);
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }

    @Override
    public String toString() {
        return "MethodHandleAccess[" + where + "]";
    }
}
