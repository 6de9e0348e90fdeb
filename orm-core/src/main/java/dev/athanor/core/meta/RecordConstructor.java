package dev.athanor.core.meta;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;

/**
 * Builds a record from its attribute values through the canonical constructor. Attributes are
 * numbered by name while the constructor takes components in declaration order, so the order is
 * mapped once here; a {@code @Transient} component, which has no attribute, gets null or zero.
 */
final class RecordConstructor {

    private final Class<?> type;
    private final MethodHandle constructor;
    private final RecordComponent[] components;
    /** For each constructor parameter, the index of its attribute, or -1 for a transient component. */
    private final int[] attributeOf;

    RecordConstructor(Class<?> type, MethodHandle canonical, List<AttributeModel> attributes) {
        this.type = type;
        this.components = type.getRecordComponents();
        this.attributeOf = new int[components.length];
        for (int i = 0; i < components.length; i++) {
            attributeOf[i] = -1;
            for (AttributeModel attribute : attributes) {
                if (attribute.name().equals(components[i].getName())) {
                    attributeOf[i] = attribute.index();
                }
            }
        }
        this.constructor = canonical.asSpreader(Object[].class, components.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
    }

    Object instantiate(Object[] values) {
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> parameter = components[i].getType();
            Object value = attributeOf[i] < 0 ? null : values[attributeOf[i]];
            if (value == null && parameter.isPrimitive()) {
                if (attributeOf[i] >= 0) {
                    throw new IllegalArgumentException("cannot build " + type.getName() + ": its component "
                            + components[i].getName() + " is a " + parameter.getName() + " and the value is null");
                }
                value = Array.get(Array.newInstance(parameter, 1), 0);
            }
            arguments[i] = value;
        }
        try {
            return (Object) constructor.invokeExact(arguments);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("cannot build " + type.getName() + " from " + List.of(values), e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new UndeclaredThrowableException(e, "the canonical constructor of " + type.getName() + " threw " + e);
        }
    }
}
