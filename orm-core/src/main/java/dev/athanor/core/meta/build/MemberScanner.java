package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeModel.AccessKind;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the persistent fields or properties that one class declares, as the specification's
 * access rules say: the class's access type (from {@code @Access} on it, else the hierarchy's
 * default), plus attributes that name another access type with {@code @Access} themselves.
 * Static, {@code transient}, synthetic and {@code @Transient} members are skipped.
 */
final class MemberScanner {

    private final MappingProblems problems;

    MemberScanner(MappingProblems problems) {
        this.problems = problems;
    }

    /**
     * The default access of a hierarchy: PROPERTY if {@code @Id} (or {@code @EmbeddedId}) sits on a
     * getter of one of {@code classes}, FIELD otherwise.
     */
    static AccessKind defaultAccess(List<Class<?>> classes) {
        for (Class<?> type : classes) {
            for (Field field : type.getDeclaredFields()) {
                if (isId(field.getAnnotations())) {
                    return AccessKind.FIELD;
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (isId(method.getAnnotations())) {
                    return AccessKind.PROPERTY;
                }
            }
        }
        return AccessKind.FIELD;
    }

    /**
     * The access type of {@code type}: its own {@code @Access}, or {@code inherited}. A record's is
     * always FIELD: its components are its attributes, and it has no JavaBeans getters or setters.
     */
    static AccessKind accessOf(Class<?> type, AccessKind inherited) {
        if (type.isRecord()) {
            return AccessKind.FIELD;
        }
        Access access = type.getAnnotation(Access.class);
        return access == null ? inherited : kind(access.value());
    }

    /** The persistent members {@code type} declares, by name. */
    List<PersistentMember> scan(Class<?> type, AccessKind inherited) {
        AccessKind access = accessOf(type, inherited);
        Map<String, PersistentMember> members = new LinkedHashMap<>();
        for (Field field : type.getDeclaredFields()) {
            if (isSkipped(field.getModifiers()) || field.isSynthetic() || field.isAnnotationPresent(Transient.class)) {
                continue;
            }
            Access own = field.getAnnotation(Access.class);
            if (own != null ? own.value() == AccessType.FIELD : access == AccessKind.FIELD) {
                members.put(field.getName(), PersistentMember.ofField(field));
            }
        }
        for (Method getter : type.getDeclaredMethods()) {
            String name = propertyName(getter);
            if (name == null || getter.isAnnotationPresent(Transient.class) || members.containsKey(name)) {
                continue;
            }
            Access own = getter.getAnnotation(Access.class);
            boolean property = own != null ? own.value() == AccessType.PROPERTY : access == AccessKind.PROPERTY;
            if (property && !hasFieldOverride(type, name)) {
                addProperty(type, name, getter, members);
            }
        }
        List<PersistentMember> sorted = new ArrayList<>(members.values());
        sorted.sort(Comparator.comparing(PersistentMember::name));
        return sorted;
    }

    private void addProperty(Class<?> type, String name, Method getter, Map<String, PersistentMember> members) {
        Method setter = setter(type, name, getter.getReturnType());
        if (setter != null) {
            members.put(name, PersistentMember.ofProperty(name, getter, setter));
        } else if (hasMappingAnnotation(getter) || getter.isAnnotationPresent(Access.class)) {
            problems.add(ErrorCode.MISPLACED_ANNOTATION, type, name, "the getter " + getter.getName()
                    + "() is mapped but the class has no setter set" + capitalize(name) + "("
                    + getter.getReturnType().getSimpleName() + ")",
                    "Add the setter (it may be protected or private), or mark the getter @Transient.");
        }
    }

    /** A field named like the property that asks for field access keeps the attribute. */
    private static boolean hasFieldOverride(Class<?> type, String name) {
        for (Field field : type.getDeclaredFields()) {
            Access own = field.getAnnotation(Access.class);
            if (field.getName().equals(name) && own != null && own.value() == AccessType.FIELD) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSkipped(int modifiers) {
        return Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers);
    }

    /** The JavaBeans property a getter reads ({@code getX}, or {@code isX} for boolean), or null. */
    static String propertyName(Method method) {
        if (method.getParameterCount() != 0 || isSkipped(method.getModifiers()) || method.isSynthetic()
                || method.isBridge() || method.getReturnType() == void.class) {
            return null;
        }
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3) {
            return decapitalize(name.substring(3));
        }
        if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
            return decapitalize(name.substring(2));
        }
        return null;
    }

    private static Method setter(Class<?> type, String property, Class<?> valueType) {
        try {
            Method setter = type.getDeclaredMethod("set" + capitalize(property), valueType);
            return Modifier.isStatic(setter.getModifiers()) ? null : setter;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** As JavaBeans: {@code Name} becomes {@code name}, but {@code URL} stays {@code URL}. */
    static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    private static String capitalize(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static boolean isId(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Id || annotation instanceof EmbeddedId) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMappingAnnotation(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().getPackageName().equals("jakarta.persistence")) {
                return true;
            }
        }
        return false;
    }

    static AccessKind kind(AccessType type) {
        return type == AccessType.PROPERTY ? AccessKind.PROPERTY : AccessKind.FIELD;
    }
}
