package dev.athanor.core.meta.build;

import dev.athanor.core.meta.AttributeModel.AccessKind;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Type;

/**
 * A field, or a getter and setter pair, that holds a persistent attribute; its mapping
 * annotations are read from the field or from the getter.
 *
 * @param field the field, under field access; null otherwise
 * @param getter the getter, under property access; null otherwise
 * @param setter the setter, under property access; null when the class has none
 */
record PersistentMember(String name, Class<?> type, Type genericType, Class<?> declaringClass, AccessKind access,
        Field field, Method getter, Method setter) {

    static PersistentMember ofField(Field field) {
        return new PersistentMember(field.getName(), field.getType(), field.getGenericType(),
                field.getDeclaringClass(), AccessKind.FIELD, field, null, null);
    }

    static PersistentMember ofProperty(String name, Method getter, Method setter) {
        return new PersistentMember(name, getter.getReturnType(), getter.getGenericReturnType(),
                getter.getDeclaringClass(), AccessKind.PROPERTY, null, getter, setter);
    }

    /** Where the mapping annotations are. */
    AnnotatedElement element() {
        return field != null ? field : getter;
    }

    <A extends Annotation> A annotation(Class<A> type) {
        return element().getAnnotation(type);
    }

    boolean has(Class<? extends Annotation> type) {
        return element().isAnnotationPresent(type);
    }
}
