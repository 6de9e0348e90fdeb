package dev.athanor.core.meta;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.function.Supplier;

/**
 * Creates instances of a managed class through its no-argument constructor: as a {@link Supplier}
 * spun from the constructor, which the JIT compiles like a plain {@code new}, where Java allows it;
 * through the method handle otherwise.
 */
final class Instantiator {

    private final Class<?> type;
    private final MethodHandle constructor;
    private final Supplier<?> supplier;

    Instantiator(Class<?> type, MethodHandle constructor) {
        this.type = type;
        this.constructor = constructor.asType(MethodType.methodType(Object.class));
        this.supplier = supplierOf(type, constructor);
    }

    private static Supplier<?> supplierOf(Class<?> type, MethodHandle constructor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            return (Supplier<?>) LambdaMetafactory.metafactory(lookup, "get", MethodType.methodType(Supplier.class),
                    MethodType.methodType(Object.class), constructor, MethodType.methodType(type)).getTarget()
                    .invoke();
        } catch (Throwable e) {
            return null; // a module that does not open the class to us, say: the method handle still works
        }
    }

    Object newInstance() {
        if (supplier != null) {
            return supplier.get();
        }
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
