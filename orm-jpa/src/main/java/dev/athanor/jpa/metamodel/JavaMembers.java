package dev.athanor.jpa.metamodel;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.AttributeModel.AccessKind;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Locale;

/**
 * Finds the {@link java.lang.reflect.Field} or getter behind an attribute. The frozen model keeps
 * only a handle-based accessor, so the member is looked up again from the declaring class, the
 * attribute name and its access type, following the same JavaBeans naming the mapping reader uses.
 */
final class JavaMembers {

    private JavaMembers() {
    }

    /** The field (field access) or getter (property access) that holds {@code attribute}. */
    static Member of(AttributeModel attribute) {
        Class<?> owner = attribute.declaringClass();
        if (attribute.access() == AccessKind.FIELD) {
            try {
                return owner.getDeclaredField(attribute.name());
            } catch (NoSuchFieldException e) {
                throw missing(attribute, "field");
            }
        }
        Method getter = getter(owner, attribute.name(), "get");
        if (getter == null) {
            getter = getter(owner, attribute.name(), "is");
        }
        if (getter == null && owner.isRecord()) {
            getter = recordAccessor(owner, attribute.name());
        }
        if (getter == null) {
            throw missing(attribute, "getter");
        }
        return getter;
    }

    private static Method getter(Class<?> owner, String property, String prefix) {
        for (Method method : owner.getDeclaredMethods()) {
            String name = method.getName();
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers()) && !method.isBridge()
                    && method.getReturnType() != void.class && name.startsWith(prefix)
                    && name.length() > prefix.length() && property.equals(decapitalize(name.substring(prefix.length())))
                    && (!prefix.equals("is") || method.getReturnType() == boolean.class)) {
                return method;
            }
        }
        return null;
    }

    /** A record component's accessor, named like the component, for a record read through properties. */
    private static Method recordAccessor(Class<?> record, String component) {
        for (RecordComponent candidate : record.getRecordComponents()) {
            if (candidate.getName().equals(component)) {
                return candidate.getAccessor();
            }
        }
        return null;
    }

    /** As JavaBeans: {@code Name} becomes {@code name}, but {@code URL} stays {@code URL}. */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /** The model was read from this very member, so only a changed class (redefinition) gets here. */
    private static IllegalStateException missing(AttributeModel attribute, String what) {
        return new IllegalStateException(attribute.declaringClass().getName() + " has no " + what + " for the"
                + " persistent attribute '" + attribute.name() + "' although the mapping was read from it;"
                + " was the class redefined after the persistence unit was built?");
    }
}
