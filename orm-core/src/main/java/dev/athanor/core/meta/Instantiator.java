package dev.athanor.core.meta;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.UndeclaredThrowableException;

/** Creates instances of a managed class through its no-argument constructor, as a method handle. */
final class Instantiator {

    private final Class<?> type;
    private final MethodHandle constructor;

    Instantiator(Class<?> type, MethodHandle constructor) {
        this.type = type;
        this.constructor = constructor.asType(MethodType.methodType(Object.class));
    }

    Object newInstance() {
        try {
            return (Object) constructor.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new UndeclaredThrowableException(e, "the no-argument constructor of " + type.getName()
                    + " threw " + e);
        }
    }
}
